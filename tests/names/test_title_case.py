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
    assert check(text) == ["Foreign minister", "foreign minister"]
    # "governor" before a full name is AP's "Gov.": names/title-spelled-out's, one finding.
    assert [d.rule for d in lint(text, select=["names"]) if "governor" in d.message.lower()] == [
        "names/title-spelled-out"
    ]


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
    assert fix(text, select=[RULE], unsafe_fixes=True).count("the prime minister,") == 1


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


def test_titles_in_apposition_and_standing_alone() -> None:
    rule = ["names/title-case"]
    text = "Ana Diaz, the Secretary of State, flew to Lima."
    assert (
        fix(text, select=rule, unsafe_fixes=True)
        == "Ana Diaz, the secretary of state, flew to Lima."
    )
    text = "France's Foreign Minister, Claire Dubois, arrived."
    assert (
        fix(text, select=rule, unsafe_fixes=True)
        == "France's foreign minister, Claire Dubois, arrived."
    )
    text = "He met the American President on Monday."
    assert fix(text, select=rule, unsafe_fixes=True) == "He met the American president on Monday."


def test_lowercasing_a_lone_title_is_a_suggestion_that_fix_leaves_alone() -> None:
    # Issue 13: a capitalized title standing alone may name an office ("Virginia's Attorney
    # General") and keep its capitals; capitalizing one before a name stays a safe fix.
    text = "Ana Diaz, the Secretary of State, flew to Lima."
    assert check(text) == ["Secretary of State"]
    assert fix(text, select=[RULE]) == text
    assert fix("The case went to judge Ana Ruiz.", select=[RULE]) == (
        "The case went to Judge Ana Ruiz."
    )


def test_lowercase_formal_titles_before_a_name() -> None:
    rule = ["names/title-case"]
    assert fix("The bill passed, said president Lopez.", select=rule) == (
        "The bill passed, said President Lopez."
    )
    assert fix("The vote was set by majority leader Sam Ortiz.", select=rule) == (
        "The vote was set by Majority Leader Sam Ortiz."
    )
    assert fix("It was signed by secretary of labor Jo Kim.", select=rule) == (
        "It was signed by Secretary of Labor Jo Kim."
    )
    assert fix("The case went to judge Ana Ruiz.", select=rule) == (
        "The case went to Judge Ana Ruiz."
    )


def test_title_near_misses_stay_quiet() -> None:
    rule = ["names/title-case"]
    for text in (
        "The panel will judge Ana Ruiz's entry on Friday.",
        "She works in the Office of the President.",
        "The Chancellor's Office issued a statement.",
        "A major Picasso exhibition opened.",
        "The team's coach Ana Ruiz resigned.",
        '"The Secretary of State is here," she said.',
        "# The President Speaks\n\nPresident Joe Biden spoke.",
        "Foreign Minister Claire Dubois arrived.",
    ):
        fmt = "markdown" if text.startswith("#") else "text"
        assert flagged(text, lint(text, fmt=fmt, select=rule)) == [], text


def test_campus_and_municipal_titles_are_known() -> None:
    from copylint.analysis.mentions import find_mentions
    from copylint.formats import load_document

    text = (
        "Councilwoman Jo Kim, Provost Ana Ruiz, Regent Li Park, Officer Dan Cole and coach "
        "Sam Ortiz spoke. Student Body President Mia Lopez closed."
    )
    mentions, _ = find_mentions(load_document("a.txt", text))
    assert [m.title.written for m in mentions if m.title] == [
        "Councilwoman", "Provost", "Regent", "Officer", "coach", "Student Body President"
    ]  # fmt: skip


def test_a_newsroom_adds_its_own_titles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the ``titles`` / ``title-files`` options (on names/title-case, read by every
    names rule) teach the people table a house's titles."""
    text = "athletic director Ana Ruiz spoke. Athletic Director Ruiz left."
    assert lint(text, select=["names"]) == []  # unknown title: nothing to say
    options = {"names/title-case": {"titles": ["Athletic Director"]}}
    found = lint(text, select=["names"], options=options)
    assert sorted(d.rule for d in found) == ["names/later-reference", "names/title-case"]
    titles = tmp_path / "titles.toml"
    titles.write_text(
        '[[title]]\nforms = ["Athletic Director"]\nkind = "formal"\ncapitalize = true\n',
        encoding="utf-8",
    )
    options = {"names/title-case": {"title-files": [str(titles)]}}
    found = lint(text, select=["names"], options=options, root=tmp_path)
    assert sorted(d.rule for d in found) == ["names/later-reference", "names/title-case"]


def test_a_bad_title_file_is_one_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from copylint.errors import ConfigError

    bad = tmp_path / "titles.toml"
    bad.write_text("[[title]]\nforms = 3\n", encoding="utf-8")
    options = {"names/title-case": {"title-files": [str(bad)]}}
    with pytest.raises(ConfigError, match=r"titles\.toml"):
        lint("Mayor Ana Ruiz spoke.", select=["names"], options=options)


def test_coach_is_lowercase_before_a_name_inside_a_sentence() -> None:
    """AP, "coach": a job description, lowercase even before a name ("coach Nick Saban")."""
    rule = ["names/title-case"]
    text = "The defense held, said Head Coach Dana Whitlock."
    assert flagged(text, lint(text, select=rule)) == ["Head Coach"]
    for quiet in (
        "Coach Dana Whitlock said the defense held.",  # a sentence's first word
        '"Coach Dana Whitlock never sleeps," a player said.',  # a quotation
        "The defense held, said coach Dana Whitlock.",
    ):
        assert lint(quiet, select=rule) == [], quiet
