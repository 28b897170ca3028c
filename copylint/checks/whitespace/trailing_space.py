"""whitespace/trailing-space: spaces or tabs at the end of a line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: White space before a line break or at the end of a block, in the prose itself, matched
#: backward from the break: a forward scan tried every space between two words.
_TRAILING = regex.compile(r"[ \t\p{Zs}]+", regex.VERSION1 | regex.REVERSE)
#: The source of a Markdown line break: two or more spaces, or a backslash, make a hard break.
_HARD_BREAK = LazyPattern(r"(?: {2,}|\\)\r?\n$")
_SPACE_BREAK = LazyPattern(r"[ \t]+\r?\n$")


class TrailingSpace(Rule):
    id = "whitespace/trailing-space"
    severity = Severity.WARNING
    paragraph_local = True
    summary = "Spaces or tabs at the end of a line"
    what = (
        "Flags white space at the end of a line of prose and removes it. In Markdown, two or "
        "more spaces at the end of a line are a hard line break, which is markup, not an error; "
        "a single space or a tab there is flagged (without a fix, as the break is markup)."
    )
    why = (
        "Trailing white space is invisible in the editor but not to the tools downstream: it "
        "shows up in diffs as a change no one made, and a stray space before a line break can "
        "turn into a hard break or a visible gap in the layout."
    )
    references = ("CommonMark 0.31, 6.7 and 6.8: hard and soft line breaks",)
    bad = (
        Example("The council met. \nIt voted.", fixed="The council met.\nIt voted.", flags=(" ",)),
        Example(
            "The council met.\t\n\nIt voted.",
            fixed="The council met.\n\nIt voted.",
            flags=("\t",),
        ),
        Example("The council met. \nIt voted.", format="markdown", flags=(" ",)),
    )
    good = (
        Example("The council met.\nIt voted."),
        Example("The council met.  \nIt voted.", format="markdown"),
        Example("The council met.\\\nIt voted.", format="markdown"),
        Example("```\ncode   \n```\n", format="markdown"),
    )
    fix_safety = "Safe: only white space at the end of a line is removed."
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for block in doc.blocks:
            for line_end in (*_breaks(text, block.start, block.end), block.end):
                match = _TRAILING.match(text, block.start, line_end)
                if match is not None:
                    yield Finding.replace(match.start(), match.end(), _message(match.group()), "")
            yield from _hidden_before_breaks(doc, block.start, block.end)


def _breaks(text: str, start: int, end: int) -> Iterator[int]:
    """The offset of each line break in ``text[start:end]``."""
    offset = text.find("\n", start, end)
    while offset >= 0:
        yield offset
        offset = text.find("\n", offset + 1, end)


def _hidden_before_breaks(doc: Document, start: int, end: int) -> Iterator[Finding]:
    """Trailing white space the format left out of the prose (Markdown drops it before a soft
    break and keeps two or more spaces as a hard break): read it from the source."""
    for offset in _breaks(doc.text, start, end):
        source = doc.source_of(offset, offset + 1)
        if _SPACE_BREAK.search(source) and not _HARD_BREAK.search(source):
            run = source.rstrip("\r\n")
            first, _ = doc.left_out_before(offset)
            yield Finding(first, first + len(run), _message(run), in_source=True)


def _message(run: str) -> str:
    what = "tab" if set(run) == {"\t"} else "space" if set(run) == {" "} else "white space"
    return f"Trailing {what} at the end of the line"
