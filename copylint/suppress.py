"""Inline control comments: which diagnostics an article switched off, and where.

``<!-- copylint-disable family/name -->`` … ``<!-- copylint-enable -->`` switch rules off for a
stretch of lines (to the end of the file when no enable follows);
``<!-- copylint-disable-next-line family/name -->`` switches them off on the next non-blank
line. Without rule ids, every rule is switched off. A selector may be a rule id or a family.

A lookup that a comment answers is recorded, so that after a run :meth:`Suppressions.unused`
can say which comments suppressed nothing (directive/unused, as ruff's RUF100).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from copylint.document import CONTROL_KINDS, Directive, Document

ALL = "*"


class Region(NamedTuple):
    """A stretch of lines where a disable comment switches one selector off."""

    selector: str  # rule id, family, or ALL
    first_line: int
    last_line: int  # inclusive
    directive: Directive | None = None  # the comment that switched the rules off


class Unused(NamedTuple):
    """A disable comment some of whose selectors suppressed no diagnostic in a run."""

    directive: Directive
    selectors: tuple[str, ...]  # the unused ones, ALL for a comment without rule ids


class Suppressions:
    """The line regions of one document in which rules are switched off.

    The regions of each selector are merged into sorted, disjoint line ranges, so a lookup is
    a binary search among the few selectors that can match a rule (all rules, its family, its
    id): an article with tens of thousands of comments is not checked comment by comment for
    every diagnostic.
    """

    def __init__(self, regions: Sequence[Region]) -> None:
        self._regions = tuple(regions)
        self._hits: list[tuple[str, int]] = []  # (rule, line) of every suppressed diagnostic
        ranges: dict[str, list[tuple[int, int]]] = {}
        for region in regions:
            ranges.setdefault(region.selector, []).append((region.first_line, region.last_line))
        self._starts: dict[str, list[int]] = {}
        self._ends: dict[str, list[int]] = {}
        for selector, spans in ranges.items():
            merged: list[tuple[int, int]] = []
            for first, last in sorted(spans):
                if merged and first <= merged[-1][1] + 1:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], last))
                else:
                    merged.append((first, last))
            self._starts[selector] = [first for first, _ in merged]
            self._ends[selector] = [last for _, last in merged]

    def __bool__(self) -> bool:
        return bool(self._regions)

    def suppressed(self, rule: str, line: int) -> bool:
        """Whether a comment switches ``rule`` off on ``line``; a yes is recorded as a use."""
        found = any(self._covers(selector, line) for selector in _selectors_of(rule))
        if found:
            self._hits.append((rule, line))
        return found

    def unused(self) -> list[Unused]:
        """The comments, in source order, with the selectors that suppressed nothing so far."""
        lines: dict[str, list[int]] = {}
        for rule, line in self._hits:
            for selector in _selectors_of(rule):
                lines.setdefault(selector, []).append(line)
        for found in lines.values():
            found.sort()
        idle: dict[int, tuple[Directive, list[str]]] = {}
        for region in self._regions:
            if region.directive is None or _used(lines.get(region.selector, []), region):
                continue
            directive = region.directive
            entry = idle.setdefault(directive.start, (directive, []))
            if region.selector not in entry[1]:
                entry[1].append(region.selector)
        return [Unused(d, tuple(selectors)) for _, (d, selectors) in sorted(idle.items())]

    def _covers(self, selector: str, line: int) -> bool:
        starts = self._starts.get(selector)
        if not starts:
            return False
        index = bisect.bisect_right(starts, line) - 1
        return index >= 0 and line <= self._ends[selector][index]

    @classmethod
    def of(cls, doc: Document) -> Suppressions:
        control = [d for d in doc.directives if d.kind in CONTROL_KINDS]
        if not control:
            return cls(())
        lines = doc.line_index
        last = lines.line_count
        regions: list[Region] = []
        # A selector switched off twice before it is switched on: both comments own the stretch.
        open_from: dict[str, list[tuple[int, Directive]]] = {}
        for directive in control:
            line = lines.position(directive.start)[0]
            selectors = directive.args or (ALL,)
            if directive.kind == "disable":
                for selector in selectors:
                    open_from.setdefault(selector, []).append((line, directive))
            elif directive.kind == "enable":
                closing = list(open_from) if not directive.args else directive.args
                for selector in closing:
                    for start, opener in open_from.pop(selector, ()):
                        regions.append(Region(selector, start, line, opener))
            else:  # disable-next-line
                target = _next_text_line(doc, directive)
                regions.extend(Region(s, target, target, directive) for s in selectors)
        for selector, opened in open_from.items():
            regions.extend(Region(selector, start, last, opener) for start, opener in opened)
        return cls(regions)


def _selectors_of(rule: str) -> tuple[str, str, str]:
    """The selectors that name ``rule``: every rule, its id, its family."""
    return (ALL, rule, rule.split("/", 1)[0])


def _used(lines: list[int], region: Region) -> bool:
    """Whether one of the sorted suppressed ``lines`` falls in ``region``."""
    index = bisect.bisect_left(lines, region.first_line)
    return index < len(lines) and lines[index] <= region.last_line


def _next_text_line(doc: Document, directive: Directive) -> int:
    """The first line after the comment that holds anything but white space."""
    source = doc.source
    position = directive.end
    newline = source.find("\n", position)
    while newline != -1:
        following = source.find("\n", newline + 1)
        line_text = source[newline + 1 : following if following != -1 else len(source)]
        if line_text.strip():
            return doc.line_index.position(newline + 1)[0]
        newline = following
    return doc.line_index.line_count + 1
