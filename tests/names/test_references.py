"""First and later references: never introduced, given name on later reference, family name
first, two-word surnames."""

from __future__ import annotations

from tests.helpers import flagged, lint


def check(rule: str, text: str) -> list[str]:
    return flagged(text, lint(text, select=[rule]))


NEVER = "names/never-introduced"
GIVEN = "names/given-name-reference"


def test_never_introduced_with_an_office() -> None:
    text = "Deputy Defense Secretary Holloway toured the base. Holloway praised the crews."
    assert check(NEVER, text) == ["Deputy Defense Secretary Holloway"]


def test_never_introduced_bare_then_courtesy_title() -> None:
    text = "Reid has warned for years that the dam would fail. Mr. Reid was right."
    assert check(NEVER, text) == ["Reid"]


def test_never_introduced_near_misses() -> None:
    for text in (
        "Deputy Defense Secretary Kathleen Holloway toured the base. Holloway left.",
        "Pope Francis blessed the crowd.",
        "He was treated by a Dr. Bailey in the spring.",
        "The fort was built under Major General Lafayette.",
        '"Mr. Reid knows the river," a neighbor said.',
        "Mr. and Mrs. Smith opened the bakery.",
        "Ana Kowalczyk runs the clinic. Ms. Kowalcyk said it would stay open.",
    ):
        assert check(NEVER, text) == [], text


def test_given_name_on_a_later_reference() -> None:
    text = "Maria Ortega runs the shelter. Maria wrote the grant herself."
    diagnostics = lint(text, select=[GIVEN])
    assert flagged(text, diagnostics) == ["Maria"]
    assert diagnostics[0].suggestions == ("Ortega",)


def test_family_name_first() -> None:
    text = "Wang Wei founded the lab in 2009. Ms. Wei said it would grow."
    diagnostics = lint(text, select=[GIVEN])
    assert flagged(text, diagnostics) == ["Ms. Wei"]
    assert "the family name of Wang Wei is Wang" in diagnostics[0].message
    assert diagnostics[0].suggestions == ("Wang",)
    # "Xi" is the surname: a later "Xi" is right, and so is "Mr. Xi" for this rule.
    assert check(GIVEN, "Xi Jinping spoke. Xi left early.") == []
    assert check("names/later-reference", "Xi Jinping said so. Xi Jinping left.") == ["Xi Jinping"]


def test_given_name_near_misses() -> None:
    for text in (
        "Maria Ortega runs the shelter. Ortega wrote the grant herself.",
        "Serena and Venus Williams practiced. Serena won in straight sets.",
        'Maria Ortega runs the shelter. "Maria never sleeps," a volunteer said.',
        "Frank Rack studies ice. Frank and his team drilled again.",  # "frank" is a word
        "Kim Jong Un and Kim Yo Jong arrived. Kim spoke.",
        "Lee Harvey Oswald was arrested. Oswald denied it.",
    ):
        assert check(GIVEN, text) == [], text


def test_relatives_named_family_first_are_two_people() -> None:
    text = "Kim Jong Un and Kim Yo Jong arrived. Kim Yo Jong spoke."
    assert check("names/inconsistent-name", text) == []


def test_two_word_surname() -> None:
    text = (
        "Mayor Patricia Lock Dawson presided. Later, Lock Dawson disagreed. "
        "Mayor Lock Dawson left early."
    )
    assert check("names/later-reference", text) == ["Mayor Lock Dawson"]
    assert check("names/inconsistent-name", text) == []
    assert check(GIVEN, text) == []
