"""Which open documents copylint lints, under which name and format, and what it found.

The text itself lives in pygls's workspace, which applies the client's incremental changes;
this module knows the rest: a ``file:`` URI is linted under its path (so per-file ignores and
the config found upward apply as on the command line), an unsaved ``untitled:`` buffer under
its name, and the format follows the client's language id, else the file name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from lsprotocol import types

from copylint.engine import Linter
from copylint.formats import format_for
from copylint.lsp.positions import LineTable
from copylint.model import Diagnostic

#: Language ids (as editors send them) of the formats copylint reads.
LANGUAGE_FORMATS = {"markdown": "markdown", "plaintext": "text", "text": "text"}


def fs_path(uri: str) -> Path | None:
    """The file a ``file:`` URI names; None for other schemes (``untitled:``)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def document_format(uri: str, language_id: str | None) -> str | None:
    """``"markdown"`` or ``"text"``; None for a document copylint does not read (code)."""
    if language_id in LANGUAGE_FORMATS:
        return LANGUAGE_FORMATS[language_id]
    name = PurePosixPath(unquote(urlparse(uri).path)).name
    if name.lower().endswith(".txt"):
        return "text"
    return "markdown" if format_for(name) == "markdown" else None


def lint_name(uri: str) -> str:
    """The path copylint reports and matches globs against."""
    path = fs_path(uri)
    return str(path) if path is not None else unquote(urlparse(uri).path) or uri


@dataclass
class Linted:
    """One lint of one version of a document: what code actions and hover work from."""

    version: int | None
    source: str
    fmt: str
    lines: LineTable
    linter: Linter
    found: list[tuple[Diagnostic, types.Diagnostic]] = field(default_factory=list)

    def at(self, area: types.Range) -> list[tuple[Diagnostic, types.Diagnostic]]:
        """The diagnostics whose range touches ``area``."""

        def key(position: types.Position) -> tuple[int, int]:
            return position.line, position.character

        return [
            pair
            for pair in self.found
            if key(pair[1].range.start) <= key(area.end)
            and key(area.start) <= key(pair[1].range.end)
        ]


@dataclass
class OpenDocument:
    """An open document copylint lints."""

    uri: str
    fmt: str
    last: Linted | None = None
    #: The linter of the last lint (None: none yet, or the config was broken), whether or not
    #: it produced findings: a config reload re-lints only documents whose linter changed.
    linter: Linter | None = None

    @property
    def path(self) -> str:
        return lint_name(self.uri)

    @property
    def directory(self) -> Path | None:
        path = fs_path(self.uri)
        return path.parent if path is not None else None
