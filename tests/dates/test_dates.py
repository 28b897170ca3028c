"""AP dates: month abbreviations, months without a day, ordinals, decades."""

from __future__ import annotations

import pytest

from tests.helpers import fix, flagged, lint


def _flags(text: str, fmt: str = "text") -> list[tuple[str, str]]:
    found = lint(text, fmt=fmt, select=["dates", "numbers"])
    return list(zip([d.rule for d in found], flagged(text, found), strict=True))


@pytest.mark.parametrize(
    ("month", "abbreviation"),
    [
        ("January", "Jan."),
        ("February", "Feb."),
        ("August", "Aug."),
        ("September", "Sept."),
        ("October", "Oct."),
        ("November", "Nov."),
        ("December", "Dec."),
        ("Sep.", "Sept."),
        ("Sept", "Sept."),
        ("Dec", "Dec."),
    ],
)
def test_each_month_ap_abbreviates_is_abbreviated_with_a_day(month: str, abbreviation: str) -> None:
    text = f"The vote is {month} 5, 2024."
    assert (
        fix(text, select=["dates/month-abbreviation"], unsafe_fixes=True)
        == f"The vote is {abbreviation} 5, 2024."
    )


def test_short_months_and_may_are_left_spelled_out() -> None:
    assert _flags("March 2, April 3, May 4, June 5 and July 6 are fine.") == []


def test_wikipedia_day_first_dates_are_a_different_convention_not_an_error() -> None:
    text = "Daniel Bernoulli (8 February 1700 – 17 March 1782) was born on 8 February 1700."
    assert _flags(text) == []


def test_a_month_with_a_year_only_is_not_a_date_with_a_day() -> None:
    assert _flags("He left in November 1890 and returned in September 2001.") == []


QUIET = {"dates/month-abbreviation": {"quiet-when-consistent": True}}


def test_a_house_that_declares_ap_gets_every_full_month_flagged() -> None:
    consistent = "He was born January 8, 1880, and died September 17, 1934."
    found = lint(consistent, select=["dates"], style_declared=True)
    assert flagged(consistent, found) == ["January", "September"]


def test_without_a_declared_style_a_consistent_other_convention_is_left_alone() -> None:
    assert _flags("He was born January 8, 1880, and died September 17, 1934.") == []


def test_with_the_option_a_consistent_other_convention_is_left_alone_but_a_mix_is_not() -> None:
    consistent = "He was born January 8, 1880, and died September 17, 1934."
    assert lint(consistent, select=["dates"], options=QUIET, style_declared=True) == []
    mixed = "He was born Jan. 8, 1880, and died September 17, 1934."
    found = lint(mixed, select=["dates"], options=QUIET)
    assert flagged(mixed, found) == ["September"]


def test_consistency_never_excuses_a_form_ap_rules_out() -> None:
    """'Sep.' is no AP abbreviation in any house style: a repeated one is still flagged."""
    text = "The board met on Sep. 12 and again on Sep. 19."
    assert _flags(text) == [("dates/month-abbreviation", "Sep.")] * 2
    found = lint(text, select=["dates"], options=QUIET, style_declared=True)
    assert flagged(text, found) == ["Sep.", "Sep."]


def test_headlines_are_left_to_headline_style() -> None:
    text = "# Vote set for November 5\n\nThe vote is Nov. 5.\n"
    assert _flags(text, fmt="markdown") == []


def test_an_abbreviated_month_that_ends_a_sentence_is_not_rewritten() -> None:
    """'in Nov.' at the end of a sentence: the period also ends the sentence, so a fix to
    'November' would lose it; the entry reads only a year or a continuing sentence."""
    assert _flags("The plant closed in Nov. Workers left.") == []
    assert fix("It closed in Nov. 2023 and Dec. last year.", select=["dates"]) == (
        "It closed in November 2023 and December last year."
    )


def test_an_ordinal_date_loses_its_ending_and_the_month_its_spelling() -> None:
    assert (
        fix("The rally is on November 5th.", select=["dates"], unsafe_fixes=True)
        == "The rally is on Nov. 5."
    )


def test_a_month_with_its_day_before_it_is_not_alone() -> None:
    # "the 1st day of Feb. next" has its day: writing the month out is no AP fix.
    assert _flags("They met on the 1st day of Feb. next and on the 3rd of Feb. and March.") == []
    assert _flags("The meeting on 5 Feb. 2023 was short.") == []


def test_a_full_month_before_a_day_is_a_suggestion_that_fix_leaves_alone() -> None:
    # Chicago and Wikipedia copy writes "November 5" on purpose (issue 13).
    text = "The vote is on November 5."
    assert _flags(text) == [("dates/month-abbreviation", "November")]
    assert fix(text, select=["dates"]) == text


def test_an_abbreviation_no_style_writes_keeps_a_safe_fix() -> None:
    # "Sep." and "Nov" without its period are nobody's style: --fix alone corrects them.
    text = "Talks resume Sep. 12, end Nov 5 and restart November 9."
    fixed = "Talks resume Sept. 12, end Nov. 5 and restart November 9."
    assert fix(text, select=["dates"]) == fixed


def test_ordinals_that_are_not_dates_are_left_alone() -> None:
    assert _flags("She finished 5th. The 21st Amendment. The 3rd of the month.") == []


def test_a_possessive_year_is_not_a_decade() -> None:
    assert _flags("The 1990's budget was larger than the 2000's.") == []
    assert _flags("In the 1990's, budgets grew.") == [("dates/decade-apostrophe", "1990's")]


def test_markdown_dates_are_fixed_in_place() -> None:
    text = "After Oct. 1, the vote is on **November 5**, the *Sep. 12* recount later.\n"
    assert fix(text, fmt="markdown", select=["dates"], unsafe_fixes=True) == (
        "After Oct. 1, the vote is on **Nov. 5**, the *Sept. 12* recount later.\n"
    )
