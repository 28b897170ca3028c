"""places/state-name compiles its pattern of 42 abbreviations only for a text where one of
them follows a space or a tab: elsewhere the pattern cannot match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.places import state_name
from copylint.lexicon.states import states
from tests.helpers import flagged, lint

PIECES = st.sampled_from(
    [*sorted(states().abbreviation.values())[::4], "Tulsa", ",", " ", "\t", "\n", "x", "D-", "."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=10).map("".join))
def test_where_the_pattern_is_skipped_it_finds_nothing(text: str) -> None:
    if not state_name._may_occur(text):
        assert state_name._pattern().search(text) is None


def test_a_story_without_an_abbreviation_does_not_compile_the_pattern() -> None:
    state_name._pattern.cache_clear()
    assert lint("Students came from Tulsa, Oklahoma, on Monday.", select=["places"]) == []
    assert state_name._pattern.cache_info().currsize == 0
    text = "They came from Tulsa, Okla., on Monday."
    found = lint(text, select=["places/state-name"])
    assert flagged(text, found) == ["Okla."]
