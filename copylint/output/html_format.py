"""``--format html``: one self-contained page for editors, who do not read terminal output.

Each article with a finding is shown as written, every diagnostic highlighted on its exact
span; hovering a highlight shows the message and suggestion, which are also listed beside the
text. A summary table counts the findings per file and rule, and checkboxes filter by family
and severity. The page loads nothing from the network: its style and script are inline, and a
Content-Security-Policy forbids every other source and every script but its own, so text from
an article can never run (all of it is escaped as well).

Overlapping diagnostics are drawn by cutting the text at every span boundary: each piece is one
``<mark>`` listing the diagnostics that cover it (``data-d``), coloured by the most severe of
those still shown. An empty span (a missing comma) is a caret mark of no width.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from copylint import __version__
from copylint.model import Diagnostic, Severity
from copylint.output.text_format import summary_line

if TYPE_CHECKING:
    from copylint.outcome import FileResult
    from copylint.output import Report

_ASSETS = Path(__file__).with_name("html")
_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def render(report: Report, stream: TextIO, **_: object) -> None:
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    with_findings = [r for r in report.results if r.diagnostics]
    total = len(report.diagnostics)
    title = f"copylint: {_plural(total, 'problem')} in {_plural(len(with_findings), 'file')}"
    parts = [
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n",
        f"<meta http-equiv='Content-Security-Policy' content=\"{policy}\">\n",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n",
        "<meta name='generator' content='copylint'>\n",  # copylint never lints its report
        f"<title>{escape(title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n",
        "<body>\n<header>\n<h1>copylint report</h1>\n",
        f"<p class='summary'>{escape(summary_line(report))}</p>\n",
        *_filters(report.diagnostics),
        "</header>\n<main>\n",
        *_problems(report.results),
        *_summary_table(with_findings),
    ]
    first = 1
    for number, result in enumerate(with_findings, 1):
        parts.extend(_article(number, result, first))
        first += len(result.diagnostics)
    clean = [r.path for r in report.results if not r.diagnostics and not r.error]
    if clean:
        parts.append(f"<details class='clean'><summary>{_plural(len(clean), 'file')} ")
        parts.append("with no problems</summary>\n<ul>\n")
        parts.extend(f"<li>{escape(path)}</li>\n" for path in clean)
        parts.append("</ul>\n</details>\n")
    parts.append(f"</main>\n<footer>copylint {escape(__version__)}</footer>\n")
    parts.append("<div id='tip' role='tooltip' hidden></div>\n")
    parts.append(f"<script>{script}</script>\n</body>\n</html>\n")
    stream.write("".join(parts))


def _filters(diagnostics: Sequence[Diagnostic]) -> Iterator[str]:
    if not diagnostics:
        return
    families = Counter(d.family for d in diagnostics)
    severities = Counter(d.severity for d in diagnostics)
    yield "<form class='filters' aria-label='Filters'>\n<fieldset><legend>Families</legend>\n"
    for family, count in sorted(families.items()):
        yield (
            f"<label><input type='checkbox' data-filter='family' value='{_attr(family)}' "
            f"checked> {escape(family)} <span class='count'>{count}</span></label>\n"
        )
    yield "</fieldset>\n<fieldset><legend>Severity</legend>\n"
    for severity in _SEVERITIES:
        if severities[severity]:
            yield (
                f"<label class='sev-{severity.label}'><input type='checkbox' "
                f"data-filter='severity' value='{severity.label}' checked> {severity.label} "
                f"<span class='count'>{severities[severity]}</span></label>\n"
            )
    yield "</fieldset>\n</form>\n"


def _problems(results: Sequence[FileResult]) -> Iterator[str]:
    lines = [f"{r.path}: {r.error}" for r in results if r.error] + [
        f"{e.path}: rule {e.rule} crashed: {e.message}" for r in results for e in r.internal_errors
    ]
    if lines:
        yield "<section class='problems'><h2>Could not check</h2>\n<ul>\n"
        yield from (f"<li>{escape(line)}</li>\n" for line in lines)
        yield "</ul>\n</section>\n"


def _summary_table(with_findings: Sequence[FileResult]) -> Iterator[str]:
    if not with_findings:
        return
    yield "<section class='overview'><h2>Summary</h2>\n<table class='summary'>\n"
    yield "<thead><tr><th>File</th><th>Rule</th><th>Severity</th><th>Count</th></tr></thead>\n"
    yield "<tbody>\n"
    for number, result in enumerate(with_findings, 1):
        counts = Counter((d.rule, d.severity) for d in result.diagnostics)
        for (rule, severity), count in sorted(counts.items(), key=lambda i: (-i[0][1], i[0][0])):
            family = rule.split("/", 1)[0]
            yield (
                f"<tr data-family='{_attr(family)}' data-severity='{severity.label}'>"
                f"<td><a href='#file-{number}'>{escape(result.path)}</a></td>"
                f"<td><code>{escape(rule)}</code></td>"
                f"<td class='sev-{severity.label}'>{severity.label}</td>"
                f"<td class='num'>{count}</td></tr>\n"
            )
    yield "</tbody>\n</table>\n</section>\n"


def _article(number: int, result: FileResult, first: int) -> Iterator[str]:
    """The article's text with its highlights, and its findings beside it; the findings are
    numbered from ``first`` on, in reading order, across the page."""
    numbered = list(enumerate(result.diagnostics, first))
    count = len(numbered)
    yield (
        f"<section class='article' id='file-{number}' data-path='{_attr(result.path)}'>\n"
        f"<h2><span class='path'>{escape(result.path)}</span> "
        f"<span class='tally'><span class='visible-count'>{count}</span> of "
        f"{_plural(count, 'problem')} shown</span></h2>\n<div class='columns'>\n"
        "<div class='text'>"
    )
    yield from _highlighted(result.source or "", numbered)
    yield "</div>\n<ol class='findings'>\n"
    for n, d in numbered:
        yield _finding(d, n)
    yield "</ol>\n</div>\n</section>\n"


def _finding(d: Diagnostic, n: int) -> str:
    suggestion = ""
    if d.suggestions:
        shown = " or ".join(_suggestion(s) for s in d.suggestions)
        suggestion = f"<span class='suggestion'>Suggestion: {escape(shown)}</span>"
    return (
        f"<li class='finding' data-d='{n}' data-family='{_attr(d.family)}' "
        f"data-severity='{d.severity.label}'><a class='where' href='#d{n}'>"
        f"line {d.span.line}, col {d.span.column}</a>"
        f"<div class='body'><span class='badge sev-{d.severity.label}'>{d.severity.label}</span> "
        f"<code class='rule'>{escape(d.rule)}</code>"
        f"<span class='message'>{escape(d.message)}</span>{suggestion}</div></li>\n"
    )


def _suggestion(text: str) -> str:
    """A suggestion as an editor reads it: quoted, and white space in words."""
    if not text:
        return "delete it"
    if text == " ":
        return "one space"
    return f"“{text}”" if text.strip() == text else repr(text)


Numbered = Sequence[tuple[int, Diagnostic]]


def _highlighted(source: str, numbered: Numbered) -> Iterator[str]:
    """The source, escaped, cut at every span boundary, each covered piece in a ``<mark>``.

    The pieces are swept in order with the set of spans open at each (added where a span
    starts, dropped where it ends), so a report with thousands of findings is not searched
    through once per piece."""
    cuts = sorted({0, len(source)} | {o for _, d in numbered for o in (d.span.start, d.span.end)})
    starting: dict[int, list[tuple[int, Diagnostic]]] = {}
    ending: dict[int, list[int]] = {}
    for n, d in numbered:
        starting.setdefault(d.span.start, []).append((n, d))
        ending.setdefault(d.span.end, []).append(n)
    open_spans: dict[int, Diagnostic] = {}
    for start, end in zip(cuts, [*cuts[1:], None], strict=True):
        for n in ending.get(start, ()):
            open_spans.pop(n, None)
        for n, d in starting.get(start, ()):
            yield f"<span class='anchor' id='d{n}'></span>"
            if d.span.start == d.span.end:
                yield _mark("", [(n, d)], "caret")
            else:
                open_spans[n] = d
        if end is None:
            break
        covering = sorted(open_spans.items())
        text = _newlines(source[start:end], followed_by_lf=source[end : end + 1] == "\n")
        yield _mark(text, covering, "hl") if covering else escape(text)


def _newlines(text: str, *, followed_by_lf: bool) -> str:
    """Line ends as a browser reads them (CRLF and CR are LF), written once on any platform."""
    if followed_by_lf and text.endswith("\r"):
        text = text[:-1]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mark(text: str, covering: Numbered, kind: str) -> str:
    worst = max(d.severity for _, d in covering)
    numbers = " ".join(str(n) for n, _ in covering)
    return f"<mark class='{kind} sev-{worst.label}' data-d='{numbers}'>{escape(text)}</mark>"
