"""What must hold for any document and any run, whatever the input: shared by the property
tests (hypothesis) and the coverage-guided fuzz target (atheris).

Each check raises AssertionError with a message that names what broke; none of them consults
the code it checks (offsets are compared with the source and prose strings directly).
"""

from __future__ import annotations

from collections.abc import Sequence

from copylint.document import Document
from copylint.engine import FileResult, Linter
from copylint.files import ReadError
from copylint.formats import decode, load_document
from copylint.model import Diagnostic, Span
from copylint.prose import BLOCK_SEPARATOR
from copylint.rule import Finding


def check_document(doc: Document) -> None:
    """The prose, its blocks and tokens, and the map back to the source are consistent."""
    source, text = doc.source, doc.text
    previous_start = 0
    for offset in range(len(text)):
        start, end = doc.source_map.start(offset), doc.source_map.end(offset + 1)
        assert 0 <= start <= end <= len(source), (offset, start, end, len(source))
        assert start >= previous_start, f"source map goes backwards at prose offset {offset}"
        previous_start = start
        if doc.is_verbatim(offset, offset + 1):
            assert source[start] == text[offset]
    check_blocks(doc)
    for word in doc.words:
        assert 0 <= word.start < word.end <= len(text) and text[word.start : word.end] == word.text
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end, sentence
    for quotation in doc.quotations:
        assert 0 <= quotation.start < quotation.end <= len(text), quotation
        assert doc.in_quotation(quotation.start)
    for directive in doc.directives:
        assert 0 <= directive.start < directive.end <= len(source)
        assert source[directive.start : directive.end].startswith("<!--")


def check_blocks(doc: Document) -> None:
    """Blocks are non-empty, in order, and separated by exactly the block separator."""
    text = doc.text
    position = 0
    for index, block in enumerate(doc.blocks):
        assert block.start < block.end <= len(text), block
        expected = 0 if index == 0 else position + len(BLOCK_SEPARATOR)
        assert block.start == expected, (index, block, position)
        if index:
            assert text[position : block.start] == BLOCK_SEPARATOR
        position = block.end
    assert position == len(text), "prose text after the last block"


def check_span(doc: Document, span: Span) -> None:
    """A span lies inside the source and its lines and columns agree with its offsets."""
    source = doc.source
    assert 0 <= span.start <= span.end <= len(source), span
    for offset, line, column in (
        (span.start, span.line, span.column),
        (span.end, span.end_line, span.end_column),
    ):
        line_start = source.rfind("\n", 0, offset) + 1
        assert line == source.count("\n", 0, offset) + 1, (span, offset)
        assert column == offset - line_start + 1, (span, offset)


def check_finding(doc: Document, rule: str, finding: Finding) -> None:
    """A finding lies in the prose, and its source span covers exactly the flagged prose:
    every prose character under the finding maps into the span, and a character the prose
    holds verbatim is the very character of the source there."""
    text = doc.text
    assert 0 <= finding.start <= finding.end <= len(text), (rule, finding)
    span = doc.source_span(finding.start, finding.end)
    check_span(doc, span)
    for offset in range(finding.start, finding.end):
        start, end = doc.source_map.start(offset), doc.source_map.end(offset + 1)
        assert span.start <= start <= end <= span.end, (rule, finding, offset, span)
        if doc.is_verbatim(offset, offset + 1):
            assert doc.source[start] == text[offset], (rule, finding, offset)
    if finding.start < finding.end and doc.is_verbatim(finding.start, finding.end):
        assert doc.source[span.start : span.end] == text[finding.start : finding.end], (
            rule,
            finding,
        )
    for edit in finding.edits:
        assert 0 <= edit.start <= edit.end <= len(text), (rule, finding, edit)
        if doc.is_verbatim(edit.start, edit.end):  # the engine applies only such edits
            edit_span = doc.source_span(edit.start, edit.end)
            assert doc.source[edit_span.start : edit_span.end] == text[edit.start : edit.end]


def check_result(doc: Document, result: FileResult) -> None:
    """The engine's result: no rule crashed, every span is in the source, fixes are sane."""
    assert not result.internal_errors, result.internal_errors
    assert result.error is None
    for diagnostic in result.diagnostics:
        check_diagnostic(doc, diagnostic)
    assert result.diagnostics == sorted(result.diagnostics, key=Diagnostic.sort_key)


def check_diagnostic(doc: Document, diagnostic: Diagnostic) -> None:
    check_span(doc, diagnostic.span)
    assert diagnostic.message and "\n" not in diagnostic.message, diagnostic
    if diagnostic.fix is None:
        return
    taken: list[tuple[int, int]] = []
    for edit in diagnostic.fix.edits:
        check_span(doc, edit.span)
        assert not any(a < edit.span.end and edit.span.start < b for a, b in taken), (
            f"overlapping edits in one fix: {diagnostic}"
        )
        taken.append((edit.span.start, edit.span.end))


def unchanged_outside(original: str, fixed: str, edits: Sequence[tuple[int, int, str]]) -> None:
    """``fixed`` is ``original`` with exactly ``edits`` (start, end, replacement) applied:
    every character outside the edited ranges is where it was, in order."""
    position = 0  # in original
    cursor = 0  # in fixed
    for start, end, replacement in sorted(edits):
        assert start >= position, "overlapping edits were applied"
        kept = original[position:start]
        assert fixed[cursor : cursor + len(kept)] == kept, (position, start)
        cursor += len(kept)
        assert fixed[cursor : cursor + len(replacement)] == replacement
        cursor += len(replacement)
        position = end
    assert fixed[cursor:] == original[position:]


def article_of(data: bytes) -> tuple[str, str]:
    """(format, source) from a fuzz input.

    The first byte picks the format (bit 0: Markdown), the line endings (bit 1: CRLF) and how
    undecodable bytes are read (bit 2: as lone surrogates, as the Python API may be handed
    them; otherwise as U+FFFD); the rest is the article.
    """
    flags, body = (data[0], data[1:]) if data else (0, b"")
    fmt = "markdown" if flags & 1 else "text"
    source = body.decode("utf-8", "surrogateescape" if flags & 4 else "replace")
    if flags & 2:
        source = source.replace("\r\n", "\n").replace("\n", "\r\n")
    return fmt, source


def check_input(linter: Linter, data: bytes) -> None:
    """Everything the fuzz target checks for one input: decoding it as a file gives text or a
    one-line reason; as an article, the document holds its invariants, every finding of every
    rule maps onto the text it flags, and the engine's result is sound."""
    try:
        decode("input", data)
    except ReadError as error:
        assert "\n" not in str(error)
    fmt, source = article_of(data)
    doc = load_document("article.md" if fmt == "markdown" else "article.txt", source, fmt)
    check_document(doc)
    for rule in linter.rules:
        for finding in rule.check(doc):
            check_finding(doc, rule.info.id, finding)
    check_result(doc, linter.lint(doc))
