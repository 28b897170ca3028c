"""AP numbers: spelling out one through nine, figures at a sentence start, percent, times."""

from __future__ import annotations

import pytest

from tests.helpers import fix, flagged, lint


def _flags(text: str, rule: str = "numbers") -> list[str]:
    return flagged(text, lint(text, select=[rule]))


@pytest.mark.parametrize(
    "text",
    [
        "The boy, 5, is 4 years old and his sister is 3 months old.",  # ages
        "Prices rose 3 percent, or 3%, in a 5-4 vote.",  # percentages, votes
        "The Celtics won 5-3 on Nov. 5 at 3 p.m.",  # scores, dates, times
        "She lives at 9 Elm St. in a room 6 feet by 9 feet.",  # addresses, dimensions
        "It cost $5, or 5 cents a day, for 2 million people.",  # money, millions
        "He scored 3 goals and ran 4 miles at 7 mph.",  # sports, distances, speeds
        "The temperature fell 6 degrees; the storm was a Category 4 hurricane.",
        "No. 3 seeds, Game 5 tickets, page 4 results and type 2 diabetes patients.",
        "Windows 7 users and iPhone 6 owners.",
        "The score was 2 to 1 after 2 1/2 innings.",
    ],
)
def test_ap_exceptions_keep_their_figures(text: str) -> None:
    assert _flags(text, "numbers/spell-out") == []


def test_a_figure_counting_people_is_spelled_out() -> None:
    text = "The blast hurt 4 people and 2 children in 3 cities."
    assert fix(text, select=["numbers/spell-out"], unsafe_fixes=True) == (
        "The blast hurt four people and two children in three cities."
    )


def test_spelling_a_figure_out_is_a_suggestion_that_fix_leaves_alone() -> None:
    # Whether a figure counts things is read from its neighbours (issue 13).
    text = "The blast hurt 4 people."
    assert _flags(text, "numbers/spell-out") != []
    assert fix(text, select=["numbers/spell-out"]) == text


def test_ten_and_up_stay_figures_and_one_is_left_alone() -> None:
    assert _flags("They had 10 station wagons, 12 buses and 1 car.", "numbers/spell-out") == []


def test_a_figure_opening_a_sentence_is_left_to_the_sentence_start_rule() -> None:
    found = lint("The storm passed. 4 people died.", select=["numbers"])
    assert [d.rule for d in found] == ["numbers/sentence-start"]


@pytest.mark.parametrize(
    "text",
    [
        "1990 was a census year.",
        "The 1990s were calm.",
        "3D printers are cheap.",
        "9/11 changed the city.",
        "7-Eleven opened a store.",
        "Steps:\n\n1. Open the box.\n2) Close it.",
        "He wrote it. [12] She agreed.",
    ],
)
def test_figures_that_may_open_a_sentence(text: str) -> None:
    assert _flags(text, "numbers/sentence-start") == []


def test_figures_in_headlines_and_tables_are_headline_and_table_style() -> None:
    text = "# 12 killed in storm\n\n| Year | Deaths |\n|---|---|\n| 2023 | 12 |\n"
    assert flagged(text, lint(text, fmt="markdown", select=["numbers"])) == []


def test_percent_after_a_figure_becomes_the_sign() -> None:
    assert fix("It rose 5% and 2.5 per cent.", select=["numbers/percent"]) == (
        "It rose 5% and 2.5%."
    )
    assert fix("It rose 5 percent.", select=["numbers/percent"]) == "It rose 5%."


def test_strict_ap_flags_percent_even_when_the_article_keeps_it_throughout() -> None:
    text = "It rose 5 percent and fell 2 percent."
    found = lint(text, select=["numbers/percent"], style_declared=True)
    assert flagged(text, found) == ["5 percent", "2 percent"]


def test_an_undeclared_style_or_the_option_leaves_a_consistent_percent_alone() -> None:
    text = "It rose 5 percent and fell 2 percent."
    assert _flags(text, "numbers/percent") == []
    options = {"numbers/percent": {"quiet-when-consistent": True}}
    assert lint(text, select=["numbers/percent"], options=options, style_declared=True) == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Polls close at 8:00 P.M.", "Polls close at 8 p.m."),
        ("Polls close at 8 PM. Results follow.", "Polls close at 8 p.m. Results follow."),
        ("Doors open at 7:30am.", "Doors open at 7:30 a.m."),
        ("Doors open at 7 a.m.", "Doors open at 7 a.m."),
        ("It starts at 12 midnight.", "It starts at midnight."),
    ],
)
def test_times_take_ap_form(text: str, fixed: str) -> None:
    assert fix(text, select=["numbers/time"]) == fixed


def test_am_radio_frequencies_are_not_times() -> None:
    assert _flags("Listen to WINS 1010 AM for traffic.", "numbers/time") == []
