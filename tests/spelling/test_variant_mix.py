"""spelling/variant-mix: American and British spellings in one article."""

from __future__ import annotations

from tests.helpers import fix, flagged, lint

RULE = "spelling/variant-mix"


def mixed(text: str, **settings: object) -> list[str]:
    return flagged(text, lint(text, select=[RULE], **settings))


def test_british_spelling_in_american_article_is_flagged_and_fixed() -> None:
    text = "The color guard organised the parade."
    assert mixed(text) == ["organised"]
    assert fix(text, select=[RULE]) == "The color guard organized the parade."


def test_capitalisation_is_kept_by_the_fix() -> None:
    text = "Colour matters. The color guard agreed."
    assert fix(text, select=[RULE]) == "Color matters. The color guard agreed."


def test_british_locale_flags_american_forms() -> None:
    text = "The colour of the flag and the color of the sky."
    assert mixed(text, locale="en-GB") == ["color"]


def test_article_in_one_system_is_quiet() -> None:
    assert mixed("The colour guard organised the parade.") == []
    assert mixed("The color guard organized the parade.") == []


def test_ambiguous_american_forms_are_no_evidence() -> None:
    # "program" and "story" are British words too; "colour" alone is not a mix
    assert mixed("The program told the story of the colour guard.") == []


def test_oxford_ize_is_fine_in_british_locale() -> None:
    assert mixed("They organize the colour guard.", locale="en-GB") == []


def test_names_and_quotations_are_left_alone() -> None:
    assert mixed("The Labour Party chose a color.") == []
    assert mixed('He said "the colour was wrong" about the color.') == []
