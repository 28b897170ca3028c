"""Patterns of declarative entries: literal phrases as patterns, and searches with a time limit.

A pack may come from an untrusted repository, so every search of one of its regular
expressions runs under a time limit (:func:`finditer`, :func:`match_at`): a runaway pattern
costs one rule on one file, not the run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from copylint.errors import CopylintError

#: How long one pattern may run over one document before it is reported as runaway: this many
#: seconds, plus :data:`SECONDS_PER_MILLION` for every million characters of prose, so that an
#: ordinary pattern over a very long article is not mistaken for a runaway one.
PATTERN_TIMEOUT = 2.0
SECONDS_PER_MILLION = 2.0

WORD_CHAR = regex.compile(r"[\p{L}\p{N}]", regex.VERSION1)
#: The characters ``\s`` matches (Unicode's White_Space; ``str.isspace`` also takes U+001C–U+001F).
WHITE_SPACE = frozenset(
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
_LEFT = r"(?<![\p{L}\p{N}])"
_RIGHT = r"(?![\p{L}\p{N}])"


class PatternTimeout(CopylintError):
    """A pack pattern ran longer than :data:`PATTERN_TIMEOUT` on one document."""


def normalize(phrase: str, ignore_case: bool) -> str:
    """The form a literal term is looked up by: white space collapsed, case folded if asked."""
    normal = " ".join(phrase.split())
    return normal.lower() if ignore_case else normal


def starts_word(phrase: str) -> bool:
    """The phrase begins with a letter or digit, so a match must begin a word."""
    return WORD_CHAR.match(phrase.strip()[:1]) is not None


def ends_word(phrase: str) -> bool:
    """The phrase ends with a letter or digit, so a match must end a word."""
    return WORD_CHAR.match(phrase.strip()[-1:]) is not None


def phrase_source(phrase: str, left: bool = True) -> str:
    """A literal phrase as a pattern: white space matches any run of white space, and a
    phrase that begins or ends with a letter or digit must begin or end a word there (the
    start is left to the caller when ``left`` is False)."""
    body = r"\s+".join(regex.escape(part) for part in phrase.split())
    before = _LEFT if left and starts_word(phrase) else ""
    return f"{before}{body}{_RIGHT if ends_word(phrase) else ''}"


def flags(ignore_case: bool) -> int:
    """The flags every pack pattern compiles with."""
    return regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)


def phrase_pattern(phrases: Sequence[str], ignore_case: bool) -> regex.Pattern[str]:
    """One pattern matching any of ``phrases`` as whole words, longest first."""
    return regex.compile(phrases_source(phrases), flags(ignore_case))


def phrases_source(phrases: Sequence[str]) -> str:
    """The phrases as one alternation, longest first; the phrases that start with a letter or
    digit share one word-start check, so the engine can skip ahead on their first letters."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    words = [phrase_source(p, left=False) for p in ordered if starts_word(p)]
    others = [phrase_source(p) for p in ordered if not starts_word(p)]
    groups = ([f"{_LEFT}(?:{'|'.join(words)})"] if words else []) + others
    return f"(?:{'|'.join(groups)})"


def time_limit(text: str) -> float:
    """The seconds one pattern may take over ``text``."""
    return PATTERN_TIMEOUT + SECONDS_PER_MILLION * len(text) / 1_000_000


class TimeBudget:
    """The seconds of pattern searching one pack entry may spend on one document, shared by
    all its patterns and terms: a pack of thousands of terms must not get thousands of time
    limits. Only the time inside the searches counts, not what the caller does between them.
    (A plain class: a dataclass costs every run a few million instructions to define.)"""

    __slots__ = ("limit", "spent")

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent = 0.0

    @property
    def left(self) -> float:
        """What is left; a little more than nothing once spent, so the next search stops."""
        return max(self.limit - self.spent, 0.001)


def finditer(
    pattern: regex.Pattern[str],
    text: str,
    label: str | None = None,
    overlapped: bool = False,
    budget: TimeBudget | None = None,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` with a time limit, so a runaway pattern cannot hang a run.

    ``label`` is how the report names the pattern: what the pack wrote, not the compiled form.
    With ``overlapped``, the match at every position where the pattern matches. ``budget`` is
    the entry's shared limit (by default one of :func:`time_limit` for this search alone).
    Built-in packs keep the limit too: the tests run their patterns over hostile articles, but
    a text no test foresaw must cost one rule on one file, not hang the run.
    """
    budget = TimeBudget(time_limit(text)) if budget is None else budget
    matches = pattern.finditer(text, overlapped=overlapped, timeout=budget.left)
    while True:
        started = time.perf_counter()
        try:
            match = next(matches)
        except StopIteration:
            return
        except TimeoutError:
            raise _timeout(label or pattern.pattern, budget.limit) from None
        finally:
            budget.spent += time.perf_counter() - started
        if budget.spent > budget.limit:
            raise _timeout(label or pattern.pattern, budget.limit)
        yield match


def match_at(
    pattern: regex.Pattern[str],
    text: str,
    pos: int,
    label: str | None = None,
    budget: TimeBudget | None = None,
) -> regex.Match[str] | None:
    """``pattern.match(text, pos)`` with the same time limit (or what is left of ``budget``)."""
    budget = TimeBudget(time_limit(text)) if budget is None else budget
    started = time.perf_counter()
    try:
        return pattern.match(text, pos, timeout=budget.left)
    except TimeoutError:
        raise _timeout(label or pattern.pattern, budget.limit) from None
    finally:
        budget.spent += time.perf_counter() - started


def _timeout(label: str, limit: float) -> PatternTimeout:
    return PatternTimeout(
        f"pattern {label[:60]!r} ran for more than {limit:.0f} s "
        "(a runaway regular expression?); rule skipped for this file"
    )


class Hit(NamedTuple):
    """One match of an entry: ``term`` indexes the entry's terms (literals first, then
    patterns); ``match`` is the match of a regular expression term alone, with its own groups
    (a literal phrase has none)."""

    start: int
    end: int
    term: int
    text: str
    match: regex.Match[str] | None = None

    def expand(self, template: str) -> str:
        """A regular expression term's replacement ``template`` with this match's groups."""
        if self.match is None:
            raise ValueError("a literal phrase has no groups")
        return self.match.expand(template)
