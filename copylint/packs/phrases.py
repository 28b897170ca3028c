"""Where the literal phrases of every pack entry occur in a text: one Aho-Corasick pass.

The packs list thousands of literal phrases (idioms, wordy phrases, AP's preferred forms).
Searching a document with one pattern per phrase cost a scan per phrase; instead every phrase
of every entry goes into one automaton (:mod:`copylint.packs.automaton`), and a document is
read once, whatever the number of phrases or packs. The automaton runs over a *view* of the
text: case-folded (``str.casefold``, the full folding the regex module's ``IGNORECASE``
uses, made a little coarser where the regex module also pairs "İ" and "ı" with "i") with each
run of white space written as one space, as phrases are normalized. A place the automaton
reports is only a candidate: the entry's own pattern for that phrase (word boundaries, case, context
conditions) decides, at that place alone (:class:`copylint.packs.matching.Matcher`). Every
place where a phrase's pattern matches is a place where its folded form occurs in the view, so
no match is lost (tests/test_pack_matching.py checks this against a scan per phrase).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping

from copylint.packs.automaton import Automaton
from copylint.tokens import positions

#: White space other than " ": what the regex module's ``[^\S ]`` matches (Unicode's
#: White_Space property, not ``str.isspace``), listed for the standard ``re`` module, which
#: replaces it in an article in 0.4 of the time (tests/test_pack_matching.py compares them).
OTHER_SPACE = "\t\n\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_OTHER_SPACE = re.compile(f"[{OTHER_SPACE}]")
#: The same, outside ASCII, as characters (tests/test_pack_matching.py compares them too).
OTHER_SPACE_OUTSIDE_ASCII = frozenset(
    "\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
)
#: The UTF-8 bytes with the ASCII white space other than " " written " " (a byte under 128 is
#: a character in UTF-8).
_SPACED_BYTES = bytes(32 if _OTHER_SPACE.match(chr(code)) else code for code in range(128))
_SPACED_BYTES += bytes(range(128, 256))
#: The bytes of the ASCII characters: deleted from a text's UTF-8 form, they leave exactly the
#: bytes of its other characters.
_ASCII_BYTES = bytes(range(128))
_SPACES = re.compile(" +")
#: After case folding: "İ" folds to "i" and a combining dot, and "ı" to itself, while the regex
#: module matches both with "i"; so the dot goes and "ı" is "i" (a coarser view finds more
#: candidates, never fewer).
_COARSER = str.maketrans({"\u0307": None, "ı": "i"})


def fold(text: str) -> str:
    """``text`` case-folded as the regex module's ``IGNORECASE`` compares it, a little coarser."""
    folded = text.casefold()
    # (Translating every article cost 16 times the folding: only the rare ones need it.)
    if "\u0307" in folded or "ı" in folded:
        return folded.translate(_COARSER)
    return folded


class _Folding:
    """A text's folding and, once asked, the folding's UTF-8 form and its characters outside
    ASCII (see :func:`fold_text`, :func:`folded_utf8`)."""

    __slots__ = ("folded", "text", "utf8")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.utf8: tuple[bytes, str] | None = None


#: The text folded last.
_LAST = [_Folding("")]


def _folding(text: str) -> _Folding:
    if _LAST[0].text is not text:
        _LAST[0] = _Folding(text)
    return _LAST[0]


def fold_text(text: str) -> str:
    """``fold(text)`` of the text every pack reads: the phrase view and the presence shape
    (:func:`.required.shape`) both fold it, and the second asker takes the first's folding."""
    return _folding(text).folded


def folded_utf8(text: str) -> tuple[bytes, str]:
    """``fold_text(text)`` in UTF-8, and its characters outside ASCII, in order: the view and
    the shape replace characters byte by byte where none of these needs replacing (a
    substitution over the text cost three times as much), and both take them from whichever
    asks first. The characters are read from the UTF-8 form with its ASCII bytes deleted, a C
    pass (the set of all its characters cost six times the shaping)."""
    folding = _folding(text)
    if folding.utf8 is None:
        utf8 = folding.folded.encode("utf-8", "surrogatepass")
        others = utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        folding.utf8 = (utf8, others)
    return folding.utf8


def spaced(text: str) -> str:
    """``fold_text(text)`` with each white space character other than " " written " "."""
    utf8, others = folded_utf8(text)
    if OTHER_SPACE_OUTSIDE_ASCII.isdisjoint(others):
        return utf8.translate(_SPACED_BYTES).decode("utf-8", "surrogatepass")
    return _OTHER_SPACE.sub(" ", fold_text(text))


def phrase_key(phrase: str) -> str:
    """How a phrase is looked up: case-folded, white space runs as one space."""
    return " ".join(fold(phrase).split())


def origins(text: str) -> list[int]:
    """For each character of ``fold(text)``, the offset in ``text`` of the character it comes
    from: what ``[n for n, char in enumerate(text) for _ in fold(char)]`` gives, with only the
    few characters that do not fold to one character folded one by one (folding each
    character of an article cost 6 ms per 100,000 words)."""
    odd = [char for char in set(text) if len(fold(char)) != 1]
    places = sorted(positions(text, odd))
    found: list[int] = []
    done = 0
    for n in places:
        found.extend(range(done, n))
        found.extend([n] * len(fold(text[n])))
        done = n + 1
    found.extend(range(done, len(text)))
    return found


def _space_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the runs of two spaces or more in ``text``, in order: found by substring
    search (a pattern of them cost four times as much), each run's end by a match there."""
    start = text.find("  ")
    while start >= 0:
        end = _SPACES.match(text, start).end()  # type: ignore[union-attr]
        yield start, end
        start = text.find("  ", end)


class _View:
    """The case-folded, space-collapsed text and the way back to offsets in the original."""

    def __init__(self, text: str) -> None:
        # Folding changes the length when a character folds to several ("ß" → "ss") or a
        # combining dot goes: then remember, for each folded character, the original one it
        # came from (folding is character by character).
        self.origin: list[int] | None = None
        if len(fold_text(text)) != len(text) or "\u0307" in text:
            self.origin = origins(text)
        one_space = spaced(text)
        pieces: list[str] = []
        self.view_starts: list[int] = [0]  # where each piece starts in the view ...
        self.folded_starts: list[int] = [0]  # ... and in the folded text
        at = 0
        length = 0
        for start, end in _space_runs(one_space):
            pieces.append(one_space[at : start + 1])
            length += start + 1 - at
            at = end
            self.view_starts.append(length)
            self.folded_starts.append(end)
        pieces.append(one_space[at:])
        self.text = "".join(pieces)

    def original(self, position: int) -> int:
        """The original offset of view ``position`` (of the character it comes from)."""
        piece = bisect.bisect_right(self.view_starts, position) - 1
        folded = self.folded_starts[piece] + position - self.view_starts[piece]
        return folded if self.origin is None else self.origin[folded]


class PhraseIndex:
    """Every literal phrase the matchers of this process asked for, in one automaton, and
    where they occur in the last text searched (every entry asks about the same text)."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._automaton: Automaton | None = None
        self._last: tuple[str, dict[str, list[int]]] | None = None

    @property
    def keys(self) -> frozenset[str]:
        """The keys of every phrase indexed so far."""
        return frozenset(self._keys)

    def add(self, phrase: str) -> str:
        """Index ``phrase``; returns its key (the empty key, never found, for a blank one)."""
        key = phrase_key(phrase)
        if key and key not in self._keys:
            self._keys.add(key)
            self._automaton = None
            self._last = None
        return key

    def occurrences(self, text: str) -> Mapping[str, list[int]]:
        """Phrase key → the original offsets in ``text`` where it may start, in order."""
        if self._last is not None and self._last[0] is text:
            return self._last[1]
        found: dict[str, list[int]] = {}
        if self._keys:
            automaton = self._automaton or self._build()
            keys = automaton.strings
            view = _View(text)
            for index, at, _ in automaton.occurrences(view.text):
                starts = found.setdefault(keys[index], [])
                start = view.original(at)
                if not starts or starts[-1] != start:  # two view places in one "ß"
                    starts.append(start)
        self._last = (text, found)
        return found

    def _build(self) -> Automaton:
        self._automaton = Automaton(self._keys)
        return self._automaton


#: The one index of the process: the phrases of every pack's entries.
PHRASES = PhraseIndex()
