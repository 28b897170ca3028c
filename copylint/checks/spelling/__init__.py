"""Spelling: misspelled words and names, in-article inconsistencies, US/UK spellings mixed."""
