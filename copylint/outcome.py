"""What a run hands back for each file: the engine's result and the runner's outcome.

Apart from the engine and the runner so that a run served from the cache, which builds these
from stored diagnostics, imports neither (nor the document model, the rules or the regex module
they load).
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from copylint.files import SourceFile
from copylint.model import Diagnostic


class InternalError(NamedTuple):
    """A rule that failed on a document; reported, and the run exits with status 2.

    ``crashed`` is True for a bug (an unexpected exception) and False for a failure the rule
    reports itself, such as a pack pattern that ran past its time limit.
    """

    path: str
    rule: str
    message: str
    crashed: bool = True

    def describe(self) -> str:
        """One line for the user, naming the file and the rule."""
        return f"{self.path}: rule {self.rule}{' crashed' if self.crashed else ''}: {self.message}"


class FileResult:
    """The engine's result for one file's document: its diagnostics and the rules that failed
    on it, or why it could not be read (set by the outer levels). The runner wraps it in a
    :class:`FileOutcome` with what fixing did.

    (This module's records are plain classes: defining a dataclass compiles generated methods
    at import, and :mod:`dataclasses` loads :mod:`inspect`; a run served from the cache would
    pay both for two constructors.)"""

    __slots__ = ("_source", "diagnostics", "error", "internal_errors", "path")

    def __init__(
        self,
        path: str,
        diagnostics: list[Diagnostic] | None = None,
        error: str | None = None,
        internal_errors: list[InternalError] | None = None,
        source: str | None = None,
    ) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = [] if diagnostics is None else diagnostics
        self.error = error  # the file could not be read or decoded
        self.internal_errors: list[InternalError] = (
            [] if internal_errors is None else internal_errors
        )
        self.source = source  # kept for renderers that show the flagged line

    @property
    def source(self) -> str | None:
        """The text the diagnostics point into, or None when no renderer will need it.

        Held as UTF-8 and decoded on each read: a run over an archive keeps every flagged
        file's text until the report is written, and as ``str`` an article with one curly
        quote takes two bytes a character (one emoji, four). Readers that go over a file's
        text more than once keep the decoded text themselves."""
        return None if self._source is None else self._source.decode("utf-8", "surrogatepass")

    @source.setter
    def source(self, text: str | None) -> None:
        self._source = None if text is None else text.encode("utf-8", "surrogatepass")

    @classmethod
    def of_utf8(cls, path: str, diagnostics: list[Diagnostic], text: bytes) -> FileResult:
        """A result whose text is given as UTF-8 (a cached text file's own bytes), decoded
        only if a renderer shows it."""
        result = cls(path, diagnostics)
        result._source = text
        return result

    def __repr__(self) -> str:
        return f"FileResult({self.path!r}, {len(self.diagnostics)} diagnostics)"

    def with_diagnostics(self, diagnostics: list[Diagnostic]) -> FileResult:
        """This result with other diagnostics (a baseline's, a change set's, a severity's)."""
        other = FileResult(self.path, diagnostics, self.error, self.internal_errors)
        other._source = self._source  # as held: no decoding and encoding again
        return other


class FileOutcome:
    """The runner's outcome for one file: the engine's :class:`FileResult`,
    and with fixing on, the fixed text and how many fixes went in."""

    __slots__ = (
        "fixed_rules",
        "fixed_text",
        "fixes_applied",
        "original",
        "result",
        "stdin",
        "stdin_data",
    )

    def __init__(
        self,
        result: FileResult,
        original: SourceFile | None = None,
        fixed_text: str | None = None,
        fixes_applied: int = 0,
        *,
        fixed_rules: Counter[str] | None = None,
    ) -> None:
        self.result = result
        self.original = original
        self.fixed_text = fixed_text
        self.fixes_applied = fixes_applied
        self.stdin = False  # read from standard input: fixes go to standard output
        self.stdin_data: bytes | None = None  # the bytes read, when they cannot be decoded
        self.fixed_rules = Counter() if fixed_rules is None else fixed_rules  # rule id → fixes

    @property
    def changed(self) -> bool:
        return self.original is not None and self.fixed_text not in (None, self.original.text)
