"""A rule's regular expression whose every match begins with one of a few phrases, tried only
where the phrase index found one.

A regex scan of an article costs some fifty instructions a character even where nothing
matches, and a pattern that opens with a lookbehind about a hundred (callgrind, the archive's
first 60 articles: attribution/inverted's scan 114 million instructions). The packs' phrase
index (:mod:`.phrases`) reads each article once anyway, case-folded and with white space
runs as one space: a match of such a pattern begins where one of its phrases occurs in that
view, so the pattern is tried there alone, with ``match``, and compiled only once a text
has such a place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import regex

from copylint.packs.lazy import LazyPattern
from copylint.packs.phrases import PHRASES


class AnchoredPattern(LazyPattern):
    """A pattern each match of which begins with one of ``phrases`` (white space between
    their words matching any run of white space, case aside): what :meth:`finditer` finds is
    what the pattern's own ``finditer`` finds, left to right, without overlaps."""

    def __init__(self, source: str, flags: int, phrases: Sequence[str]) -> None:
        super().__init__(source, flags)
        self.keys = tuple(dict.fromkeys(PHRASES.add(phrase) for phrase in phrases))

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        places = phrase_starts(self.keys, text)
        return leftmost_matches(places, lambda at: self.compiled.match(text, at, endpos), pos)


def phrase_starts(keys: Iterable[str], text: str) -> list[int]:
    """Where, in order, the phrase index found one of the phrases of ``keys`` in ``text``."""
    occurrences = PHRASES.occurrences(text)
    return sorted({start for key in keys for start in occurrences.get(key, ())})


def leftmost_matches(
    places: Iterable[int],
    match_at: Callable[[int], regex.Match[str] | None],
    pos: int = 0,
) -> Iterator[regex.Match[str]]:
    """The matches ``match_at`` makes at ``places`` (in order), left to right and without
    overlaps, as a scan finds them: a place inside the last match, or before ``pos``, is not
    tried."""
    reached = pos
    for start in places:
        if start < reached:
            continue
        match = match_at(start)
        if match is not None:
            yield match
            reached = max(match.end(), start + 1)
