"""attribution/verb: loaded or stilted verbs where they attribute speech."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.attribution.verb import _objectless_pattern
from copylint.lexicon.attribution import attribution_words
from copylint.model import Applicability
from copylint.packs.patterns import phrase_source
from tests.helpers import fix, flagged, lint

RULE = "attribution/verb"


def _flagged(text: str) -> list[str]:
    return flagged(text, lint(text, select=[RULE]))


@pytest.mark.parametrize(
    "text",
    [
        '"We did nothing wrong," the minister claimed.',
        '"We did nothing wrong," claimed the minister.',
        'The minister insisted, "We did nothing wrong."',
        'Galois exclaimed: "I am the victim of a coquette."',
        "The vote was fair, the commission insisted.",
        "The vote was fair, the commission insisted in a statement on Tuesday.",
        "The vote was fair, insisted Secretary of State Antony Blinken.",
        "Smith admitted that the figures were wrong.",
        "She claims that the vote was rigged.",
        "The report stated that the figures were wrong.",
        "Democrats insisted the bill was balanced.",
        "He admitted the figures in Ohio were wrong.",
    ],
)
def test_loaded_verb_that_attributes_speech_is_flagged(text: str) -> None:
    assert len(_flagged(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The report stated the figures for each district.",
        "She revealed her plans on Monday.",
        "He noted that the fluid rose higher as the pressure grew.",
        "The study revealed that the cells divide.",
        "The group claimed responsibility for the attack.",
        "He was admitted to the hospital.",
        "It was claimed that the vote was rigged.",
        "His claims that the vote was rigged were rejected.",
        "Five states that voted early reported first.",
        "In 1920, he returned to the United States to teach at Harvard.",
        "The vote was close, the firm revealed plans.",
        "The group claimed the prize for the best design.",
        "He admitted the error that was made in Ohio.",
    ],
)
def test_verb_that_does_not_attribute_is_quiet(text: str) -> None:
    assert _flagged(text) == []


def test_noted_and_revealed_attribute_next_to_a_quotation_or_closing_a_sentence() -> None:
    assert _flagged('"It was close," Smith noted. It was close, she revealed.') == [
        "noted",
        "revealed",
    ]


def test_suggestion_keeps_the_tense_and_is_an_unsafe_fix() -> None:
    text = '"It is fine," she insists. "It was fine," he insisted.'
    diagnostics = lint(text, select=[RULE])
    assert [d.suggestions for d in diagnostics] == [("says",), ("said",)]
    assert all(
        d.fix is not None and d.fix.applicability is Applicability.UNSAFE for d in diagnostics
    )
    assert fix(text, select=[RULE]) == text


def test_loaded_verb_inside_a_quotation_is_the_speakers_own() -> None:
    assert _flagged('"He claimed that it was fair, and I believed him," she said.') == []


def test_put_out_in_a_statement_cannot_attribute() -> None:
    text = (
        "The trip followed Biden's visit, the White House put out in a statement, drawing praise."
    )
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["put out"]
    assert diagnostics[0].suggestions == ("said",)


def test_released_in_a_statement_with_a_that_clause_cannot_attribute() -> None:
    assert _flagged("The ministry released in a statement that it would act.") == ["released"]


def test_issued_in_a_news_release_cannot_attribute_either() -> None:
    # An article with "release" and no "statement" still reaches the pattern.
    assert _flagged("The agency issued in a news release that it would act.") == ["issued"]


def test_released_in_a_statement_as_a_passive_or_a_modifier_is_fine() -> None:
    text = (
        "The list was released in a statement. The figures put out in a statement showed a "
        "rise. The White House put out a statement."
    )
    assert _flagged(text) == []


PIECES = ["put", "puts", "out", "released", "releases", "issued", "issues", " ", "  ", "\n",
          "in", "a", "its", "statement", "news", "release", ",", ".", "that", "x", "re", "-",
          "1"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=24).map(" ".join))
def test_the_objectless_pattern_finds_what_it_found_with_a_word_start_per_phrase(
    text: str,
) -> None:
    """The verbs' alternation lost each phrase's own word-start test (the one before the
    group tests the same place), and the pattern is tried only where the phrase index found a
    verb: the pattern as first written, scanned over the text, finds the same."""
    verbs = tuple(attribution_words().objectless)
    pattern = _objectless_pattern(verbs)
    own = "|".join(sorted((phrase_source(v) for v in verbs), key=len, reverse=True))
    shared = "|".join(sorted((phrase_source(v, left=False) for v in verbs), key=len, reverse=True))
    assert shared in pattern.source
    first = regex.compile(pattern.source.replace(shared, own), pattern.flags)
    assert [m.span(1) for m in pattern.finditer(text)] == [m.span(1) for m in first.finditer(text)]
