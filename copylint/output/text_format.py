"""``--format text``: ``path:line:col: severity rule message``, the suggestion, and the
source line with the flagged text underlined. Colour only on a terminal, never with NO_COLOR.
File names, messages and article text are printed with control characters escapes
(:mod:`copylint.escape`), and the caret is placed by terminal columns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from copylint.escape import cells, printable
from copylint.lines import split_lines
from copylint.model import Diagnostic, Severity

if TYPE_CHECKING:
    from copylint.output import Report

#: Long lines (a paragraph per line is common in plain-text articles) are shown as a window of
#: about this many columns around the flagged text.
WINDOW = 100
#: Output lines gathered before a write (a few hundred kilobytes at most).
_CHUNK = 4096
_COLOR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
#: ANSI SGR codes of the colours the report uses.
_SGR = {"red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36}


#: :func:`ansi` or :func:`plain`.
Style = Callable[..., str]


def ansi(text: str, *, fg: str | None = None, bold: bool = False) -> str:
    """``text`` in colour ``fg``, and bold, for a terminal (ANSI escape sequences)."""
    codes = "".join(f"\x1b[{code}m" for code in ([_SGR[fg]] if fg else []) + ([1] if bold else []))
    return f"{codes}{text}\x1b[0m" if codes else text


def plain(text: str, **_: object) -> str:
    """``text`` as it is: the report without colour."""
    return text


def excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of ``line`` to show and the caret columns (0-based display cells) in it."""
    line = line.replace("\t", " ")
    end = max(min(end, len(line)), start + 1)
    left = max(0, start - (WINDOW - (end - start)) // 2)
    right = min(len(line), max(end, left + WINDOW))
    shown = line[left:right]
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    if shown.isascii() and shown.isprintable():  # most lines: a character is a column
        return (
            prefix + shown + suffix,
            len(prefix) + len(line[left:start]),
            max(1, len(line[start:end])),
        )
    caret_start = cells(prefix + printable(line[left:start]))
    caret_width = max(1, cells(printable(line[start:end])))
    return prefix + printable(shown) + suffix, caret_start, caret_width


def _source_lines(d: Diagnostic, lines: list[str], style: Style) -> str:
    """The flagged line (or a window of it) and the carets under the flagged text."""
    span = d.span
    if not 0 < span.line <= len(lines):
        return ""
    line = lines[span.line - 1]
    end = span.end_column - 1 if span.end_line == span.line else len(line)
    shown, caret_start, caret_width = excerpt(line, span.column - 1, end)
    gutter = str(span.line)
    carets = style(f" {' ' * len(gutter)} | " + " " * caret_start + "^" * caret_width, fg="blue")
    return f" {gutter} | {shown}\n{carets}\n"


def render(
    report: Report,
    stream: TextIO,
    *,
    color: bool = False,
    quiet: bool = False,
    statistics: bool = False,
    **_: object,
) -> None:
    style: Style = ansi if color else plain
    if statistics:
        _render_statistics(report, stream)
        return
    results = {r.path: r for r in report.results}
    # What is the same for many diagnostics is styled once: a file's name, a severity, a rule.
    severities = {s: style(s.label, fg=_COLOR[s], bold=True) for s in Severity}
    rules: dict[str, str] = {}
    fixable = style(" [fixable]", fg="green")
    path: str | None = None
    shown_path = ""
    lines: list[str] = []  # the file's lines, split once: its diagnostics come together
    out: list[str] = []  # written in chunks: a write per line was a tenth of a cached run
    for d in report.diagnostics:
        if len(out) >= _CHUNK:
            stream.write("".join(out))
            out.clear()
        if d.path != path:
            path, shown_path, lines = d.path, printable(d.path), []
            result = None if quiet else results.get(path)
            if result is not None and (source := result.source) is not None:
                lines = split_lines(source)
        rule = rules.get(d.rule)
        if rule is None:
            rule = rules[d.rule] = style(printable(d.rule), fg="magenta")
        location = style(f"{shown_path}:{d.span.line}:{d.span.column}:", bold=True)
        more = f" (+{len(d.related)} more in this file)" if d.related else ""
        out.append(f"{location} {severities[d.severity]} {rule} {printable(d.message)}{more}\n")
        if quiet:
            continue
        if lines:
            out.append(_source_lines(d, lines, style))
        if d.suggestions:
            mark = fixable if d.fix is not None and d.fix.is_safe else ""
            shown = ", ".join(
                repr(s) if s.strip() != s or not s else printable(s) for s in d.suggestions
            )
            out.append(f"   = suggestion: {shown}{mark}\n")
        out.append("\n")
    if not quiet:
        out.append(summary_line(report) + "\n")
    stream.write("".join(out))


def summary_line(report: Report) -> str:
    summary = report.summary()
    files = summary["files"] - report.unreadable
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    if report.unreadable:
        checked += f", {report.unreadable} could not be read"
    if not summary["diagnostics"]:
        return f"No problems found ({checked})."
    parts = [
        f"{summary[key]} {label}{'s' if summary[key] != 1 else ''}"
        for key, label in (("errors", "error"), ("warnings", "warning"), ("infos", "info"))
        if summary[key]
    ]
    fixable = sum(1 for d in report.diagnostics if d.fix is not None and d.fix.is_safe)
    tail = f"; {fixable} fixable with --fix" if fixable else ""
    total = summary["diagnostics"]
    return (
        f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)}) in {checked}{tail}."
    )


def _render_statistics(report: Report, stream: TextIO) -> None:
    counts = Counter(d.rule for d in report.diagnostics)
    fixable = Counter(d.rule for d in report.diagnostics if d.fix is not None and d.fix.is_safe)
    for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mark = " [fixable]" if fixable[rule] == count else ""
        stream.write(f"{count:6d}  {printable(rule)}{mark}\n")
