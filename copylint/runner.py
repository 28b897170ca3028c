"""One file through the engine: build the document, lint, and fix until stable.

The second level of a run (see :mod:`copylint.orchestrate`): a file's text in, its
:class:`FileOutcome` out.

Reading files, the cache and worker processes are :mod:`copylint.batch`'s business.
"""

from __future__ import annotations

from collections import Counter

from copylint.document import Document
from copylint.engine import Linter
from copylint.files import SourceFile
from copylint.fix import accepted_fixes, apply_edits
from copylint.formats import Markup, load_document, write_refusal
from copylint.outcome import FileOutcome, FileResult, InternalError

#: ``--fix`` re-lints and fixes again until nothing changes, at most this many times.
MAX_FIX_PASSES = 10


def _document(linter: Linter, path: str, text: str, fmt: str | None) -> Document:
    """The document for ``text``, with the settings a format reads (front matter fields of
    Markdown, a web page's story) and the ignore patterns of every format."""
    settings = linter.settings
    return load_document(path, text, fmt, Markup.of(settings), html_story=settings.html_story)


def _lint(linter: Linter, path: str, text: str, fmt: str | None) -> FileResult:
    """Lint ``text`` as a document of its own, released as soon as it is linted (see
    :meth:`Document.release`)."""
    doc = _document(linter, path, text, fmt)
    result = linter.lint(doc)
    doc.release()
    return result


def lint_source(linter: Linter, source: SourceFile, fmt: str | None = None) -> FileResult:
    return _lint(linter, source.path, source.text, fmt)


def fix_source(
    linter: Linter,
    source: SourceFile,
    fmt: str | None = None,
    fixed_rules: Counter[str] | None = None,
) -> tuple[str, FileResult, int]:
    """Apply safe fixes until none is left; the final text, its result, and the fix count.

    Fixes that do not converge (a pack that swaps "a" for "b" and "b" for "a", or fixes that
    are still finding work after :data:`MAX_FIX_PASSES`) are not applied at all: the text is
    left as it was and the rules whose fixes went round are reported as failures. Unsafe fixes are
    applied too with ``--unsafe-fixes``; ``fixed_rules`` counts the fixes per rule.
    """
    unsafe = linter.settings.unsafe_fixes
    text = source.text
    result = _lint(linter, source.path, text, fmt)
    original = result
    applied_total = 0
    seen = {text}
    for _ in range(MAX_FIX_PASSES):
        accepted = accepted_fixes(result.diagnostics, unsafe)
        new_text, applied = apply_edits(text, accepted, unsafe)
        if not applied or new_text == text:
            return text, result, applied_total
        if new_text in seen:
            break  # back to an earlier text: a loop
        seen.add(new_text)
        applied_total += applied
        if fixed_rules is not None:
            fixed_rules.update(d.rule for d in accepted)
        text = new_text
        result = _lint(linter, source.path, text, fmt)
    else:
        accepted = accepted_fixes(result.diagnostics)
        if not accepted:
            return text, result, applied_total
    rules = sorted({d.rule for d in accepted})
    for rule in rules:
        original.internal_errors.append(
            InternalError(
                source.path,
                rule,
                "its fix does not converge (its output is flagged again); no fix was written",
                crashed=False,
            )
        )
    return source.text, original, 0


def check_source(
    linter: Linter, source: SourceFile, *, fix: bool = False, fmt: str | None = None
) -> FileOutcome:
    if not fix:
        return FileOutcome(lint_source(linter, source, fmt), source)
    fixed_rules: Counter[str] = Counter()
    text, result, applied = fix_source(linter, source, fmt, fixed_rules)
    if write_refusal(source.path) is not None:
        # Not written back (a Word document, a page in another encoding than UTF-8): report
        # the file as it stands, and keep the fixed text for --diff.
        return FileOutcome(lint_source(linter, source, fmt), source, text, 0)
    return FileOutcome(result, source, text, applied, fixed_rules=fixed_rules)
