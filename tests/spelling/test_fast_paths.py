"""Spelling's fast paths give what the plainer code they replaced gave: the speed work of
issue 21 must not change a finding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from copylint.analysis.spelling import strip_accents, strip_all_accents
from copylint.lexicon.dictionary import PROMINENT, english_counts, name_counts
from copylint.lexicon.suggest import all_words, prominent_two_edits


@given(st.lists(st.text().filter(lambda word: "\n" not in word), max_size=12))
def test_accents_are_stripped_in_bulk_as_word_by_word(words: list[str]) -> None:
    assert strip_all_accents(words) == [strip_accents(word) for word in words]


def test_the_lexicons_accented_words_lose_the_same_accents_in_bulk() -> None:
    accented = [*english_counts().non_ascii, *(w for w in name_counts() if not w.isascii())]
    assert len(accented) > 4000
    assert strip_all_accents(accented) == [strip_accents(word) for word in accented]


def _prominent_two_edits_by_scan(word: str) -> set[str]:
    """The search prominent_two_edits replaced: every word of both lexicons with the same
    first letter, two edits away, then only those counted PROMINENT times kept."""
    vocabulary = all_words()
    return {
        candidate
        for table in (english_counts(), name_counts())
        for length in range(len(word) - 2, len(word) + 3)
        for candidate in table.starting(word[:1], length)
        if OSA.distance(word, candidate) == 2 and vocabulary.count(candidate) >= PROMINENT
    }


@pytest.mark.parametrize(
    "word", ["copanhegen", "guantamano", "sunderlona", "massachussets", "westmimster", "abcd"]
)
def test_two_slips_are_found_among_the_prominent_words_as_among_all(word: str) -> None:
    assert prominent_two_edits(word) == _prominent_two_edits_by_scan(word)


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="aeinorstlcmbh", min_size=9, max_size=12))
def test_two_slips_of_any_long_word_are_the_scans(word: str) -> None:
    assert prominent_two_edits(word) == _prominent_two_edits_by_scan(word)
