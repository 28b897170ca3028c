"""punctuation/unbalanced-quotes: a quotation mark without its partner in a paragraph."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.model import Severity
from copylint.rule import Example, Finding, Rule
from copylint.tokens import positions

if TYPE_CHECKING:
    from copylint.document import Document

_UNCLOSED = (
    "A quotation opens here and is not closed in its paragraph, nor continued by the next one"
)
_STRAY = "A closing quotation mark with no opening one"
_CONTINUED = (
    "This paragraph continues a quotation from the one before: AP opens it with a quotation mark"
)

#: Marks that can only close a double quotation, and the straight mark that can do both.
_CLOSERS = "”»"
_STRAIGHT = '"'


class UnbalancedQuotes(Rule):
    id = "punctuation/unbalanced-quotes"
    severity = Severity.WARNING
    summary = "A quotation mark without its partner in the paragraph"
    what = (
        "Flags a paragraph whose double quotation marks do not pair up — a quotation it opens "
        "and never closes, or a closing mark with no opening one — once, at the first mark "
        "that does not pair, saying how many more there are. Following AP, a quotation that "
        "runs on into the next paragraph has no closing mark at the end of its paragraph when "
        "the next paragraph opens with a quotation mark; that is not flagged. Inch marks after "
        "a figure (6'2\") and table cells (where a straight mark may mean 'ditto') are left "
        "alone."
    )
    why = (
        'AP Stylebook, "quotation marks": "If a full paragraph of quoted material is followed '
        "by a paragraph that continues the quotation, do not put close-quote marks at the end "
        "of the first paragraph. Do, however, put open-quote marks at the start of the second "
        "paragraph.\" Any other missing mark leaves the reader unsure where a speaker's words "
        "end: a misquotation."
    )
    references = ("AP Stylebook: quotation marks (running quotations)",)
    bad = (
        Example('"We will not stop, Abbas said.', flags=('"',)),
        Example(
            'Abbas said the talks were "over and left.\n\nThe next day he returned.',
            flags=('"',),
        ),
        Example('Jacob Bernoulli (who" was the first to discover it").', flags=('"',)),
        Example('He said "the talks will go on\n\nfor weeks," and left.', flags=("for",)),
    )
    good = (
        Example('"We will not stop," Abbas said.'),
        Example('"We will not stop.\n\n"We will go on," Abbas said.'),
        Example("The guard is 6'2\" tall."),
        Example('| a | b |\n|---|---|\n| x | " |\n', format="markdown"),
    )
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        problems, marks = _problems(doc)
        for index in sorted(problems):
            found = problems[index]
            following = problems.get(index + 1)
            if (
                found[-1][1] == _UNCLOSED
                and following
                and _continues(doc, index + 1, following, marks)
            ):
                found.pop()  # reported once, as a missing opening mark in the next paragraph
                following[0] = (doc.blocks[index + 1].start, _CONTINUED)
            if not found or doc.blocks[index].kind == "cell":
                continue
            offset, problem = found[0]
            more = f" (and {len(found) - 1} more in this paragraph)" if len(found) > 1 else ""
            end = _first_word_end(doc, offset) if problem == _CONTINUED else offset + 1
            yield Finding(offset, end, problem + more)


def _problems(doc: Document) -> tuple[dict[int, list[tuple[int, str]]], set[int]]:
    """Per block, the marks that do not pair, in order; and the offsets of the ones that do."""
    problems: dict[int, list[tuple[int, str]]] = {}
    marks: set[int] = set()
    for quotation in doc.quotations:
        if quotation.mark != '"':
            continue
        marks.add(quotation.start)
        if quotation.closed:
            marks.add(quotation.end - 1)
        elif not quotation.continues:
            problems.setdefault(doc.block_index(quotation.start), []).append(
                (quotation.start, _UNCLOSED)
            )
    text = doc.text
    for offset in _mark_offsets(text):
        if offset in marks:
            continue
        if text[offset] != _STRAIGHT or not text[offset - 1 : offset].isdigit():
            problems.setdefault(doc.block_index(offset), []).append((offset, _STRAY))
    for found in problems.values():
        found.sort()
    return problems, marks


def _mark_offsets(text: str) -> list[int]:
    """Where the closing and straight double marks are, in order: found by a substring search
    for each mark, where a pattern's scan cost some fifty instructions a character."""
    return sorted(positions(text, _CLOSERS + _STRAIGHT))


def _first_word_end(doc: Document, offset: int) -> int:
    """Where the word that opens a paragraph at ``offset`` ends: a missing opening mark is
    shown on the word it should stand before, not on its first letter alone."""
    words = doc.words_between(offset, doc.blocks[doc.block_index(offset)].end)
    return words[0].end if words and words[0].start == offset else offset + 1


def _continues(doc: Document, index: int, found: list[tuple[int, str]], marks: set[int]) -> bool:
    """True when paragraph ``index`` closes a quotation the previous one left open: its first
    problem is a closing mark with no partner, and no paired mark comes before it."""
    offset, problem = found[0]
    start = doc.blocks[index].start
    return problem == _STRAY and not any(start <= m < offset for m in marks)
