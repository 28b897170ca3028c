"""Spelling a copy desk can trust on a rough draft (issue 13): the web's misspellings are not
words, dense typos are not a foreign phrase, fixes that can change meaning are not safe, and the
false-alarm classes of edited copy stay quiet."""

from __future__ import annotations

import pytest

from tests.helpers import fix, flagged, lint

RULE = "spelling/misspelling"


def misspelled(text: str, **settings: object) -> list[str]:
    return flagged(text, lint(text, select=["spelling"], **settings))


def suggestions(text: str) -> dict[str, str]:
    return {
        text[d.span.start : d.span.end]: d.suggestions[0]
        for d in lint(text, select=[RULE])
        if d.suggestions
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation met Isreali officials in Jeruselem on Febuary 5.",
            {"Isreali": "Israeli", "Jeruselem": "Jerusalem", "Febuary": "February"},
        ),
        (
            "Officials from the Phillipines, the Carribean and Afganistan met in Cincinatti.",
            {
                "Phillipines": "Philippines",
                "Carribean": "Caribbean",
                "Afganistan": "Afghanistan",
                "Cincinatti": "Cincinnati",
            },
        ),
        ("The Ukranian envoy flew to Britian.", {"Ukranian": "Ukrainian", "Britian": "Britain"}),
        ("Brazillian Technlogy Firms Rise", {"Brazillian": "Brazilian", "Technlogy": "Technology"}),
    ],
)
def test_misspellings_the_web_counts_are_flagged_with_the_right_name(
    text: str, expected: dict[str, str]
) -> None:
    assert suggestions(text) == expected


def test_the_names_lexicon_holds_none_of_the_webs_typos() -> None:
    from copylint.lexicon.dictionary import name_counts

    typos = ("isreal", "isreali", "febuary", "carribean", "phillipines", "britian", "ukranian")
    assert not [t for t in typos if t in name_counts()]
    assert {"israel", "caribbean", "willson", "syriza", "charlize"} <= set(name_counts())


@pytest.mark.parametrize(
    ("text", "typos"),
    [
        ("He will definately recieve teh money.", ["definately", "recieve", "teh"]),
        (
            "The mayor will definately recieve teh hastag tommorow.",
            ["definately", "recieve", "teh", "hastag", "tommorow"],
        ),
        ('"We will definately recieve teh money," she said.', ["definately", "recieve", "teh"]),
        ("Teh comittee wil recieve thier report.", ["Teh", "comittee", "wil", "recieve", "thier"]),
    ],
)
def test_a_sentence_of_typos_is_not_a_foreign_phrase(text: str, typos: list[str]) -> None:
    assert misspelled(text) == typos


@pytest.mark.parametrize(
    "text",
    [
        "Her last words were Ne pleure pas, Alfred, the biographer wrote.",
        'He quoted Vergil: "Horror ubique animos, simul ipsa silentia terrent."',
        "He wrote De to hovedarter af grammatiske forbindelser in 1921.",
        "She studied at the École Normale in Paris with Gérard Philipe.",
    ],
)
def test_other_languages_are_known_by_their_own_evidence(text: str) -> None:
    assert misspelled(text) == []


def test_a_run_of_unknown_words_alone_is_no_evidence() -> None:
    assert misspelled("They said ubique animos silentia terrent.") != []


# -- fix safety ----------------------------------------------------------------------------------


def test_a_correct_rare_word_is_not_rewritten() -> None:
    assert misspelled("The vaccinee returned for a second dose.") == []
    assert fix("The vaccinee returned.", select=["spelling"]) == "The vaccinee returned."


def test_a_known_misspelling_gets_its_listed_correction_not_the_likeliest_slip() -> None:
    assert suggestions("The diety was honored.") == {"diety": "deity"}
    assert fix("The diety was honored.", select=[RULE]) == "The deity was honored."


@pytest.mark.parametrize(
    "text",
    [
        "The Isareli flag flew.",  # a capitalized word: maybe a name
        "Mariela Hallston spoke.",  # a name: "Halston" is a suggestion only
        "The council met the govermint.",  # edit distance alone
        "Febuary was cold.",  # a capitalized known misspelling
        "He spoke abbout it.",  # two listed corrections
    ],
)
def test_no_safe_fix_but_a_lowercase_known_misspelling_with_one_correction(text: str) -> None:
    (diagnostic,) = lint(text, select=[RULE])
    assert diagnostic.fix is None or not diagnostic.fix.is_safe
    assert fix(text, select=["spelling"]) == text


# -- suggestions ---------------------------------------------------------------------------------


def test_a_british_form_gets_its_american_form() -> None:
    assert suggestions("He will organisaton the event.") == {"organisaton": "organization"}


def test_a_lowercase_word_never_gets_a_proper_name() -> None:
    from copylint.checks.spelling.misspelling import _proper_noun

    (diagnostic,) = lint("They drove to the isreal border.", select=[RULE])
    assert "israel" not in [s.lower() for s in diagnostic.suggestions]
    (diagnostic,) = lint("The Isreal border.", select=[RULE])
    assert diagnostic.suggestions[0] == "Israel"
    assert _proper_noun("israel") and not _proper_noun("real")


# -- false alarms of edited copy -----------------------------------------------------------------


def test_a_rare_name_spelled_the_same_way_several_times_is_a_name() -> None:
    text = "Mariela Hallston spoke first. Hallston left; Hallston returned later."
    assert misspelled(text) == []
    # once, it may be a slip of the better-known name: reported, never fixed
    assert misspelled("The designer Hallston spoke.") == ["Hallston"]


def test_a_known_misspelling_is_not_excused_by_repetition() -> None:
    text = "Troops left Afganistan. In Afganistan, the Afganistan mission ended."
    assert misspelled(text) == ["Afganistan", "Afganistan", "Afganistan"]


@pytest.mark.parametrize(
    "text",
    [
        "The data were tragically and systematically politicized.",
        "The returnee and the vaccinee were tokenized in the records.",
        "Critics called it presentism and careerism.",
    ],
)
def test_regular_derivatives_of_dictionary_words_are_words(text: str) -> None:
    assert misspelled(text) == []


def test_a_word_marked_sic_is_meant() -> None:
    assert misspelled("The sign read recieve [sic] here.") == []
    assert misspelled("The note said goverment (sic) twice.") == []
    assert misspelled("The note said goverment twice.") == ["goverment"]


def test_domain_names_in_plain_text_are_not_words() -> None:
    assert misspelled("She runs Example.org and wrote for Salon.com.") == []


def test_a_rare_word_inside_a_quotation_is_the_speakers() -> None:
    assert misspelled('"I was so hangry," she said.') == []
    assert misspelled("She was hangry.") == ["hangry"]


def test_a_consistently_british_article_is_quiet_and_mixing_gets_the_ize_form() -> None:
    british = "The council will prioritise the plan and digitise the colour archive."
    assert misspelled(british) == []
    mixed = "The council will prioritise the color archive."
    (diagnostic,) = lint(mixed, select=["spelling"])
    assert diagnostic.rule == "spelling/variant-mix"
    assert diagnostic.suggestions == ("prioritize",)


def test_variant_pairs_follow_websters_new_world() -> None:
    # WNW (AP's dictionary) gives "dialogue" and "doughnut" as the American forms
    assert misspelled("The color of the dialogue and the doughnut.") == []


def test_a_learned_compound_of_known_parts_is_a_word() -> None:
    assert misspelled("He called the theory phonosemanticism.") == []


def test_a_term_quoted_on_its_own_is_cited_not_misspelled() -> None:
    assert misspelled('He wants to take over "aywv" next year.') == []
    assert misspelled('He said "we recieve aywv" next year.') == ["recieve", "aywv"]


def test_evidence_for_another_language_does_not_excuse_a_transposed_word() -> None:
    assert misspelled("She played at the Théâtre Natinoal that year.") == ["Natinoal"]
    assert misspelled("She played opposite Gérard Philipe that year.") == []


def test_a_doubled_e_is_no_derivative() -> None:
    assert misspelled("The Francee team and the Seriees ended.") == ["Francee", "Seriees"]


def test_a_quoted_nickname_is_still_checked() -> None:
    assert misspelled('He starred as Finley "Fnin" Polmar in the film.') == ["Fnin"]
