"""Shared knowledge several rules read: word lists and tables, loaded from ``rules/lexicon/``."""
