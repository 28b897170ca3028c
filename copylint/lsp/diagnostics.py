"""copylint diagnostics as LSP diagnostics.

The severity maps one to one, ``code`` is the rule id (what ``copylint explain`` and the
inline ``copylint-disable`` comments take), ``codeDescription`` links the rule's documentation
when it cites a web page, and the message carries the suggestions as the command line shows
them. ``relatedInformation`` lists the places the finding points at (the other form of an
inconsistent name) and the other places of a point reported once, each quoting its text, so
an editor can jump there.
"""

from __future__ import annotations

from lsprotocol import types

from copylint.lsp.positions import LineTable
from copylint.model import Diagnostic, Severity, Span
from copylint.rule import RuleInfo

SOURCE = "copylint"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def _message(diagnostic: Diagnostic) -> str:
    """The message, and the suggestions it does not already name."""
    missing = [
        s for s in diagnostic.suggestions if s.strip() and f'"{s}"' not in diagnostic.message
    ]
    if not missing:
        return diagnostic.message
    return f"{diagnostic.message} (suggestion: {', '.join(missing)})"


def _link(info: RuleInfo | None) -> types.CodeDescription | None:
    if info is None:
        return None
    for reference in info.docs.references:
        if reference.startswith(("https://", "http://")):
            return types.CodeDescription(href=reference.split()[0])
    return None


def _related(
    diagnostic: Diagnostic, lines: LineTable, uri: str, source: str
) -> list[types.DiagnosticRelatedInformation] | None:
    """The places the finding points at, then the other places of its point."""

    def place(span: Span, what: str) -> types.DiagnosticRelatedInformation:
        quoted = " ".join(source[span.start : span.end].split())
        return types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=lines.range(span)),
            message=f"{what}: “{quoted}”",
        )

    found = [place(span, "Referred to") for span in diagnostic.refers_to]
    found += [place(span, "Same point") for span in diagnostic.related]
    return found or None


def to_lsp(
    diagnostic: Diagnostic, lines: LineTable, info: RuleInfo | None, uri: str, source: str
) -> types.Diagnostic:
    """The LSP form of ``diagnostic`` in the document ``uri`` whose text is ``source``;
    ``info`` is its rule's metadata, when registered."""
    return types.Diagnostic(
        range=lines.range(diagnostic.span),
        message=_message(diagnostic),
        severity=_SEVERITY[diagnostic.severity],
        code=diagnostic.rule,
        code_description=_link(info),
        source=SOURCE,
        related_information=_related(diagnostic, lines, uri, source),
    )
