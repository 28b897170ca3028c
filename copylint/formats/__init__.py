"""Format processors: each turns a file's source into a :class:`~copylint.document.Document`.

The format follows the file name: ``.md``/``.markdown`` (and ``.mdown``, ``.mkd``) is Markdown,
``.docx`` is a Word document, ``.html``/``.htm`` a web page, everything else is plain text.
Word documents are binary: :func:`decode` (and :func:`read_file`) read a file with its format's
reader, which turns a Word document's bytes into the text :func:`load_document` parses (see
:mod:`copylint.formats.docx`).
"""

from __future__ import annotations

import functools
import os.path
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from copylint.files import SourceFile, decode_text, read_bytes

if TYPE_CHECKING:  # a run served from the cache decodes files but builds no document
    import regex

    from copylint.config import Settings
    from copylint.document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})


def format_for(path: str) -> str:
    suffix = suffix_of(path).lower()
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def suffix_of(path: str) -> str:
    """``PurePath(path).suffix`` of a file's path, without building a path object for each
    file of a run: the file name from its last dot on, unless the name starts or ends there."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def decoder_for(path: str) -> Callable[[str, bytes], SourceFile] | None:
    """The reader of a format whose bytes are not UTF-8 text (None: read the file as text)."""
    fmt = format_for(path)
    if fmt == "docx":
        from copylint.formats.docx import decode_docx

        return decode_docx
    if fmt == "html":
        from copylint.formats.html import decode_html

        return decode_html
    return None


def decode(path: str, data: bytes) -> SourceFile:
    """The file at ``path`` with contents ``data``, read by its format's reader: a Word
    document's or a web page's own, UTF-8 text otherwise; a :class:`~copylint.files.ReadError`
    when it cannot be read."""
    reader = decoder_for(path)
    return reader(path, data) if reader is not None else decode_text(path, data)


def read_file(path: str) -> SourceFile:
    """The file at ``path``, read and decoded by its format's reader."""
    return decode(path, read_bytes(path))


def write_refusal(path: str) -> str | None:
    """Why ``--fix`` must not write its fixed text over the file at ``path`` (None: it may).

    A Word document's text is extracted from XML: its fixes go in as tracked changes, by
    ``copylint annotate``. A page read in another encoding than UTF-8 is not rewritten in UTF-8.
    """
    fmt = format_for(path)
    if fmt == "docx":
        return (
            "not written: fixes to a Word document go in as tracked changes: "
            f"copylint annotate {path}"
        )
    if fmt == "html":
        from copylint.formats.html import declared_encoding

        try:
            with open(path, "rb") as handle:
                encoding = declared_encoding(handle.read(1024))
        except OSError:
            return None
        if encoding != "utf-8":
            return f"not written: the page is in {encoding}; copylint writes UTF-8 only"
    return None


class Markup(NamedTuple):
    """What the configuration says about markup: the front matter fields that are prose (field
    → block kind; None: the built-in list) and the source patterns that are not prose."""

    front_matter: Mapping[str, str] | None = None
    ignores: tuple[regex.Pattern[str], ...] = ()

    @staticmethod
    def of(settings: Settings) -> Markup:
        fields = None
        if settings.front_matter is not None:
            fields = tuple((k, tuple(v)) for k, v in sorted(settings.front_matter.items()))
        return _markup(fields, settings.ignore_patterns, settings.ignore_blocks)


@functools.lru_cache(maxsize=16)
def _markup(
    fields: tuple[tuple[str, tuple[str, ...]], ...] | None,
    tokens: tuple[str, ...],
    blocks: tuple[str, ...],
) -> Markup:
    import regex

    kinds = {"headline": "heading", "caption": "caption"}
    front_matter = (
        None if fields is None else {name: kinds[kind] for kind, names in fields for name in names}
    )
    ignores = tuple(regex.compile(p) for p in tokens) + tuple(
        regex.compile(p, regex.MULTILINE | regex.DOTALL) for p in blocks
    )
    return Markup(front_matter, ignores)


def load_document(
    path: str,
    source: str,
    fmt: str | None = None,
    markup: Markup | None = None,
    *,
    html_story: str | None = None,
) -> Document:
    """Build the document for ``source``; ``fmt`` overrides the format the name implies;
    ``html_story`` is the CSS selector of a web page's story (the ``html-story`` setting).
    The configuration's ignore patterns apply to every format (:mod:`copylint.formats.ignored`)."""
    doc = _parse(path, source, fmt or format_for(path), markup or Markup(), html_story)
    if markup is not None and markup.ignores:
        from copylint.formats.ignored import without_ignored

        return without_ignored(doc, markup.ignores)
    return doc


def _parse(path: str, source: str, fmt: str, markup: Markup, html_story: str | None) -> Document:
    if fmt == "docx":
        from copylint.formats.docx import parse_docx

        return parse_docx(path, source)
    if fmt == "html":
        from copylint.formats.html import parse_html

        return parse_html(path, source, html_story)
    if fmt == "markdown":
        from copylint.formats.markdown import parse_markdown

        return parse_markdown(path, source, markup.front_matter)
    from copylint.formats.plain import parse_plain

    return parse_plain(path, source)
