"""The shared lowercased words (copylint/analysis/words.py) are each word's own ``lower()``:
lowercasing the joined words at once must not let one word's letters change another's (a
final sigma, a dotted capital I that lowercases to two characters)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.analysis.words import lowered
from copylint.formats import load_document

PIECES = ["ΟΔΟΣ", "Σ", "σ", "İstanbul", "I", "ß", "ẞ", "Straße", "ǅ", "Ǆ", "The", "THE", "the",
          "it’s", "K", "\u212a", "ﬁ", " ", " ", "\n", "\n\n", ".", ",", "-", "'", "3D"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_each_shared_word_is_that_words_own_lowercase(text: str) -> None:
    doc = load_document("draft.txt", text)
    assert lowered(doc) == [word.text.lower() for word in doc.words]


def test_a_document_without_words_has_none() -> None:
    assert lowered(load_document("draft.txt", " \n")) == []
