"""The configuration's ignore patterns, for every format: source text that is not prose.

``ignore-patterns`` (tokens, like Vale's ``TokenIgnores`` and cspell's ``ignoreRegExpList``)
and ``ignore-blocks`` (stretches over lines, like Vale's ``BlockIgnores``) match the file's
source, whatever its format. Each format builds its document as usual; then every prose
character read from a matched stretch of source becomes a placeholder, as code and URLs do, so
rules never read it and nothing joins across it. Working on the document's map to the source,
this needs nothing from the format itself: Markdown, plain text, web pages and Word documents
get the same treatment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from copylint.document import Document
from copylint.formats.templates import masked_pieces
from copylint.prose import ProseBuilder


def without_ignored(doc: Document, patterns: Sequence[regex.Pattern[str]]) -> Document:
    """``doc`` with the prose of what ``patterns`` match in its source as placeholders."""
    source = doc.source
    spans = _merged(m.span() for p in patterns for m in p.finditer(source) if m.end() > m.start())
    if not spans:
        return doc
    builder = ProseBuilder(doc.source)
    pieces = list(doc.source_map.pieces(len(doc.text)))
    index = 0
    for block in doc.blocks:
        builder.open_block(block.kind, block.depth, block.quoted)
        while index < len(pieces) and pieces[index][1] <= block.start:
            index += 1
        for text_start, text_end, src_start, src_end, verbatim in pieces[index:]:
            if text_start >= block.end:
                break
            if verbatim:
                # A verbatim piece may straddle the block's edges only by its separator.
                start = src_start + max(block.start - text_start, 0)
                end = src_end - max(text_end - block.end, 0)
                for piece_start, piece_end, ignored in masked_pieces(spans, start, end):
                    if ignored:
                        builder.placeholder(piece_start, piece_end)
                    else:
                        builder.verbatim(piece_start, piece_end)
            elif masked_pieces(spans, src_start, src_end) != [(src_start, src_end, False)]:
                builder.placeholder(src_start, src_end)  # an entity or a break in ignored text
            else:
                builder.replaced(doc.text[text_start:text_end], src_start, src_end)
    text, blocks, source_map = builder.build()
    return Document(doc.path, doc.source, doc.format, text, blocks, source_map, doc.directives)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones joined (patterns may match the same text)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
