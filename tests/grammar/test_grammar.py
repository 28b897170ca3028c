"""The grammar family on the document model: names, quotations, headlines, fixes, and the
false alarms the shared corpus showed (each a regression test)."""

from __future__ import annotations

import pytest

from copylint.checks.grammar.indefinite_article import _plainly_right, sound_of
from tests.helpers import fix, lint


def grammar(text: str, fmt: str = "text") -> list[tuple[str, str]]:
    """(rule, flagged text) of every grammar finding in ``text``."""
    lines = text.splitlines()
    found = []
    for d in lint(text, fmt=fmt, select=["grammar"]):
        line = lines[d.span.line - 1]
        found.append((d.rule, line[d.span.column - 1 : d.span.end_column - 1]))
    return found


@pytest.mark.parametrize(
    ("word", "sound"),
    [
        ("report", "consonant"),
        ("hour", "vowel"),
        ("honest", "vowel"),
        ("university", "consonant"),
        ("one-time", "consonant"),
        ("onerous", "vowel"),
        ("European", "consonant"),
        ("Euler", "vowel"),
        ("FBI", "vowel"),
        ("NBA", "vowel"),
        ("NATO", "consonant"),
        ("U.S.", "consonant"),
        ("8-year-old", "vowel"),
        ("11th", "vowel"),
        ("18", "vowel"),
        ("100", "consonant"),
        ("npm", "vowel"),
        ("herb", None),
        ("LAN", None),
        ("x-ray", None),
        ("UNHCR", "consonant"),
    ],
)
def test_sound_of_the_next_word(word: str, sound: str | None) -> None:
    assert sound_of(word) == sound


@pytest.mark.parametrize(
    ("word", "plain"), [("plan", True), ("rhythm", True), ("brrr", False), ("Plan", False)]
)
def test_a_plainly_fits_a_lowercase_consonant_word_with_a_vowel_letter(
    word: str, plain: bool
) -> None:
    """Settled without reading the sound: a word of four letters or more, lowercase, opening
    with a sure consonant and holding a vowel letter (y counts); "brrr" is left to sound_of."""
    assert _plainly_right("a", word) is plain


def test_names_are_not_taken_for_common_words() -> None:
    # Without the name mask "the Times is" reads as a plural noun with a singular verb.
    assert grammar("The Times is a newspaper, and the Beatles was a band name.") == []
    # A capital letter in a sentence is a name or a letter, not the article "a".
    assert grammar("She took the A train, and Vitamin A an hour later.") == []


def test_a_person_named_like_a_word_is_masked_at_a_sentence_start() -> None:
    text = "Andrew Young spoke. Young lead the march in 1963, aides said."
    assert grammar(text) == []
    assert grammar("He spoke. She lead the march in 1963.") == [("grammar/led-lead", "lead")]


def test_quotations_are_left_alone() -> None:
    assert grammar('"Their is no plan, and its a mess," she said.') == []
    assert grammar("Their is no plan, she said.") == [("grammar/their-there", "Their")]


def test_headlines_get_headline_grammar() -> None:
    # Title case makes "Times" look like a plural noun; agreement stays out of headlines.
    assert grammar("# The Times Is Changing\n\nBody text.\n", fmt="markdown") == []
    # Rules that hold in headlines read title-case words as words.
    found = grammar("# Officials Say It's Budget Was Cut\n\nBody text.\n", fmt="markdown")
    assert found == [("grammar/its-its", "It's")]


def test_safe_fixes_only_where_the_sound_is_certain() -> None:
    assert fix("He filed an report.", select=["grammar"]) == "He filed a report."
    assert fix("It took a hour.", select=["grammar"]) == "It took an hour."
    # "an one-time": the o of "one" is said "w"; right, but not certain from the letter alone.
    assert fix("It was an one-time deal.", select=["grammar"]) == "It was an one-time deal."
    assert grammar("It was an one-time deal.") == [("grammar/indefinite-article", "an")]


def test_suppression_comment_silences_a_grammar_rule() -> None:
    text = "<!-- copylint-disable-next-line grammar/its-its -->\nIts been a year.\n"
    assert grammar(text, fmt="markdown") == []


@pytest.mark.parametrize(
    "text",
    [
        # Found on the shared corpus: the past of "see" and "find", not bare verbs.
        "After the vote, he saw no need for it. When he found his brother, he left.",
        # "the most successful of the operas is": the subject is further back.
        "By far the most successful of the operas is Rusalka.",
        # An abbreviation said letter by letter: "an en-pee-em".
        "Install it with an npm command.",
        # "every two weeks": a count between the determiner and the plural.
        "The council meets every two weeks.",
        # Cleft sentences and "it's" as "it is" before an adjective.
        "It's members who decide. It's hard to tell. It's kind of a nuisance.",
        # The noun "might", "of course" after a modal.
        "The might of the army grew. He could of course come.",
        # "each" and "another" standing alone as the subject of a verb in -s.
        "Each layer has a job: each imports only what is below it, and another reads it.",
        # A noun that is an adjective too, then its verb: "every kind" is the subject.
        "It is the matcher every kind uses, and the key each local calls.",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert grammar(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        ("It was such a swords as no one had seen.", "grammar/article-plural", "swords"),
        ("She was a dancers who performed in Paris.", "grammar/article-plural", "dancers"),
        ("I mean these things is hard to predict.", "grammar/subject-verb", "is"),
        ("They treat it as they does all others.", "grammar/subject-verb", "does"),
        ("The storm will loose strength over land.", "grammar/lose-loose", "loose"),
        ("Crews worked passed midnight.", "grammar/passed-past", "passed"),
        ("This years budget is larger.", "grammar/possessive-time", "years"),
        ("Residents asked weather the levees would hold.", "grammar/weather-whether", "weather"),
        ("It is similar too theta roles.", "grammar/to-too", "too"),
        ("Its about preparation for a battle.", "grammar/its-its", "Its"),
        (
            "Since 1970, Airbus manufacturers a number of jets.",
            "grammar/verb-form",
            "manufacturers",
        ),
        ("The phenomenon knows as the Doppler effect.", "grammar/verb-form", "knows"),
    ],
)
def test_slips_the_seeded_benchmark_found(text: str, rule: str, flagged: str) -> None:
    assert (rule, flagged) in grammar(text)


@pytest.mark.parametrize(
    ("base", "third"), [("go", "goes"), ("fix", "fixes"), ("carry", "carries"), ("run", "runs")]
)
def test_subject_verb_suggests_the_real_third_person_form(base: str, third: str) -> None:
    from copylint.checks.grammar.subject_verb import third_person

    assert third_person(base) == third
