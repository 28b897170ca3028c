"""names/title-case: formal titles capitalized before a name, lowercase alone."""

from __future__ import annotations

from tests.helpers import fix, flagged, lint

RULE = "names/title-case"


def check(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def test_lowercase_formal_title_before_a_name() -> None:
    text = "During the talks, foreign minister Ayman Safadi and prime minister Jane Roe spoke."
    assert check(text) == ["foreign minister", "prime minister"]
    assert fix(text, select=[RULE]) == (
        "During the talks, Foreign Minister Ayman Safadi and Prime Minister Jane Roe spoke."
    )


def test_at_a_sentence_start_and_after_a_nationality_or_qualifier() -> None:
    text = (
        "Foreign minister Ayman Safadi spoke. Jordanian foreign minister Ayman Safadi left. "
        "It replaced outgoing governor Bob McDonnell."
    )
    assert check(text) == ["Foreign minister", "foreign minister", "governor"]


def test_descriptive_titles_stay_lowercase() -> None:
    text = (
        "The foreign minister, Ayman Safadi, spoke. Jordan's foreign minister Ayman Safadi "
        "left. White House press secretary Karine Jean-Pierre and professor Ana Ruiz and "
        "keynote speaker Jane Roe and the president Joe Biden met."
    )
    assert check(text) == []


def test_capitalized_title_standing_alone_for_a_named_person() -> None:
    text = (
        "Secretary of State Antony Blinken met Abbas. The Secretary also visited Baghdad. "
        "Prime Minister Benjamin Netanyahu spoke. Netanyahu, the Prime Minister, left."
    )
    assert check(text) == ["Secretary", "Prime Minister"]
    assert fix(text, select=[RULE]).count("the prime minister,") == 1


def test_standing_alone_without_a_named_holder_is_quiet() -> None:
    text = "The President of the United States spoke. He was elected President in 1860."
    assert check(text) == []


def test_forms_of_address_are_quiet() -> None:
    assert check("President Shimon Peres spoke. Mr. President, thank you.") == []


def test_headlines_are_not_checked() -> None:
    text = (
        "# The Secretary Meets prime minister Jane Roe\n\nSecretary of State Antony Blinken left.\n"
    )
    assert check(text, "markdown") == []


def test_quotations_are_not_checked() -> None:
    text = 'Secretary of State Antony Blinken spoke. "The Secretary is tired," she said.'
    assert check(text) == []
