"""Ranked spelling suggestions: which known word a typed slip most likely came from.

A candidate is a known word within two edits of the typed one. It is ranked by how common it is
and by how cheap the slip is: a transposition, a doubled or dropped double letter, a vowel for a
vowel or a key for its neighbour on the keyboard costs less than an arbitrary change, and a
changed first letter costs extra (writers rarely get the first letter wrong). Suggestions are
computed only for words a rule flags, and cached per process.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection
from typing import NamedTuple

from copylint.lexicon.compact import Counts, Words, longest_word
from copylint.lexicon.dictionary import (
    english_counts,
    english_endings,
    known_endings,
    known_words,
    name_counts,
    prominent_words,
)

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

#: How much less likely each unit of slip cost makes a candidate (a factor of 10 ** WEIGHT).
WEIGHT = 3.0
#: Candidates kept for a message.
MAX_SUGGESTIONS = 5
#: Words two edits away are searched too when every word one edit away is rarer than this: a
#: dictionary's own error or a web typo one edit away ("massachusets") must not hide the word
#: two edits away ("Massachussets": Massachusetts), in a word this long (in a short one, two
#: edits reach common words that are no likelier: "Akkum", alum).
RARE_NEIGHBOUR = 100
RARE_NEIGHBOUR_LENGTH = 8
#: A typed word's neighbours that keep its first OPENING letters are read from the known words
#: that start with them when there are at most OPENING_LIMIT (most words of a name's length):
#: a word read from the trie costs half as much as a lookup, and an edit after the fourth
#: letter is one of some 53 lookups a letter. Past four letters the words that start so are
#: seldom more; fewer than four, they are thousands.
OPENING = 4
OPENING_LIMIT = 512
#: The neighbours that change one of those first letters keep the word's end after them, and
#: are read from the known words that end so (spelled backward, in a trie of their own) when
#: the end has ENDING letters or more and at most OPENING_LIMIT words end so (most words a
#: name's length: the words that end in "allah" are few).
ENDING = 3


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    """Keys that touch on a QWERTY keyboard (rows staggered by a quarter and half a key)."""
    place = {
        c: (row, col + (0.0, 0.25, 0.75)[row])
        for row, keys in enumerate(_ROWS)
        for col, c in enumerate(keys)
    }
    return {
        a: frozenset(
            b
            for b, (rb, xb) in place.items()
            if b != a
            and ((ra == rb and abs(xa - xb) == 1) or (abs(ra - rb) == 1 and abs(xa - xb) <= 0.75))
        )
        for a, (ra, xa) in place.items()
    }


_NEIGHBOURS = _keyboard_neighbours()


def _cheap_substitutions() -> dict[str, frozenset[str]]:
    """For each letter, the letters typed for it at a lower cost than another: a vowel for a
    vowel, a key for its neighbour."""
    return {
        letter: _NEIGHBOURS.get(letter, frozenset()) | (_VOWELS if letter in _VOWELS else set())
        for letter in _NEIGHBOURS.keys() | _VOWELS
    }


_CHEAP_SUBSTITUTIONS = _cheap_substitutions()
_NONE: frozenset[str] = frozenset()


def slip_cost(typed: str, intended: str) -> float:
    """A weighted edit distance (optimal string alignment) from ``intended`` to ``typed``.

    What a step costs depends on one string only (an extra letter in ``typed`` is cheap when
    it doubles a neighbour, "occurred"; a missing one when it was a double, "ocurred") or on
    the letter typed (a vowel for a vowel, a neighbouring key): each is worked out once per
    row or per column, not at every cell, since spelling compares hundreds of candidates."""
    n, m = len(typed), len(intended)
    missing = [0.0] + [
        0.4 if intended[j - 1] in (intended[j - 2 : j - 1] + intended[j : j + 1]) else 0.8
        for j in range(1, m + 1)
    ]
    row_before: list[float] = []
    previous = [j * 0.8 for j in range(m + 1)]
    for i in range(1, n + 1):
        current = [i * 0.8] + [0.0] * m
        t = typed[i - 1]
        before = typed[i - 2] if i > 1 else ""
        extra = 0.4 if t in (typed[i - 2 : i - 1] + typed[i : i + 1]) else 0.8
        cheap = _CHEAP_SUBSTITUTIONS.get(t, _NONE)
        for j in range(1, m + 1):
            w = intended[j - 1]
            if t == w:
                current[j] = previous[j - 1]
                continue
            best = previous[j] + extra
            step = current[j - 1] + missing[j]
            if step < best:
                best = step
            step = previous[j - 1] + (0.6 if w in cheap else 1.0)
            if step < best:
                best = step
            if j > 1 and w == before and t == intended[j - 2]:
                step = row_before[j - 2] + 0.6
                if step < best:
                    best = step
            current[j] = best
        row_before, previous = previous, current
    first_letter = 0.4 if typed[:1] != intended[:1] else 0.0
    return previous[m] + first_letter


def edits1(word: str, reach: int | None = None, first: int = 0) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion from ``word``;
    with ``reach``, only those that change nothing before its letter ``reach`` (see
    Vocabulary._reach); with ``first``, only those that keep its first ``first`` letters."""
    letters = _LETTERS + "".join(sorted(set(word) - set(_LETTERS)))
    last = len(word) if reach is None else min(reach, len(word))
    found = {word[:i] + word[i + 1 :] for i in range(first, min(last + 1, len(word)))}
    swaps = range(first, min(last + 1, len(word) - 1))
    found.update([word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in swaps])
    for i in range(first, last + 1):
        # Each letter put at ``i`` heads an insertion and a substitution: joined once for both.
        head, tail = word[:i], word[i:]
        heads = [head + c for c in letters]
        found.update([h + tail for h in heads])
        if tail:
            kept, rest = head + tail[0], tail[1:]
            found.update([h + rest for h in heads if h != kept])
    return found


class Suggestion(NamedTuple):
    """A candidate spelling for an unknown word, with what ranks it (a named tuple: made
    without a Python call per field, and its class without the dataclass machinery at
    import)."""

    word: str
    cost: float  # the slip cost from the suggestion to the typed word
    score: float  # log10 of the candidate's count, less WEIGHT per unit of slip cost


class Vocabulary:
    """Known words with their counts; ranks the candidates for an unknown word.

    Candidates one edit away come from the tries: looked up one by one, or read from the few
    known words that start or end as the typed word does; candidates two edits away are searched
    (with rapidfuzz) only when there is none one edit away, or only rare ones in a long word, and
    only among the words of the
    first dictionary that start with the same letter and are at most two letters longer or
    shorter: a slip rarely changes the first letter, and scanning every word would cost tens
    of milliseconds a word. The tables keep their words grouped so (``Counts.starting``).
    """

    def __init__(
        self, *counts: Counts, words: Words | None = None, endings: Words | None = None
    ) -> None:
        """``counts``: the tables, the first searched two edits away; ``words``: the union
        of their words in one trie, if there is one (candidates are looked up there);
        ``endings``: the same words spelled backward, if there is a trie of them (the words
        that end as a typed word does are read there)."""
        self._counts = counts
        self._words = words
        self._endings = endings
        self.suggest = functools.lru_cache(maxsize=65536)(self._suggest)
        self.near = functools.lru_cache(maxsize=65536)(self._near)

    def count(self, word: str) -> int:
        return max((counts.get(word, 0) for counts in self._counts), default=0)

    def known(self, words: Collection[str]) -> set[str]:
        """Those of ``words`` a dictionary lists."""
        if self._words is not None:
            return set(self._words.among(words))
        found: set[str] = set()
        for counts in self._counts:
            found.update(counts.among(words))
        return found

    @functools.cached_property
    def _longest(self) -> int:
        return max((longest_word(counts) for counts in self._counts), default=0)

    def _near(self, word: str) -> frozenset[str]:
        """The known words one edit away, cached per word as ``near``: the slip tests ask
        about one word several times. A word longer than every known word by more than one
        letter has none, and is not expanded: its edits would take memory in the square of its
        length (a 100,000-letter "word" in hostile input)."""
        if len(word) > self._longest + 1:
            return frozenset()
        reach = self._reach(word)
        found = self._edits_after(word, reach)
        found.update(self._edits_before(word, reach))
        found.discard(word)
        return frozenset(found)

    def _edits_after(self, word: str, reach: int) -> set[str]:
        """The known words one edit from ``word`` that keep its first OPENING letters (and
        change nothing past ``reach``): found among the few known words that start with them
        (a set intersection), or where those are many, looked up one by one."""
        if reach < OPENING:
            return set()
        edits = edits1(word, reach, first=OPENING)
        opening = self._starting_with(word[:OPENING])
        return edits.intersection(opening) if opening is not None else self.known(edits)

    def _edits_before(self, word: str, reach: int) -> set[str]:
        """The known words one edit from ``word`` in its first OPENING letters. Each such
        edit but a transposition of the last of them with the next keeps the word's end after
        them, so they are found, spelled backward, among the few known words that end so (see
        _edits_after), where there is a trie of the words spelled backward; else each edit
        (none past ``reach``) is looked up."""
        end = word[OPENING:]
        ending = self._ending_with(end) if len(end) >= ENDING else None
        if ending is None:
            return self.known(edits1(word, min(reach, OPENING - 1)))
        backward = word[::-1]
        found = {e[::-1] for e in edits1(backward, first=len(end)).intersection(ending)}
        swap = word[: OPENING - 1] + end[0] + word[OPENING - 1] + end[1:]
        found.update(self.known((swap,)))
        return found

    def _starting_with(self, prefix: str) -> set[str] | None:
        """The known words that start with ``prefix``, or None when a table has more than
        OPENING_LIMIT of them."""
        tables: Collection[Counts | Words] = self._counts if self._words is None else (self._words,)
        found: set[str] = set()
        for table in tables:
            words = table.starting_with(prefix, OPENING_LIMIT)
            if words is None:
                return None
            found.update(words)
        return found

    def _ending_with(self, suffix: str) -> set[str] | None:
        """The known words that end with ``suffix``, spelled backward, or None when there are
        more than OPENING_LIMIT (or no trie of the words spelled backward)."""
        if self._endings is None:
            return None
        words = self._endings.starting_with(suffix[::-1], OPENING_LIMIT)
        return None if words is None else set(words)

    def _reach(self, word: str) -> int:
        """How many of ``word``'s first letters begin a known word (a binary search of the
        tries): an edit after them keeps letters no known word starts with, so near asks
        only about the edits before. A slip is seldom in a word's first letters, and this
        spares the lookup of a third of its edits (a lookup costs half a microsecond)."""
        tables: Collection[Counts | Words] = self._counts if self._words is None else (self._words,)
        low, high = 0, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if any(table.opens(word[:middle]) for table in tables):
                low = middle
            else:
                high = middle - 1
        return low

    def _within_two(self, word: str) -> set[str]:
        found = set(self.near(word))
        if len(word) < 4 or len(word) > self._longest + 2:
            return found  # two edits in a short word can reach almost anything
        if found and (
            len(word) < RARE_NEIGHBOUR_LENGTH or max(map(self.count, found)) >= RARE_NEIGHBOUR
        ):
            return found
        from rapidfuzz import process  # here: most drafts never search two edits away
        from rapidfuzz.distance import OSA

        for length in range(len(word) - 2, len(word) + 3):
            choices = self._counts[0].starting(word[:1], length)
            for candidate, _, _ in process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=2, limit=None
            ):
                found.add(candidate)
        found.discard(word)
        return found

    def _suggest(self, word: str) -> tuple[Suggestion, ...]:
        """The likeliest intended words for the lowercase ``word``, best first."""
        ranked = []
        for candidate in self._within_two(word):
            cost = slip_cost(word, candidate)
            ranked.append(
                Suggestion(candidate, cost, math.log10(self.count(candidate)) - WEIGHT * cost)
            )
        ranked.sort(key=lambda s: (-s.score, s.word))
        return tuple(ranked[:MAX_SUGGESTIONS])


def prominent_two_edits(word: str) -> set[str]:
    """The prominent words (dictionary.PROMINENT) two edits from ``word`` (optimal string
    alignment) that start with the same letter: the search behind slip evidence in long names,
    whose nearest neighbours are often names rather than dictionary words. Only prominent
    words count as such evidence, so only they are searched (``prominent.starts``): a fifth
    of the words (scanning all of them cost a check of twenty articles 6% of its time)."""
    if len(word) < 4:
        return set()  # two edits in a short word can reach almost anything
    groups = prominent_words()  # no group for a word far longer than every known one
    choices = [w for n in range(len(word) - 2, len(word) + 3) for w in groups.starting(word[:1], n)]
    from rapidfuzz import process  # here: most drafts never search two edits away
    from rapidfuzz.distance import OSA

    found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=2, limit=None)
    return {candidate for candidate, distance, _ in found if distance == 2}


def share_of_best(suggestions: tuple[Suggestion, ...]) -> float:
    """How much of the candidates' total likelihood the first one holds (0 to 1)."""
    if not suggestions:
        return 0.0
    best = suggestions[0].score
    return 1.0 / sum(10 ** (s.score - best) for s in suggestions)


@functools.cache
def common_words() -> Vocabulary:
    """The English dictionary: what a lowercase word may be a slip of."""
    return Vocabulary(english_counts(), endings=english_endings())


@functools.cache
def all_words() -> Vocabulary:
    """The English dictionary and the proper nouns: what a capitalized word may be a slip of."""
    return Vocabulary(english_counts(), name_counts(), words=known_words(), endings=known_endings())


def match_case(word: str, like: str) -> str:
    """``word`` capitalized the way ``like`` is."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
