"""Given-name and surname variants: one person spelled two ways, and relatives kept quiet."""

from __future__ import annotations

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
    ):
        assert slips(text) == [], text


def test_a_word_that_does_not_act_as_a_person_is_not_a_slip() -> None:
    assert slips("Jane Waters chairs the board. Water rates rose.") == []


def test_the_surname_index_finds_every_slip_brute_force_finds() -> None:
    """The index that keeps many names linear must miss no pair the slow way would find."""
    import random

    from copylint.analysis.variants import _Index
    from copylint.lexicon.names import surname_variant

    rng = random.Random(7)
    keys = {
        "".join(rng.choice("aeioulnrstkh") for _ in range(rng.randint(4, 8))) for _ in range(400)
    }
    index = _Index(keys)
    for key in list(keys)[:150]:
        slow = sorted(k for k in keys if surname_variant(k, key))
        fast = [k for k in index.near(key) if surname_variant(k, key)]
        assert fast == slow, key
