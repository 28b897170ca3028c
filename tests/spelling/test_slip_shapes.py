"""Slips known by their shape (issue 13): an "h" after a letter no spelling system pairs it
with, in a long word, is a slip of the listed word without it; after the letters that do pair
with "h" in some language, and in short words, it is no evidence."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import lint


def misspelled(text: str) -> dict[str, str]:
    return {
        text[d.span.start : d.span.end]: (d.suggestions or ("",))[0]
        for d in lint(text, select=["spelling"])
    }


@pytest.mark.parametrize(
    ("text", "slip", "meant"),
    [
        ("The exhibition showed works by Kazimhir Malevich.", "Kazimhir", "Kazimir"),
        ("The mosque's imam greeted Husayhn Ali on Friday.", "Husayhn", "Husayn"),
        ("The prize was shared with Colin Maclhaurin that year.", "Maclhaurin", "Maclaurin"),
    ],
)
def test_a_stray_h_in_a_long_word_is_a_slip(text: str, slip: str, meant: str) -> None:
    assert misspelled(text)[slip] == meant


@pytest.mark.parametrize(
    "text",
    [
        # "h" after letters that pair with it in one language or another
        "The talks were led by Khalid Bhutto and Dhanraj Zhang.",
        # Irish "mh", a name no lexicon lists without its "h"
        "The poet Caoimhe Amhlaoibh read on Monday.",
        # too short to tell a slip from a name
        "The envoy met Elhan and Mheer on Monday.",
    ],
)
def test_an_h_that_names_are_written_with_is_quiet(text: str) -> None:
    assert misspelled(text) == {}


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("He moved to New Yrk in 1990.", "Yrk"),
        ("Between May and Jne the team trained in Denver.", "Jne"),
    ],
)
def test_a_short_word_one_letter_short_of_a_prominent_name_is_a_slip(text: str, slip: str) -> None:
    assert slip in misspelled(text)


def test_short_names_one_letter_from_lesser_names_or_words_are_quiet() -> None:
    """Short names sit one letter from other names and words all the time: "Kae" beside
    Kate, "Jil" beside jail, "Kis" beside kiss, "Mik" beside Mike are names of their own."""
    assert misspelled("The poet Kae Tempest read, and Jil, Mik and Kis sang.") == {}


def test_accented_names_around_a_slip_do_not_make_it_another_language() -> None:
    """A transposed or doubled letter of a listed name stays a slip between accented names;
    a foreign phrase and a dropped double letter ("Philipe", the French form) stay quiet."""
    assert "Loepold" in misspelled("The composer Antonín Loepold Dvořák wrote it in 1893.")
    assert "Leopoold" in misspelled("The composer Antonín Leopoold Dvořák wrote it in 1893.")
    text = "She starred opposite Gérard Philipe in Le Cid, at Théâtre Montparnasse."
    assert misspelled(text) == {}
    assert misspelled("The chorus sang Ne pleure pas, Jeannette in the café.") == {}


@pytest.mark.parametrize(
    ("text", "slip", "meant"),
    [
        ("Hikers crossed the Alhps in early June.", "Alhps", "Alps"),
        ("The results came from Binhg and two other engines.", "Binhg", "Bing"),
        ("The tribute band played Abhba songs all night.", "Abhba", "Abba"),
        ("Her lecture on Weyhl groups ran long.", "Weyhl", "Weyl"),
        # six letters, one "h" from a name seen often enough
        ("The designer Mhichi Koshino spoke first.", "Mhichi", "Michi"),
    ],
)
def test_an_h_between_consonants_or_in_a_six_letter_name_is_a_slip(
    text: str, slip: str, meant: str
) -> None:
    assert misspelled(text)[slip] == meant


@pytest.mark.parametrize(
    "text",
    [
        # Arabic "dh", Irish "dh" and "mh", Punjabi "bh" before a consonant: names, not slips
        "The talks included Fadhl Ahmed, Tadhg Ryan and Domhnall Gleeson.",
        "The batters were Prabhjot Singh and Shubhman Rao.",
        # an "h" before a vowel after n, r or d is how Portuguese and Hindi write names
        "The delegates were Marinha Costa, Dhanraj Rao and Rhavi Patel.",
    ],
)
def test_an_h_that_names_are_written_with_before_a_consonant_is_quiet(text: str) -> None:
    assert misspelled(text) == {}


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("He was born in Exeter, Dvon. His father taught there.", "Dvon"),
        ("The ruins lie near Luxor, Egyt. Few tourists go.", "Egyt"),
    ],
)
def test_a_short_slip_before_a_period_is_no_abbreviation(text: str, slip: str) -> None:
    """An abbreviation drops two letters or more; one letter short of a name, it saves
    nothing, since its period takes the place of one."""
    assert slip in misspelled(text)


def test_abbreviations_before_a_period_are_quiet() -> None:
    text = (
        "He moved to Fla. in May. He left Tenn. and Calif. for Aug. 3. "
        "She cited the Ausg. of 1901 and the Univ. catalog, Vol. 2."
    )
    assert misspelled(text) == {}


def test_an_english_word_between_ends_a_phrase_in_another_language() -> None:
    """An English word ("and") between says the sentence is English there: an accented name
    before it is no sign that the unknown name after it is foreign."""
    assert "Roert" in misspelled("She starred opposite Gérard Philipe and Roert Hirsch.")
    assert misspelled("They sang Touchez pas au grisbi and Ne pleure pas, Jeannette.") == {}


def test_a_stray_h_before_a_regnal_number_is_a_slip() -> None:
    assert misspelled("He served King Lhouis XV of France.") == {"Lhouis": "Louis"}
    assert misspelled("The letter reached Pope Damasus I in Rome.") == {}


@pytest.mark.slow
def test_the_verdict_on_a_rare_name_does_not_depend_on_the_hash_seed() -> None:
    """Among equally cheap slips the rarest word decides: "Katherina" (Shakespeare's shrew)
    sits one letter from Katherine and from Katharina, and is a name whichever the order of the
    neighbour set, which Python's hash seed changes from run to run."""
    script = (
        "from copylint.analysis.spelling import verdict\n"
        "print([verdict(w, False, False).value for w in ('Katherina', 'Philipa')])"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(4)
    }
    assert seen == {"['known', 'known']"}


def test_a_name_mid_sentence_is_no_slip_of_a_function_word() -> None:
    """A word capitalized mid-sentence is a name: "York" comes before "You" for "Yok"."""
    assert misspelled("He moved to New Yok in 1990.") == {"Yok": "York"}
