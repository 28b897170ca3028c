"""directive/unused: a copylint-disable comment that suppressed nothing (ruff's RUF100).

Only the engine knows which comments suppressed a diagnostic, after every other rule has run on
the document, so the rule's own ``check`` finds nothing and the engine calls :func:`report`
when the rule runs: the default selection leaves it out, and the run asks for it with
``--report-unused-directives`` or by naming it in ``select``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from copylint.model import Applicability, Diagnostic, Edit, Fix, Severity
from copylint.rule import Example, Finding, Rule
from copylint.suppress import ALL, Unused

if TYPE_CHECKING:
    from copylint.document import Directive, Document

ID = "directive/unused"

_REPORT = {"report_unused_directives": True}


class UnusedDirective(Rule):
    id = ID
    severity = Severity.WARNING
    summary = "A copylint-disable comment that suppressed nothing"
    what = (
        "With `--report-unused-directives` (or `report-unused-directives = true`, or the "
        "rule named in `select`), flags a "
        "`copylint-disable` or `copylint-disable-next-line` comment, or one of the rule ids it "
        "names, that switched off no finding in the run. A selector none of whose rules ran "
        "(left out by --select, or ignored) is not judged; one only some of whose rules ran "
        "is reported with a note. The report itself is not switched off by a comment (use "
        "`ignore` or `per-file-ignores`)."
    )
    why = (
        "A suppression outlives the finding it was written for: the sentence is rewritten, "
        "the rule improves, and the comment stays, silently switching the rule off for the "
        "next slip in its stretch. Linters report stale suppressions for the same reason "
        "(ruff's RUF100, ESLint's --report-unused-disable-directives)."
    )
    references = (
        "ruff, RUF100 unused-noqa: https://docs.astral.sh/ruff/rules/unused-noqa/",
        "ESLint, --report-unused-disable-directives: https://eslint.org/docs/latest/use/command-line-interface",
    )
    bad = (
        Example(
            "<!-- copylint-disable-next-line repetition/doubled-word -->\nIt was the end.\n",
            fixed="It was the end.\n",
            format="markdown",
            settings={**_REPORT, "extend_select": ("repetition/doubled-word",)},
            flags=("<!-- copylint-disable-next-line repetition/doubled-word -->",),
        ),
        Example(
            "It was the end.\n<!-- copylint-disable repetition -->\nNothing repeats here.\n",
            format="markdown",
            settings={**_REPORT, "extend_select": ("repetition",)},
            flags=("<!-- copylint-disable repetition -->",),
        ),
    )
    good = (
        Example(
            "<!-- copylint-disable-next-line repetition/doubled-word -->\nIt was the the end.\n",
            format="markdown",
            settings={**_REPORT, "extend_select": ("repetition/doubled-word",)},
        ),
        Example(
            "<!-- copylint-disable names -->\nIt was the end.\n",
            format="markdown",
            settings=_REPORT,
        ),
    )
    fix_safety = (
        "Safe only where deleting cannot change the article: every rule id the comment names "
        "(or every rule, for a comment without ids) ran and suppressed nothing, and the comment "
        "stands alone on its line with a blank line or the file's edge on one side, so that "
        "removing the line joins no two paragraphs. Otherwise there is no fix."
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        return iter(())  # the engine reports through report(): only it knows what was used


def report(
    doc: Document,
    unused: Iterable[Unused],
    ran: frozenset[str],
    covers: Callable[[str], list[str]],
    severity: Severity,
) -> Iterator[Diagnostic]:
    """A diagnostic, with its fix, for each comment with unused selectors.

    ``ran`` holds the rules that ran on the document; ``covers`` gives the rule ids a selector
    names. A selector none of whose rules ran cannot be judged and is left out.
    """
    for item in unused:
        judged: list[str] = []
        partly = False
        for selector in item.selectors:
            named = set(covers(selector)) - {ID}
            if not named & ran:
                continue
            judged.append(selector)
            partly = partly or not named <= ran
        if not judged:
            continue
        directive = item.directive
        if judged == [ALL]:
            message = "Unused suppression: it switched off no finding"
        else:
            names = ", ".join(f"'{s}'" for s in judged)
            message = f"Unused suppression: no finding of {names} was switched off"
        if partly:
            message += " (of the rules that ran)"
        whole = not partly and len(judged) == len(directive.args or (ALL,))
        yield Diagnostic(
            path=doc.path,
            span=doc.span_of_source(directive.start, directive.end),
            rule=ID,
            severity=severity,
            message=message,
            fix=_deletion(doc, directive, whole),
        )


def _deletion(doc: Document, directive: Directive, whole: bool) -> Fix | None:
    """The edit removing the comment's line, when that is certainly safe; else None."""
    source = doc.source
    first = source.rfind("\n", 0, directive.start) + 1
    newline = source.find("\n", directive.end)
    last = len(source) if newline == -1 else newline + 1
    alone = not source[first : directive.start].strip() and not source[directive.end : last].strip()
    if not (whole and alone):
        return None
    before = source[: max(first - 1, 0)].rsplit("\n", 1)[-1] if first else ""
    after = source[last:].split("\n", 1)[0] if last < len(source) else ""
    if before.strip() and after.strip():
        return None  # the line separates two lines of text: removing it may join them
    return Fix((Edit(doc.span_of_source(first, last), ""),), Applicability.SAFE)
