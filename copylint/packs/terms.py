"""Compiling and running the patterns of declarative entries, shared by every kind."""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import regex

from copylint.errors import CopylintError

if TYPE_CHECKING:
    from copylint.packs import Entry

#: How long one pattern may run over one document before it is reported as runaway: this many
#: seconds, plus :data:`SECONDS_PER_MILLION` for every million characters of prose, so that an
#: ordinary pattern over a very long article is not mistaken for a runaway one.
PATTERN_TIMEOUT = 2.0
SECONDS_PER_MILLION = 2.0

_LEFT = r"(?<![\p{L}\p{N}])"
_RIGHT = r"(?![\p{L}\p{N}])"


class PatternTimeout(CopylintError):
    """A pack pattern ran longer than :data:`PATTERN_TIMEOUT` on one document."""


def phrase_source(phrase: str) -> str:
    """A literal phrase as a pattern: white space matches any run of white space."""
    return r"\s+".join(regex.escape(part) for part in phrase.split())


def phrase_pattern(phrases: Iterable[str], ignore_case: bool) -> regex.Pattern[str]:
    """One pattern matching any of ``phrases`` as whole words, longest first."""
    alternatives = sorted({phrase_source(p) for p in phrases if p.strip()}, key=len, reverse=True)
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(f"{_LEFT}(?:{'|'.join(alternatives)}){_RIGHT}", flags)


def user_pattern(entry: Entry, source: str, ignore_case: bool) -> regex.Pattern[str]:
    """Compile a regular expression written in a pack; a bad one names the file and entry."""
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(source, flags)
    except (regex.error, ValueError, OverflowError) as error:
        raise entry.error(f"invalid regular expression {source!r}: {error}") from None


def time_limit(text: str) -> float:
    """The seconds one pattern may take over ``text``."""
    return PATTERN_TIMEOUT + SECONDS_PER_MILLION * len(text) / 1_000_000


def finditer(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` with a time limit, so a runaway pattern cannot hang a run."""
    limit = time_limit(text)
    try:
        yield from pattern.finditer(text, timeout=limit)
    except TimeoutError:
        raise PatternTimeout(
            f"pattern {pattern.pattern[:60]!r} ran for more than {limit:.0f} s "
            "(a runaway regular expression?); rule skipped for this file"
        ) from None


def check_message(entry: Entry, message: str, fields: Mapping[str, Any]) -> str:
    """Fail at load time unless every placeholder of ``message`` is a plain ``{name}`` the kind
    fills. Attribute and index lookups (``{match.__class__}``), conversions and format specs
    (``{match:>999999999}``) are refused: a pack from an untrusted repository must not reach
    into objects or make one message a gigabyte, and a checked message is safe to ``format``.
    """
    try:
        pieces = list(string.Formatter().parse(message))
    except ValueError as error:
        raise entry.error(f"message {message!r} is malformed: {error}") from None
    for _, name, spec, conversion in pieces:
        if name is None:
            continue
        if name not in fields:
            known = ", ".join(f"{{{f}}}" for f in fields)
            raise entry.error(
                f"message {message!r} has an unknown placeholder {{{name}}} (known: {known})"
            )
        if spec or conversion:
            raise entry.error(
                f"message {message!r}: write placeholders as plain {{{name}}}, "
                "without a conversion or format"
            )
    return message


def match_case(replacement: str, matched: str) -> str:
    """Carry the capitalisation of the matched text over to its replacement."""
    if matched.isupper() and len(matched) > 1 and replacement.islower():
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
