"""Quotation marks: balance per paragraph (with AP's running quotations) and one style."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.punctuation import unbalanced_quotes
from copylint.checks.punctuation.mixed_quotes import MixedQuotes
from copylint.config import Settings
from copylint.formats import load_document
from copylint.rule import RuleContext
from tests.helpers import fix, flagged, lint


def _unbalanced(text: str, fmt: str = "text") -> list[str]:
    found = lint(text, fmt=fmt, select=["punctuation/unbalanced-quotes"])
    return [d.message for d in found]


def test_a_running_quotation_over_three_paragraphs_is_balanced() -> None:
    text = '"We came.\n\n"We listened.\n\n"We will return," he said.'
    assert _unbalanced(text) == []


def test_curly_running_quotations_are_balanced_too() -> None:
    assert _unbalanced("“We came.\n\n“We will return,” he said.") == []


def test_a_quotation_left_open_at_the_end_of_the_article_is_flagged() -> None:
    (message,) = _unbalanced('He said "we will return.')
    assert message.startswith("A quotation opens here and is not closed")


def test_a_continuation_without_its_opening_mark_is_reported_once() -> None:
    (message,) = _unbalanced('He said "we came\n\nand we will return," and left.')
    assert "continues a quotation" in message


def test_a_continuation_without_its_opening_mark_underlines_its_first_word() -> None:
    text = 'He said "we came\n\nand we will return," and left.'
    found = lint(text, select=["punctuation/unbalanced-quotes"])
    assert flagged(text, found) == ["and"]


def test_several_problems_in_a_paragraph_are_reported_once() -> None:
    (message,) = _unbalanced('He said" no" and" yes".')
    assert message.endswith("(and 3 more in this paragraph)")


def test_single_quotes_inside_double_quotes_are_fine() -> None:
    assert _unbalanced("\"He said 'no' twice,\" she said.") == []


def test_inch_marks_are_not_quotation_marks() -> None:
    assert _unbalanced('The 6\'2" guard and the 12" ruler.') == []


def test_mixed_quotes_are_reported_once_and_fixed() -> None:
    text = '“We came,” he said.\n\n"We saw," she said. “We left,” they said.\n'
    (diagnostic,) = lint(text, select=["punctuation/mixed-quotes"])
    assert flagged(text, [diagnostic]) == ['"']
    assert diagnostic.message.startswith("2 straight quotation marks")
    assert fix(text, select=["punctuation/mixed-quotes"], unsafe_fixes=True) == (
        "“We came,” he said.\n\n“We saw,” she said. “We left,” they said.\n"
    )


def test_mixed_quotes_fix_leaves_markup_alone() -> None:
    text = '“We came,” he said. "We *saw*," she said.\n'
    fixed = fix(text, fmt="markdown", select=["punctuation/mixed-quotes"], unsafe_fixes=True)
    assert fixed == "“We came,” he said. “We *saw*,” she said.\n"


def test_mixed_quotes_fix_is_a_suggestion_since_curly_marks_may_nest() -> None:
    # Issue 13: straight marks for a curly pair inside a straight quotation would close it
    # early, so --fix alone changes nothing.
    text = '"He read “Ulysses” twice," she said. "Then he left," he said.\n'
    assert [d.rule for d in lint(text, select=["punctuation/mixed-quotes"])] == [
        "punctuation/mixed-quotes"
    ]
    assert fix(text, select=["punctuation/mixed-quotes"]) == text


def test_mixed_apostrophes_are_in_preview() -> None:
    text = "Israel’s army and Gaza's border."
    assert lint(text, select=["punctuation"]) == []
    assert [d.rule for d in lint(text, select=["punctuation/mixed-apostrophes"])] == [
        "punctuation/mixed-apostrophes"
    ]


class _EveryText(MixedQuotes):
    """The rule as it was: every text scanned, whatever marks it holds."""

    def _both_styles(self, text: str) -> bool:
        return True


_MARK_PIECES = ['"', "“", "”", "6", "a", " ", "\n\n", "'", "’", "he said", "5'11"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_MARK_PIECES), max_size=25).map("".join))
def test_an_article_with_one_style_of_marks_is_not_scanned_and_nothing_changes(
    text: str,
) -> None:
    doc = load_document("story.txt", text)
    context = RuleContext({}, Settings())
    assert list(MixedQuotes(context).check(doc)) == list(_EveryText(context).check(doc))


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from([*_MARK_PIECES, "»", "«"]), max_size=25).map("".join))
def test_marks_found_by_substring_search_are_where_a_scan_finds_them(text: str) -> None:
    scanned = [match.start() for match in regex.finditer('[”»"]', text)]
    assert unbalanced_quotes._mark_offsets(text) == scanned
