"""The romanized-syllable pattern of family-first names runs on the standard library's engine
(it compiles in a third of the time): it accepts exactly the words the regex module did."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.lexicon.names import SYLLABIC_SOURCE, _syllabic, family_first

_REGEX = regex.compile(SYLLABIC_SOURCE)
PIECES = ["jin", "ping", "jong", "un", "jae", "in", "kai", "shek", "zh", "ng", "x", "q", "ae",
          "yeo", "-", "--", "é", "ı", "K", "\n", " ", "1", "a", "e", "o"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=6).map("".join))
def test_the_standard_engine_accepts_what_the_regex_module_accepts(word: str) -> None:
    assert bool(_syllabic().match(word)) == bool(_REGEX.match(word))


def test_family_first_names_are_still_told_apart() -> None:
    assert family_first(("Xi", "Jinping"))
    assert family_first(("Moon", "Jae-in"))
    assert not family_first(("Kim", "Kardashian"))
