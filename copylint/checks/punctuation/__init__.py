"""Punctuation that needs the document's structure: quotation marks, apostrophes, brackets.

:class:`MixedMarks` is the shared base of the rules that find straight and curly forms of a mark
mixed in one article (quotation marks, apostrophes).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

import regex

from copylint.rule import Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document


class MixedMarks(Rule):
    """Straight and curly forms of one kind of mark in one article, reported once, at the first
    mark that differs from the article's majority style, with a fix for the marks whose role is
    certain."""

    #: The marks this rule reads; one right after a figure is a prime (6'2"), not a mark.
    marks: ClassVar[regex.Pattern[str]]
    curly: ClassVar[str]
    straight: ClassVar[str]  # the straight mark: the one the pattern finds besides the curly
    noun: ClassVar[str]  # "quotation mark", "apostrophe or single quotation mark"
    #: Whether the conversion can be applied without a human looking (see each fix_safety).
    safe_fix: ClassVar[bool] = True

    def convert(self, doc: Document, offset: int, to_curly: bool) -> str | None:
        """The mark at ``offset`` in the other style, when its role is certain; else None."""
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        if not self._both_styles(doc.text):
            return
        found = [(m.start(), m.group() in self.curly) for m in self.marks.finditer(doc.text)]
        curly_count = sum(is_curly for _, is_curly in found)
        if not found or curly_count in (0, len(found)):
            return
        # The majority sets the style; on a tie, the first mark does.
        curly = curly_count * 2 > len(found) or (curly_count * 2 == len(found) and found[0][1])
        odd = [offset for offset, is_curly in found if is_curly != curly]
        edits = tuple(
            TextEdit(offset, offset + 1, mark)
            for offset in odd
            if (mark := self.convert(doc, offset, curly)) is not None
        )
        style, other = ("curly", "straight") if curly else ("straight", "curly")
        count = f"{len(odd)} {other} {self.noun}{'s' if len(odd) > 1 else ''}"
        yield Finding(
            odd[0],
            odd[0] + 1,
            f"{count} in an article that otherwise uses {style} ones: use one style",
            edits=edits,
            safe=self.safe_fix,
        )

    def _both_styles(self, text: str) -> bool:
        """Whether ``text`` holds a curly mark and a straight one at all: most articles keep
        to one style, and this is a substring search for each, where the scan made a match
        object of every mark (the marks after a figure, which it skips, only make this
        answer yes more often)."""
        return any(mark in text for mark in self.curly) and self.straight in text
