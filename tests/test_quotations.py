"""The shared quotation finder: what a reader sees as one direct quotation."""

from __future__ import annotations

from copylint.formats import load_document


def _quotations(text: str, fmt: str = "text") -> list[tuple[str, bool, bool]]:
    doc = load_document("article.md" if fmt == "markdown" else "article.txt", text)
    return [(doc.text[q.start : q.end], q.closed, q.continues) for q in doc.quotations]


def test_quotation_closes_at_its_closing_mark() -> None:
    assert _quotations('"We will win," she said.') == [('"We will win,"', True, False)]


def test_single_quotes_inside_double_quotes_belong_to_the_outer_quotation() -> None:
    text = "\"They chanted 'no more war' all night,\" she said."
    assert _quotations(text) == [("\"They chanted 'no more war' all night,\"", True, False)]


def test_straight_double_quotes_nested_in_a_quotation_do_not_end_it() -> None:
    text = 'Einstein said, "It wouldn\'t be called "research", would it?" Then he left.'
    assert _quotations(text) == [('"It wouldn\'t be called "research", would it?"', True, False)]


def test_curly_double_quotes_nested_in_a_quotation_do_not_end_it() -> None:
    text = "“He told me “go home now,” and then he left,” she said."
    assert _quotations(text) == [("“He told me “go home now,” and then he left,”", True, False)]


def test_misplaced_closing_mark_still_closes_the_quotation() -> None:
    text = 'Her video "How To Talk To You "was seen often. She said, "I am tired"; it ran.'
    assert [q for q, _, _ in _quotations(text)] == ['"How To Talk To You "', '"I am tired"']


def test_quotation_over_paragraphs_continues_when_the_next_opens_with_a_mark() -> None:
    text = '"We will go on.\n\n"And we will win," he said.'
    assert _quotations(text) == [
        ('"We will go on.', False, True),
        ('"And we will win,"', True, False),
    ]


def test_unclosed_quotation_before_an_unquoted_paragraph_does_not_continue() -> None:
    assert _quotations('"We will go on.\n\nHe left.') == [('"We will go on.', False, False)]
