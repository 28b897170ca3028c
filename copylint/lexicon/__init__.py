"""Shared knowledge several rules read: name and title tables, built from ``rules/lexicon/``."""
