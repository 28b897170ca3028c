"""``existence``: flag any of a list of words, phrases or patterns.

Keys: ``tokens`` (literal words or phrases, matched as whole words), ``patterns`` (regular
expressions), the conditions of :mod:`copylint.packs.conditions`, and ``message`` with ``{match}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from copylint.packs.conditions import CONDITION_KEYS
from copylint.packs.entry import Entry
from copylint.packs.kinds.base import PackRule
from copylint.packs.matching import Matcher, listed_terms
from copylint.packs.validation import check_message
from copylint.rule import Finding

if TYPE_CHECKING:
    from copylint.document import Document


class ExistenceSpec(NamedTuple):
    """An existence entry compiled: what it flags and the message."""

    matcher: Matcher
    message: str


class ExistenceRule(PackRule[ExistenceSpec]):
    paragraph_local = True  # phrases within one paragraph
    KEYS = frozenset({"tokens", "patterns"}) | CONDITION_KEYS

    @classmethod
    def compile(cls, entry: Entry) -> ExistenceSpec:
        matcher = listed_terms(entry, "existence")
        message = check_message(entry, entry.string("message", "'{match}'"), {"match": ""})
        return ExistenceSpec(matcher, message)

    def check(self, doc: Document) -> Iterator[Finding]:
        for hit in self.spec.matcher.hits(doc):
            yield Finding(hit.start, hit.end, self.spec.message.format(match=hit.text))
