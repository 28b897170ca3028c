"""The one-pass test of required strings (copylint/packs/presence.py) answers as one substring
search per string does, whether a requirement is new on the text at hand or already in the
automaton, and whichever text came before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs.presence import Presence
from copylint.packs.required import Requirements, met, shape

PIECES = ["a", "b", "ab", "ba", "0", " ", ",", "s", "ss", "ß", "İ", "Σ", "x"]
STRINGS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join)
NEEDS = st.lists(st.frozensets(STRINGS, min_size=1, max_size=4), min_size=1, max_size=3).map(tuple)
TEXTS = st.lists(st.sampled_from([*PIECES, "A", "B", "1", "\t", "SS"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(asked=st.lists(st.tuples(NEEDS, st.integers(0, 2)), min_size=1, max_size=12),
       texts=st.lists(TEXTS, min_size=3, max_size=3))  # fmt: skip
def test_presence_answers_as_substring_search(
    asked: list[tuple[Requirements, int]], texts: list[str]
) -> None:
    presence = Presence()
    for needs, which in asked:
        text = texts[which]
        assert presence.met(needs, text) == met(needs, shape(text)), (needs, text)


def test_a_requirement_first_asked_on_one_text_is_found_on_the_next() -> None:
    presence = Presence()
    needs: Requirements = (frozenset({"wave his"}), frozenset({" ,"}))
    first, second, third = "They wave his flag , then go.", "Nothing here.", "WAVE\tHIS hand ,"
    assert presence.met(needs, first)  # new: searched for in this text
    assert not presence.met(needs, second)  # now in the automaton
    assert presence.met(needs, third)  # found by the automaton, in the shape
    assert presence.met((frozenset({"0 0"}),), "At 3\t4.")
    assert not presence.met((frozenset({"0 0"}),), "At 34.")
