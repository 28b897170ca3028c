"""Compiling and running the patterns of declarative entries, shared by every kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import regex

from copylint.errors import CopylintError

if TYPE_CHECKING:
    from copylint.packs import Entry

#: How long one pattern may run over one document before it is reported as runaway.
PATTERN_TIMEOUT = 2.0

_LEFT = r"(?<![\p{L}\p{N}])"
_RIGHT = r"(?![\p{L}\p{N}])"


class PatternTimeout(CopylintError):
    """A pack pattern ran longer than :data:`PATTERN_TIMEOUT` on one document."""


def phrase_source(phrase: str) -> str:
    """A literal phrase as a pattern: white space matches any run of white space."""
    return r"\s+".join(regex.escape(part) for part in phrase.split())


class PhraseMatcher:
    """Finds any of a list of literal phrases as whole words; fast however long the list.

    It matches exactly what one alternation of the phrases (longest first) would: the
    equivalent pattern is :attr:`pattern`. One big alternation scans a text at a few MB/s and
    compiles slowly, and a pack has hundreds of entries, so instead every phrase is compiled
    on its own, when first needed, and run only on texts that contain all of its words: the
    *atoms* of a text (its runs of letters and digits, case-folded for case-insensitive
    phrases) are computed once per text and shared by every matcher (see :func:`text_atoms`).
    A phrase can only match where each of its atoms stands as a whole run, so the test never
    skips a real match.
    """

    def __init__(self, phrases: Iterable[str], ignore_case: bool) -> None:
        sources = sorted({phrase_source(p): p for p in phrases if p.strip()}.items(), key=_longest)
        self.ignore_case = ignore_case
        flags = "(?i)" if ignore_case else ""
        self.pattern = f"{flags}{_LEFT}(?:{'|'.join(s for s, _ in sources)}){_RIGHT}"
        self._sources = [source for source, _ in sources]
        self._atoms = [_atoms_of(phrase, ignore_case) for _, phrase in sources]
        self._compiled: dict[int, regex.Pattern[str]] = {}

    def _compile(self, index: int) -> regex.Pattern[str]:
        pattern = self._compiled.get(index)
        if pattern is None:
            source = self._sources[index]
            if self.ignore_case:
                # Case-insensitive letter classes in the look-arounds make compiling four
                # times slower and change nothing (a letter is a letter in any case).
                source = f"(?-i:{_LEFT}){source}(?-i:{_RIGHT})"
                pattern = regex.compile(source, regex.VERSION1 | regex.IGNORECASE)
            else:
                pattern = regex.compile(f"{_LEFT}{source}{_RIGHT}", regex.VERSION1)
            self._compiled[index] = pattern
        return pattern

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[regex.Match[str]]:
        """The non-overlapping matches in ``text``, left to right, as the alternation finds
        them: at each place the longest phrase wins."""
        present = text_atoms(text, self.ignore_case)
        found: list[tuple[int, int, regex.Match[str]]] = []
        for index, atoms in enumerate(self._atoms):
            if atoms <= present:
                pattern = self._compile(index)
                found.extend(
                    (match.start(), index, match)
                    for match in pattern.finditer(text, overlapped=True, timeout=timeout)
                )
        found.sort(key=_position_then_priority)
        end = 0
        for start, _, match in found:
            if start >= end:
                end = match.end()
                yield match


def _longest(item: tuple[str, str]) -> int:
    return -len(item[0])


def _position_then_priority(item: tuple[int, int, regex.Match[str]]) -> tuple[int, int]:
    return item[0], item[1]


#: A run of letters and digits: what the whole-word test of a phrase looks at on either side.
_ATOM = regex.compile(r"[\p{L}\p{N}]+", regex.VERSION1)


def _atoms_of(text: str, ignore_case: bool) -> frozenset[str]:
    return frozenset(_ATOM.findall(text.casefold() if ignore_case else text))


_last_atoms: dict[bool, tuple[str, frozenset[str]]] = {}


def text_atoms(text: str, ignore_case: bool) -> frozenset[str]:
    """The atoms of ``text``, remembered for the last text seen: every matcher of every rule
    asks about the same ``doc.text``, and only the first pays."""
    last = _last_atoms.get(ignore_case)
    if last is not None and last[0] is text:
        return last[1]
    atoms = _atoms_of(text, ignore_case)
    _last_atoms[ignore_case] = (text, atoms)
    return atoms


#: What a declarative kind runs over a text: a compiled user pattern or a phrase list.
Matcher = regex.Pattern[str] | PhraseMatcher


def phrase_pattern(phrases: Iterable[str], ignore_case: bool) -> PhraseMatcher:
    """A matcher for any of ``phrases`` as whole words, longest first."""
    return PhraseMatcher(phrases, ignore_case)


def user_pattern(entry: Entry, source: str, ignore_case: bool) -> regex.Pattern[str]:
    """Compile a regular expression written in a pack; a bad one names the file and entry."""
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(source, flags)
    except (regex.error, ValueError, OverflowError) as error:
        raise entry.error(f"invalid regular expression {source!r}: {error}") from None


def finditer(pattern: Matcher, text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` with a time limit, so a runaway pattern cannot hang a run."""
    try:
        yield from pattern.finditer(text, timeout=PATTERN_TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(
            f"pattern {pattern.pattern[:60]!r} ran for more than {PATTERN_TIMEOUT:g} s"
        ) from None


def check_message(entry: Entry, message: str, fields: Mapping[str, Any]) -> str:
    """Fail at load time when a message names a placeholder the kind does not fill."""
    try:
        message.format_map(fields)
    except (KeyError, IndexError, ValueError) as error:
        raise entry.error(f"message {message!r} has an unknown placeholder: {error}") from None
    return message


def match_case(replacement: str, matched: str) -> str:
    """Carry the capitalisation of the matched text over to its replacement."""
    if matched.isupper() and len(matched) > 1 and replacement.islower():
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
