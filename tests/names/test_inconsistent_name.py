"""names/inconsistent-name: one person's name written two ways."""

from __future__ import annotations

from tests.helpers import flagged, lint

RULE = "names/inconsistent-name"


def check(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def test_middle_initial_that_comes_and_goes() -> None:
    text = "Anthony J. Blinken arrived Monday. Anthony Blinken met Abbas."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["Anthony Blinken"]
    assert diagnostics[0].message == '"Anthony Blinken" is written "Anthony J. Blinken" on line 1'
    assert diagnostics[0].suggestions == ("Anthony J. Blinken",)


def test_given_name_spelled_two_ways() -> None:
    assert check("Antony Blinken arrived. Later Anthony Blinken left.") == ["Anthony Blinken"]


def test_every_later_form_is_reported() -> None:
    text = "Antony J. Blinken arrived.\n\nAntony Blinken spoke. Anthony J. Blinken left."
    assert check(text) == ["Antony Blinken", "Anthony J. Blinken"]


def test_surname_one_slip_off_with_the_same_given_name() -> None:
    assert check("Benjamin Netanyahu spoke. Benjamin Netanyhau left.") == ["Netanyhau"]


def test_possessive_and_sentence_start_are_the_same_form() -> None:
    text = "Antony Blinken arrived. Antony Blinken's plane left. Blinken spoke."
    assert check(text) == []


def test_particles_and_hyphenated_surnames() -> None:
    text = (
        "Mohammed Shia al-Sudani met Ursula von der Leyen and Mary Smith-Jones. "
        "Al-Sudani spoke; Mohammed Shia al-Sudani's aide and Ursula von der Leyen listened. "
        "Mary Smith-Jones left."
    )
    assert check(text) == []
    assert check("Ursula von der Leyen spoke. Ursla von der Leyen left.") == ["Ursla von der Leyen"]
    assert check("Ursula von der Leyen spoke. Ursula von der Leyn left.") == ["von der Leyn"]


def test_two_people_sharing_a_surname() -> None:
    assert check("President Joe Biden met his son Hunter Biden. Biden spoke.") == []
    assert check("Mark and Mary Smith rebuilt the barn. Mary Smith is 54.") == []
    assert check("Mark Smith and Mary Smith rebuilt the barn.") == []


def test_father_and_son() -> None:
    assert check("George H.W. Bush and George W. Bush spoke.") == []
    assert check("John Smith and John Smith Jr. run the farm.") == []
    assert check("Pierre L'Enfant, his father, and Pierre Charles L'Enfant.") == []


def test_a_full_middle_name_is_not_flagged() -> None:
    assert check("Antonín Leopold Dvořák was born in 1841. Antonín Dvořák died in 1904.") == []


def test_headline_may_drop_the_middle_initial() -> None:
    text = "# Eugene Nida\n\nEugene A. Nida was a linguist. Nida died in 2011.\n"
    assert check(text, "markdown") == []


def test_headline_counts_for_spelling() -> None:
    text = "# Anthony Blinken Visits Jordan\n\nAntony Blinken landed in Amman.\n"
    assert check(text, "markdown") == ["Anthony Blinken"]


def test_caption_sets_the_first_form() -> None:
    text = (
        "Blinken Visits\n\nAnthony J. Blinken shakes hands (AP Photo/Jane Roe)\n\n"
        "Secretary of State Anthony Blinken landed.\n"
    )
    assert check(text) == ["Anthony Blinken"]


def test_quoted_form_counts_but_is_not_flagged() -> None:
    text = '"Antony Blinken is here," she said. Anthony Blinken nodded. "Anthony Blinken, hi."'
    assert check(text) == ["Anthony Blinken"]
