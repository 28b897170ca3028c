"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from copylint.model import Severity

if TYPE_CHECKING:
    from copylint.output import Report

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, stream: TextIO, **_: object) -> None:
    for d in report.diagnostics:
        message = d.message
        if d.suggestions:
            message += f" (suggestion: {', '.join(d.suggestions)})"
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", d.path),
                ("line", d.span.line),
                ("col", d.span.column),
                ("endLine", d.span.end_line),
                ("endColumn", d.span.end_column),
                ("title", d.rule),
            )
        )
        stream.write(f"::{_LEVEL[d.severity]} {properties}::{_escape_data(message)}\n")
