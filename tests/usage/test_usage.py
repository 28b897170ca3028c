"""Usage: idioms, confusions, capitalization, redundancy."""

from __future__ import annotations

import pytest

from tests.helpers import fix, flagged, lint


def _flags(text: str, rule: str) -> list[str]:
    return flagged(text, lint(text, select=[rule]))


def test_the_seed_drafts_idiom_is_fixed() -> None:
    text = "An election year looms in the horizon."
    (diagnostic,) = lint(text, select=["usage"])
    assert diagnostic.rule == "usage/idiom"
    assert diagnostic.suggestions == ("on the horizon",)
    assert fix(text, select=["usage"]) == "An election year looms on the horizon."


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Aides towed the party line.", "Aides toed the party line."),
        ("It was nipped in the butt.", "It was nipped in the bud."),
        (
            "She waived, and he waved his right to a lawyer.",
            "She waived, and he waived his right to a lawyer.",
        ),
        ("Taxes didn't phase him.", "Taxes didn't faze him."),
        (
            "They are biding their time; we were biting our time.",
            "They are biding their time; we were biding our time.",
        ),
        ("Officials poured over the documents.", "Officials pored over the documents."),
        ("The city reigned in spending.", "The city reined in spending."),
        ("Crews eeked out a win.", "Crews eked out a win."),
        ("He got off scott free.", "He got off scot-free."),
    ],
)
def test_idioms_keep_their_inflection(text: str, fixed: str) -> None:
    assert fix(text, select=["usage/idiom"]) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "A tugboat towed the line of barges.",  # literal
        "Queen Victoria's reign in Britain lasted decades.",
        "The peaks held their interest for hours.",
        "Scott Free Productions made the film.",
        "The second one in the same week was smaller.",
        "Pour over the ice and stir.",
    ],
)
def test_literal_readings_are_left_alone(text: str) -> None:
    assert _flags(text, "usage/idiom") == []


@pytest.mark.parametrize(
    "text",
    [
        "It was the might of armed forces.",
        "The company and its not-for-profit arm.",
        "Your welcome packet is ready.",
        "It was an everyday event.",
        "Changes affect turnout and effect change.",
        "They took what they could of the food.",
    ],
)
def test_confusions_are_only_flagged_where_certain(text: str) -> None:
    assert _flags(text, "usage/confusion") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("He could of been elected.", "grammar/could-of"),
        ("He shouldn't of gone.", "grammar/could-of"),
        ("Their is no plan.", "grammar/their-there"),
        ("Their were two plans.", "grammar/their-there"),
        ("The party held it's own convention.", "grammar/its-its"),
        ("The party held it’s own convention.", "grammar/its-its"),
        ("Its been a long year.", "grammar/its-its"),
        ("Its not clear why.", "grammar/its-its"),
        ("She chose to walk rather then drive.", "grammar/then-than"),
        ("The storm had a major affect on turnout.", "grammar/affect-effect"),
    ],
)
def test_a_sound_alike_the_grammar_family_reads_is_one_finding(text: str, rule: str) -> None:
    # Issue 17: one slip, one finding. The pack used to flag these beside the grammar rule.
    assert [d.rule for d in lint(text)] == [rule]


def test_names_keep_internet_capitalized() -> None:
    text = "The Internet Archive, Pew Internet Project and Internet Explorer use the Internet."
    assert _flags(text, "usage/lowercase-term") == ["Internet"]


def test_the_west_bank_of_a_river_is_not_the_west_bank() -> None:
    assert _flags(
        "The river's west bank flooded; the West bank border closed.", "usage/capitalization"
    ) == ["West bank"]


def test_redundant_time_of_day_follows_ap() -> None:
    assert fix("The vote is at 10 p.m. tonight.", select=["usage/redundancy"]) == (
        "The vote is at 10 p.m. today."
    )


def test_wordy_is_in_preview_and_never_applied_by_fix() -> None:
    assert lint("We met in order to vote.", select=["usage"]) == []
    assert fix("We met in order to vote.", select=["usage/wordy"]) == "We met in order to vote."
