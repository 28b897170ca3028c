"""Trailing white space and tabs; Markdown hard breaks are markup."""

from __future__ import annotations

from tests.helpers import fix, lint


def _rules(text: str, fmt: str = "text") -> list[str]:
    return [d.rule for d in lint(text, fmt=fmt, select=["whitespace"])]


def test_trailing_spaces_in_plain_text_are_removed_crlf_kept() -> None:
    assert fix("The council met. \r\nIt voted.\t\r\n", select=["whitespace"]) == (
        "The council met.\r\nIt voted.\r\n"
    )


def test_markdown_hard_breaks_are_not_errors() -> None:
    assert _rules("Line one  \nline two\\\nline three\n", fmt="markdown") == []


def test_a_single_trailing_space_in_markdown_is_flagged_without_a_fix() -> None:
    text = "Line one \nline two\n"
    (diagnostic,) = lint(text, fmt="markdown", select=["whitespace"])
    assert diagnostic.rule == "whitespace/trailing-space" and diagnostic.fix is None


def test_a_trailing_space_markdown_leaves_out_of_the_prose_is_underlined_itself() -> None:
    text = "Line one\t \r\nline two\n"
    (diagnostic,) = lint(text, fmt="markdown", select=["whitespace/trailing-space"])
    assert text[diagnostic.span.start : diagnostic.span.end] == "\t "
    assert (diagnostic.span.line, diagnostic.span.column) == (1, 9)


def test_trailing_spaces_in_code_are_not_prose() -> None:
    assert _rules("```\ncode   \nmore\t\there\n```\n", fmt="markdown") == []


def test_a_tab_between_words_becomes_a_space_but_indentation_stays() -> None:
    text = "\tThe council\t met.\n"
    assert fix(text, select=["whitespace/tab"]) == "\tThe council met.\n"
