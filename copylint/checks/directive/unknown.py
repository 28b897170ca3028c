"""directive/unknown: a copylint comment with a typo or an unknown rule id."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.config import did_you_mean
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Any HTML comment that starts like a copylint directive, well formed or not.
_COMMENT = regex.compile(r"<!--\s*copylint(?P<kind>[-\w]*)\s*:?(?P<args>.*?)-->", regex.DOTALL)
_KINDS = ("disable-next-line", "disable", "enable", "words")


class UnknownDirective(Rule):
    id = "directive/unknown"
    severity = Severity.WARNING
    summary = "A copylint comment with a typo or an unknown rule id"
    what = (
        "Flags an inline comment that starts like a copylint directive but is none "
        "(`<!-- copylint-disable-nextline -->`), and a rule id or family in a disable or "
        "enable comment that no rule has (`repetition/doubled-wrd`), with the closest known "
        "one. Such a comment switches nothing off, silently."
    )
    why = (
        "A suppression that does not work is worse than none: the writer believes a finding "
        "is handled. Linters warn about it for the same reason (ESLint's unused and unknown "
        "directives, ruff's RUF100)."
    )
    bad = (
        Example(
            "<!-- copylint-disable-nextline repetition/doubled-word -->\nIt was the the end.\n",
            format="markdown",
        ),
        Example(
            "<!-- copylint-disable repetition/doubled-wrd -->\nIt was the end.\n",
            format="markdown",
        ),
    )
    good = (
        Example(
            "<!-- copylint-disable-next-line repetition/doubled-word -->\nIt was the the end.\n",
            format="markdown",
        ),
        Example("<!-- copylint-disable repetition -->\nIt was the end.\n", format="markdown"),
    )
    fix_safety = "No fix: the comment's intent is the writer's to state."

    @property
    def known(self) -> frozenset[str]:
        """Every rule id and family the run knows (its packs and plugins included)."""
        return self.context.known_rules

    def check(self, doc: Document) -> Iterator[Finding]:
        if "copylint" not in doc.source:
            return
        code = _CodeIndex(doc.source)
        for match in _COMMENT.finditer(doc.source):
            if code.in_code(match.start()):
                continue  # a comment shown as an example, not written as one
            kind = match.group("kind").lstrip("-")
            if kind not in _KINDS:
                yield Finding(
                    match.start(),
                    match.end(),
                    f"Unknown copylint directive 'copylint-{kind}'"
                    f"{did_you_mean(kind, _KINDS)}: it switches nothing off",
                    in_source=True,
                )
                continue
            if kind == "words":
                continue
            known = self.known
            for selector in regex.split(r"[\s,]+", match.group("args").strip()):
                if selector and selector not in known:
                    yield Finding(
                        match.start("args"),
                        match.end("args"),
                        f"Unknown rule or family '{selector}'{did_you_mean(selector, known)}",
                        in_source=True,
                    )


_FENCE = regex.compile(r"^[ ]{0,3}(?:```|~~~)", regex.MULTILINE)


class _CodeIndex:
    """Where Markdown code is, found once per document: ``in_code`` is a binary search over
    the fence lines plus a look along one line, so many comments cost linear time."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.fences = [m.start() for m in _FENCE.finditer(source)]

    def in_code(self, offset: int) -> bool:
        """Whether ``offset`` lies in a fenced block (an odd number of fences before it) or a
        code span (an odd number of backticks before it on its line)."""
        if bisect.bisect_left(self.fences, offset) % 2:
            return True
        line_start = self.source.rfind("\n", 0, offset) + 1
        return self.source.count("`", line_start, offset) % 2 == 1
