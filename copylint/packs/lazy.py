"""A regular expression compiled the first time a text needs it.

The regex module parses a pattern's source in Python: a module-level pattern costs every run
its compilation (0.1 to 2 ms each), even a one-draft check whose text never reaches it (the
call letters after a network's name, a ``)`` that closes nothing). A rule keeps such a
pattern as a :class:`LazyPattern`, which compiles it on its first use.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex


class LazyPattern:
    """A pattern's source and flags, compiled on first use; used as the pattern is."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags

    @functools.cached_property
    def compiled(self) -> regex.Pattern[str]:
        return regex.compile(self.source, self.flags)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)
