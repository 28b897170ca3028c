"""attribution/outlet-name: news organisations in their proper form."""

from __future__ import annotations

import pytest

from copylint.model import Applicability, Severity
from tests.helpers import fix, flagged, lint

RULE = "attribution/outlet-name"


def _flagged(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def _fixed(text: str, fmt: str = "text") -> str:
    return fix(text, fmt=fmt, select=[RULE])


def _suggested(text: str, fmt: str = "text") -> str:
    """The text after the rule's fixes, unsafe ones too (``--fix --unsafe-fixes``)."""
    return fix(text, fmt=fmt, select=[RULE], unsafe_fixes=True)


@pytest.mark.parametrize(
    "text",
    ["Protests grew, the Associated Press reported.", "She told The Guardian that she would run."],
)
def test_the_case_of_an_article_is_a_suggestion_that_fix_leaves_alone(text: str) -> None:
    # Edited copy follows an outlet's masthead or another house's style on purpose.
    assert _flagged(text) != []
    assert _fixed(text) == text


# -- a capital The, in mid-sentence too -----------------------------------------------------------


def test_lowercase_the_before_the_new_york_times_is_flagged_and_suggested() -> None:
    text = "Blinken met Abbas, according to the New York Times."
    assert _flagged(text) == ["the New York Times"]
    assert _suggested(text) == "Blinken met Abbas, according to The New York Times."


@pytest.mark.parametrize(
    "text",
    [
        "Officials told the New York Times on Monday.",
        "Protests grew, the Associated Press reported.",
        "It ran in the Wall Street Journal.",
        "the New York Times reported it first.",
    ],
)
def test_lowercase_the_is_flagged_wherever_the_name_is_a_noun(text: str) -> None:
    assert len(_flagged(text)) == 1


def test_capital_the_at_sentence_start_and_in_mid_sentence_is_quiet() -> None:
    assert _flagged("The New York Times reported it. Officials told The New York Times.") == []


def test_name_used_as_a_modifier_keeps_its_article() -> None:
    text = "A New York Times reporter asked; the New York Times building was shut."
    assert _flagged(text) == []


def test_possessive_with_lowercase_the_is_flagged() -> None:
    text = "He read the New York Times' report."
    assert _flagged(text) == ["the New York Times"]
    assert _suggested(text) == "He read The New York Times' report."


def test_possessive_with_capital_the_is_quiet() -> None:
    assert _flagged("The New York Times' report came first; he read The Times' too.") == []


def test_missing_the_is_inserted() -> None:
    text = "Blinken spoke to New York Times editors, New York Times said."
    assert _flagged(text) == ["New York Times"]
    assert _fixed(text) == "Blinken spoke to New York Times editors, The New York Times said."


def test_associated_press_without_the_is_flagged() -> None:
    assert _fixed("Associated Press reported the vote.") == (
        "The Associated Press reported the vote."
    )


def test_a_determiner_or_possessive_stands_in_for_the_article() -> None:
    assert _flagged("In Sunday's New York Times and this New York Times, she wrote.") == []


def test_a_longer_name_that_starts_with_an_outlet_name_is_left_alone() -> None:
    text = "She wrote for the New York Times Magazine and the Associated Press-NORC Center."
    assert _flagged(text) == []


def test_several_papers_with_and_without_the_may_all_take_a_lowercase_the() -> None:
    assert _flagged("It ran in the New York Times and the Chicago Tribune.") == []


def test_heading_is_checked_too() -> None:
    assert _flagged("# Blinken talks to the New York Times\n\nText.", "markdown") == [
        "the New York Times"
    ]


# -- lowercase-article houses and names without an article ----------------------------------------


def test_capital_the_before_a_lowercase_article_house_in_mid_sentence_is_flagged() -> None:
    text = "She told The Guardian that she would run."
    assert _flagged(text) == ["The Guardian"]
    assert _suggested(text) == "She told the Guardian that she would run."


def test_lowercase_article_house_at_sentence_start_or_in_a_heading_is_quiet() -> None:
    assert _flagged("The Guardian broke it. The BBC followed.") == []
    assert _flagged("## Interview With The Guardian\n\nText.", "markdown") == []


def test_article_before_an_agency_or_broadcaster_without_one_is_removed() -> None:
    assert _fixed("The rally drew 2,000, according to the Reuters.") == (
        "The rally drew 2,000, according to Reuters."
    )
    assert _flagged("The CNN anchor and the Reuters reporter spoke.") == []


def test_article_before_a_newspaper_without_one_is_fine() -> None:
    assert _flagged("It ran in the Chicago Tribune and the Los Angeles Times.") == []


# -- wrong forms and abbreviations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The NY Times reported it.", "The New York Times reported it."),
        ("Officials told NY Times reporters.", "Officials told New York Times reporters."),
        ("WaPo reported it.", "The Washington Post reported it."),
        ("The NY Times's story ran.", "The New York Times' story ran."),
        ("It aired on FOX News.", "It aired on Fox News."),
        ("Agence France Presse reported it.", "Agence France-Presse reported it."),
    ],
)
def test_wrong_form_is_replaced_by_the_name(text: str, fixed: str) -> None:
    assert len(_flagged(text)) == 1
    assert _fixed(text) == fixed


def test_abbreviation_on_first_reference_is_spelled_out() -> None:
    text = "NYT reported the visit first."
    assert _flagged(text) == ["NYT"]
    assert _fixed(text) == "The New York Times reported the visit first."


def test_abbreviation_after_the_name_is_fine() -> None:
    assert _flagged("The New York Times reported it. NYT later corrected it.") == []


def test_abbreviation_in_parentheses_after_the_name_or_in_a_dateline_is_fine() -> None:
    assert _flagged("WASHINGTON (AP) — The vote passed.") == []


def test_abbreviation_before_a_capitalised_word_is_another_name() -> None:
    assert _flagged("The AP Stylebook says so.") == []


# -- networks and stations ------------------------------------------------------------------------


def test_network_as_the_source_of_a_report_is_an_info_with_an_unsafe_fix() -> None:
    diagnostics = lint("Blinken visited Turkey, ABC reported.", select=[RULE])
    assert [d.severity for d in diagnostics] == [Severity.INFO]
    assert diagnostics[0].suggestions == ("ABC News",)
    assert diagnostics[0].fix is not None
    assert diagnostics[0].fix.applicability is Applicability.UNSAFE
    assert _flagged("According to CBS, reactions grew.") == ["CBS"]


def test_network_that_is_not_the_source_of_a_report_is_quiet() -> None:
    assert _flagged("ABC canceled the show. NBC's ratings rose. ABC News reported it.") == []


def test_network_before_call_letters_is_flagged() -> None:
    text = "Protests spread, Fox KTVU reported."
    assert _flagged(text) == ["Fox KTVU"]
    diagnostic = lint(text, select=[RULE])[0]
    assert diagnostic.suggestions == ("KTVU",)
    assert _fixed(text) == text  # unsafe: the writer may want the affiliation said otherwise


def test_call_letters_alone_and_league_names_after_a_network_are_quiet() -> None:
    assert _flagged("KTVU reported it. NBC WNBA coverage grew. KQED-FM aired it.") == []


# -- quotations, transcripts, Markdown ------------------------------------------------------------


def test_name_inside_a_quotation_is_left_as_the_speaker_said_it() -> None:
    assert _flagged('"I read it in the New York Times," she said.') == []


def test_markdown_link_text_is_fixed_inside_the_link() -> None:
    text = "It was first reported by [the New York Times](https://www.nytimes.com)."
    assert _suggested(text, "markdown") == (
        "It was first reported by [The New York Times](https://www.nytimes.com)."
    )


def test_markdown_link_after_the_article_is_fixed_outside_the_link() -> None:
    text = "It ran in the [New York Times](https://nytimes.com) on Monday."
    assert _flagged(text, "markdown") == ["the [New York Times"]
    assert _suggested(text, "markdown") == (
        "It ran in The [New York Times](https://nytimes.com) on Monday."
    )


def test_markdown_link_with_a_wrong_form_is_fixed() -> None:
    text = "It ran in the [NY Times](https://nytimes.com)."
    assert _fixed(text, "markdown") == "It ran in The [New York Times](https://nytimes.com)."


def test_markdown_link_with_the_proper_name_is_quiet() -> None:
    assert _flagged("She wrote for [The New York Times](https://nytimes.com).", "markdown") == []


def test_forms_are_found_where_one_pattern_of_every_form_finds_them() -> None:
    """The table looks its forms up at the places the phrase index gives, where it once
    compiled every form into one pattern (a start-up cost): both find the same spans."""
    import random

    import regex

    from copylint.checks.attribution.outlet_name import _table
    from copylint.lexicon.outlets import builtin_outlets, merge_outlets, parse_outlets
    from copylint.packs.patterns import phrase_source

    extra = [  # forms that begin inside others ("New York Times Union")
        {"name": "Times Union", "kind": "newspaper", "short": ["Times", "Union Leader Post"]},
        {"name": "York Daily", "kind": "newspaper", "wrong": ["Post-Star"]},
    ]
    table = _table(merge_outlets(builtin_outlets(), parse_outlets(extra, "test")))
    alternatives = sorted((phrase_source(t) for t in table.forms), key=len, reverse=True)
    full = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}\-])(?:{'|'.join(alternatives)})(?![\p{{L}}\p{{N}}\-])",
        regex.VERSION1,
    )
    forms = sorted(table.forms)
    pieces = [" ", "  ", "\n", "-", "x", "é", ".", "’s", "the ", "The ", "NEW ", "1", ",",
              "Union", "Leader Post", "New York", "Daily"]  # fmt: skip
    rng = random.Random(21)
    found = 0
    for _ in range(3000):
        parts = [rng.choice(forms if rng.random() < 0.5 else pieces) for _ in range(6)]
        text = "".join(parts)
        if rng.random() < 0.3:
            text = text.replace(" ", rng.choice(["  ", "\n", "\u00a0"]), 1)
        expected = [m.span() for m in full.finditer(text)]
        assert list(table._matches(text)) == expected, text
        found += len(expected)
    assert found > 1000
