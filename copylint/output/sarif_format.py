"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Rules are listed with their documentation in ``tool.driver.rules``; columns are Unicode code
points (``columnKind``), as everywhere in copylint.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from copylint import __version__
from copylint.docs import explain_markdown
from copylint.formats import format_for
from copylint.model import Diagnostic, Severity, Span

if TYPE_CHECKING:
    from copylint.output import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _region(span: Span) -> dict[str, int]:
    return {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
    }


def _uri(path: str) -> str:
    """A relative URI reference: the path's bytes percent-encoded (spaces, ``#``, ``%``, bytes
    that are not UTF-8), slashes kept."""
    encoded = path.replace("\\", "/").encode("utf-8", "surrogateescape")
    return quote(encoded, safe="/")


def _result(d: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.rule,
        "level": _LEVEL[d.severity],
        "message": {
            "text": d.message
            + (f" (suggestion: {', '.join(d.suggestions)})" if d.suggestions else "")
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(d.path)},
                    "region": _region(d.span),
                }
            }
        ],
    }
    if d.related:
        result["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(d.path)},
                    "region": _region(span),
                },
            }
            for number, span in enumerate(d.related, 1)
        ]
    if d.rule in index:
        result["ruleIndex"] = index[d.rule]
    if d.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": f"{d.fix.applicability.value} fix"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(d.path)},
                        "replacements": [
                            {
                                "deletedRegion": _region(e.span),
                                "insertedContent": {"text": e.replacement},
                            }
                            for e in d.fix.edits
                        ],
                    }
                ],
            }
        ]
    return result


def _snippet(result: dict[str, Any], d: Diagnostic, sources: dict[str, str]) -> dict[str, Any]:
    """For a Word document (``sources`` holds the text of those only), the flagged paragraphs
    as the region's snippet: a viewer cannot open the file as text, and shows this instead."""
    source = sources.get(d.path)
    if source is not None:
        lines = source.split("\n")[d.span.line - 1 : d.span.end_line]
        region = result["locations"][0]["physicalLocation"]["region"]
        region["snippet"] = {"text": "\n".join(lines)}
    return result


def render(report: Report, stream: TextIO, **_: object) -> None:
    sources = {
        r.path: r.source
        for r in report.results
        if format_for(r.path) == "docx" and r.source is not None  # a text is decoded when read
    }
    rules = [
        {
            "id": info.id,
            "name": info.name,
            "shortDescription": {"text": info.summary},
            "fullDescription": {"text": " ".join(info.docs.what.split())},
            "help": {"text": " ".join(info.docs.why.split()), "markdown": explain_markdown(info)},
            "defaultConfiguration": {"level": _LEVEL[info.severity]},
            "properties": {"tags": [info.family]},
        }
        for info in report.rules
    ]
    index = {info.id: i for i, info in enumerate(report.rules)}
    notifications = [
        {"level": "error", "message": {"text": f"{r.path}: {r.error}"}}
        for r in report.results
        if r.error
    ] + [
        {"level": "error", "message": {"text": e.describe()}}
        for r in report.results
        for e in r.internal_errors
    ]
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "copylint",
                        "version": __version__,
                        "informationUri": "https://github.com/copylint/copylint",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": [_snippet(_result(d, index), d, sources) for d in report.diagnostics],
            }
        ],
    }
    json.dump(sarif, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
