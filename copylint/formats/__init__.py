"""Format processors: each turns a file's source into a :class:`~copylint.document.Document`.

The format follows the file name: ``.md``/``.markdown`` (and ``.mdown``, ``.mkd``) is Markdown,
everything else is plain text.
"""

from __future__ import annotations

from pathlib import PurePath

from copylint.document import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})


def format_for(path: str) -> str:
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def load_document(path: str, source: str, fmt: str | None = None) -> Document:
    """Build the document for ``source``; ``fmt`` overrides the format the name implies."""
    fmt = fmt or format_for(path)
    if fmt == "markdown":
        from copylint.formats.markdown import parse_markdown

        return parse_markdown(path, source)
    from copylint.formats.plain import parse_plain

    return parse_plain(path, source)
