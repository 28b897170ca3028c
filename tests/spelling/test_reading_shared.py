"""The spelling reading is computed once per document and custom dictionary, and a word's
neighbours once per process: spelling/misspelling and spelling/inconsistent read the same
reading, and the slip tests ask about one word several times."""

from __future__ import annotations

from copylint.analysis.spelling import read
from copylint.formats import load_document
from copylint.lexicon.suggest import all_words


def test_two_rules_share_one_reading_per_dictionary() -> None:
    doc = load_document("a.txt", "The Isareli envoy met the frimbles.")
    first = read(doc, ("frimbles",))
    assert read(doc, ["frimbles"]) is first  # the same dictionary, however given
    other = read(doc, ())
    assert other is not first
    assert first.misspelled != other.misspelled  # the dictionary still counts


def test_a_new_document_gets_its_own_reading() -> None:
    text = "The Isareli envoy spoke."
    assert read(load_document("a.txt", text), ()) is not read(load_document("a.txt", text), ())


def test_a_words_neighbours_are_computed_once() -> None:
    vocabulary = all_words()
    first = vocabulary.near("isareli")
    assert "israeli" in first
    assert vocabulary.near("isareli") is first
    assert isinstance(first, frozenset)  # shared, so nobody may change it
