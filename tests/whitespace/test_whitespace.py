"""Trailing white space and tabs; Markdown hard breaks are markup."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from copylint.checks.whitespace.trailing_space import _TRAILING, _breaks
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


#: The forward pattern the rule used before: it tried every space between two words.
_FORWARD = regex.compile(r"[ \t\p{Zs}]+(?=\n|$)", regex.VERSION1)


@given(st.text(alphabet="ab \t\n\r\u00a0\u2009\u2028\u3000", max_size=16), st.data())
def test_trailing_runs_read_back_from_each_break_are_what_the_forward_scan_finds(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    forward = [m.span() for m in _FORWARD.finditer(text, start, end)]
    line_ends = (*_breaks(text, start, end), end)
    backward = [m.span() for e in line_ends if (m := _TRAILING.match(text, start, e))]
    assert backward == forward


def test_the_other_space_separators_are_unicodes_but_the_space() -> None:
    from copylint.checks.whitespace.double_space import OTHER_SPACE_SEPARATORS

    separators = regex.compile(r"\p{Zs}", regex.VERSION1)
    every = {chr(code) for code in range(0x110000) if separators.match(chr(code))}
    assert set(OTHER_SPACE_SEPARATORS) == every - {" "}


@given(st.text(alphabet=" \u00a0\u2009\u3000\tab.\n", max_size=12))
def test_a_text_that_may_hold_no_run_has_none(text: str) -> None:
    from copylint.checks.whitespace.double_space import _RUN, may_hold_a_run

    if not may_hold_a_run(text):
        assert _RUN.search(text) is None
