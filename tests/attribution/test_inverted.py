"""attribution/inverted: "said he" becomes "he said"; "said Smith" stays."""

from __future__ import annotations

import pytest

from tests.helpers import fix, flagged, lint

RULE = "attribution/inverted"


def _flagged(text: str) -> list[str]:
    return flagged(text, lint(text, select=[RULE]))


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ('"We will win," said he.', '"We will win," he said.'),
        ('"We will," said she, "and soon."', '"We will," she said, "and soon."'),
        ("Said they: it was over.", "They said: it was over."),
        ('"Go," says I.', '"Go," I say.'),
        ('"Stop," says he.', '"Stop," he says.'),
        ("“We will win,” said he.", "“We will win,” he said."),
    ],
)
def test_inverted_pronoun_attribution_is_turned_around(text: str, fixed: str) -> None:
    assert len(_flagged(text)) == 1
    assert fix(text, select=[RULE]) == fixed


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," said Smith.',
        '"We will win," said the minister, who chairs the committee.',
        "She said he would go.",
        "That is what they said it was.",
        '"He said it," she said.',
        "The man who said it left.",
    ],
)
def test_noun_after_the_verb_or_a_pronoun_that_starts_a_clause_is_quiet(text: str) -> None:
    assert _flagged(text) == []


def test_inverted_attribution_inside_a_quotation_is_left_alone() -> None:
    assert _flagged('"Then, said he, the war began," she recalled.') == []
