"""headline/sentence-case finds the proper phrases ("Middle East", "New York City") by comparing
strings where it used to compile one alternation of them (4 ms of a one-draft check): the
places found are the alternation's, on generated texts."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.headline.sentence_case import proper_phrases, proper_phrases_in


def _alternation() -> regex.Pattern[str]:
    """The pattern the rule compiled before."""
    return regex.compile(rf"\b(?:{'|'.join(regex.escape(p) for p in proper_phrases())})\b")


PIECES = st.sampled_from(
    [
        *sorted(proper_phrases())[::3],
        "New",
        "York",
        "New York",
        "City",
        "West",
        "Bank",
        "Middle",
        "East",
        "White House",
        " ",
        "  ",
        "\n",
        "s",
        "x",
        "é",
        "1",
        ".",
        ",",
        "-",
        "'",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(PIECES, max_size=12),
    bounds=st.tuples(st.integers(0, 30), st.integers(0, 200)),
)
def test_the_phrases_found_are_the_alternations(pieces: list[str], bounds: tuple[int, int]) -> None:
    text = "".join(pieces)
    start, end = min(bounds[0], len(text)), min(max(bounds), len(text))
    expected = [m.group() for m in _alternation().finditer(text, start, end)]
    assert list(proper_phrases_in(text, start, end)) == expected


def test_the_longest_phrase_at_a_place_wins_and_the_search_goes_on_after_it() -> None:
    text = "He flew from New York City to the West Bank, not New Yorkers."
    expected = [m.group() for m in _alternation().finditer(text, 0, len(text))]
    assert list(proper_phrases_in(text, 0, len(text))) == expected
    assert "West Bank" in expected
