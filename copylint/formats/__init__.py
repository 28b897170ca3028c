"""Format processors: each turns a file's source into a :class:`~copylint.document.Document`.

The format follows the file name: ``.md``/``.markdown`` (and ``.mdown``, ``.mkd``) is Markdown,
everything else is plain text.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

import regex

from copylint.document import Document

if TYPE_CHECKING:
    from copylint.config import Settings

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})


def format_for(path: str) -> str:
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


@dataclass(frozen=True)
class Markup:
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
    kinds = {"headline": "heading", "caption": "caption"}
    front_matter = (
        None if fields is None else {name: kinds[kind] for kind, names in fields for name in names}
    )
    ignores = tuple(regex.compile(p) for p in tokens) + tuple(
        regex.compile(p, regex.MULTILINE | regex.DOTALL) for p in blocks
    )
    return Markup(front_matter, ignores)


def load_document(
    path: str, source: str, fmt: str | None = None, markup: Markup | None = None
) -> Document:
    """Build the document for ``source``; ``fmt`` overrides the format the name implies;
    ``markup`` carries the configuration's front matter fields and ignore patterns (Markdown)."""
    fmt = fmt or format_for(path)
    if fmt == "markdown":
        from copylint.formats.markdown import parse_markdown

        markup = markup or Markup()
        return parse_markdown(path, source, markup.front_matter, markup.ignores)
    from copylint.formats.plain import parse_plain

    return parse_plain(path, source)
