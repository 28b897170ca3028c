"""Finding the words one slip apart among many, without comparing every pair.

Two words are one slip apart (a letter changed, added, dropped, or two neighbours swapped: an
optimal-string-alignment distance of one) only if they share a *deletion key*: the word itself
or the word with one letter dropped. Indexing every word under its keys finds the candidates of
a word in time proportional to its length, so an article with thousands of distinct names costs
time in proportion to them rather than to their square. Candidates still need the caller's own
exact test; the index only rules out the pairs that cannot pass it.
"""

from __future__ import annotations

from collections.abc import Hashable

#: Longer words are not indexed (their keys would take memory in the square of their length);
#: no name or word of an article comes near it, so they simply have no near neighbours.
MAX_LENGTH = 64


def deletion_keys(word: str) -> set[str]:
    """``word`` and every string one letter shorter made from it."""
    if len(word) > MAX_LENGTH:
        return set()
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class NearIndex:
    """Words added in order, each in a group (only words of one group are compared); the
    candidates of a word are the positions of the words that may be one slip from it."""

    def __init__(self) -> None:
        self._keys: dict[tuple[Hashable, str], list[int]] = {}
        self.size = 0

    def add(self, word: str, group: Hashable = None) -> int:
        """Index ``word``; returns its position."""
        for key in deletion_keys(word):
            self._keys.setdefault((group, key), []).append(self.size)
        self.size += 1
        return self.size - 1

    def candidates(self, word: str, group: Hashable = None) -> list[int]:
        """The positions of the indexed words of ``group`` that may be one slip from ``word``
        (including ``word`` itself, if indexed), in the order they were added."""
        found: set[int] = set()
        for key in deletion_keys(word):
            found.update(self._keys.get((group, key), ()))
        return sorted(found)
