"""Shared knowledge several rules read: dictionaries and the tables built from them.

The data lives in ``rules/lexicon/``; the code here loads it lazily, once per process, and the
``build_*`` modules regenerate the generated files from their published sources.
"""
