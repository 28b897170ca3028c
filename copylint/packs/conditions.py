"""The conditions every matching kind accepts: where a match of an entry's terms counts.

- ``preceded-by`` / ``followed-by`` (and ``not-preceded-by`` / ``not-followed-by``): regular
  expressions that must (not) match right before or right after the term — the context that
  makes a pattern an error ("a month name followed by a day number");
- ``scope``: the block kinds the entry reads (``paragraph``, ``heading``, ``item``, ``cell``,
  ``footnote``, ``caption`` — front matter descriptions and image alt text); ``"~heading"``
  excludes a kind;
- ``exceptions``: phrases inside which a match is not a finding ("Internet Explorer");
- ``position``: ``"sentence-start"`` (only matches that open a sentence) or ``"mid-sentence"``
  (only matches that do not).

The context conditions become lookarounds of the term's own pattern (:func:`context`); the
others filter the matches (:class:`Conditions`).
"""

from __future__ import annotations

import bisect
import functools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.config import did_you_mean
from copylint.packs.anchored import leftmost_matches, phrase_starts
from copylint.packs.patterns import Hit, TimeBudget, match_at, phrase_pattern, time_limit
from copylint.packs.phrases import PHRASES
from copylint.packs.validation import built_in, user_pattern

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs.entry import Entry

#: The keys of the conditions above, accepted by every kind that matches terms.
CONDITION_KEYS = frozenset(
    {
        "preceded-by",
        "followed-by",
        "not-preceded-by",
        "not-followed-by",
        "scope",
        "exceptions",
        "position",
    }
)

BLOCK_KINDS = ("paragraph", "heading", "item", "cell", "footnote", "caption")
POSITIONS = ("anywhere", "sentence-start", "mid-sentence")


class Conditions(NamedTuple):
    """Where a match counts: the entry's scope, exceptions and position."""

    kinds: frozenset[str]
    exception_phrases: tuple[str, ...]
    exception_keys: frozenset[str]  # the exceptions' keys in the shared phrase index
    ignore_case: bool  # of the exceptions
    sentence_start: bool | None  # True: only at a sentence start; False: never; None: anywhere

    @classmethod
    def read(cls, entry: Entry, ignore_case: bool) -> Conditions:
        position = entry.string("position", "anywhere")
        if position not in POSITIONS:
            raise entry.error(f"'position' must be one of: {', '.join(POSITIONS)}")
        exceptions = tuple(entry.strings("exceptions"))
        return cls(
            _scope(entry),
            exceptions,
            frozenset(PHRASES.add(phrase) for phrase in exceptions) - {""},
            ignore_case,
            {"sentence-start": True, "mid-sentence": False}.get(position),
        )

    @property
    def exceptions(self) -> regex.Pattern[str] | None:
        """The exceptions as one pattern, compiled on first use (most entries never match)."""
        if not self.exception_phrases:
            return None
        return _exception_pattern(self.exception_phrases, self.ignore_case)

    def may_count(self, doc: Document) -> bool:
        """Whether a match in ``doc`` may count: not when no block of the document is of a
        kind the entry reads (a draft without a heading, for a headline entry), where the
        entry's terms need not be looked for at all."""
        if len(self.kinds) == len(BLOCK_KINDS):
            return True
        return not self.kinds.isdisjoint(doc.shared(block_kinds))

    def filter(self, doc: Document, spans: Iterator[Hit]) -> Iterator[Hit]:
        excepted: list[tuple[int, int]] | None = None
        all_kinds = len(self.kinds) == len(BLOCK_KINDS)
        for hit in spans:
            if not all_kinds:
                block = doc.block_at(hit.start)
                if block is None or block.kind not in self.kinds:
                    continue
            if (
                self.sentence_start is not None
                and doc.at_sentence_start(hit.start) != self.sentence_start
            ):
                continue
            exceptions = self.exceptions
            if exceptions is not None:
                if excepted is None:
                    excepted = _excepted(exceptions, self.exception_keys, doc.text)
                if _within(excepted, hit.start, hit.end):
                    continue
            yield hit


@functools.cache
def _exception_pattern(phrases: tuple[str, ...], ignore_case: bool) -> regex.Pattern[str]:
    return phrase_pattern(phrases, ignore_case)


def _excepted(
    pattern: regex.Pattern[str], keys: frozenset[str], text: str
) -> list[tuple[int, int]]:
    """The spans of the exceptions' matches in ``text``, leftmost first and not overlapping, as
    a scan with their ``pattern`` finds them: it is tried only where the phrase index found one
    of the phrases (it matches nowhere else). (The scan, of a pattern that opens with a
    lookbehind, tried every character: 3 ms per 100,000 words for four entries.)"""
    budget = TimeBudget(time_limit(text))
    return [
        match.span()
        for match in leftmost_matches(
            phrase_starts(keys, text),
            lambda at: match_at(pattern, text, at, pattern.pattern, budget),
        )
    ]


def block_kinds(doc: Document) -> frozenset[str]:
    """The kinds of the document's blocks (read once per document, for every entry)."""
    return frozenset(block.kind for block in doc.blocks)


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies inside one of the sorted, disjoint ``spans`` (a binary
    search)."""
    index = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def _scope(entry: Entry) -> frozenset[str]:
    values = entry.strings("scope")
    for value in values:
        name = value.removeprefix("~")
        if name not in BLOCK_KINDS:
            raise entry.error(
                f"unknown scope {value!r}{did_you_mean(name, BLOCK_KINDS)} "
                f"(scopes: {', '.join(BLOCK_KINDS)}; '~kind' excludes one)"
            )
    included = {v for v in values if not v.startswith("~")} or set(BLOCK_KINDS)
    return frozenset(included - {v[1:] for v in values if v.startswith("~")})


def context(entry: Entry, ignore_case: bool) -> tuple[str, str]:
    """The lookarounds of the entry's preceded-by / followed-by conditions: what goes before
    and after a term's pattern."""
    parts: dict[str, str] = {}
    for key, wrapper in (
        ("preceded-by", "(?<={})"),
        ("not-preceded-by", "(?<!{})"),
        ("followed-by", "(?={})"),
        ("not-followed-by", "(?!{})"),
    ):
        source = entry.get(key)
        if source is None:
            continue
        if not isinstance(source, str) or not source:
            raise entry.error(f"'{key}' must be a regular expression (a non-empty string)")
        if not built_in(entry):
            user_pattern(entry, source, ignore_case)
        parts[key] = wrapper.format(f"(?:{source})")
    before = parts.get("preceded-by", "") + parts.get("not-preceded-by", "")
    after = parts.get("followed-by", "") + parts.get("not-followed-by", "")
    return before, after
