"""``copylint annotate``: a Word draft marked up the way a copy editor marks it up.

Every finding becomes a Word comment anchored on exactly the flagged words (author "copylint";
the message, the suggestion and the rule id), and the safe fixes become tracked changes
(``w:del`` of the writer's words + ``w:ins`` of the fix, author "copylint", dated now) that keep
the run's formatting. The tracked changes are the difference between each paragraph and what
``copylint check --fix`` makes of it, so accepting every change gives the ``--fix`` text and
rejecting every change gives the writer's text back.

Positions come from :mod:`copylint.formats.docx`: the linted text has one line per body
paragraph, and a column is a code point of :func:`~copylint.formats.docx.paragraph_segments`.
Runs are split where a comment or a change starts and ends, each half keeping the run's
properties. A change whose words lie in runs of different formatting, or reach into a field,
a picture or someone else's tracked change, is left out (its comment stays). Comments and
changes already in the draft are kept as they are; a comment copylint made before on the same
paragraph with the same text is not added again. Footnotes are linted but not annotated.
"""

from __future__ import annotations

import collections
import contextlib
import copy
import datetime as dt
import difflib
import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.files import ReadError, read_bytes
from copylint.formats.docx import (
    W,
    body_paragraphs,
    decode_docx,
    open_package,
    paragraph_segments,
)
from copylint.model import Diagnostic
from copylint.runner import fix_source, lint_source

AUTHOR = "copylint"
INITIALS = "CL"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: The parents a tracked change may sit in (not inside another tracked change or a field).
_CHANGE_PARENTS = frozenset({W + "p", W + "hyperlink"})
#: What a tracked change replaces at least: a word, a run of spaces, one other character.
_TOKEN = regex.compile(r"\w+|\s+|[^\w\s]")


@dataclass
class AnnotateReport:
    """What ``annotate`` did to a draft."""

    output: str
    comments: int = 0
    changes: int = 0
    kept_comments: int = 0  # findings already commented by an earlier run
    skipped_changes: int = 0  # fixes left as comments only (formatting would be lost)
    footnote_findings: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    internal_errors: list[str] = field(default_factory=list)  # rules that failed on the draft

    def summary(self) -> str:
        parts = [
            f"{self.comments} comment{'s' if self.comments != 1 else ''}",
            f"{self.changes} tracked change{'s' if self.changes != 1 else ''}",
        ]
        if self.kept_comments:
            parts.append(f"{self.kept_comments} already commented")
        if self.skipped_changes:
            parts.append(f"{self.skipped_changes} fix(es) left as comments only")
        if self.footnote_findings:
            parts.append(f"{self.footnote_findings} finding(s) in footnotes not annotated")
        return f"Wrote {self.output}: " + ", ".join(parts) + "."


def default_output(path: str) -> str:
    """``DRAFT.docx`` → ``DRAFT.copylint.docx``."""
    target = Path(path)
    return str(target.with_name(f"{target.stem}.copylint{target.suffix or '.docx'}"))


def comment_text(diagnostic: Diagnostic) -> str:
    """What the margin says: the message, the suggestion, the rule id."""
    lines = [diagnostic.message]
    if diagnostic.suggestions:
        shown = (s if s and s.strip() == s else repr(s) for s in diagnostic.suggestions)
        lines.append("Suggestion: " + " / ".join(shown))
    lines.append(f"[{diagnostic.rule}]")
    return "\n".join(lines)


def annotate_file(
    linter: Linter, path: str, output: str | None = None, *, changes: bool = True
) -> AnnotateReport:
    """Write the annotated copy of the draft at ``path`` to ``output`` (default
    :func:`default_output`; ``output == path`` annotates in place)."""
    try:
        data = read_bytes(path)
        source = decode_docx(path, data)
        document = open_package(path, data)
    except ReadError as error:
        raise CopylintError(f"{path}: {error}") from None
    result = lint_source(linter, source, "docx")
    report = AnnotateReport(output or default_output(path), diagnostics=result.diagnostics)
    report.internal_errors = [error.describe() for error in result.internal_errors]
    paragraphs = body_paragraphs(document)
    _add_comments(document, paragraphs, result.diagnostics, report)
    if changes:
        fixed, _, _ = fix_source(linter, source, "docx")
        _add_changes(document, paragraphs, source.text, fixed, report)
    _save(document, report.output)
    return report


# -- comments -------------------------------------------------------------------------------


def _existing_comments(
    document: Any, paragraphs: Sequence[Any]
) -> collections.Counter[tuple[int, str, str]]:
    """(paragraph index, anchored words, text) of the comments copylint made in an earlier
    run, counted (one paragraph may hold the same finding twice)."""
    ours = {c.comment_id: c.text for c in document.comments if c.author == AUTHOR}
    found: collections.Counter[tuple[int, str, str]] = collections.Counter()
    for index, paragraph in enumerate(paragraphs):
        for start in paragraph.iter(W + "commentRangeStart"):
            comment_id = int(start.get(W + "id", "-1"))
            if comment_id in ours:
                found[(index, _anchored(start), ours[comment_id])] += 1
    return found


def _anchored(start: Any) -> str:
    """The words a comment range holds, as copylint reads them (tracked deletions left out)."""
    end_id = start.get(W + "id")
    words: list[str] = []
    for element in start.itersiblings():
        if element.tag == W + "commentRangeEnd" and element.get(W + "id") == end_id:
            break
        if element.tag not in (W + "del", W + "moveFrom"):
            words.extend(t.text or "" for t in element.iter(W + "t"))
    return "".join(words)


def _add_comments(
    document: Any, paragraphs: Sequence[Any], diagnostics: Sequence[Diagnostic], report: Any
) -> None:
    existing = _existing_comments(document, paragraphs)
    for diagnostic in diagnostics:
        index = diagnostic.span.line - 1
        if index >= len(paragraphs):
            report.footnote_findings += 1
            continue
        paragraph = paragraphs[index]
        start = diagnostic.span.column - 1
        end = start + max(diagnostic.span.end - diagnostic.span.start, 1)
        text = comment_text(diagnostic)
        key = (index, _text(paragraph)[start : diagnostic.span.end_column - 1], text)
        if existing[key] > 0:
            existing[key] -= 1
            report.kept_comments += 1
            continue
        runs = _runs_for(paragraph, start, end)
        if not runs:
            runs = _runs_for(paragraph, 0, len(_text(paragraph)))
        if not runs:
            continue
        comment = document.comments.add_comment(text=text, author=AUTHOR, initials=INITIALS)
        runs[0].insert_comment_range_start_above(comment.comment_id)
        runs[-1].insert_comment_range_end_and_reference_below(comment.comment_id)
        report.comments += 1


# -- runs -----------------------------------------------------------------------------------


def _text(paragraph: Any) -> str:
    return "".join(s.text for s in paragraph_segments(paragraph))


def _runs_for(paragraph: Any, start: int, end: int) -> list[Any]:
    """The runs holding ``text[start:end]`` of the paragraph, split so that they hold exactly
    that where the text allows it."""
    end = min(end, len(_text(paragraph)))
    start = min(start, end)
    _boundary(paragraph, start)
    _boundary(paragraph, end)
    runs: list[Any] = []
    position = 0
    for segment in paragraph_segments(paragraph):
        following = position + len(segment.text)
        overlaps = position < end and following > start and segment.run is not None
        if overlaps and (not runs or runs[-1] is not segment.run):
            runs.append(segment.run)
        position = following
    return runs


def _boundary(paragraph: Any, offset: int) -> None:
    """Split the run at ``offset`` of the paragraph's text so that a run starts there."""
    position = 0
    for segment in paragraph_segments(paragraph):
        length = len(segment.text)
        if offset == position:
            _split_before(segment.run, segment.node)
            return
        if position < offset < position + length and segment.node.tag == W + "t":
            head = segment.node
            cut = offset - position
            tail = _text_element(head.tag, head.text[cut:])
            head.text = head.text[:cut]
            head.set(_XML_SPACE, "preserve")
            head.addnext(tail)
            _split_before(segment.run, tail)
            return
        position += length


def _split_before(run: Any, node: Any) -> None:
    """Move ``node`` and what follows it in ``run`` to a new run after it, same properties."""
    if run is None or node.getparent() is not run:
        return
    content = [child for child in run if child.tag != W + "rPr"]
    if not content or content[0] is node:
        return
    new_run = _empty_like(run)
    moved = [node, *node.itersiblings()]
    for child in moved:
        new_run.append(child)
    run.addnext(new_run)


def _empty_like(run: Any) -> Any:
    """A run with ``run``'s properties and no content."""
    from docx.oxml import OxmlElement

    new_run = OxmlElement("w:r")
    properties = run.find(W + "rPr")
    if properties is not None:
        new_run.append(copy.deepcopy(properties))
    return new_run


def _text_element(tag: str, text: str) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement("w:delText" if tag == W + "delText" else "w:t")
    element.text = text
    element.set(_XML_SPACE, "preserve")
    return element


# -- tracked changes ------------------------------------------------------------------------


class _Revisions:
    """Ids, author and date for the tracked changes of one run."""

    def __init__(self, document: Any) -> None:
        ids = [
            int(value)
            for element in document.element.body.iter()
            if (value := element.get(W + "id", "")).isdigit()
        ]
        self.next_id = max(ids, default=0) + 1
        self.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def element(self, name: str) -> Any:
        from docx.oxml import OxmlElement

        element = OxmlElement(
            name,
            attrs={W + "id": str(self.next_id), W + "author": AUTHOR, W + "date": self.date},
        )
        self.next_id += 1
        return element


def _add_changes(
    document: Any, paragraphs: Sequence[Any], original: str, fixed: str, report: Any
) -> None:
    before, after = original.split("\n"), fixed.split("\n")
    if len(before) != len(after):  # a fix that joins or splits paragraphs: not as changes
        report.skipped_changes += 1
        return
    revisions = _Revisions(document)
    for index, paragraph in enumerate(paragraphs):
        old, new = before[index], after[index]
        if old == new:
            continue
        # From the end: a change leaves the offsets before it as they were.
        for start, end, replacement in reversed(word_changes(old, new)):
            if _change(paragraph, start, end, replacement, revisions):
                report.changes += 1
            else:
                report.skipped_changes += 1


def word_changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """The edits that turn ``old`` into ``new``, whole words at a time (as an editor marks
    them): ``(start, end, replacement)`` in ``old``'s offsets, in order."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    starts_a = [0]
    for token in a:
        starts_a.append(starts_a[-1] + len(token))
    edits = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append((starts_a[i1], starts_a[i2], "".join(b[j1:j2])))
    return edits


def _change(paragraph: Any, start: int, end: int, replacement: str, revisions: Any) -> bool:
    """Replace ``text[start:end]`` of the paragraph by ``replacement`` as a tracked change;
    False (nothing done) when that would lose formatting or break a structure."""
    if "\t" in replacement:
        return False
    if start == end:
        return _insert(paragraph, start, replacement, revisions)
    runs = _runs_for(paragraph, start, end)
    if not runs or not _exactly(paragraph, runs, start, end) or not _alike(runs):
        return False
    # Each run is wrapped where it stands, so that comment marks between them stay put.
    for run in runs:
        deleted = revisions.element("w:del")
        run.addprevious(deleted)
        deleted.append(run)
        for text in run.iter(W + "t"):
            text.tag = W + "delText"
    if replacement:
        runs[-1].getparent().addnext(_inserted(runs[0], replacement, revisions))
    return True


def _insert(paragraph: Any, offset: int, text: str, revisions: Any) -> bool:
    _boundary(paragraph, offset)
    position = 0
    previous = following = None
    for segment in paragraph_segments(paragraph):
        if position < offset:
            previous = segment.run
        elif following is None:
            following = segment.run
        position += len(segment.text)
    model = previous if previous is not None else following
    if model is None or model.getparent().tag not in _CHANGE_PARENTS:
        return False
    inserted = _inserted(model, text, revisions)
    if previous is not None:
        previous.addnext(inserted)
    elif following is not None:
        following.addprevious(inserted)
    return True


def _inserted(model: Any, text: str, revisions: Any) -> Any:
    inserted = revisions.element("w:ins")
    run = _empty_like(model)
    run.append(_text_element(W + "t", text))
    inserted.append(run)
    return inserted


def _exactly(paragraph: Any, runs: Sequence[Any], start: int, end: int) -> bool:
    """True when ``runs`` hold exactly ``text[start:end]``, as plain text, in one parent."""
    parent = runs[0].getparent()
    if parent.tag not in _CHANGE_PARENTS or any(r.getparent() is not parent for r in runs):
        return False
    chosen = {id(r) for r in runs}
    position = 0
    for segment in paragraph_segments(paragraph):
        following = position + len(segment.text)
        inside = start <= position and following <= end
        if (id(segment.run) in chosen) != inside and segment.text:
            return False
        if inside and segment.node.tag not in (W + "t", W + "tab"):
            return False
        position = following
    return True


def _alike(runs: Sequence[Any]) -> bool:
    """True when the runs have the same properties (one formatting for the inserted text)."""
    from lxml import etree

    def properties(run: Any) -> bytes:
        element = run.find(W + "rPr")
        return b"" if element is None else bytes(etree.tostring(element, method="c14n"))

    first = properties(runs[0])
    return all(properties(run) == first for run in runs[1:])


# -- saving ---------------------------------------------------------------------------------


def _mode(path: str) -> int:
    """The permissions to write ``path`` with: its own when it exists (``--in-place``), else
    what a new file gets under the umask (mkstemp's temporary is private)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _save(document: Any, output: str) -> None:
    """Write the package to ``output`` atomically: a temporary file beside it, renamed over."""
    buffer = io.BytesIO()
    document.save(buffer)
    directory = os.path.dirname(os.path.abspath(output))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".copylint-", suffix=".docx", dir=directory)
        try:
            os.chmod(temporary, _mode(output))
            with os.fdopen(handle, "wb") as stream:
                stream.write(buffer.getvalue())
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, output)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        raise CopylintError(f"{output}: cannot write: {error.strerror or error}") from None
