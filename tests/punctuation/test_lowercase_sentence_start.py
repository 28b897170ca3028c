"""punctuation/lowercase-sentence-start reads the word before a period backward from it
(issue 21): it finds exactly the words the forward pattern it replaced found."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from copylint.checks.punctuation.lowercase_sentence_start import (
    _WORD,
    _abbreviation,
    _after_periods,
)
from copylint.prose import Block
from tests.helpers import flagged, lint

#: The pattern the rule used before: every position of every word was tried as the start of
#: the word before a period.
_FORWARD = regex.compile(r"(?P<before>\S+)\.\)?[ \t]+" + _WORD)


def _forward(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [
        m.span("word")
        for m in _FORWARD.finditer(text, start, end)
        if not _abbreviation(m.group("before"))
    ]


@given(
    st.text(alphabet="ab.) \t(U\u00a0’'-x1é", max_size=40),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=6),
)
def test_the_words_after_periods_are_those_the_forward_pattern_found(
    text: str, lead: int, trail: int
) -> None:
    start, end = min(lead, len(text)), max(min(lead, len(text)), len(text) - trail)
    block = Block("paragraph", start, end)
    assert [m.span("word") for m in _after_periods(text, block)] == _forward(text, start, end)


def test_a_period_right_after_the_last_word_found_starts_no_word_before_it() -> None:
    # The forward pattern went on reading after "it", so the period right after it had no
    # word before it, and "then" was not read; the rule keeps that reading (the findings
    # did not change).
    text = "It rains. it. then sun. rain again."
    assert [text[a:b] for a, b in _forward(text, 0, len(text))] == ["it", "rain"]
    found = lint(text, select=["punctuation/lowercase-sentence-start"])
    assert flagged(text, found) == ["it", "rain"]
