"""Markdown: CommonMark with GitHub tables, footnotes, strikethrough, task lists and YAML/TOML
front matter, parsed by pulldown-cmark (through ``pyromark``).

Prose is what a reader reads: paragraphs, headings, list items, block quotes, table cells,
footnotes, emphasis and link texts, the prose fields of the front matter (title and deck as
headings; description, summary and alt as captions, see :mod:`copylint.formats.front_matter`)
and image alt text (a caption block of its own, between the prose before and after the image).
Left out: code blocks and inline code, HTML
blocks and inline HTML (comments included), link and image targets, autolinks, bare URLs and
the other front matter fields. pulldown-cmark reports the byte range of every event, so each
prose character maps to its exact place in the source.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import Any

import pyromark
import regex

from copylint.document import Directive, Document
from copylint.formats.inline import add_prose, find_directives
from copylint.formats.templates import masked_pieces, template_spans
from copylint.prose import BlockKind, ProseBuilder

_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_TASKLISTS
    | pyromark.Options.ENABLE_YAML_STYLE_METADATA_BLOCKS
    | pyromark.Options.ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
)

_SURROGATE = regex.compile("[\ud800-\udfff]")

#: Containers whose content is never prose: everything between their start and end is skipped.
_SKIPPED = frozenset({"CodeBlock", "MetadataBlock", "HtmlBlock", "Image"})

#: Leaf blocks that hold prose, and the kind of block they become.
_LEAF_KIND: dict[str, BlockKind] = {
    "Paragraph": "paragraph",
    "Heading": "heading",
    "TableCell": "cell",
}


_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")


class _ByteOffsets:
    """Turns UTF-8 byte offsets (what pulldown-cmark reports) into code-point offsets.

    Only runs of non-ASCII characters make the two differ. They are found once (one pass in C),
    each with the extra bytes it and everything before it take; an offset then needs one
    binary search among the runs and a subtraction. Every event has offsets, so this is a hot
    path: twice as fast as decoding the bytes between successive offsets.
    """

    def __init__(self, source: str) -> None:
        self._source = source
        self._ascii = source.isascii()
        self._byte_starts: list[int] = []  # of each run
        self._byte_ends: list[int] = []
        self._char_spans: list[tuple[int, int]] = []
        self._extra_after: list[int] = []  # bytes beyond one per character, up to the run's end
        if self._ascii:
            return
        extra = 0
        for run in _NON_ASCII.finditer(source):
            start, end = run.span()
            self._byte_starts.append(start + extra)
            self._char_spans.append((start, end))
            extra += len(run.group().encode("utf-8")) - (end - start)
            self._byte_ends.append(end + extra)
            self._extra_after.append(extra)

    def __call__(self, byte: int) -> int:
        if self._ascii:
            return byte
        i = bisect.bisect_right(self._byte_starts, byte) - 1
        if i < 0:
            return byte
        if byte >= self._byte_ends[i]:
            return byte - self._extra_after[i]
        # Inside a run (between two non-ASCII characters): count its characters before ``byte``.
        char_start, char_end = self._char_spans[i]
        head = self._source[char_start:char_end].encode("utf-8")[: byte - self._byte_starts[i]]
        return char_start + len(head.decode("utf-8", errors="replace"))


def _name(event: Any) -> tuple[str, str, Any]:
    """Split a pyromark event into (``"Start"``/``"End"``/leaf name, tag name, payload)."""
    if isinstance(event, str):
        return event, event, None
    ((key, value),) = event.items()
    if key in ("Start", "End"):
        if isinstance(value, dict):
            ((tag, payload),) = value.items()
            return key, tag, payload
        return key, value, None
    return key, key, value


def _encodable(source: str) -> str:
    """``source`` with each lone surrogate as U+FFFD: pulldown-cmark reads UTF-8, which cannot
    hold one (a string handed to the API may, e.g. decoded with ``surrogateescape``). One code
    point stands for one, so offsets into the result are offsets into ``source``."""
    if source.isascii():
        return source
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", source)
    return source


def parse_markdown(
    path: str, source: str, front_matter: Mapping[str, str] | None = None
) -> Document:
    """The document of a Markdown source; ``front_matter`` maps the front matter fields that
    are prose to their block kind (default: the built-in list). Template markup is a
    placeholder; the configuration's ignore patterns apply to every format after parsing
    (:mod:`copylint.formats.ignored`)."""
    builder = ProseBuilder(source)
    resume: tuple[BlockKind, int, bool] | None = None  # the block an image interrupted
    templates = template_spans(source)  # shortcodes, Liquid tags: never prose

    def add_text(start: int, end: int) -> None:
        if not templates:
            add_prose(builder, source, start, end)
            return
        for piece_start, piece_end, is_template in masked_pieces(templates, start, end):
            if is_template:
                builder.placeholder(piece_start, piece_end)
            else:
                add_prose(builder, source, piece_start, piece_end)

    directives: list[Directive] = []
    parsed = _encodable(source)
    to_char = _ByteOffsets(parsed)
    containers: list[str] = []  # open containers: BlockQuote, Item, FootnoteDefinition, ...
    quote_depth = 0
    skip_depth = 0  # > 0 inside a skipped container
    skipped_link = 0  # > 0 inside an autolink or e-mail link
    metadata: bool | None = None  # in front matter: whether it is TOML
    image = False  # in an image: its text is the alt text

    def ensure_block() -> None:
        if builder.open_kind is None:
            kind: BlockKind = "item" if "Item" in containers[-1:] else "paragraph"
            if "FootnoteDefinition" in containers:
                kind = "footnote"
            builder.open_block(kind, quote_depth, quote_depth > 0)

    for event, span in pyromark.events_with_range(parsed, options=_OPTIONS):
        kind, tag, payload = _name(event)
        start, end = to_char(span["start"]), to_char(span["end"])
        if skip_depth:
            if tag in _SKIPPED:
                skip_depth += 1 if kind == "Start" else -1
                if not skip_depth and image:
                    builder.close_block()
                    if resume is not None:
                        builder.open_block(*resume)
            elif kind == "Text" and metadata is not None:
                # Imported here: the front matter readers load only for a file that has some.
                from copylint.formats.front_matter import prose_fields

                for field in prose_fields(source, start, end, metadata, front_matter):
                    builder.open_block(field.kind, 1 if field.kind == "heading" else 0)
                    builder.verbatim(field.start, field.end)
                    builder.close_block()
            elif kind == "Text" and image and skip_depth == 1 and parsed[start:end] == payload:
                add_prose(builder, source, start, end)
            elif kind in ("SoftBreak", "HardBreak") and image and skip_depth == 1:
                builder.replaced("\n", start, end)  # alt text wrapped over lines
            continue
        if kind == "Start":
            if tag in _SKIPPED:
                skip_depth = 1
                metadata = (payload == "PlusesStyle") if tag == "MetadataBlock" else None
                image = tag == "Image"
                if tag == "HtmlBlock":
                    builder.close_block()
                    directives.extend(find_directives(source, start, end))
                elif tag == "Image":
                    resume = builder.open_state
                    builder.open_block("caption")
            elif tag in _LEAF_KIND:
                block_kind = _LEAF_KIND[tag]
                if tag == "Paragraph" and containers[-1:] == ["Item"]:
                    block_kind = "item"
                elif tag == "Paragraph" and "FootnoteDefinition" in containers:
                    block_kind = "footnote"
                level = int(payload["level"][1:]) if tag == "Heading" else quote_depth
                builder.open_block(block_kind, level, quote_depth > 0)
            elif tag == "Link" and payload["link_type"] in ("Autolink", "Email"):
                ensure_block()
                builder.placeholder(start, end)
                skipped_link += 1
            elif tag not in ("Emphasis", "Strong", "Strikethrough", "Link"):
                builder.close_block()
                containers.append(tag)
                if tag == "BlockQuote":
                    quote_depth += 1
        elif kind == "End":
            if tag in _LEAF_KIND:
                builder.close_block()
            elif tag == "Link" and skipped_link:
                skipped_link -= 1
            elif containers and containers[-1] == tag:
                builder.close_block()
                closed = containers.pop()
                if closed == "BlockQuote":
                    quote_depth -= 1
        elif skipped_link:
            continue
        elif kind == "Text":
            ensure_block()
            if parsed[start:end] == payload:
                add_text(start, end)
            else:
                builder.replaced(payload, start, end)
        elif kind in ("SoftBreak", "HardBreak"):
            ensure_block()
            builder.replaced("\n", start, end)
        elif kind in ("Code", "InlineMath", "DisplayMath", "FootnoteReference"):
            ensure_block()
            builder.placeholder(start, end)
        elif kind == "InlineHtml":
            directives.extend(find_directives(source, start, end))
            ensure_block()
            builder.placeholder(start, end)
    text, blocks, source_map = builder.build()
    return Document(path, source, "markdown", text, blocks, source_map, tuple(directives))
