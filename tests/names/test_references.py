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


def test_two_word_surname_misspelled_on_a_later_reference() -> None:
    text = "Mayor Patricia Lock Dawson presided. Later, Lock Dawsen disagreed."
    diagnostics = lint(text, select=["names/inconsistent-name"])
    assert flagged(text, diagnostics) == ["Lock Dawsen"]
    assert diagnostics[0].suggestions == ("Lock Dawson",)


def test_two_word_surname_near_misses() -> None:
    for text in (
        # another surname after the same word: two people
        "Mayor Patricia Lock Dawson presided. Lock Davis, a clerk, disagreed.",
        # the same word in another person's full name is no two-word surname
        "Mayor Patricia Lock Dawson presided. Ann Lock Smith and Lock Dawson left.",
    ):
        assert check("names/inconsistent-name", text) == [], text


def test_given_name_alone_when_the_article_shows_a_person() -> None:
    """A verb after the person's name anywhere ("Cortese returned") is evidence enough for a
    given name that stands alone later ("when Genevieve guest starred")."""
    text = (
        "Genevieve Cortese joined the cast in 2008. Cortese returned a year later. The two "
        "met when Genevieve guest starred on the show."
    )
    assert check(GIVEN, text) == ["Genevieve"]


def test_given_name_as_a_possessive_after_a_preposition() -> None:
    text = "Genevieve Cortese joined the cast in 2008. They married in Genevieve's hometown."
    assert check(GIVEN, text) == ["Genevieve"]
    curly = "Genevieve Cortese joined the cast in 2008. They married in Genevieve’s hometown."
    assert check(GIVEN, curly) == ["Genevieve"]


def test_given_name_possessive_near_misses() -> None:
    for text in (
        # a business or a place named like the person
        "Maria Ortega joined the board in 2008. They met at Maria’s Bakery downtown.",
        "Georgia Pellegrini joined the board in 2008. She met Georgia's governor.",
        # no evidence the full name is a person's
        "The Genevieve Cortese, a schooner, sank. The crew of Genevieve's sister ship helped.",
    ):
        assert check(GIVEN, text) == [], text
