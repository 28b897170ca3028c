"""Parentheses, spacing, doubled marks, U.S./US and dashes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.punctuation import unbalanced_parentheses as parentheses
from copylint.config import Settings
from copylint.document import Document
from copylint.formats import load_document
from copylint.rule import Finding, RuleContext
from tests.helpers import fix, flagged, lint


def _messages(text: str, rule: str, fmt: str = "text") -> list[str]:
    return [d.message for d in lint(text, fmt=fmt, select=[rule])]


def test_a_mismatched_pair_names_both_marks() -> None:
    assert _messages("The aide (who left] spoke.", "punctuation/unbalanced-parentheses") == [
        "'(' is closed by ']'",
        "']' closes the '(' opened here",
    ]


def test_parentheses_do_not_pair_across_paragraphs() -> None:
    text = "The aide (who left\n\nthe room) spoke."
    assert len(_messages(text, "punctuation/unbalanced-parentheses")) == 2


def test_markdown_links_and_citations_are_not_brackets() -> None:
    text = "See [the report](https://example.com) and the study.[^1]\n\n[^1]: A note (2020).\n"
    assert _messages(text, "punctuation/unbalanced-parentheses", fmt="markdown") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("He said , then left .", "He said, then left."),
        ("Really ?", "Really?"),
        ("Done,, then; ; gone", "Done, then; ; gone"),
    ],
)
def test_spacing_and_doubled_marks_are_fixed(text: str, fixed: str) -> None:
    assert fix(text, select=["punctuation"]) == fixed


def test_us_may_stand_in_headlines() -> None:
    text = "# US envoy visits\n\nThe U.S. envoy arrived. US Airways flew him.\n"
    assert _messages(text, "punctuation/us-abbreviation", fmt="markdown") == []


def test_us_in_a_quotation_does_not_count() -> None:
    text = 'The U.S. envoy arrived. "US troops stay," he said.'
    assert _messages(text, "punctuation/us-abbreviation") == []


def test_a_third_dash_is_flagged_but_ranges_are_not_dashes() -> None:
    text = "The plan — approved Monday — passed — barely. It ran 1990 - 1995 - 2000 — then — ended."
    found = lint(text, select=["punctuation/dashes"])
    assert flagged(text, found) == ["—"]


class _ScanPerBlock(parentheses.UnbalancedParentheses):
    """The rule as it was: each block scanned for its brackets with a pattern."""

    def check(self, doc: Document) -> Iterator[Finding]:
        for block in doc.blocks:
            found = regex.finditer(r"[()\[\]]", doc.text, pos=block.start, endpos=block.end)
            offsets = [match.start() for match in found]
            yield from parentheses._unpaired(doc.text, offsets, block.start)


_PIECES = ["(", ")", "[", "]", "a", "b) ", " 1)", ":)", ";-(", " ", "\n\n", "# T\n\n", "- x\n"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_brackets_found_by_substring_search_give_what_a_scan_per_block_gave(text: str) -> None:
    doc = load_document("story.md", text)
    context = RuleContext({}, Settings())
    found = list(parentheses.UnbalancedParentheses(context).check(doc))
    assert found == list(_ScanPerBlock(context).check(doc))
