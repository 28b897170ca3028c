"""One file through the engine: build the document, lint, and fix until stable.

Reading files, the cache and worker processes are :mod:`copylint.batch`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass

from copylint.engine import FileResult, Linter
from copylint.files import SourceFile
from copylint.fix import apply_edits
from copylint.formats import Markup, load_document

#: ``--fix`` re-lints and fixes again until nothing changes, at most this many times.
MAX_FIX_PASSES = 10


@dataclass
class FileOutcome:
    """A file's result, and with fixing on, its fixed text and how many fixes went in."""

    result: FileResult
    original: SourceFile | None = None
    fixed_text: str | None = None
    fixes_applied: int = 0
    stdin: bool = False  # read from standard input: fixes go to standard output

    @property
    def changed(self) -> bool:
        return self.original is not None and self.fixed_text not in (None, self.original.text)


def lint_source(linter: Linter, source: SourceFile, fmt: str | None = None) -> FileResult:
    return linter.lint(load_document(source.path, source.text, fmt, Markup.of(linter.settings)))


def fix_source(
    linter: Linter, source: SourceFile, fmt: str | None = None
) -> tuple[str, FileResult, int]:
    """Apply safe fixes until none is left; the final text, its result, and the fix count."""
    text = source.text
    result = linter.lint(load_document(source.path, text, fmt, Markup.of(linter.settings)))
    applied_total = 0
    for _ in range(MAX_FIX_PASSES):
        new_text, applied = apply_edits(text, result.diagnostics)
        if not applied or new_text == text:
            break
        applied_total += applied
        text = new_text
        result = linter.lint(load_document(source.path, text, fmt, Markup.of(linter.settings)))
    return text, result, applied_total


def check_source(
    linter: Linter, source: SourceFile, *, fix: bool = False, fmt: str | None = None
) -> FileOutcome:
    if not fix:
        return FileOutcome(lint_source(linter, source, fmt), source)
    text, result, applied = fix_source(linter, source, fmt)
    return FileOutcome(result, source, text, applied)
