"""spelling/variant-mix: American and British spellings in one article."""

from __future__ import annotations

from tests.helpers import fix, flagged, lint

RULE = "spelling/variant-mix"


def mixed(text: str, **settings: object) -> list[str]:
    return flagged(text, lint(text, select=[RULE], **settings))


def test_british_spelling_in_american_article_is_flagged_with_an_unsafe_fix() -> None:
    text = "The color guard organised the parade."
    assert mixed(text) == ["organised"]
    (diagnostic,) = lint(text, select=[RULE])
    assert diagnostic.suggestions == ("organized",)
    assert diagnostic.fix is not None and not diagnostic.fix.is_safe
    # a style substitution is never applied by --fix alone
    assert fix(text, select=[RULE]) == text


def test_capitalisation_is_kept_by_the_fix() -> None:
    text = "Colour matters. The color guard agreed."
    (diagnostic,) = lint(text, select=[RULE])
    assert diagnostic.fix is not None
    assert [e.replacement for e in diagnostic.fix.edits] == ["Color"]


def test_a_repeated_british_spelling_is_one_finding_with_related_places() -> None:
    text = "The color guard travelled. Fans travelled too.\n\nTravelled home, they rested."
    (diagnostic,) = lint(text, select=[RULE])
    assert (diagnostic.line, diagnostic.column) == (1, 17)
    assert [(s.line, s.column) for s in diagnostic.related] == [(1, 33), (3, 1)]
    assert diagnostic.fix is not None
    assert [e.replacement for e in diagnostic.fix.edits] == ["traveled", "traveled", "Traveled"]


def test_a_british_ise_word_the_table_lacks_is_read_by_its_ending() -> None:
    assert mixed("The color archive was digitised.") == ["digitised"]
    (diagnostic,) = lint("The color archive was digitised.", select=[RULE])
    assert diagnostic.suggestions == ("digitized",)


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
