"""``--format summary``: a Markdown job summary for ``$GITHUB_STEP_SUMMARY``.

GitHub shows at most 10 annotations of each kind per step on a pull request; the rest are lost
from view. The job summary has no such cap: a count per rule, then a table of every finding
(up to :data:`MAX_ROWS`, far below GitHub's 1 MiB summary limit). Article text, paths and
messages are escaped so that nothing in them becomes Markdown, HTML or a table cell boundary.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from copylint.output import Report

#: Findings listed one per row; beyond this, a line says how many more there are.
MAX_ROWS = 1000
#: Characters that mean something in Markdown, as numeric character references.
_MARKDOWN = str.maketrans({char: f"&#{ord(char)};" for char in "\\|*_`[]#~"})


def cell(text: str) -> str:
    """``text`` safe inside a Markdown table cell: HTML-escaped, no pipes, no line breaks, no
    Markdown emphasis, links or code spans."""
    return html.escape(" ".join(text.split()), quote=False).translate(_MARKDOWN)


def render(report: Report, stream: TextIO, **_: object) -> None:
    from copylint.output.text_format import summary_line

    diagnostics = report.diagnostics
    stream.write("## copylint\n\n")
    stream.write(f"{cell(summary_line(report))}\n\n")
    problems = [(r.path, r.error) for r in report.results if r.error]
    if problems:
        stream.write("**Could not be checked:**\n\n")
        for path, error in problems:
            stream.write(f"- {cell(path)}: {cell(error or '')}\n")
        stream.write("\n")
    if not diagnostics:
        return
    counts = Counter((d.rule, d.severity.label) for d in diagnostics)
    stream.write("| Rule | Severity | Count |\n| --- | --- | ---: |\n")
    for (rule, severity), count in sorted(counts.items(), key=lambda i: (-i[1], i[0])):
        stream.write(f"| {cell(rule)} | {severity} | {count} |\n")
    stream.write(
        "\n| File | Line | Severity | Rule | Message |\n| --- | ---: | --- | --- | --- |\n"
    )
    for d in diagnostics[:MAX_ROWS]:
        message = d.message + (
            f" (suggestion: {', '.join(d.suggestions)})" if d.suggestions else ""
        )
        stream.write(
            f"| {cell(d.path)} | {d.span.line} | {d.severity.label} | {cell(d.rule)} "
            f"| {cell(message)} |\n"
        )
    if len(diagnostics) > MAX_ROWS:
        stream.write(f"\n… and {len(diagnostics) - MAX_ROWS} more findings not listed.\n")
