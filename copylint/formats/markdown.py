"""Markdown: CommonMark with GitHub tables, footnotes, strikethrough, task lists and YAML/TOML
front matter, parsed by pulldown-cmark (through ``pyromark``).

Prose is what a reader reads: paragraphs, headings, list items, block quotes, table cells,
footnotes, emphasis and link texts. Left out: code blocks and inline code, HTML blocks and
inline HTML (comments included), link and image targets, images, autolinks, bare URLs and front
matter. pulldown-cmark reports the byte range of every event, so each prose character maps to
its exact place in the source.
"""

from __future__ import annotations

import bisect
from typing import Any

import pyromark
import regex

from copylint.document import Directive, Document
from copylint.formats.inline import add_prose, find_directives
from copylint.prose import ProseBuilder

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
_LEAF_KIND = {"Paragraph": "paragraph", "Heading": "heading", "TableCell": "cell"}


class _ByteOffsets:
    """Turns UTF-8 byte offsets (what pulldown-cmark reports) into code-point offsets.

    Offsets arrive mostly in increasing order, with short jumps back (an end event repeats its
    start). Every converted offset is kept as a checkpoint, so each conversion decodes only the
    bytes since the nearest checkpoint below it: one pass over a non-ASCII file, none over ASCII.
    """

    def __init__(self, source: str) -> None:
        self._ascii = source.isascii()
        self._data = b"" if self._ascii else source.encode("utf-8")
        self._bytes = [0]  # increasing checkpoints
        self._chars = [0]

    def __call__(self, byte: int) -> int:
        if self._ascii:
            return byte
        i = bisect.bisect_right(self._bytes, byte) - 1
        base_byte, base_char = self._bytes[i], self._chars[i]
        if base_byte == byte:
            return base_char
        char = base_char + len(self._data[base_byte:byte].decode("utf-8", errors="replace"))
        if i == len(self._bytes) - 1:
            self._bytes.append(byte)
            self._chars.append(char)
        return char


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


def parse_markdown(path: str, source: str) -> Document:
    builder = ProseBuilder(source)
    directives: list[Directive] = []
    parsed = _encodable(source)
    to_char = _ByteOffsets(parsed)
    containers: list[str] = []  # open containers: BlockQuote, Item, FootnoteDefinition, ...
    quote_depth = 0
    skip_depth = 0  # > 0 inside a skipped container
    skipped_link = 0  # > 0 inside an autolink or e-mail link

    def ensure_block() -> None:
        if builder.open_kind is None:
            kind = "item" if "Item" in containers[-1:] else "paragraph"
            if "FootnoteDefinition" in containers:
                kind = "footnote"
            builder.open_block(kind, quote_depth, quote_depth > 0)

    for event, span in pyromark.events_with_range(parsed, options=_OPTIONS):
        kind, tag, payload = _name(event)
        start, end = to_char(span["start"]), to_char(span["end"])
        if skip_depth:
            if tag in _SKIPPED:
                skip_depth += 1 if kind == "Start" else -1
            continue
        if kind == "Start":
            if tag in _SKIPPED:
                skip_depth = 1
                if tag == "HtmlBlock":
                    builder.close_block()
                    directives.extend(find_directives(source, start, end))
                elif tag == "Image":
                    ensure_block()
                    builder.placeholder(start, end)
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
                add_prose(builder, source, start, end)
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
