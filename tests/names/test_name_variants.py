"""Given-name and surname variants: one person spelled two ways, and relatives kept quiet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import flagged, lint

RULES = ["names", "spelling/inconsistent"]


def slips(text: str) -> list[str]:
    return flagged(
        text, [d for d in lint(text, select=RULES) if d.rule.endswith("inconsistent-name")]
    )


def test_surname_with_a_dropped_letter_after_a_courtesy_title() -> None:
    text = "Ana Kowalczyk runs the clinic. Ms. Kowalcyk said it would stay open."
    diagnostics = [d for d in lint(text, select=RULES) if d.rule != "names/later-reference"]
    assert flagged(text, diagnostics) == ["Kowalcyk"]
    assert diagnostics[0].rule == "names/inconsistent-name"
    assert diagnostics[0].suggestions == ("Kowalczyk",)
    assert "the first full reference" in diagnostics[0].message


def test_bare_surname_with_an_added_letter() -> None:
    assert slips("Tom Mauer coaches the team. The season was long, said Maurer.") == ["Maurer"]


def test_surname_with_a_dropped_final_letter_next_to_a_verb_of_speech() -> None:
    assert slips("Jane Waters chairs the board. Water said the vote was close.") == ["Water"]


def test_possessive_with_a_curly_apostrophe() -> None:
    text = "Rui Oliveira opened the shop in 2001. Oliviera’s sons run it now."
    assert slips(text) == ["Oliviera"]


def test_surname_with_a_particle_transliterated_two_ways() -> None:
    text = "Karim al-Rashid leads the council. Al-Rasheed said the budget would pass."
    assert slips(text) == ["Al-Rasheed"]


def test_a_final_i_transliterated_y_in_a_surname() -> None:
    text = "Shia al-Sudani spoke on Sunday. Later al-Sudany met the envoy."
    assert slips(text) == ["al-Sudany"]


def test_given_name_misspelled_on_a_later_reference() -> None:
    text = "Michael Bloomberg spoke first. Hours later, Micheal Bloomberg spoke again."
    diagnostics = lint(text, select=["names/inconsistent-name"])
    assert flagged(text, diagnostics) == ["Micheal Bloomberg"]
    assert "name lexicon" in diagnostics[0].message


def test_given_name_variants_from_the_lexicon() -> None:
    assert slips("Condoleezza Rice met them. Condoleeza Rice left.") == ["Condoleeza Rice"]
    assert slips("Volodymyr Zelenskyy spoke. Volodimir Zelenskyy left.") == ["Volodimir Zelenskyy"]
    assert slips("John Ortiz won. Jon Ortiz thanked voters.") == ["Jon Ortiz"]
    assert slips("Mark Ellison spoke. Marc Ellison left.") == ["Marc Ellison"]
    assert slips("Dmitry Petrenko spoke. Dmytro Petrenko left.") == ["Dmytro Petrenko"]


def test_the_majority_form_wins_over_an_earlier_slip() -> None:
    text = (
        "Tomasz Wierzbicki founded the firm. Wierzbcki said so in 1990. Wierzbicki "
        "still runs it, and Wierzbicki says he will not retire."
    )
    assert slips(text) == ["Wierzbcki"]


def test_split_evidence_reports_the_later_form_and_says_so() -> None:
    text = "Ines Okwuosa spoke. Okwousa left. Okwousa returned."
    diagnostics = lint(text, select=["names/inconsistent-name"])
    assert flagged(text, diagnostics) == ["Okwousa", "Okwousa"]
    assert "nothing in the article says which is right" in diagnostics[0].message


def test_relatives_and_namesakes_stay_quiet() -> None:
    for text in (
        "Bill Clinton and Hillary Clinton arrived. Clinton spoke.",
        "George W. Bush met Laura Bush and Jeb Bush.",
        "Serena and Venus Williams practiced. Serena Williams won.",
        "Mr. and Mrs. Smith opened the bakery. Mrs. Smith bakes.",
        "Mary Hansen met John Hanson at the fair.",
        "Tom Mauer came with his brother Tim Maurer.",
        "Johann Bernoulli and the younger Bernoullis taught in Basel.",
        "Mario Rossi and Maria Rossi run the cafe.",
        "Terri Lane and her husband, Terry Lane, run the cafe. Terri Lane bakes.",
    ):
        assert slips(text) == [], text


def test_a_word_that_does_not_act_as_a_person_is_not_a_slip() -> None:
    assert slips("Jane Waters chairs the board. Water rates rose.") == []


@pytest.mark.parametrize("count", [12, 60, 400])
def test_the_surname_index_finds_every_slip_brute_force_finds(count: int) -> None:
    """The index that keeps many names linear must miss no pair the slow way would find,
    whether it reads a first letter's few keys one by one or many through probes."""
    import random

    from copylint.lexicon.names import SurnameIndex, surname_variant

    rng = random.Random(7)
    keys = {
        "".join(rng.choice("aeioulnrstkh") for _ in range(rng.randint(4, 8))) for _ in range(count)
    }
    index = SurnameIndex(keys)
    others = ["".join(rng.choice("aeiklr") for _ in range(6)) for _ in range(20)]
    for key in sorted(keys)[:150] + others:
        slow = sorted(k for k in keys if surname_variant(k, key))
        fast = [k for k in index.near(key) if surname_variant(k, key)]
        assert fast == slow, key


def test_a_slip_keeps_the_first_letter() -> None:
    """The slip owners pass over a key whose first letter no surname of the article has
    (``variants._Owners``), as the surname index reads by first letter: no slip may change
    it, nor make a transliteration of another first letter."""
    import random

    from copylint.lexicon.names import surname_variant

    rng = random.Random(11)
    keys = {"".join(rng.choice("aeiyklrs") for _ in range(rng.randint(3, 8))) for _ in range(300)}
    pairs = [(a, b) for a in keys for b in keys if surname_variant(a, b)]
    assert pairs  # the letters make slips: the test reads some
    assert all(a[0] == b[0] for a, b in pairs)


def test_a_surname_slip_no_lexicon_knows_needs_no_verb() -> None:
    """A word neither dictionary knows, one slip from a surname of the article, is a slip
    wherever it stands: "when Okwuossa and two members agreed"."""
    text = "Ines Okwuosa chairs the board. The vote passed when Okwuossa and two members agreed."
    assert slips(text) == ["Okwuossa"]


def test_a_slip_before_and_and_a_full_name_is_no_partner() -> None:
    """ "Wierzbcki and Colin Hart" names no Wierzbcki Hart: the word is a slip of a surname."""
    text = "Tomasz Wierzbicki won in May. A memoir by Wierzbcki and Colin Hart won too."
    assert slips(text) == ["Wierzbcki"]


def test_partners_and_places_near_a_surname_stay_quiet() -> None:
    for text in (
        "Tomasz Wierzbicki won in May. A memoir by Wierzbicki and Colin Hart won too.",
        "Tomasz Wierzbicki won in May. Mark and Mary Hart run the mill.",
        "Rui Oliveira opened a second shop in Oliviera last year.",
        "Ines Okwuosa chairs the board of the Okwuossa Trust.",
    ):
        assert slips(text) == [], text


def test_an_english_word_as_a_possessive_inside_a_sentence_is_a_slip() -> None:
    text = "Siméon Poisson reviewed the paper. The author ignored Poison’s advice."
    assert slips(text) == ["Poison"]


def test_an_english_word_opening_a_sentence_or_unpossessed_stays_quiet() -> None:
    for text in (
        "Siméon Poisson reviewed the paper. Poison’s effects were studied later.",
        "Siméon Poisson reviewed the paper. The Poison label was printed in red.",
    ):
        assert slips(text) == [], text


def test_a_particle_capitalized_at_a_sentence_start_is_part_of_the_surname() -> None:
    text = "Ursula von der Leyen met the envoy. Von der Layen said the deal was close."
    diagnostics = [d for d in lint(text, select=RULES) if d.rule == "names/inconsistent-name"]
    assert flagged(text, diagnostics) == ["Von der Layen"]
    assert diagnostics[0].suggestions == ("Von der Leyen",)  # capitalized: it opens a sentence
    assert slips("Maria da Silva runs the clinic. Da Sliva said it would close.") == ["Da Sliva"]


def test_capitalized_particle_near_misses() -> None:
    for text in (
        "Ursula von der Leyen met the envoy. Von der Leyen said the deal was close.",
        # a given name that looks like a particle: no slip of the surname that takes it
        "Vincent van Gogh painted it. Van Morrison sang of him.",
        # inside a sentence a capitalized "Van" stays a given name
        "Vincent van Gogh painted it, and Van Morrison sang of him.",
    ):
        assert slips(text) == [], text


def test_a_misspelled_first_reference_against_a_name_the_lexicon_knows() -> None:
    """The lexicon knows "Russell" and not "Rusesll": the first reference is the slip."""
    text = "Bertrand Rusesll wrote the book. Years later, Russell said it took a decade."
    diagnostics = lint(text, select=["names/inconsistent-name"])
    assert flagged(text, diagnostics) == ["Rusesll"]
    assert "the spelling the name lexicon knows far better" in diagnostics[0].message


def test_a_misspelled_given_name_on_the_first_reference() -> None:
    """The lexicon knows "Michael" far better than "Micheal" (not so "John" and "Jon")."""
    text = "Micheal Bloomberg spoke Monday. Hours later, Michael Bloomberg left."
    assert slips(text) == ["Micheal Bloomberg"]
    assert slips("Jon Ortiz won. John Ortiz thanked voters.") == ["John Ortiz"]


def test_a_misspelled_first_reference_against_a_clear_majority() -> None:
    text = (
        "Ines Okwusoa founded the firm. Okwuosa hired ten people. Okwuosa moved it to Lagos "
        "in 1990, and Okwuosa retired in 2020."
    )
    assert slips(text) == ["Okwusoa"]


def test_one_mention_against_the_first_full_reference_reports_the_later_one() -> None:
    text = "Ines Okwusoa founded the firm. Okwuosa hired ten people."
    assert slips(text) == ["Okwuosa"]


def _one_slip(a: str, b: str) -> bool:
    """What :func:`surname_variant` means, spelled out by enumerating every slip of ``a``."""
    from copylint.lexicon.names import transliteration_variant

    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    final_i_y = len(a) == len(b) >= 5 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"i", "y"}
    swaps = {a[:n] + a[n + 1] + a[n] + a[n + 2 :] for n in range(len(a) - 1)}
    inside = range(1, len(a) - 1) if len(a) >= 5 else range(0)
    changes = {a[:n] + c + a[n + 1 :] for n in inside for c in set(b)}
    dropped = {a[:n] + a[n + 1 :] for n in range(len(a))}
    added = {b[:n] + b[n + 1 :] for n in range(len(b))}
    return (
        transliteration_variant(a, b) or final_i_y or b in swaps | changes | dropped or a in added
    )


_LETTERS = "aeiyrnstl"


@given(
    st.text(_LETTERS, min_size=3, max_size=9),
    st.integers(0, 9),
    st.sampled_from(["drop", "add", "change", "swap", "vowels", "other"]),
    st.sampled_from(_LETTERS),
    st.text(_LETTERS, min_size=3, max_size=9),
)
def test_surname_variant_is_one_slip_exactly(
    a: str, at: int, edit: str, letter: str, other: str
) -> None:
    """The slip test's shortcuts (a length gap of two or more is a transliteration or
    nothing) keep its meaning: one slip of every kind, and unrelated words, agree with the
    enumeration."""
    from copylint.lexicon.names import surname_variant

    n = at % len(a)
    b = {
        "drop": a[:n] + a[n + 1 :],
        "add": a[:n] + letter + a[n:],
        "change": a[:n] + letter + a[n + 1 :],
        "swap": a[:n] + a[n + 1 : n + 2] + a[n : n + 1] + a[n + 2 :],
        "vowels": a[:n] + "ee" + a[n:],  # a transliteration two letters longer
        "other": other,
    }[edit]
    assert surname_variant(a, b) == _one_slip(a, b) == surname_variant(b, a)
