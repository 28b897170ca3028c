"""Romanized syllables of family-first names are read with sets, not a pattern (a cold run compiled
it for every names list naming "Xi Jinping"): they accept exactly the words the pattern
accepted. Words hold no line break, so the pieces have none (``$`` matched before one)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.lexicon.names import family_first, syllabic

_PINYIN = (
    r"(?:zh|ch|sh|hs|ts|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ieh|ien|ueh|ai|ei|ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|er|ih|a|e|i|o|u|ng|n)"
)
_HANGUL = (
    r"(?:kk|tt|pp|ss|jj|ch|[kgndtrlmbpsjhyw])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|oe|wa|yo|wo|we|wi|yu|eu|ui|a|e|i|o|u)(?:ng|[kntlmp])?"
)
_PATTERN = regex.compile(rf"^(?:(?:{_PINYIN}|{_HANGUL}){{1,2}})(?:-(?:{_PINYIN}|{_HANGUL}))?$")
PIECES = ["jin", "ping", "jong", "un", "jae", "in", "kai", "shek", "zh", "ng", "x", "q", "ae",
          "yeo", "-", "--", "é", "ı", "K", " ", "1", "a", "e", "o", "kk", "wae", "hs", "ieh",
          "r", "t", "p"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=6).map("".join))
def test_the_set_accepts_what_the_pattern_accepted(word: str) -> None:
    assert syllabic(word) == bool(_PATTERN.match(word))


def test_family_first_names_are_still_told_apart() -> None:
    assert family_first(("Xi", "Jinping"))
    assert family_first(("Moon", "Jae-in"))
    assert not family_first(("Kim", "Kardashian"))
