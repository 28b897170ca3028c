"""whitespace/missing-space: a space is missing after a comma or a sentence's end."""

from __future__ import annotations

import pytest

from tests.helpers import fix, lint

RULE = "whitespace/missing-space"


def _flagged(text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in lint(text, select=[RULE])]


def test_a_comma_run_into_the_next_word_is_flagged_and_fixed() -> None:
    assert _flagged("The board met,then voted.") == [","]
    assert fix("The board met,then voted.", select=[RULE]) == "The board met, then voted."


def test_a_sentence_run_into_the_next_is_only_a_suggestion() -> None:
    text = "The board met on Monday.It voted on Tuesday."
    (diagnostic,) = lint(text, select=[RULE])
    assert diagnostic.suggestions == (". ",)
    assert diagnostic.fix is not None and not diagnostic.fix.is_safe
    assert fix(text, select=[RULE]) == text  # --fix applies safe fixes only


@pytest.mark.parametrize("text", ["Was it late?The mayor said no.", "It won!The crowd cheered."])
def test_question_and_exclamation_marks_count(text: str) -> None:
    assert len(_flagged(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The plan costs $2,500,000 over 3.5 years.",  # figures
        "J.K. Rowling and E.B. White wrote them.",  # initials
        "The U.S. Senate met at 9 a.m. Monday.",  # abbreviations
        "She holds a Ph.D. from Yale.",
        "See example.com/a,b or write to news@example.com.",  # addresses
        "The site is at www.example.org/Page.Html today.",
        "The vote was 5-4; the motion passed.",
    ],
)
def test_correct_copy_is_quiet(text: str) -> None:
    assert _flagged(text) == []
