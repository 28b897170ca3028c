"""The one document model every rule reads.

A :class:`Document` holds the source of one file, the prose a format processor extracted from
it (see :mod:`copylint.prose`), and the copylint comments found in it. Words, sentences and
quotations are computed on first use and shared by all rules. Rules speak in prose offsets; the
document turns them into source spans.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from copylint.lines import line_starts
from copylint.model import Span
from copylint.prose import BLOCK_SEPARATOR, Block, SourceMap
from copylint.tokens import (
    Quotation,
    QuotationIndex,
    Sentence,
    Word,
    find_quotations,
    find_sentences,
    find_words,
)

#: What may stand between the start of a sentence and its first word: opening quotation marks
#: and brackets, inverted marks, dashes, white space.
SENTENCE_OPENERS = frozenset("\"“‘'([{¡¿—–- \t\n")

#: The marks a Markdown paragraph is wrapped in when it is all emphasis (a photo caption).
_EMPHASIS = frozenset("*_")

T = TypeVar("T")


class LineIndex:
    """Source offsets to 1-based line and column (code points)."""

    def __init__(self, source: str) -> None:
        self._starts = line_starts(source)  # one definition of a line: copylint.lines

    def position(self, offset: int) -> tuple[int, int]:
        line: int = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)


class Directive(NamedTuple):
    """A copylint comment: ``<!-- copylint-KIND ARGS -->`` at ``source[start:end]``."""

    kind: str  # one of DIRECTIVE_KINDS, or a typo that directive/unknown reports
    args: tuple[str, ...]
    start: int
    end: int
    args_start: int = 0  # where the arguments stand in the source
    args_end: int = 0


#: The comments copylint obeys; any other ``copylint…`` comment switches nothing.
DIRECTIVE_KINDS = ("disable-next-line", "disable", "enable", "words")

#: The kinds that switch rules off and on.
CONTROL_KINDS = frozenset({"disable-next-line", "disable", "enable"})


@dataclass(eq=False)
class Document:
    """One file, reduced to prose, with lazily computed tokens."""

    path: str
    source: str
    format: str  # "markdown" or "text"
    text: str
    blocks: tuple[Block, ...]
    source_map: SourceMap
    directives: tuple[Directive, ...] = ()
    _shared: dict[Callable[[Document], Any], Any] = field(default_factory=dict, repr=False)

    # -- tokens -----------------------------------------------------------------------------

    @functools.cached_property
    def _words_and_starts(self) -> tuple[list[Word], list[int]]:
        return find_words(self.text)

    @functools.cached_property
    def words(self) -> list[Word]:
        return self._words_and_starts[0]

    @functools.cached_property
    def _word_starts(self) -> list[int]:
        return self._words_and_starts[1]

    @functools.cached_property
    def sentences(self) -> list[Sentence]:
        return find_sentences(self.text, self.blocks)

    @functools.cached_property
    def quotations(self) -> list[Quotation]:
        return find_quotations(self.text, self.blocks)

    @functools.cached_property
    def _quotation_index(self) -> QuotationIndex:
        return QuotationIndex(self.quotations)

    @functools.cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.source)

    @functools.cached_property
    def inline_words(self) -> frozenset[str]:
        """Words declared correct by ``<!-- copylint-words: … -->`` comments."""
        return frozenset(w for d in self.directives if d.kind == "words" for w in d.args)

    def shared(self, analysis: Callable[[Document], T]) -> T:
        """``analysis(self)``, computed once per document for all rules that ask for it.

        Several rules of a family read one analysis (the names rules read one table of the
        people in the article); each asks for it by the function that computes it.
        """
        if analysis not in self._shared:
            self._shared[analysis] = analysis(self)
        result: T = self._shared[analysis]
        return result

    def release(self) -> None:
        """Forget the shared analyses once every rule has read them. They refer back to the
        document, so only the cyclic collector could free a linted document and everything read
        from it; without them reference counting frees it the moment it is dropped (a
        collector pass over a 1,000-word document's readings costs about a millisecond). A
        later :meth:`shared` computes the analysis again."""
        self._shared.clear()

    # -- lookups ----------------------------------------------------------------------------

    def words_between(self, start: int, end: int) -> Sequence[Word]:
        """The words lying wholly inside ``text[start:end]``."""
        lo = bisect.bisect_left(self._word_starts, start)
        hi = max(lo, bisect.bisect_left(self._word_starts, end))  # the words starting before end
        words = self.words
        if hi > lo and words[hi - 1].end > end:
            hi -= 1  # the last may run past ``end``; words do not overlap, so no other can
        return words[lo:hi]

    def word_index(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self._word_starts, offset)

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def block_index(self, offset: int) -> int:
        """Index of the block containing (or last starting before) ``offset``; -1 if none."""
        return bisect.bisect_right(self._block_starts, offset) - 1

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def at_sentence_start(self, offset: int) -> bool:
        """True when only opening marks (:data:`SENTENCE_OPENERS`) stand between the start of
        the sentence (or of the block, outside any sentence) and ``offset``."""
        sentence = self.sentence_at(offset)
        if sentence is not None:
            start = sentence.start
        else:
            block = self.block_at(offset)
            start = block.start if block is not None else offset
        # Backwards from the offset, stopping at the first other character: a long sentence with
        # no end (a paragraph of unclosed quotes) costs nothing per call.
        text, position = self.text, offset
        while position > start and text[position - 1] in SENTENCE_OPENERS:
            position -= 1
        return position == start

    def in_heading(self, offset: int) -> bool:
        """True when ``offset`` lies in a heading block."""
        block = self.block_at(offset)
        return block is not None and block.kind == "heading"

    def section_heading(self, offset: int) -> Block | None:
        """The heading ``offset`` falls under: the nearest heading block at or before it
        (None before the first heading)."""
        index = self.block_index(offset)
        for block in reversed(self.blocks[: index + 1]):
            if block.kind == "heading":
                return block
        return None

    def within_block(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` does not cross from one block into the next."""
        return BLOCK_SEPARATOR not in self.text[start:end]

    def space_between(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is white space (at least one character) inside one
        block: two words side by side in one phrase."""
        gap = self.text[start:end]
        return gap.isspace() and BLOCK_SEPARATOR not in gap

    def source_of(self, start: int, end: int) -> str:
        """The source text the prose ``text[start:end]`` was read from, with whatever the format
        left out of the prose just before it (a Markdown soft break's trailing spaces, an
        emphasis mark): from the end of the prose character before ``start``."""
        return self.source[self.source_map.end(start) : self.source_map.end(end)]

    def source_char_before(self, offset: int) -> str:
        """The source character just before the one the prose character at ``offset`` was read
        from: the mark that opens it when it is set in emphasis or code (``*``, ``_``, a
        backtick), else whatever stands there ("" at the start of the file)."""
        start = self.source_map.start(offset)
        return self.source[start - 1 : start] if start else ""

    def source_between(self, end: int, start: int) -> str:
        """The source between the end of the prose ``text[:end]`` and the prose character at
        ``start``: what the format left out between two blocks (blank lines, a code block, an
        image, quote marks)."""
        return self.source[self.source_map.end(end) : self.source_map.start(start)]

    def left_out_before(self, offset: int) -> tuple[int, int]:
        """The source range the format left out of the prose just before ``text[offset]`` (a
        Markdown soft break's trailing spaces, an emphasis mark): for a finding on that source
        text itself, ``Finding(start, end, message, in_source=True)``."""
        return self.source_map.end(offset), self.source_map.start(offset)

    def is_emphasis_only(self, block: Block) -> bool:
        """A Markdown paragraph wrapped whole in one pair of ``*`` or ``_`` (the usual style of
        a photo caption or a credit line)."""
        if self.format != "markdown":
            return False
        end = self.source_map.end(block.end)
        before = self.source_char_before(block.start)
        return bool(before) and before in _EMPHASIS and self.source[end : end + 1] == before

    def quotation_at(self, offset: int) -> Quotation | None:
        return self._quotation_index.containing(offset)

    def in_quotation(self, offset: int) -> bool:
        return self._quotation_index.containing(offset) is not None

    # -- positions --------------------------------------------------------------------------

    def source_span(self, start: int, end: int) -> Span:
        """The source span of the prose range ``text[start:end]``."""
        src_start = self.source_map.start(start)
        src_end = max(self.source_map.end(end), src_start)
        return self.span_of_source(src_start, src_end)

    def span_of_source(self, src_start: int, src_end: int) -> Span:
        line, column = self.line_index.position(src_start)
        end_line, end_column = self.line_index.position(src_end)
        return Span(src_start, src_end, line, column, end_line, end_column)

    def line_of(self, offset: int) -> int:
        """The source line of the prose character at ``offset``: for messages that point at
        another place in the article ("first written on line 7")."""
        return self.line_index.position(self.source_map.start(offset))[0]

    def is_verbatim(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` stands unchanged in the source (safe to edit)."""
        return self.source_map.is_verbatim(start, end, self.text, self.source)
