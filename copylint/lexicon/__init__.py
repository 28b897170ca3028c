"""Shared knowledge several rules read: dictionaries, word lists and the name, title and outlet
tables. Data and its loaders only: what rules compute from a document lives in
:mod:`copylint.analysis`.

The data lives in ``rules/lexicon/``; the code here loads it lazily, once per process, and the
``build_*`` modules regenerate the generated files from their published sources.
"""
