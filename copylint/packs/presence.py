"""Which of the strings pack expressions require a text contains: one pass per text.

An entry's regular expression is scanned only on a text whose shape holds what it requires
(:mod:`.required`). Testing that with one substring search per required string cost more
than many of the scans it saved: about 700 strings, some of an entry's sets listing 56 of them
("wave his rights to", ...), tested on every article, 0.18 s per 100,000 words. Instead, every
required string asked about goes into one Aho-Corasick automaton (:mod:`.automaton`, as
in :mod:`.phrases`), and a text's shape is read once: which of the one-character strings asked
about it holds (the most frequent kind, some sixteen characters: one substring search each,
where the set of all its characters cost 7 ms per 100,000 words, and no automaton match at
every space) and the longer strings the automaton finds. A requirement is then a test of set
membership.

A requirement asked about for the first time is tested by substring search on the text at
hand, and its strings join the automaton when the next text is read: a single draft builds
no automaton, and a run builds it about once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from copylint.packs.automaton import Automaton
from copylint.packs.lazy import LazyPattern
from copylint.packs.required import Requirements, requirements, shape


class Presence:
    """The required strings asked about so far, and which of them the last text's shape
    holds (every matcher asks about the same text, the document's prose)."""

    def __init__(self) -> None:
        self._chars: set[str] = set()  # the one-character strings asked about so far
        self._indexed: set[str] = set()  # the strings of two characters or more in the automaton
        self._pending: set[str] = set()  # asked about on this text, not yet in the automaton
        self._known: set[Requirements] = set()  # requirements whose strings are all accounted for
        self._automaton: Automaton | None = None
        self._text: str | None = None
        self._shaped = ""
        self._present: set[str] = set()

    def met(self, needs: Requirements, text: str) -> bool:
        """Whether the shape of ``text`` holds a string of each set of ``needs``, as
        :func:`.required.met` answers on :func:`.required.shape` of ``text``."""
        if self._text is not text:
            self._read(text)
        if needs not in self._known:
            self._learn(needs)
        # (A C call per set, not a generator's step: asked some 80 times a text.)
        return not any(map(self._present.isdisjoint, needs))

    def _learn(self, needs: Requirements) -> None:
        """Test the strings of ``needs`` the automaton does not know on this text, and keep
        them for the next one."""
        for strings in needs:
            for string in strings:
                if len(string) == 1:
                    known = self._chars
                elif string and string not in self._indexed:
                    known = self._pending
                else:
                    continue  # the automaton's, or the empty string every text holds
                if string not in known:
                    known.add(string)
                    if string in self._shaped:
                        self._present.add(string)
        self._known.add(needs)

    def _read(self, text: str) -> None:
        if self._pending:
            self._indexed |= self._pending
            self._pending.clear()
            self._automaton = Automaton(self._indexed)
        shaped = shape(text)
        present = {char for char in self._chars if char in shaped}
        present.add("")  # (the reader never requires it; every text holds it)
        if self._automaton is not None:
            present |= self._automaton.found(shaped)
        self._text, self._shaped, self._present = text, shaped, present


#: The one index of the process: what every pack entry's expressions require.
PRESENCE = Presence()

#: The source of every :class:`GatedPattern` made (the built-in rules' are made on import).
GATED: list[str] = []


class GatedPattern(LazyPattern):
    """A rule module's regular expression, compiled and scanned only on a text that holds
    what it requires (:mod:`.required`), as a pack entry's is: a rule whose pattern needs a
    phrase most articles lack ("according to": 1.2 ms to compile, in 34 of the 40 corpus
    articles for nothing) asks this index, which reads each article once for the packs
    anyway."""

    def __init__(self, source: str, flags: int = 0) -> None:
        super().__init__(source, flags)
        GATED.append(source)  # its requirements are read ahead of time with the packs'

    @functools.cached_property
    def _needs(self) -> Requirements | None:
        return requirements(self.source)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """The pattern's matches in ``text``, as ``finditer`` finds them (none, without
        compiling it, where the text lacks what a match requires)."""
        needs = self._needs
        if needs is not None and not PRESENCE.met(needs, text):
            return iter(())
        return super().finditer(text, pos, endpos)
