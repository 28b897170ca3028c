"""``--format json``: every diagnostic with 1-based, end-exclusive code-point positions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from copylint.model import Diagnostic, Edit, Span

if TYPE_CHECKING:
    from copylint.output import Report


def edit_json(edit: Edit) -> dict[str, Any]:
    span = edit.span
    return {
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "replacement": edit.replacement,
    }


def span_json(span: Span) -> dict[str, int]:
    return {
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
    }


def diagnostic_json(d: Diagnostic) -> dict[str, Any]:
    found: dict[str, Any] = {
        "path": d.path,
        "line": d.span.line,
        "column": d.span.column,
        "end_line": d.span.end_line,
        "end_column": d.span.end_column,
        "rule": d.rule,
        "severity": d.severity.label,
        "message": d.message,
        "suggestions": list(d.suggestions),
        "fix": None
        if d.fix is None
        else {
            "applicability": d.fix.applicability.value,
            "edits": [edit_json(e) for e in d.fix.edits],
        },
    }
    if d.related:  # optional: the other places of a point reported once
        found["related"] = [span_json(s) for s in d.related]
    return found


def render(report: Report, stream: TextIO, **_: object) -> None:
    document = {
        "diagnostics": [diagnostic_json(d) for d in report.diagnostics],
        "summary": report.summary(),
    }
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
