"""Prose text and its map back to the source.

A format processor (plain text, Markdown) reduces a file to *prose*: one string holding only what
a copy editor reads, block after block, with everything else (markup, code, URLs, comments) left
out. Every character of the prose remembers where it came from, so rules work on clean text and
the engine alone turns their offsets into source line and column.

The map is a sorted list of pieces. A *verbatim* piece is a run of prose equal to a run of the
source of the same length; any other piece (an entity such as ``&amp;``, a CRLF line break, the
placeholder that stands for inline code or a URL) maps its whole prose run onto a whole source
range.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Literal, NamedTuple

#: Stands in the prose for text a rule must not read but must not silently join across either:
#: inline code, URLs, inline HTML. It is not a letter, digit, space or punctuation mark.
PLACEHOLDER = "\ufffc"

#: Between two blocks the prose holds a blank line, so no pattern matches across blocks.
BLOCK_SEPARATOR = "\n\n"


#: What a block is: a format maps its own structures onto these (a list item, a table cell).
BlockKind = Literal["paragraph", "heading", "item", "cell", "footnote", "caption"]


class Block(NamedTuple):
    """A paragraph-level unit of prose: ``text[start:end]`` of the document.

    ``depth`` is the heading level for headings and the block-quote nesting otherwise.
    """

    kind: BlockKind
    start: int
    end: int
    depth: int = 0
    quoted: bool = False


class SourceMap:
    """Maps prose offsets to source offsets."""

    __slots__ = ("_src_end", "_src_start", "_text_start", "_verbatim")

    def __init__(self) -> None:
        self._text_start: list[int] = []
        self._src_start: list[int] = []
        self._src_end: list[int] = []
        self._verbatim: list[bool] = []

    def add(self, text_start: int, src_start: int, src_end: int, verbatim: bool) -> None:
        """Append a piece; pieces arrive in prose order."""
        self._text_start.append(text_start)
        self._src_start.append(src_start)
        self._src_end.append(src_end)
        self._verbatim.append(verbatim)

    def _piece(self, offset: int) -> int:
        return max(bisect.bisect_right(self._text_start, offset) - 1, 0)

    def start(self, offset: int) -> int:
        """The source offset where the prose character at ``offset`` begins."""
        if not self._text_start:
            return 0
        i = self._piece(offset)
        if self._verbatim[i]:
            return self._src_start[i] + (offset - self._text_start[i])
        return self._src_start[i] if offset == self._text_start[i] else self._src_end[i]

    def end(self, offset: int) -> int:
        """The source offset just after the prose character at ``offset - 1``."""
        if not self._text_start or offset <= 0:
            return self.start(0)
        i = self._piece(offset - 1)
        if self._verbatim[i]:
            return self._src_start[i] + (offset - self._text_start[i])
        return self._src_end[i]

    def pieces(self, length: int) -> Iterator[tuple[int, int, int, int, bool]]:
        """Every piece as ``(text_start, text_end, src_start, src_end, verbatim)``, in prose
        order; ``length`` is the prose's, where the last piece ends."""
        if not self._text_start:
            return
        ends = [*self._text_start[1:], length]
        yield from zip(
            self._text_start, ends, self._src_start, self._src_end, self._verbatim, strict=True
        )

    def window(self, start: int, end: int) -> SourceMap:
        """The map of the prose ``[start:end]`` read on its own (offsets counted from
        ``start``, source offsets unchanged): one paragraph, as the language server re-reads
        the paragraph an edit changed."""
        part = SourceMap()
        first = self._piece(start)
        for i in range(first, len(self._text_start)):
            text_start = self._text_start[i]
            if text_start >= end and i > first:
                break
            src_start = self._src_start[i]
            if text_start < start and self._verbatim[i]:
                src_start += start - text_start
            part.add(max(text_start - start, 0), src_start, self._src_end[i], self._verbatim[i])
        return part

    def is_verbatim(self, start: int, end: int, text: str, source: str) -> bool:
        """True when ``text[start:end]`` stands unchanged in the source at the mapped range.

        Only then can an edit of the prose be applied to the source without touching markup.
        """
        src_start, src_end = self.start(start), self.end(end)
        return source[src_start:src_end] == text[start:end]


class ProseBuilder:
    """Collects prose pieces from a format processor and produces text, blocks and map.

    Pieces added outside an open block are ignored: everything a rule reads belongs to a block.
    """

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._map = SourceMap()
        self._blocks: list[Block] = []
        self._open: tuple[BlockKind, int, bool] | None = None
        self._block_start = 0
        self._last_src_end = 0

    @property
    def open_kind(self) -> BlockKind | None:
        """The kind of the open block, or None between blocks."""
        return self._open[0] if self._open else None

    @property
    def open_state(self) -> tuple[BlockKind, int, bool] | None:
        """The open block's kind, depth and quoted flag, to reopen it after an interruption."""
        return self._open

    def _append(self, text: str, src_start: int, src_end: int, verbatim: bool) -> None:
        if not text or self._open is None:
            return
        if self._length == self._block_start and self._blocks:
            # The first prose of a block that follows another: separate them.
            self._map.add(self._length, self._last_src_end, self._last_src_end, False)
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
            self._block_start = self._length
        self._map.add(self._length, src_start, src_end, verbatim)
        self._parts.append(text)
        self._length += len(text)
        self._last_src_end = src_end

    def verbatim(self, src_start: int, src_end: int) -> None:
        """Prose equal to ``source[src_start:src_end]``."""
        self._append(self._source[src_start:src_end], src_start, src_end, True)

    def replaced(self, text: str, src_start: int, src_end: int) -> None:
        """Prose ``text`` that stands for ``source[src_start:src_end]`` in another form."""
        if text == self._source[src_start:src_end]:
            self.verbatim(src_start, src_end)
        else:
            self._append(text, src_start, src_end, False)

    def placeholder(self, src_start: int, src_end: int) -> None:
        """One :data:`PLACEHOLDER` for source a rule must not read (code, URL, inline HTML)."""
        self._append(PLACEHOLDER, src_start, src_end, False)

    def open_block(self, kind: BlockKind, depth: int = 0, quoted: bool = False) -> None:
        """Start a block; an open one is closed first (blocks never nest in the prose)."""
        self.close_block()
        self._open = (kind, depth, quoted)
        self._block_start = self._length

    def close_block(self) -> None:
        if self._open is None:
            return
        kind, depth, quoted = self._open
        if self._length > self._block_start:
            self._blocks.append(Block(kind, self._block_start, self._length, depth, quoted))
        self._open = None
        self._block_start = self._length

    def build(self) -> tuple[str, tuple[Block, ...], SourceMap]:
        self.close_block()
        return "".join(self._parts), tuple(self._blocks), self._map
