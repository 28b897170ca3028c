"""Code actions: the fixes and suggestions of a finding, fix-all, and switching a rule off.

Every action is a WorkspaceEdit on the document's current text, computed from the lint of
that very version, so an action never lands on text that has moved. Adding a word to the
house dictionary is a command instead (it writes a file that need not be open; see
:mod:`copylint.lsp.dictionary`).
"""

from __future__ import annotations

from collections.abc import Iterator

from lsprotocol import types

from copylint.files import SourceFile
from copylint.lsp.documents import Linted
from copylint.model import Diagnostic, Fix
from copylint.runner import fix_source

FIX_ALL = "source.fixAll.copylint"
ADD_WORD = "copylint.addWord"
#: The rules whose finding is an unknown word the house dictionary can teach.
DICTIONARY_RULES = frozenset({"spelling/misspelling"})

QUICKFIX = types.CodeActionKind.QuickFix


def _edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(
        document_changes=[types.TextDocumentEdit(text_document=document, edits=list(edits))]
    )


def _fix_edits(linted: Linted, fix: Fix) -> list[types.TextEdit]:
    return [types.TextEdit(linted.lines.range(e.span), e.replacement) for e in fix.edits]


def _title(linted: Linted, diagnostic: Diagnostic, replacement: str) -> str:
    flagged = linted.source[diagnostic.span.start : diagnostic.span.end]
    if diagnostic.fix is not None and len(diagnostic.fix.edits) == 1:
        edit = diagnostic.fix.edits[0]
        flagged = linted.source[edit.span.start : edit.span.end]
    if not replacement:
        return f"Delete {flagged.strip()!r}"
    return f"Replace {flagged!r} with {replacement!r}"


def quick_fixes(
    uri: str, linted: Linted, diagnostic: Diagnostic, shown: types.Diagnostic
) -> Iterator[types.CodeAction]:
    """The finding's own fix (preferred when safe), and each other suggestion where the fix
    shows that a suggestion replaces exactly the flagged text."""
    fix = diagnostic.fix
    if fix is None:
        return
    edits = _fix_edits(linted, fix)
    title = f"Fix: {diagnostic.message}"
    if len(fix.edits) == 1:
        title = _title(linted, diagnostic, fix.edits[0].replacement)
    yield types.CodeAction(
        title=title,
        kind=QUICKFIX,
        diagnostics=[shown],
        is_preferred=fix.is_safe,
        edit=_edit(uri, linted.version, edits),
    )
    single = fix.edits[0] if len(fix.edits) == 1 else None
    if single is None or single.span != diagnostic.span:
        return
    for suggestion in diagnostic.suggestions:
        if suggestion == single.replacement:
            continue
        yield types.CodeAction(
            title=_title(linted, diagnostic, suggestion),
            kind=QUICKFIX,
            diagnostics=[shown],
            edit=_edit(uri, linted.version, [types.TextEdit(edits[0].range, suggestion)]),
        )


def add_word(
    uri: str, linted: Linted, diagnostic: Diagnostic, shown: types.Diagnostic
) -> types.CodeAction | None:
    """ "Add 'Rahmallah' to the house dictionary" for an unknown word."""
    if diagnostic.rule not in DICTIONARY_RULES:
        return None
    word = linted.source[diagnostic.span.start : diagnostic.span.end]
    if not word.strip():
        return None
    return types.CodeAction(
        title=f"Add {word!r} to the house dictionary",
        kind=QUICKFIX,
        diagnostics=[shown],
        command=types.Command(
            title=f"Add {word!r} to the house dictionary", command=ADD_WORD, arguments=[uri, word]
        ),
    )


def _is_fence_or_marker(text: str) -> bool:
    stripped = text.strip()
    return stripped in ("---", "+++", "...") or stripped.startswith(("```", "~~~"))


def disable_line(
    uri: str, linted: Linted, diagnostic: Diagnostic, shown: types.Diagnostic
) -> types.CodeAction:
    """``<!-- copylint-disable-next-line RULE -->`` for the flagged line: on a line of its own
    before a paragraph's first line, else at the end of the line before (a comment line inside
    a paragraph would split it in two)."""
    line = diagnostic.span.line - 1
    comment = f"<!-- copylint-disable-next-line {diagnostic.rule} -->"
    before = linted.lines.line_text(line - 1)
    if line == 0 or not before.strip() or _is_fence_or_marker(before):
        start = types.Position(line, 0)
        indent = linted.lines.line_text(line)
        indent = indent[: len(indent) - len(indent.lstrip(" "))]
        edit = types.TextEdit(types.Range(start, start), f"{indent}{comment}\n")
    else:
        end = linted.lines.position(line, len(before.rstrip("\r")) + 1)
        edit = types.TextEdit(types.Range(end, end), f" {comment}")
    return types.CodeAction(
        title=f"Disable {diagnostic.rule} for this line",
        kind=QUICKFIX,
        diagnostics=[shown],
        edit=_edit(uri, linted.version, [edit]),
    )


def _front_matter_end(linted: Linted) -> int:
    """The 0-based line after a leading ``---`` front matter block (0 when there is none)."""
    if linted.lines.line_text(0).rstrip("\r") != "---":
        return 0
    for line in range(1, linted.lines.line_count):
        if linted.lines.line_text(line).rstrip("\r") in ("---", "..."):
            return line + 1
    return 0


def disable_file(
    uri: str, linted: Linted, diagnostic: Diagnostic, shown: types.Diagnostic
) -> types.CodeAction:
    """``<!-- copylint-disable RULE -->`` at the top of the file (after any front matter):
    the rule stays off to the end, as no ``copylint-enable`` follows."""
    top = types.Position(_front_matter_end(linted), 0)
    comment = f"<!-- copylint-disable {diagnostic.rule} -->\n"
    return types.CodeAction(
        title=f"Disable {diagnostic.rule} for this file",
        kind=QUICKFIX,
        diagnostics=[shown],
        edit=_edit(uri, linted.version, [types.TextEdit(types.Range(top, top), comment)]),
    )


def fix_all(uri: str, linted: Linted, path: str) -> types.CodeAction | None:
    """ "Fix all safe problems": what ``copylint check --fix`` would write, as one edit from
    the first changed character to the last."""
    if not any(d.fix is not None and d.fix.is_safe for d, _ in linted.found):
        return None
    fixed, _, applied = fix_source(linted.linter, SourceFile(path, linted.source), linted.fmt)
    if not applied or fixed == linted.source:
        return None
    old = linted.source
    prefix = 0
    limit = min(len(old), len(fixed))
    while prefix < limit and old[prefix] == fixed[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == fixed[-1 - suffix]:
        suffix += 1
    area = types.Range(linted.lines.at_offset(prefix), linted.lines.at_offset(len(old) - suffix))
    edit = types.TextEdit(area, fixed[prefix : len(fixed) - suffix])
    return types.CodeAction(
        title=f"Fix all safe problems ({applied})",
        kind=FIX_ALL,
        edit=_edit(uri, linted.version, [edit]),
    )


def wanted(kind: str, only: list[str] | None) -> bool:
    """Whether the client asked for actions of ``kind`` (``only`` lists kinds or prefixes)."""
    return only is None or any(kind == o or kind.startswith(f"{o}.") for o in only)


def code_actions(
    uri: str, linted: Linted, path: str, area: types.Range, only: list[str] | None
) -> list[types.CodeAction]:
    """Every action for the findings at ``area``, and fix-all for the document."""
    actions: list[types.CodeAction] = []
    if wanted(QUICKFIX, only):
        for diagnostic, shown in linted.at(area):
            actions.extend(quick_fixes(uri, linted, diagnostic, shown))
            word = add_word(uri, linted, diagnostic, shown)
            if word is not None:
                actions.append(word)
            if linted.fmt == "markdown":
                actions.append(disable_line(uri, linted, diagnostic, shown))
                actions.append(disable_file(uri, linted, diagnostic, shown))
    if wanted(FIX_ALL, only):
        everything = fix_all(uri, linted, path)
        if everything is not None:
            actions.append(everything)
    return actions
