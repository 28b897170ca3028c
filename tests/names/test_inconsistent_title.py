"""names/inconsistent-title: one person given two offices."""

from __future__ import annotations

from tests.helpers import flagged, lint

RULE = "names/inconsistent-title"


def check(text: str) -> list[str]:
    return flagged(text, lint(text, select=[RULE]))


def test_two_offices_for_one_person() -> None:
    text = "Prime Minister Benjamin Netanyahu spoke. Later, President Netanyahu left."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["President"]
    assert "Prime Minister" in diagnostics[0].message and "line 1" in diagnostics[0].message


def test_vice_president_is_not_president() -> None:
    assert check("Vice President Kamala Harris spoke. President Harris left.") == ["President"]


def test_forms_of_one_title_agree() -> None:
    text = (
        "Secretary of State Antony Blinken landed. Secretary Blinken met Sec. Blinken's "
        "hosts. Defense Minister Yoav Gallant, or Minister of Defense Gallant, or Minister "
        "Gallant, spoke. Maj. Gen. Jane Roe and Gen. Roe left."
    )
    assert check(text) == []


def test_past_offices_describe() -> None:
    assert check("President Barack Obama praised former Sen. Obama's votes.") == []
    assert check("Then-Sen. Barack Obama became President Obama.") == []


def test_two_people_with_one_surname_keep_their_titles() -> None:
    text = "President Joe Biden and Dr. Jill Biden arrived. President Biden spoke."
    assert check(text) == []


def test_courtesy_and_academic_titles_are_not_offices() -> None:
    assert check("Dr. Ana Ruiz spoke. Professor Ruiz left. Ms. Ruiz returned.") == []


def test_titles_in_quotations_are_not_compared() -> None:
    text = 'Prime Minister Benjamin Netanyahu spoke. "President Netanyahu is wrong," she said.'
    assert check(text) == []
