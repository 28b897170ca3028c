"""Output formats: one module per format, each rendering a :class:`Report` to a stream."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from copylint.model import Diagnostic, Severity
from copylint.outcome import FileResult

if TYPE_CHECKING:  # a run served from the cache imports no rule machinery
    from copylint.rule import RuleInfo


class Report:
    """The results of one run, and the rules it ran (SARIF lists them).

    A plain class: a dataclass is defined by generating and compiling its methods at import,
    a cost every run, a cached one too, would pay for a constructor."""

    def __init__(self, results: Sequence[FileResult], rules: Sequence[RuleInfo]) -> None:
        self.results = results
        self.rules = rules

    @functools.cached_property
    def diagnostics(self) -> list[Diagnostic]:
        """Every file's diagnostics in reading order (sorted once: the renderers, the summary
        and the hint about unsafe fixes each read them)."""
        return sorted((d for r in self.results for d in r.diagnostics), key=Diagnostic.sort_key)

    def count(self, severity: Severity) -> int:
        return sum(1 for r in self.results for d in r.diagnostics if d.severity is severity)

    @property
    def unreadable(self) -> int:
        """How many files could not be read (their errors are on stderr)."""
        return sum(1 for r in self.results if r.error is not None)

    def summary(self) -> dict[str, int]:
        return {
            "files": len(self.results),
            "diagnostics": sum(len(r.diagnostics) for r in self.results),
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "infos": self.count(Severity.INFO),
        }


Renderer = Callable[..., None]


def renderer(name: str) -> Renderer:
    """The ``render(report, stream, **options)`` function of format ``name``."""
    module = importlib.import_module(f"copylint.output.{name}_format")
    render: Renderer = module.render
    return render


def write(name: str, report: Report, stream: TextIO, **options: object) -> None:
    """Render the report. A file name that is not UTF-8 (held as lone surrogates) is written
    as ``\\udcXX`` escapes, which keep JSON valid and readable, instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and getattr(stream, "encoding", "").lower().replace("-", "") in (
        "utf8",
        "utf8sig",
    ):
        reconfigure(errors="backslashreplace")
    renderer(name)(report, stream, **options)
