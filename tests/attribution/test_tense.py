"""attribution/tense: "says" and "said" mixed in one article."""

from __future__ import annotations

from tests.helpers import flagged, lint

RULE = "attribution/tense"


def _flagged(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def test_the_less_used_tense_is_flagged() -> None:
    text = '"We are ready," Smith said. "The money is there," she says. "We start," Smith said.'
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["says"]
    assert diagnostics[0].suggestions == ("said",)
    assert 'attributes in the past tense ("said" on line 1, 2 in all)' in diagnostics[0].message


def test_on_a_tie_the_first_attribution_sets_the_tense() -> None:
    assert _flagged('"We are ready," Smith says. "We start in May," she said.') == ["said"]


def test_other_verbs_of_saying_count_with_their_tense() -> None:
    assert _flagged('"A b," Smith said. "C d," she adds. "E f," she added.') == ["adds"]


def test_one_tense_throughout_is_quiet() -> None:
    assert _flagged('"We are ready," Smith said. "We start in May," she added.') == []
    assert _flagged('"We are ready," Smith says. "We start in May," she adds.') == []


def test_headline_in_the_present_is_not_an_attribution_of_the_story() -> None:
    text = '# Smith says city is ready\n\n"We are ready," Smith said.'
    assert _flagged(text, "markdown") == []


def test_reported_speech_without_quotation_marks_may_be_in_the_past() -> None:
    assert _flagged('"We are ready," Smith says. In 2019 she said she would run.') == []


def test_interview_transcript_is_the_speakers_own_words() -> None:
    text = (
        '"We are ready," Smith said of the new season.\n\n'
        "What do you make of it?\n\n"
        '"It is great," my father says about it.\n\n'
        "And then?\n\nWe went on.\n\nWhy?\n\nBecause."
    )
    assert _flagged(text) == []
