"""``capitalization``: terms with a fixed case ("internet", "West Bank", "YouTube").

Keys: ``terms`` (each written in its one right case; found in any case, as whole words),
``fix`` (``safe``, ``unsafe`` or ``none``; default ``safe``), ``quiet-when-consistent``, the
conditions of :mod:`copylint.packs.conditions`, and ``message`` with ``{match}`` and ``{term}``.
Terms are found in any case; the conditions and ``exceptions`` compare case exactly ("Internet
Explorer" keeps its capital) unless ``ignore-case = true``.

A term that begins in lowercase may take a capital at the start of a sentence and in a
heading; text in capitals throughout (a shouted headline) is left alone. With the rule option
``quiet-when-consistent`` on (:mod:`copylint.packs.convention`), an article that writes a term
in another case two or more times and never in the right case follows its own style for that
term, and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from copylint.packs.conditions import CONDITION_KEYS
from copylint.packs.convention import (
    CONVENTION_MIN_USES,
    convention_options,
    quiet_when_consistent,
)
from copylint.packs.entry import Entry
from copylint.packs.kinds.base import PackRule
from copylint.packs.matching import Matcher
from copylint.packs.patterns import Hit
from copylint.packs.validation import check_message
from copylint.rule import Finding

if TYPE_CHECKING:
    from copylint.document import Document

DEFAULT_MESSAGE = "Write '{term}' rather than '{match}'"


class CapitalizationSpec(NamedTuple):
    """A capitalization entry compiled: the terms as written and the messages."""

    matcher: Matcher
    terms: tuple[str, ...]
    fix: str
    message: str


def _capitalized(term: str) -> str:
    return term[:1].upper() + term[1:]


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


class CapitalizationRule(PackRule[CapitalizationSpec]):
    paragraph_local = True  # phrases within one paragraph
    KEYS = frozenset({"terms", "fix", "quiet-when-consistent"}) | CONDITION_KEYS

    @classmethod
    def compile(cls, entry: Entry) -> CapitalizationSpec:
        terms = entry.strings("terms")
        if not terms:
            raise entry.error("a capitalization rule needs 'terms'")
        lowered = [t.lower() for t in terms]
        duplicates = sorted({t for t in terms if lowered.count(t.lower()) > 1})
        if duplicates:
            raise entry.error(f"term {duplicates[0]!r} is listed in more than one case")
        fix = entry.string("fix", "safe")
        if fix not in ("safe", "unsafe", "none"):
            raise entry.error("'fix' must be safe, unsafe or none")
        message = check_message(
            entry, entry.string("message", DEFAULT_MESSAGE), {"match": "", "term": ""}
        )
        matcher = Matcher.compile(
            entry, terms, ignore_case=entry.boolean("ignore-case", False), terms_ignore_case=True
        )
        return CapitalizationSpec(matcher, tuple(terms), fix, message)

    @classmethod
    def offered_options(cls, entry: Entry) -> dict[str, Any]:
        return convention_options(entry)

    def check(self, doc: Document) -> Iterator[Finding]:
        spec = self.spec
        wrong: dict[int, list[tuple[Hit, str]]] = {}
        right: set[int] = set()
        for hit in self.counted(doc, spec.matcher.hits(doc)):
            term = spec.terms[hit.term]
            if hit.text == term:
                right.add(hit.term)
                continue
            if _all_caps(hit.text):
                continue
            opens = doc.at_sentence_start(hit.start) or doc.in_heading(hit.start)
            if opens and term[:1].islower() and hit.text == _capitalized(term):
                continue
            wrong.setdefault(hit.term, []).append((hit, _capitalized(term) if opens else term))
        consistent_ok = quiet_when_consistent(self)
        for index, uses in wrong.items():
            if consistent_ok and index not in right and len(uses) >= CONVENTION_MIN_USES:
                continue
            for hit, replacement in uses:
                message = spec.message.format(match=hit.text, term=spec.terms[index])
                if spec.fix == "none":
                    yield Finding(hit.start, hit.end, message, (replacement,))
                else:
                    yield Finding.replace(
                        hit.start, hit.end, message, replacement, safe=spec.fix == "safe"
                    )
