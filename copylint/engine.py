"""Runs the selected rules over documents and turns their findings into diagnostics.

The innermost level of a run (see :mod:`copylint.orchestrate` for all four): one
:class:`~copylint.document.Document` in, its :class:`~copylint.outcome.FileResult` out;
files, fixing and processes are the outer levels' business.

The engine is the one place that knows about quotations (rules that do not read inside them
never see findings there), inline suppressions, per-file ignores, severities from config, and
fix safety (an edit whose prose is not verbatim in the source would damage markup, so it is
dropped). A rule that raises is reported as an internal error, or as the failure it reports
itself (a runaway pack pattern); the other rules still run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from copylint import collector
from copylint.config import Settings
from copylint.document import Document
from copylint.errors import CopylintError
from copylint.globs import gitignore_spec
from copylint.model import Applicability, Diagnostic, Edit, Fix, Severity
from copylint.outcome import FileResult, InternalError
from copylint.rule import Finding, Rule, RuleContext, RuleSpec
from copylint.suppress import ALL, Suppressions

if TYPE_CHECKING:  # the registry imports every rule, which a run served from the cache skips
    from copylint.registry import Registry


#: What :meth:`Linter.lint` calls instead of ``rule.check(doc)`` when given one.
Checker = Callable[[Rule, Document], Iterable[Finding]]

#: A short article for :meth:`Linter.warm_up`: headings, names and titles, a quotation,
#: numbers and dates, so that every rule reaches the data it loads on first use.
WARM_UP_TEXT = """# Council approves budget

WASHINGTON (AP) — Secretary of State Antony J. Blinken met Gov. Maria Lopez on Tuesday, Nov. 5,
in the U.S. capital. "We agreed on the the plan," Lopez said, adding that 12 percent of the
$4.5 million would go to schools by 2025.

- The vote was 7-2.
- Officials said  it would take effect in January.
"""


class Linter:
    """The selected rules, built once for a run, applied to any number of documents."""

    def __init__(self, settings: Settings, registry: Registry | None = None) -> None:
        from copylint.registry import Registry

        self.settings = settings
        self.registry = registry or Registry.load(settings)
        self.registry.validate(settings)
        self.specs: list[RuleSpec] = self.registry.selected(settings)
        ids = {spec.info.id for spec in self.registry}
        self._known_rules = frozenset(ids | {rule.split("/", 1)[0] for rule in ids})
        self._contexts: list[RuleContext] = []
        self._selected = frozenset(spec.info.id for spec in self.specs)
        self.rules: list[Rule] = [self._build(spec) for spec in self.specs]
        self._severity = {
            spec.info.id: Severity.parse(settings.rule_options[spec.info.id]["severity"])
            if "severity" in settings.rule_options.get(spec.info.id, {})
            else spec.info.severity
            for spec in self.specs
        }
        self._per_file = [
            (gitignore_spec([glob]), selectors)
            for glob, selectors in settings.per_file_ignores.items()
        ]
        collector.release()  # start-up is over: what it built is frozen, documents collect

    def warm_up(self) -> None:
        """Run every rule once on a short article, so that what rules load on first use
        (dictionaries, lexicons, compiled patterns) is loaded in this process: worker processes
        forked afterwards share it instead of each loading its own.

        Not the spelling suggestions' two-edit search (rapidfuzz and the words grouped by
        first letter and length): since those groups are built ahead of time, reading them
        costs 96 million instructions (0.03 s), and a worker that needs them pays about as
        much itself; warmed up here with a second core idle, they saved nothing (100k words,
        ``--jobs 2``: 14,874 million instructions in all with them, 14,895 without; the
        parent 100 million fewer before the fork)."""
        from copylint.formats import load_document

        self.lint(load_document("warm-up.md", WARM_UP_TEXT))

    def _build(self, spec: RuleSpec) -> Rule:
        options = dict(spec.info.options)
        options.update(
            (k, v)
            for k, v in self.settings.rule_options.get(spec.info.id, {}).items()
            if k != "severity"
        )
        context = RuleContext(
            options,
            self.settings,
            known_rules=self._known_rules,
            selected_rules=self._selected,
        )
        self._contexts.append(context)
        return spec.factory(context)

    @property
    def data_files(self) -> list[str]:
        """Every file the rules read besides the documents (the cache keys on their content):
        what they asked for through their context, and every rule option that names a file."""
        found = {str(path) for context in self._contexts for path in context.data_files}
        for options in self.settings.rule_options.values():
            found.update(option_files(options, self.settings.root))
        return sorted(found)

    def _rules_for(self, path: str) -> list[Rule]:
        if not self._per_file:
            return self.rules
        relative = _relative_posix(path, self.settings)
        ignored: set[str] = set()
        for spec, selectors in self._per_file:
            if spec.match_file(relative):
                for selector in selectors:
                    ignored.update(self.registry.expand(selector))
        return [rule for rule in self.rules if rule.info.id not in ignored]

    def lint(self, doc: Document, check: Checker | None = None) -> FileResult:
        """Every diagnostic for ``doc``, sorted by position. ``check(rule, doc)`` stands in for
        ``rule.check(doc)`` when given (the language server answers paragraph-level rules from
        its cache); the findings still go through quotations, suppressions and fix safety."""
        result = FileResult(doc.path, source=doc.source)
        suppressions = Suppressions.of(doc)
        rules = self._rules_for(doc.path)
        for rule in rules:
            try:
                findings = list(rule.check(doc) if check is None else check(rule, doc))
            except CopylintError as error:  # the rule gave up on this document and says why
                result.internal_errors.append(
                    InternalError(doc.path, rule.info.id, str(error), crashed=False)
                )
                continue
            except (Exception, SystemExit) as error:  # isolate the rule (even sys.exit())
                from traceback import extract_tb  # here: only a rule that crashed needs it

                frame = extract_tb(error.__traceback__)[-1]
                result.internal_errors.append(
                    InternalError(
                        doc.path,
                        rule.info.id,
                        f"{type(error).__name__}: {error} ({frame.filename}:{frame.lineno})",
                    )
                )
                continue
            if not findings:  # most rules on most documents: nothing to filter or sort
                continue
            diagnostics = self._diagnostics(doc, rule, findings, suppressions)
            if rule.info.report_once:
                diagnostics = once_per_point(diagnostics)
            result.diagnostics.extend(diagnostics)
        if suppressions:
            result.diagnostics.extend(self._unused_directives(doc, rules, suppressions))
        result.diagnostics.sort(key=Diagnostic.sort_key)
        return result

    def _unused_directives(
        self, doc: Document, rules: list[Rule], suppressions: Suppressions
    ) -> Iterable[Diagnostic]:
        """directive/unused, when it runs on this file: the comments that, after every other
        rule ran, suppressed nothing. A selector no rule has is directive/unknown's."""
        from copylint.checks.directive import unused

        if not any(rule.info.id == unused.ID for rule in rules):
            return ()
        everything = [spec.info.id for spec in self.registry]

        def covers(selector: str) -> list[str]:
            if selector == ALL:
                return everything
            return self.registry.expand(selector) if selector in self._known_rules else []

        ran = frozenset(rule.info.id for rule in rules)
        severity = self._severity[unused.ID]
        return unused.report(doc, suppressions.unused(), ran, covers, severity)

    def _diagnostics(
        self, doc: Document, rule: Rule, findings: Iterable[Finding], suppressions: Suppressions
    ) -> Iterable[Diagnostic]:
        info = rule.info
        seen: set[tuple[int, int, str]] = set()
        for finding in findings:
            if not (info.reads_quotes or finding.in_source) and doc.in_quotation(finding.start):
                continue
            key = (finding.start, finding.end, finding.message)
            if key in seen:
                continue
            seen.add(key)
            span = (
                doc.span_of_source(finding.start, finding.end)
                if finding.in_source
                else doc.source_span(finding.start, finding.end)
            )
            if suppressions and suppressions.suppressed(info.id, span.line):
                continue
            yield Diagnostic(
                path=doc.path,
                span=span,
                rule=info.id,
                severity=finding.severity or self._severity[info.id],
                message=finding.message,
                suggestions=finding.suggestions,
                fix=None if finding.in_source else _fix(doc, finding),
                refers_to=tuple(doc.source_span(start, end) for start, end in finding.refers_to),
            )


def once_per_point(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """One diagnostic per message (case aside): the first place, with the others as related
    locations and their edits joined to its fix (safe only when every part is)."""
    groups: dict[str, list[Diagnostic]] = {}
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        groups.setdefault(d.message.casefold(), []).append(d)
    merged = []
    for first, *others in groups.values():
        if not others:
            merged.append(first)
            continue
        fixes = [d.fix for d in (first, *others) if d.fix is not None]
        fix = (
            Fix(
                tuple(e for f in fixes for e in f.edits),
                Applicability.SAFE if all(f.is_safe for f in fixes) else Applicability.UNSAFE,
            )
            if fixes
            else None
        )
        merged.append(first._replace(fix=fix, related=tuple(d.span for d in others)))
    return merged


def _fix(doc: Document, finding: Finding) -> Fix | None:
    """The finding's edits in source terms, or None when one of them would touch markup."""
    if not finding.edits:
        return None
    edits = []
    for edit in finding.edits:
        if not doc.is_verbatim(edit.start, edit.end):
            return None
        edits.append(Edit(doc.source_span(edit.start, edit.end), edit.replacement))
    applicability = Applicability.SAFE if finding.safe else Applicability.UNSAFE
    return Fix(tuple(edits), applicability)


def option_files(options: Mapping[str, Any], root: Path) -> Iterator[str]:
    """The files that rule option values (strings, or lists of strings) name."""
    for value in options.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip():
                path = Path(root) / Path(item).expanduser()
                with contextlib.suppress(OSError, ValueError):
                    if path.is_file():
                        yield str(path)


def _relative_posix(path: str, settings: Settings) -> str:
    """``path`` relative to the config root, for matching globs; as given when outside it."""
    try:
        return Path(path).resolve().relative_to(settings.root).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
        return PurePosixPath(path).as_posix()
