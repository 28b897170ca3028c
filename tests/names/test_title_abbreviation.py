"""names/title-abbreviation: titles AP spells out, abbreviated before a name."""

from __future__ import annotations

from tests.helpers import fix, flagged, lint

RULE = "names/title-abbreviation"


def check(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def test_every_sec_before_a_name_is_flagged() -> None:
    text = "Sec. Blinken left. Later Sec. Blinken's plane landed; Sec. Antony Blinken spoke."
    assert check(text) == ["Sec.", "Sec.", "Sec."]


def test_abbreviations_ap_does_not_use() -> None:
    assert check("Pres. Joe Biden met Atty. Gen. Merrick Garland and Amb. Jane Roe.") == [
        "Pres.",
        "Atty. Gen.",
        "Amb.",
    ]


def test_fix_spells_the_title_out() -> None:
    assert (
        fix("It was Sec. Blinken.", select=[RULE], unsafe_fixes=True) == "It was Secretary Blinken."
    )
    assert fix("Atty. Gen. Merrick Garland spoke.", select=[RULE], unsafe_fixes=True) == (
        "Attorney General Merrick Garland spoke."
    )


def test_professor_is_spelled_out_in_lowercase_except_at_a_sentence_start() -> None:
    assert (
        fix("It was led by Prof. Ana Ruiz.", select=[RULE], unsafe_fixes=True)
        == "It was led by professor Ana Ruiz."
    )
    assert (
        fix("Prof. Ana Ruiz led it.", select=[RULE], unsafe_fixes=True)
        == "Professor Ana Ruiz led it."
    )


def test_abbreviations_ap_uses_are_quiet() -> None:
    text = (
        "Sen. Elizabeth Warren, Gov. Gavin Newsom, Lt. Gov. Austin Davis, Rep. Jim Jordan, "
        "Dr. Anthony Fauci, Gen. Mark Milley, Capt. Jane Roe, Sgt. John Doe and the Rev. Al "
        "Sharpton met Mr. Blinken."
    )
    assert check(text) == []


def test_abbreviation_without_a_name_is_quiet() -> None:
    assert check("See Sec. 5 of the act. The Sec. of the club resigned.") == []


def test_inside_a_quotation_is_quiet() -> None:
    assert check('"Sec. Blinken is on his way," the aide said.') == []


def test_in_markdown_and_at_a_line_start() -> None:
    text = "# Visit\n\nThe visit of\nSec. Blinken ended.\n"
    diagnostics = lint(text, fmt="markdown", select=[RULE])
    assert flagged(text, diagnostics) == ["Sec."]
    assert (diagnostics[0].span.line, diagnostics[0].span.column) == (4, 1)


def test_headline_abbreviation_is_flagged_too() -> None:
    text = "# Pres. Biden Visits Israel\n\nPresident Joe Biden landed.\n"
    assert check(text, "markdown") == ["Pres."]


def test_sec_of_state() -> None:
    text = "Sec. of State Antony Blinken spoke."
    assert check(text) == ["Sec. of State"]
    assert fix(text, select=[RULE], unsafe_fixes=True) == "Secretary of State Antony Blinken spoke."


def test_sec_harlow_on_a_later_reference_gets_one_finding_and_the_fix_sticks() -> None:
    """Issue 17: "Sec. Harlow" on a later reference got two findings with contradictory
    suggestions, and the fix ("Secretary Harlow") was flagged again on the next run."""
    text = "Secretary of State Tom Harlow landed Monday. Later, Sec. Harlow met the press."
    diagnostics = lint(text, select=["names"])
    assert [(d.rule, flagged(text, [d])) for d in diagnostics] == [
        ("names/later-reference", ["Sec. Harlow"])
    ]
    fixed = fix(text, select=["names"])
    assert fixed == text  # no safe fix to apply: dropping the title is the editor's call
    # Another house style keeps titles on later references: then the abbreviation is flagged,
    # and its fix is not reported again.
    other = lint(text, select=["names"], ignore=("names/later-reference",))
    assert [d.rule for d in other] == ["names/title-abbreviation"]
    fixed = fix(text, select=["names"], ignore=("names/later-reference",), unsafe_fixes=True)
    assert "Secretary Harlow" in fixed
    assert lint(fixed, select=["names"], ignore=("names/later-reference",)) == []


def test_spelling_a_title_out_is_a_suggestion_that_fix_leaves_alone() -> None:
    # Issue 13: "Dr" and "Prof." are another house's style in edited copy; an abbreviation read
    # as a title may be part of a name.
    for text in ("Dr Ada Okafor leads the ward.", "It was led by Prof. Ana Ruiz."):
        assert [d.rule for d in lint(text, select=[RULE])] == [RULE]
        assert fix(text, select=[RULE]) == text


def test_title_without_its_period() -> None:
    text = "Dr Ada Okafor leads the ward."
    assert fix(text, select=[RULE], unsafe_fixes=True) == "Dr. Ada Okafor leads the ward."
    text = "Dr. Ada Okafor leads the ward. Dr Okafor retires in May."
    assert [d.rule for d in lint(text, select=["names"])] == ["names/later-reference"]
