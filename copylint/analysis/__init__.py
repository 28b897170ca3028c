"""Readings of a document that several rules share: the people table and its mentions, the
article's layout (headlines, captions), attribution, and the spelling word model.

An analysis is computed once per document (``doc.shared(...)``) from the document and the data
in :mod:`copylint.lexicon`. The layering is one way: rules import analyses, analyses import the
document and the lexicon, and neither the document nor the lexicon imports an analysis.
"""
