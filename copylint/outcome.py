"""What a run hands back for each file: the engine's result and the runner's outcome.

Apart from the engine and the runner so that a run served from the cache, which builds these
from stored diagnostics, imports neither (nor the document model, the rules or the regex module
they load).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
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


@dataclass
class FileResult:
    """The engine's result for one file's document: its diagnostics and the rules that failed
    on it, or why it could not be read (set by the outer levels). The runner wraps it in a
    :class:`FileOutcome` with what fixing did."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None  # the file could not be read or decoded
    internal_errors: list[InternalError] = field(default_factory=list)
    source: str | None = None  # kept for renderers that show the flagged line


@dataclass
class FileOutcome:
    """The runner's outcome for one file: the engine's :class:`FileResult`,
    and with fixing on, the fixed text and how many fixes went in."""

    result: FileResult
    original: SourceFile | None = None
    fixed_text: str | None = None
    fixes_applied: int = 0
    stdin: bool = False  # read from standard input: fixes go to standard output
    stdin_data: bytes | None = None  # the bytes read, given back when they cannot be decoded
    fixed_rules: Counter[str] = field(default_factory=Counter)  # rule id → fixes applied

    @property
    def changed(self) -> bool:
        return self.original is not None and self.fixed_text not in (None, self.original.text)
