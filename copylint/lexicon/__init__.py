"""Shared knowledge several rules read: word lists and the name, title and outlet tables,
loaded from ``rules/lexicon/``."""
