"""Interview transcripts: questions each followed by an answer are what people said."""

from __future__ import annotations

from copylint.analysis.attribution import transcript_start
from copylint.formats import load_document
from tests.helpers import lint

INTERVIEW = (
    "Jane Doe told the New York Times about the shop.\n\n"
    "What did you tell the New York Times?\n\n"
    "I told the New York Times it was fine, the Associated Press said so too.\n\n"
    "Why?\n\nBecause it is.\n\nAnd then?\n\nWe left."
)


def test_three_questions_with_answers_make_a_transcript_from_the_first_question() -> None:
    doc = load_document("interview.txt", INTERVIEW)
    assert transcript_start(doc) == INTERVIEW.index("What did you")


def test_an_article_with_a_rhetorical_question_or_two_is_no_transcript() -> None:
    text = (
        "Is it over? Nobody knows.\n\nWill it end?\n\nThe talks go on.\n\nWhy now?\n\nNo one said."
    )
    assert transcript_start(load_document("story.txt", text)) is None


def test_style_rules_stay_out_of_the_transcript_but_check_the_introduction() -> None:
    diagnostics = lint(INTERVIEW, select=["attribution"])
    assert [d.span.line for d in diagnostics] == [1]
