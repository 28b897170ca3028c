"""The values copylint hands around: severities, spans, fixes and diagnostics.

All of them are frozen and picklable so that results can cross process boundaries (parallel runs,
the result cache, a user's own distributed engine) unchanged. The records are named tuples, not
dataclasses: a one-draft check loads them at every start, and defining a frozen dataclass
(its generated methods compiled from source) costs about five times as much.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Severity(enum.IntEnum):
    """How serious a diagnostic is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read ``"error"``, ``"warning"`` or ``"info"`` (any case); ``ValueError`` otherwise."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None


class Applicability(enum.Enum):
    """Whether ``--fix`` may apply a fix without a human looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"


class Span(NamedTuple):
    """A range of the source: code-point offsets (end exclusive) and their 1-based positions.

    Offsets count code points of the decoded file without its byte-order mark; lines and
    columns are 1-based, columns in code points, and the end is exclusive.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


class Edit(NamedTuple):
    """Replace the source text in ``span`` with ``replacement``."""

    span: Span
    replacement: str


class Fix(NamedTuple):
    """One or more edits that together correct a diagnostic."""

    edits: tuple[Edit, ...]
    applicability: Applicability

    @property
    def is_safe(self) -> bool:
        return self.applicability is Applicability.SAFE


class Diagnostic(NamedTuple):
    """One finding in one file, ready to be rendered."""

    path: str
    span: Span
    rule: str
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    #: The other places in the file where a rule that reports a point once (a repeated
    #: British spelling) found the same point; ``fix`` corrects them all.
    related: tuple[Span, ...] = ()
    #: The places the message points at ("written ... on line 3": the other form of a name);
    #: editors show them beside the finding (LSP relatedInformation).
    refers_to: tuple[Span, ...] = ()

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    @property
    def family(self) -> str:
        return self.rule.split("/", 1)[0]

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.span.line, self.span.column, self.rule, self.message)
