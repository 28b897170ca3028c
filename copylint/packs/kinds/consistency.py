"""``consistency``: forms that are each fine but must not be mixed in one article.

Keys: ``variants``, a list of groups, each a list of interchangeable forms
(``[["U.S.", "US"], ["email", "e-mail"]]``); ``prefer``: ``first-used`` (default: the form the
article uses first sets its standard) or ``first-listed`` (in an article that mixes forms, the
earliest-listed form it uses is the standard, as when a style guide prefers one); the
conditions of :mod:`copylint.packs.conditions`. Uses of another form of the group than the standard
are flagged. ``message`` may use ``{match}``, ``{other}`` (the standard form as written) and
``{line}`` (where it is first used).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from copylint.packs.conditions import CONDITION_KEYS
from copylint.packs.entry import Entry
from copylint.packs.kinds.base import PackRule
from copylint.packs.matching import Matcher
from copylint.packs.patterns import Hit
from copylint.packs.validation import check_message
from copylint.rule import Finding

if TYPE_CHECKING:
    from copylint.document import Document

DEFAULT_MESSAGE = "'{match}' here, but '{other}' on line {line}: use one form throughout"
PREFERENCES = ("first-used", "first-listed")


class ConsistencySpec(NamedTuple):
    """A consistency entry compiled: which form each term is, and which form wins."""

    matcher: Matcher
    forms: tuple[tuple[int, int], ...]  # per term: (group, position in the group)
    first_listed: bool
    message: str


class ConsistencyRule(PackRule[ConsistencySpec]):
    KEYS = frozenset({"variants", "prefer"}) | CONDITION_KEYS

    @classmethod
    def compile(cls, entry: Entry) -> ConsistencySpec:
        ignore_case = entry.boolean("ignore-case", False)
        groups = entry.get("variants", [])
        if not (
            isinstance(groups, list)
            and groups
            and all(
                isinstance(g, list) and len(g) > 1 and all(isinstance(f, str) for f in g)
                for g in groups
            )
        ):
            raise entry.error("'variants' must be a list of groups of two or more forms")
        prefer = entry.string("prefer", "first-used")
        if prefer not in PREFERENCES:
            raise entry.error(f"'prefer' must be one of: {', '.join(PREFERENCES)}")
        terms = [form for group in groups for form in group]
        forms = tuple((g, i) for g, group in enumerate(groups) for i in range(len(group)))
        message = check_message(
            entry,
            entry.string("message", DEFAULT_MESSAGE),
            {"match": "", "other": "", "line": 0},
        )
        matcher = Matcher.compile(entry, terms, ignore_case=ignore_case)
        return ConsistencySpec(matcher, forms, prefer == "first-listed", message)

    def check(self, doc: Document) -> Iterator[Finding]:
        spec = self.spec
        by_group: dict[int, list[tuple[Hit, int]]] = {}
        for hit in self.counted(doc, spec.matcher.hits(doc)):
            group, position = spec.forms[hit.term]
            by_group.setdefault(group, []).append((hit, position))
        for uses in by_group.values():
            if len({position for _, position in uses}) < 2:
                continue
            standard = min(p for _, p in uses) if spec.first_listed else uses[0][1]
            first = next(hit for hit, p in uses if p == standard)
            for hit, position in uses:
                if position != standard:
                    message = spec.message.format(
                        match=hit.text, other=first.text, line=doc.line_of(first.start)
                    )
                    yield Finding(hit.start, hit.end, message, (first.text,))
