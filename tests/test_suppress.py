"""Inline control comments switch rules off for a line, a stretch, or add words."""

from __future__ import annotations

from tests.helpers import lint, rules_of


def lines_flagged(text: str, fmt: str = "markdown") -> list[tuple[int, str]]:
    return [(d.span.line, d.rule) for d in lint(text, fmt=fmt)]


def test_disable_next_line_for_one_rule() -> None:
    text = "<!-- copylint-disable-next-line repetition/doubled-word -->\non on  x\non on\n"
    assert lines_flagged(text) == [(2, "whitespace/double-space"), (3, "repetition/doubled-word")]


def test_disable_next_line_skips_blank_lines() -> None:
    text = "<!-- copylint-disable-next-line -->\n\non on  x\n"
    assert lines_flagged(text) == []


def test_disable_and_enable_a_family() -> None:
    text = (
        "on on\n\n<!-- copylint-disable repetition -->\n\non on  x\n\n"
        "<!-- copylint-enable -->\n\non on\n"
    )
    assert lines_flagged(text) == [
        (1, "repetition/doubled-word"),
        (5, "whitespace/double-space"),
        (9, "repetition/doubled-word"),
    ]


def test_disable_without_enable_runs_to_the_end() -> None:
    text = "on on\n\n<!-- copylint-disable -->\n\non on\n\nthe the\n"
    assert lines_flagged(text) == [(1, "repetition/doubled-word")]


def test_enable_of_one_rule_leaves_others_disabled() -> None:
    text = (
        "<!-- copylint-disable repetition/doubled-word whitespace/double-space -->\n\n"
        "on on  x\n\n<!-- copylint-enable whitespace/double-space -->\n\non on  x\n"
    )
    assert lines_flagged(text) == [(7, "whitespace/double-space")]


def test_directives_work_in_plain_text_and_are_not_prose() -> None:
    text = "<!-- copylint-disable-next-line -->\non on\nthe the\n"
    assert lines_flagged(text, fmt="text") == [(3, "repetition/doubled-word")]


def test_inline_comment_inside_a_paragraph() -> None:
    text = "Fine text. <!-- copylint-disable-next-line -->\non on\n"
    assert rules_of(lint(text, fmt="markdown")) == []


def test_ordinary_html_comments_change_nothing() -> None:
    assert rules_of(lint("<!-- note to editor -->\n\non on\n", fmt="markdown")) == [
        "repetition/doubled-word"
    ]
