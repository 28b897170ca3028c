"""Inline copylint comments with a typo or an unknown rule id are reported, not obeyed."""

from __future__ import annotations

from tests.helpers import lint


def test_a_misspelled_directive_is_reported_and_switches_nothing_off() -> None:
    text = "<!-- copylint-disable-nextline repetition/doubled-word -->\nIt was the the end.\n"
    found = [(d.rule, d.line) for d in lint(text, fmt="markdown")]
    assert ("directive/unknown", 1) in found
    assert ("repetition/doubled-word", 2) in found  # regression: it was read as "disable"


def test_an_unknown_rule_id_gets_the_closest_known_one() -> None:
    text = "<!-- copylint-disable repetition/doubled-wrd -->\nIt was the end.\n"
    (diagnostic,) = lint(text, fmt="markdown")
    assert diagnostic.rule == "directive/unknown"
    assert "did you mean 'repetition/doubled-word'" in diagnostic.message
    assert (diagnostic.line, diagnostic.span.column) == (1, 23)


def test_known_rules_families_and_word_lists_are_fine() -> None:
    text = (
        "<!-- copylint-disable repetition spelling/misspelling -->\n"
        "<!-- copylint-words: Qxzt -->\nIt was the end.\n<!-- copylint-enable -->\n"
    )
    assert lint(text, fmt="markdown") == []
