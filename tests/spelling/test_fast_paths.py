"""Spelling's fast paths give what the plainer code they replaced gave: the speed work of
issue 21 must not change a finding."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copylint.analysis.spelling import strip_accents, strip_all_accents
from copylint.lexicon.dictionary import english_counts, name_counts


@given(st.lists(st.text().filter(lambda word: "\n" not in word), max_size=12))
def test_accents_are_stripped_in_bulk_as_word_by_word(words: list[str]) -> None:
    assert strip_all_accents(words) == [strip_accents(word) for word in words]


def test_the_lexicons_accented_words_lose_the_same_accents_in_bulk() -> None:
    accented = [*english_counts().non_ascii, *(w for w in name_counts() if not w.isascii())]
    assert len(accented) > 4000
    assert strip_all_accents(accented) == [strip_accents(word) for word in accented]
