"""``occurrence``: too many of something in one sentence, paragraph or article.

Keys: ``tokens`` and/or ``patterns`` (what to count, as in ``existence``), ``max`` (how many
are fine), ``per`` (``sentence``, ``paragraph`` or ``article``; default ``sentence``), the
conditions of :mod:`copylint.packs.conditions`, and ``message`` with ``{count}``, ``{max}`` and
``{match}``. Each unit that holds more than ``max`` is flagged once, at the first occurrence
past the limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from copylint.packs.conditions import CONDITION_KEYS
from copylint.packs.entry import Entry
from copylint.packs.kinds.base import PackRule
from copylint.packs.matching import Matcher, listed_terms
from copylint.packs.patterns import Hit
from copylint.packs.validation import check_message
from copylint.rule import Finding

if TYPE_CHECKING:
    from copylint.document import Document

DEFAULT_MESSAGE = "{count} of these in one {per} (at most {max})"
UNITS: dict[str, Callable[[Document, int], int]] = {
    "sentence": lambda doc, offset: _sentence_index(doc, offset),
    "paragraph": lambda doc, offset: doc.block_index(offset),
    "article": lambda doc, offset: 0,
}


def _sentence_index(doc: Document, offset: int) -> int:
    sentence = doc.sentence_at(offset)
    return sentence.start if sentence is not None else -1 - doc.block_index(offset)


class OccurrenceSpec(NamedTuple):
    """An occurrence entry compiled: the terms, how many are allowed and per what."""

    matcher: Matcher
    maximum: int
    per: str
    message: str


class OccurrenceRule(PackRule[OccurrenceSpec]):
    KEYS = frozenset({"tokens", "patterns", "max", "per"}) | CONDITION_KEYS

    @classmethod
    def compile(cls, entry: Entry) -> OccurrenceSpec:
        matcher = listed_terms(entry, "occurrence")
        maximum = entry.get("max")
        if not isinstance(maximum, int) or isinstance(maximum, bool) or maximum < 0:
            raise entry.error("'max' must be a whole number, 0 or more")
        per = entry.string("per", "sentence")
        if per not in UNITS:
            raise entry.error(f"'per' must be one of: {', '.join(UNITS)}")
        message = check_message(
            entry,
            entry.string("message", DEFAULT_MESSAGE),
            {"count": 0, "max": 0, "match": "", "per": ""},
        )
        return OccurrenceSpec(matcher, maximum, per, message)

    def check(self, doc: Document) -> Iterator[Finding]:
        spec = self.spec
        unit_of = UNITS[spec.per]
        units: dict[int, list[Hit]] = {}
        for hit in self.counted(doc, spec.matcher.hits(doc)):
            units.setdefault(unit_of(doc, hit.start), []).append(hit)
        for hits in units.values():
            if len(hits) > spec.maximum:
                first_extra = hits[spec.maximum]
                message = spec.message.format(
                    count=len(hits), max=spec.maximum, match=first_extra.text, per=spec.per
                )
                yield Finding(first_extra.start, first_extra.end, message)
