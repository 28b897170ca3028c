"""spelling/inconsistent: one name spelled two ways in an article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copylint.analysis.spelling import read
from copylint.checks.spelling.inconsistent import (
    _deletions,
    _forms_in_doubt,
    _is_in_doubt,
    _near_forms,
    _occurrences,
)
from copylint.formats import load_document
from tests.helpers import flagged, lint

RULE = "spelling/inconsistent"


def inconsistent(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def test_unknown_variant_of_a_known_name_is_flagged_with_the_other_line() -> None:
    text = "Ferries cross the Okonjo lagoon.\n\nLater the Okonjoo lagoon froze."
    (diagnostic,) = lint(text, select=[RULE])
    assert flagged(text, [diagnostic]) == ["Okonjoo"]
    assert diagnostic.suggestions == ("Okonjo",)
    assert "line 1" in diagnostic.message


def test_rarer_of_two_unknown_spellings_is_flagged() -> None:
    text = "Trade in Ngwenya grew. Ngwenya district sells maize, and Ngwena district too."
    assert inconsistent(text) == ["Ngwena"]


def test_tie_flags_the_spelling_less_like_a_name_wherever_it_stands() -> None:
    """Used once each, the counts say nothing: the slip ("Okwousa", "Tavernnelli",
    "Marsovikho") is the spelling less like the names the lexicon knows, first or second."""
    for right, slip in (
        ("Okwuosa", "Okwousa"),
        ("Tavernelli", "Tavernnelli"),
        ("Marsoviko", "Marsovikho"),
    ):
        for first, second in ((right, slip), (slip, right)):
            text = f"Boats left the {first} quay. Then the {second} quay shut."
            assert inconsistent(text) == [slip]


def test_a_persons_name_is_left_to_the_names_rules() -> None:
    """One slip, one finding: a surname one slip from a person's is
    names/inconsistent-name's, not this rule's, while that rule runs."""
    for text, slip in (
        ("Chinedu Okonjo spoke.\n\nLater Okonjoo met the envoy.", "Okonjoo"),
        ("Ada Okwuosa arrived. Then Okwousa left.", "Okwousa"),
        ("Thandeka Ngwenya farms. Ngwenya said rain came late, and Ngwena agreed.", "Ngwena"),
    ):
        rules = [d.rule for d in lint(text, select=["spelling", "names"])]
        assert rules == ["names/inconsistent-name"], text
        assert inconsistent(text) == [slip]  # alone, this rule still reports it


def test_a_slip_in_a_full_name_is_reported_without_the_names_rules() -> None:
    """The names rules own a person's name only while they run: alone, this rule reads the
    words of a full name too, so the slip is not lost between the two."""
    text = "Chinedu Tobenna Okonjoo was born in Lagos. Okonjo studied law in Accra."
    assert inconsistent(text) == ["Okonjoo"]
    assert [d.rule for d in lint(text, select=["spelling"])] == [RULE]
    rules = [d.rule for d in lint(text, select=["spelling", "names"])]
    assert RULE not in rules


def test_plurals_and_possessives_are_not_inconsistent() -> None:
    assert inconsistent("Johann Bernoulli and the younger Bernoullis met Bernoulli's son.") == []


def test_same_spelling_throughout_is_quiet() -> None:
    assert inconsistent("Thandeka Ngwenya farms. Ngwenya said rain came late.") == []


def test_short_names_are_not_compared() -> None:
    assert inconsistent("Lee met Leo. Then Lee left.") == []
    assert inconsistent("Boats reach Ruvo by noon. Later the Ruov ferry sank.") == []


def test_a_slip_of_a_four_letter_name_is_flagged() -> None:
    text = "Ferries cross the Ruvo strait. Ruvo grew rich, and the Ruhvo strait froze."
    assert inconsistent(text) == ["Ruhvo"]


def test_a_short_word_is_no_twin_of_a_name_used_more() -> None:
    """A title's capitalized "Good" does not make the name used throughout a slip."""
    text = (
        "Dunmore Goode starred in A Good Year. Goode trained in Exeter, and Goode still "
        "lives there."
    )
    assert inconsistent(text) == []


def test_words_the_misspelling_rule_reports_are_left_to_it() -> None:
    text = "The Israeli envoy met the Isareli officials."
    assert inconsistent(text) == []
    rules = [d.rule for d in lint(text, select=["spelling"])]
    assert rules == ["spelling/misspelling"]


def test_markdown() -> None:
    text = "# Ngwenya farm\n\nThe *Ngwemya* family farm lies north of Ngwenya Hill.\n"
    assert inconsistent(text, fmt="markdown") == ["Ngwemya"]


@given(st.lists(st.text(alphabet="abcn", min_size=3, max_size=7), max_size=30, unique=True))
def test_the_near_forms_are_those_sharing_a_deletion_in_article_order(forms: list[str]) -> None:
    """The twin search looks only where a twin can be (forms within a letter of the length of
    a form in doubt): it must find exactly what comparing every pair finds."""
    occurrences = {form: [n] for n, form in enumerate(forms)}
    doubtful = forms[::3]
    near = _near_forms(doubtful, occurrences)
    for form in doubtful:
        assert near[form] == [
            other for other in forms if other != form and _deletions(other) & _deletions(form)
        ]


def test_the_forms_in_doubt_are_found_among_the_suspects_alone() -> None:
    """The forms in doubt are looked for among a few suspects (an unknown or accented place, a
    derivative no lexicon has seen): they must be exactly the forms a test of every form finds."""
    texts = (
        "Ichiyō wrote at dawn. Later Ihciyo and Ichiyo were read in Kyoto by the Okwuosa clan.",
        "The Cortesee firm met Cortese officials in Rome. Ngwena and Ngwenya traded maize.",
        "Okonjo, Okonjoo and Mariela Hallston met the Bernoullis in Basel on Tuesday.",
    )
    for text in texts:
        doc = load_document("t.txt", text)
        reading = read(doc, ())
        tokens, unknown = reading.tokens, reading.unknown
        occurrences, accented = _occurrences(tokens)
        every = {
            form
            for form, where in occurrences.items()
            if _is_in_doubt(form, where, tokens, unknown, accented)
        }
        assert every, text  # each text has a form in doubt
        assert _forms_in_doubt(tokens, unknown, occurrences, accented) == every


def test_tie_with_a_dropped_letter_flags_the_shorter() -> None:
    """Used once each, a form one letter short of the other dropped it (omission is the
    commonest slip), unless the extra letter doubles a neighbour or is an "h", which writers
    add: then the letter model decides."""
    for right, slip in (("Brandelsen", "Branelsen"), ("Quorvatine", "Quorvatin")):
        for first, second in ((right, slip), (slip, right)):
            text = f"Boats left the {first} quay. Then the {second} quay shut."
            assert inconsistent(text) == [slip]


def test_a_transposed_four_letter_name_is_flagged_beside_a_listed_one() -> None:
    """Two four-letter names a transposition apart are compared when the other is a name
    the lexicons list (Shih, Noam) or the article uses more; a changed letter is not."""
    assert inconsistent("Hu Shih wrote it. Later Hu Sihh revised it.") == ["Sihh"]
    assert inconsistent("The poem praised Noam, and Naom replied.") == ["Naom"]
    text = "Boats reach Vemo at noon. Vemo grew rich, and the Veom ferry sank."
    assert inconsistent(text) == ["Veom"]
    assert inconsistent("Dana met Dane. Then Dana left.") == []


def test_a_dropped_final_s_of_a_name_is_flagged() -> None:
    """A name that ends in "s" ("Galois", "Wikinews") written once without it is a slip, not
    the singular of a plural: the longer form is a name the lexicons list or the article uses
    more, never after "the", "both" or "two", and no lexicon has seen the shorter."""
    text = "The proof is due to Galois. Later Galoi' biographers doubted it."
    assert inconsistent(text) == ["Galoi"]
    text = "Bonosus left Rome. Bonosus returned, and Bonosu stayed."
    assert inconsistent(text) == ["Bonosu"]
    assert inconsistent("Ada Kowalczyk spoke. Later the Kowalczyks left.") == []
    assert inconsistent("Ada Tarrowin spoke. Both Tarrowins left, and Tarrowins wept.") == []


def test_an_accented_spelling_is_evidence_never_flagged() -> None:
    """A name written with its accents elsewhere counts as that spelling without them: the
    unaccented slip is flagged, with the accented form suggested; the accented one never."""
    text = "Higuchi Ichiyō wrote it. Ichiyō died young, and Ihciyo was mourned."
    (diagnostic,) = lint(text, select=[RULE])
    assert flagged(text, [diagnostic]) == ["Ihciyo"]
    assert diagnostic.suggestions == ("Ichiyō",)
    assert inconsistent("Ichiyō wrote it. Ichiyo died young.") == []


def test_a_short_name_before_a_period_is_still_a_spelling_of_the_article() -> None:
    """A four-letter word before a period is read as an abbreviation and left alone by the
    spelling reading; here it still counts: a name there is evidence ("Ruiz."), and a name
    there with a letter dropped or two transposed is a slip ("Moul." beside "Mosul"). An
    abbreviation, which drops more than a letter, is no slip of a longer name."""
    text = "Her father came from Mosul, a city on the Tigris. He traded in Moul."
    assert inconsistent(text) == ["Moul"]
    text = "We met Isabel Rhuiz at the fair. Her sister is Ana Ruiz."
    assert inconsistent(text) == ["Rhuiz"]
    text = "The Marine Corps came. He joined Capt. Brandt and read Vols. Two and Three."
    assert inconsistent(text) == []
    assert inconsistent("The Corpus Christi parade passed Corp. headquarters.") == []


def test_a_name_known_only_as_a_derivative_is_still_in_doubt() -> None:
    """"Cortesee" reads as cortes + -ee, a regular derivative, so the dictionaries take it
    for a word; beside "Cortese" used more, it is the slip."""
    text = "Genevieve Cortese starred. Cortese left, and Cortesee returned."
    assert inconsistent(text) == ["Cortesee"]
