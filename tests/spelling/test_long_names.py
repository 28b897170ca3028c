"""Slips in long capitalized words (issue 13): a long word no lexicon lists has few neighbours,
so a letter-keeping slip of any listed word, a changed letter of a prominent one, or two cheap
slips of a famous one is evidence; an added letter or a changed ending (another language's
form of the name) is not, and a regnal name is spelled the way history spells it."""

from __future__ import annotations

import pytest

from tests.helpers import flagged, lint


def misspelled(text: str) -> dict[str, str]:
    return {
        text[d.span.start : d.span.end]: (d.suggestions or ("",))[0]
        for d in lint(text, select=["spelling"])
    }


@pytest.mark.parametrize(
    ("text", "slip", "correction"),
    [
        ("The ships passed the Dardanalles at dawn.", "Dardanalles", "Dardanelles"),
        ("Monks of the Carmlite order prayed.", "Carmlite", "Carmelite"),
        ("Lawmakers met in Westmimster on Monday.", "Westmimster", "Westminster"),
        ("The delegates flew to Copanhegen on Monday.", "Copanhegen", "Copenhagen"),
    ],
)
def test_a_slip_of_a_long_listed_word_is_flagged(text: str, slip: str, correction: str) -> None:
    assert misspelled(text) == {slip: correction}


@pytest.mark.parametrize(
    "text",
    [
        "The treatise Hydraulica was printed in Basel.",  # a letter added: Latin, not a slip
        "The monk Theodoros was named abbot.",  # the ending: the Greek form of Theodorus
        "The brother Petronios succeeded him.",
    ],
)
def test_another_languages_form_of_a_long_name_is_not_a_slip(text: str) -> None:
    assert flagged(text, lint(text, select=["spelling"])) == []


def test_a_regnal_name_is_spelled_the_way_history_spells_it() -> None:
    text = "Pope Damasus II wrote to the bishops of Gaul."
    assert flagged(text, lint(text, select=["spelling"])) == []


def test_a_cheap_slip_in_a_regnal_name_is_still_flagged() -> None:
    assert misspelled("King Charless III spoke at the opening.") == {"Charless": "Charles"}


@pytest.mark.parametrize(
    ("text", "slip", "month"),
    [
        ("The inquiry ran until Juy 1805, the report said.", "Juy", "July"),
        ("The council met on Jne 14 to vote.", "Jne", "June"),
    ],
)
def test_a_short_word_before_a_date_is_a_month(text: str, slip: str, month: str) -> None:
    assert misspelled(text) == {slip: month}


def test_a_transcription_in_brackets_is_no_foreign_phrase_around_a_slip() -> None:
    text = "The poet (Czech: [ˈjaroslaf ˈvrxlɪtskiː]; 17 Septembr 1853) wrote plays."
    assert misspelled(text) == {"Septembr": "September"}


def test_a_rare_neighbour_does_not_hide_the_word_two_slips_away() -> None:
    assert misspelled("The team flew to Massachussets on Friday.") == {
        "Massachussets": "Massachusetts"
    }


def test_a_regnal_number_without_a_title_is_no_excuse() -> None:
    assert misspelled("She was knighted by Elizaeth II last year.") == {"Elizaeth": "Elizabeth"}


@pytest.mark.parametrize(
    ("text", "slip", "correction"),
    [
        ("She played at the Théâtre Natioonal Populaire in Paris.", "Natioonal", "National"),
        ("Zaha Hadid (Araibc: زها حديد; born 1950) was an architect.", "Araibc", "Arabic"),
    ],
)
def test_a_slip_of_an_english_word_beside_another_language_is_flagged(
    text: str, slip: str, correction: str
) -> None:
    assert misspelled(text) == {slip: correction}


def test_a_foreign_name_with_a_single_letter_is_left_alone() -> None:
    text = "She starred opposite Gérard Philipe in the film."
    assert flagged(text, lint(text, select=["spelling"])) == []


@pytest.mark.parametrize(
    ("text", "slip", "correction"),
    [
        ("The convoy left Tikirt at dawn on Monday.", "Tikirt", "Tikrit"),
        ("Talks opened in Asmmara on Tuesday.", "Asmmara", "Asmara"),
    ],
)
def test_a_letter_keeping_slip_of_a_listed_name_is_flagged(
    text: str, slip: str, correction: str
) -> None:
    assert misspelled(text) == {slip: correction}


def test_a_name_without_its_last_s_is_a_slip_not_a_singular() -> None:
    assert misspelled("The team flew to Indianapoli on Monday.") == {
        "Indianapoli": "Indianapolis"
    }


def test_a_plural_of_a_name_is_no_slip() -> None:
    text = "The Bernoullis were a family of mathematicians."
    assert flagged(text, lint(text, select=["spelling"])) == []
