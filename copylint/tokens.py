"""Words, sentences and direct quotations of prose text.

The document tokenizes once, on first use, and every rule shares the result; no rule scans for
words or sentences on its own. All offsets are prose offsets (see :mod:`copylint.prose`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, repeat
from typing import NamedTuple

import regex

from copylint.prose import Block
from copylint.resources import data_path, load_toml

#: A word: letters or digits, with inner apostrophes and hyphens ("don't", "Isareli-occupied",
#: "O'Brien", "al-Sudani"), or a dotted abbreviation ("U.S.", "a.m.", "Ph.D.").
WORD_PATTERN = regex.compile(
    r"(?:\p{L}{1,2}\.){2,}"
    r"|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*",
    regex.VERSION1,
)
#: The same pattern as one capturing group: ``split`` returns gap, word, gap, word, ..., gap.
_WORD_SPLIT = regex.compile(f"({WORD_PATTERN.pattern})", regex.VERSION1)

#: The characters whose letters, marks and digits :func:`_fast_word_split` knows: everything
#: below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic), the Latin and Greek of U+1E00 to
#: U+1FFF (Vietnamese names, transliterations: "Ḥ"), the general punctuation (curly quotes,
#: dashes), which has none, and the prose's placeholder for a link or template
#: (:data:`copylint.prose.PLACEHOLDER`). Most English articles have no other character (92 of
#: the 95 of the 100,000-word benchmark archive; the others are split by ``regex``).
_FAST_RANGE = (range(0x800), range(0x1E00, 0x2070), range(0xFFFC, 0xFFFD))
_BEYOND_FAST_RANGE = re.compile(
    "[^" + "".join(f"{chr(r[0])}-{chr(r[-1])}" for r in _FAST_RANGE) + "]"
)
#: The character classes of WORD_PATTERN, in the order they are replaced: a bracketed class
#: before the bare ``\p{L}`` its text contains.
_WORD_CLASSES = (r"[\p{L}\p{M}\p{N}]", r"[\p{L}\p{N}]", r"\p{L}")


#: Characters split with ``regex`` that the fast split could have taken, before it is built:
#: building it costs about 3 ms (a few per cent of a one-draft check) and saves
#: some 25 ns a character, so a draft never pays for it and an archive soon gains.
FAST_SPLIT_AFTER = 100_000


#: :data:`_WORD_SPLIT` with the first character, a letter or digit in both alternatives, taken
#: in front of them (a look-behind keeps the abbreviation's to letters): the same matches, tried
#: in the same order. A pattern of ``re`` that opens with a character class skips the gaps by
#: that class, without trying each alternative at every space and comma: the fast split takes
#: a fifth less time (100,000 words: 19 ms -> 15). ``regex`` splits as fast either way.
#: The word's runs are possessive (``*+``): nothing follows them but an apostrophe or a hyphen,
#: which no run takes, or the end of the word, so giving a character back never makes another
#: match; ``re`` then keeps no place to return to in each run (17.1 -> 15.0 ms). In ``regex``
#: they would be slower: :data:`_WORD_SPLIT` keeps the plain ones.
_FACTORED_WORD_SPLIT = (
    r"([\p{L}\p{N}](?:(?<=\p{L})\p{L}?\.(?:\p{L}{1,2}\.)+"
    r"|[\p{L}\p{M}\p{N}]*+(?:['’\-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)*+))"
)


def _fast_word_split() -> re.Pattern[str]:
    """:data:`_WORD_SPLIT` for text within :data:`_FAST_RANGE`, as a pattern of Python's own
    ``re``, which splits such text in half the time (100,000 words: 15 ms against 31). ``re``
    has no Unicode properties, so each class lists the characters of the range that ``regex``
    itself finds in it: the two patterns split such text alike."""
    pattern = _FACTORED_WORD_SPLIT
    for cls in _WORD_CLASSES:
        pattern = pattern.replace(cls, f"[{_members(cls)}]")
    return re.compile(pattern)


def _members(cls: str) -> str:
    """The inside of an ``re`` character class holding the characters of :data:`_FAST_RANGE`
    that ``cls`` matches, as ranges: ``regex`` finds each run of consecutive ones at once."""
    runs = [
        run
        for block in _FAST_RANGE
        for run in regex.findall(f"{cls}+", "".join(map(chr, block)), regex.VERSION1)
    ]
    return "".join(f"{re.escape(run[0])}-{re.escape(run[-1])}" for run in runs)


class _WordSplit:
    """``_WORD_SPLIT.split``, by the fast split once this process has split
    :data:`FAST_SPLIT_AFTER` characters it could have taken."""

    def __init__(self) -> None:
        self._slow = 0
        self._fast: re.Pattern[str] | None = None

    def __call__(self, text: str) -> list[str]:
        if _BEYOND_FAST_RANGE.search(text) is None:
            if self._fast is not None:
                return self._fast.split(text)
            self._slow += len(text)
            if self._slow >= FAST_SPLIT_AFTER:
                self._fast = _fast_word_split()
        return _WORD_SPLIT.split(text)


_split_words = _WordSplit()

APOSTROPHES = "'’"
HYPHENS = "-‑"
OPEN_DOUBLE = "“«„"


class Word(NamedTuple):
    """A word of the prose: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)

    @property
    def has_digit(self) -> bool:
        return any(c.isdigit() for c in self.text)

    @property
    def base(self) -> str:
        """The word without a possessive ending: ``Blinken's`` → ``Blinken``."""
        text = self.text
        if len(text) > 2 and text[-2] in APOSTROPHES and text[-1] in "sS":
            return text[:-2]
        return text

    def parts(self) -> list[Word]:
        """The hyphen-separated parts, each a word with its own offsets."""
        if not any(h in self.text for h in HYPHENS):
            return [self]
        pieces: list[Word] = []
        offset = self.start
        # Both hyphens are one character: splitting on one after making the other it keeps
        # every offset (and spares a pattern look-up per call).
        for piece in self.text.replace("‑", "-").split("-"):
            pieces.append(Word(offset, offset + len(piece), piece))
            offset += len(piece) + 1
        return pieces


class Sentence(NamedTuple):
    start: int
    end: int
    block: int  # index into Document.blocks


class Quotation(NamedTuple):
    """A direct quotation, marks included: ``text[start:end]``.

    ``closed`` is False when the paragraph ends inside the quotation; ``continues`` is True when
    it goes on in the next paragraph (AP: no closing mark, the next paragraph opens with one).
    """

    start: int
    end: int
    mark: str  # '"' for double quotes (straight or curly), "'" for single
    closed: bool = True
    continues: bool = False


def find_words(text: str) -> tuple[list[Word], list[int]]:
    """Every word of ``text`` in order, and the offset each starts at (the document's index of
    words by offset: read here from the offsets computed anyway, it costs a slice instead of a
    pass over the words, 3 ms per 100,000 words).

    This runs once per document over every word of an archive, so it stays in C: ``split``
    yields the gaps and words alternately, the running sum of their lengths gives every offset,
    and ``tuple.__new__`` builds the words without a Python-level call per word (the
    construction costs a third of building each word from a match object).
    """
    pieces = _split_words(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    starts = offsets[1:-1:2]
    words = list(
        map(
            tuple.__new__,
            repeat(Word),
            zip(starts, offsets[2::2], pieces[1::2], strict=True),
        )
    )
    return words, starts


#: How many letters before a period :func:`_is_boundary` reads first: a word ending in this
#: many letters that no abbreviation of the lists ends in is none of them.
_ENDING = 4


@functools.cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The abbreviations before a name, those that may end a sentence, the words that open
    one after them, and the last :data:`_ENDING` characters of every abbreviation as long."""
    data = load_toml(data_path("lexicon", "abbreviations.toml"))
    before_name, maybe_final = data["before-name"], data["maybe-final"]
    return (
        frozenset(before_name),
        frozenset(maybe_final),
        frozenset(data["sentence-openers"]),
        frozenset(
            word[-_ENDING:].lower() for word in before_name + maybe_final if len(word) >= _ENDING
        ),
    )


#: Sentence-ending punctuation followed by white space or the end of the block, and in the
#: same match (a look-ahead, so the match ends at the punctuation) what follows the space: any
#: opening marks (group 1) and the next word (group 2, None when none starts there). Reading
#: them in the one search saves a second pattern call at every stop.
_STOPS = "[.!?…]+"
_AFTER_STOP = r"['\"”’)\]]*(?=\s+(['\"“‘(\[]*)([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*)?|$)"
_BOUNDARY = regex.compile(_STOPS + _AFTER_STOP)
#: :data:`_BOUNDARY` for a block with no "!", "?" or "…", where a stop can only open with a
#: period: the same matches, but a pattern that opens with one character finds each candidate
#: by that character, not by testing every character against a set (in most blocks; the
#: splitter's search 58 -> 30 million instructions over 60 articles).
_PERIOD_BOUNDARY = regex.compile(r"\.+" + _AFTER_STOP)
#: The word (or dotted abbreviation) just before a period, searched backwards from it: the
#: same match a forward search finds (the greedy run of letters and dotted pairs is the longest
#: one that ends there), found at the first position tried instead of after trying each of the
#: twelve characters before (a quarter of the sentence splitter's time, 100,000 words).
_WORD_BEFORE = regex.compile(r"((?:\p{L}{1,2}\.)*\p{L}+)\.?$", regex.REVERSE)


def _is_boundary(text: str, match: regex.Match[str], end: int, block_end: int) -> bool:
    """Decide whether the punctuation in ``match``, ending at ``end``, ends a sentence."""
    opener, next_word = match.groups()
    if opener is None:
        return True  # end of the block
    if next_word is None:
        after_end = match.end(1)
        if after_end >= block_end:
            return True  # end of the block
        return not opener or text[after_end : after_end + 1].isupper()
    if not (next_word[0].isupper() or next_word[0].isdigit() or opener):
        return False  # "U.S. officials", "e.g. this"
    punct = match.group()
    if not punct.startswith("."):
        return True  # ! ? …
    stop = match.start()
    before_name, maybe_final, openers, endings = _abbreviations()
    ending = text[stop - _ENDING : stop] if stop >= _ENDING else ""
    if ending.isalpha() and ending.lower() not in endings:
        return True  # most stops: a word of four letters or more, no abbreviation ("said.")
    before = _WORD_BEFORE.search(text, max(0, stop - 12), stop + 1)
    if before is None:
        return True
    word = before.group(1)
    if len(word) == 1 and word.isupper():
        return False  # a middle initial: "Anthony J. Blinken"
    if word in before_name:
        return False
    bare = word.rstrip(".")
    if bare in maybe_final or word.lower() in maybe_final:
        return next_word in openers
    return True


def _boundaries(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The candidate stops of ``text[start:end]``: :data:`_BOUNDARY`'s matches (telling that
    the block has none of the other marks is three searches for one character: next to free)."""
    if (
        text.find("?", start, end) < 0
        and text.find("!", start, end) < 0
        and text.find("…", start, end) < 0
    ):
        return _PERIOD_BOUNDARY.finditer(text, start, end)
    return _BOUNDARY.finditer(text, start, end)


def find_sentences(text: str, blocks: Sequence[Block]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        start = block.start
        # Skip leading white space of the block.
        while start < block.end and text[start].isspace():
            start += 1
        for match in _boundaries(text, block.start, block.end):
            end = match.end()
            if end > start and _is_boundary(text, match, end, block.end):
                sentences.append(Sentence(start, end, index))
                start = end
                while start < block.end and text[start].isspace():
                    start += 1
        if start < block.end and text[start : block.end].strip():
            end = block.end
            while end > start and text[end - 1].isspace():
                end -= 1
            sentences.append(Sentence(start, end, index))
    return sentences


#: The double quotation marks, straight and curly.
_DOUBLE_MARKS = '"“”«»„'


def _is_opening(text: str, i: int, lo: int, hi: int) -> bool:
    """A straight quote opens when nothing word-like stands right before it."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/" + OPEN_DOUBLE + "‘'\""


def positions(text: str, characters: Iterable[str]) -> list[int]:
    """Where each of ``characters`` stands in ``text``, character by character (not in text
    order). Each is searched for on its own: a search for one character runs at memory speed,
    where a pattern tests every character of the text against the set."""
    found = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1)
    return found


def _mark_offsets(text: str) -> list[int]:
    """Where the double quotation marks of ``text`` stand, in order (over 60 articles, 28
    million instructions with a pattern of the six marks, 2 this way)."""
    return sorted(positions(text, _DOUBLE_MARKS))


def _quote_marks(text: str, offsets: list[int], lo: int, hi: int) -> list[tuple[int, bool]]:
    """The double quotation marks of ``text[lo:hi]`` (``offsets``: :func:`_mark_offsets`):
    (offset, whether it looks like an opening)."""
    return [
        (i, char in OPEN_DOUBLE or (char == '"' and _is_opening(text, i, lo, hi)))
        for i in offsets[bisect.bisect_left(offsets, lo) : bisect.bisect_left(offsets, hi)]
        if (char := text[i])
    ]


def _nests(marks: Sequence[tuple[int, bool]], index: int) -> bool:
    """Whether the opening-looking mark at ``marks[index]``, met inside an open quotation, opens
    a quotation nested in it: only when two closing marks (its own and the outer one's) follow
    before the next opening-looking mark. Otherwise it is a misplaced closing mark or a stray.
    """
    following = marks[index + 1 : index + 3]  # two marks at most: no copy of the rest
    return len(following) == 2 and not any(opening for _, opening in following)


def find_quotations(text: str, blocks: Sequence[Block]) -> list[Quotation]:
    """Double-quoted passages, with AP's convention for quotes over several paragraphs.

    A double-quoted passage nested in another (``"It wouldn't be called "research", would
    it?"``; AP would use single marks inside) belongs to the outer quotation.
    """
    quotes: list[Quotation] = []
    offsets = _mark_offsets(text)
    if not offsets:
        return quotes
    for index, block in enumerate(blocks):
        lo, hi = block.start, block.end
        open_at: int | None = None
        depth = 0
        marks = _quote_marks(text, offsets, lo, hi)
        for position, (i, opening) in enumerate(marks):
            if open_at is None:
                if opening:
                    open_at = i
            elif opening and _nests(marks, position):
                depth += 1
            elif depth:
                depth -= 1
            elif not opening or text[i] == '"':
                quotes.append(Quotation(open_at, i + 1, '"'))
                open_at = None
        if open_at is not None:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            continues = following is not None and text[following.start] in '"“«„'
            quotes.append(Quotation(open_at, hi, '"', closed=False, continues=continues))
    return quotes


class QuotationIndex:
    """Answers "is this offset inside a quotation?" in logarithmic time."""

    def __init__(self, quotations: Sequence[Quotation]) -> None:
        self._starts = [q.start for q in quotations]
        self._quotations = quotations

    def containing(self, offset: int) -> Quotation | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._quotations[i].end:
            return self._quotations[i]
        return None
