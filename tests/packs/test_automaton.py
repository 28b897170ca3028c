"""The automaton the phrase and presence indexes read an article with finds every occurrence of
every string, overlapping ones too, in code points, as a substring search for each string
would, also in a text with lone surrogates (which UTF-8, the library's own reading, cannot
hold)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs.automaton import Automaton

PIECES = ["a", "b", "ab", " ", "é", "ß", "’", "😀", "\ud800", "\udcff", "0", "\n"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
STRINGS = st.sets(
    st.lists(st.sampled_from([p for p in PIECES if not "\ud800" <= p <= "\udfff"]), min_size=1)
    .map("".join)
    .filter(bool),
    min_size=1,
    max_size=6,
)


def every_place(strings: list[str], text: str) -> list[tuple[int, int, int]]:
    """Each string's every place in ``text``, by substring search, ordered by end."""
    found = []
    for index, string in enumerate(strings):
        at = text.find(string)
        while at >= 0:
            found.append((index, at, at + len(string)))
            at = text.find(string, at + 1)
    return sorted(found, key=lambda place: (place[2], place[1]))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, strings=STRINGS)
def test_the_automaton_finds_what_a_search_for_each_string_finds(
    text: str, strings: set[str]
) -> None:
    automaton = Automaton(strings)
    expected = every_place(automaton.strings, text)
    found = automaton.occurrences(text)
    assert sorted(found, key=lambda place: (place[2], place[1])) == expected
    assert [end for _, _, end in found] == sorted(end for _, _, end in found)
    assert automaton.found(text) == {string for string in strings if string in text}


def test_a_lone_surrogate_splits_the_text_without_losing_an_occurrence() -> None:
    automaton = Automaton(["ab", "b"])
    text = "xab\udc80ab’b"
    assert automaton.occurrences(text) == [(0, 1, 3), (1, 2, 3), (0, 4, 6), (1, 5, 6), (1, 7, 8)]
    assert automaton.found("\ud800b") == {"b"}
