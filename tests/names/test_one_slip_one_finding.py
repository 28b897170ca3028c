"""One slip, one finding: a name written two ways is names/inconsistent-name's alone.

spelling/misspelling and spelling/inconsistent read capitalized words too; when the article
has the right form of a person's name, the names rule reports the slip (pointing at that
form) and the spelling rules leave it. A misspelled name with no right form in the article
stays spelling/misspelling's.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint

RULES = ["names/inconsistent-name", "spelling"]


def rules_at(text: str, word: str) -> list[str]:
    start = text.rindex(word)
    return sorted(
        d.rule
        for d in lint(text, select=RULES)
        if d.span.start < start + len(word) and start < d.span.end
    )


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Shia al-Sudani spoke on Sunday. Later al-Sudany met the envoy.", "Sudany"),
        ("Michael Bloomberg spoke first. Hours later, Micheal Bloomberg spoke again.", "Micheal"),
        ("Ana Kowalczyk runs the clinic. Kowalcyk said it would stay open.", "Kowalcyk"),
        ("Rui Oliveira opened the shop in 2001. Oliviera’s sons run it now.", "Oliviera"),
    ],
)
def test_a_name_slip_is_reported_by_the_names_rule_alone(text: str, slip: str) -> None:
    assert rules_at(text, slip) == ["names/inconsistent-name"]


def test_a_misspelled_name_with_no_right_form_in_the_article_stays_a_misspelling() -> None:
    text = "Prime Minister Netanyhau spoke on Monday."
    assert rules_at(text, "Netanyhau") == ["spelling/misspelling"]


def test_a_word_near_a_name_that_is_no_person_stays_a_misspelling() -> None:
    """The people table's slips only: "the al-Sudany government" is no one's mention."""
    text = "Shia al-Sudani spoke on Sunday. Later the al-Sudany government met the envoy."
    assert rules_at(text, "Sudany") == ["spelling/misspelling"]


def test_without_the_names_rule_the_slip_stays_a_misspelling() -> None:
    """spelling/misspelling leaves a slip only to a names/inconsistent-name that runs."""
    text = "Shia al-Sudani spoke on Sunday. Later al-Sudany met the envoy."
    assert [d.rule for d in lint(text, select=["spelling"])] == ["spelling/misspelling"]
