"""Properties of the whole engine, over every registered rule, for arbitrary hostile text.

For any plain-text or Markdown article: building the document and linting it never raises and
no rule reports an internal error; every finding's span lies in the source and covers exactly
the prose it flags; the output is deterministic; and applying every safe fix leaves all text
outside the edits unchanged, keeps the line endings, and re-lints without the fixed
diagnostics. The rules come from the registry, so each new rule is covered as it lands.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given

from copylint.config import Settings
from copylint.engine import FileResult, Linter
from copylint.files import SourceFile
from copylint.fix import accepted_fixes, apply_edits
from copylint.formats import load_document
from copylint.model import Diagnostic
from copylint.output import Report, write
from copylint.registry import Registry
from copylint.runner import fix_source
from tests.robustness.invariants import (
    check_document,
    check_finding,
    check_result,
    unchanged_outside,
)
from tests.robustness.profiles import robust
from tests.robustness.strategies import articles

pytestmark = pytest.mark.slow  # property suites: tens of seconds


def all_rules_settings() -> Settings:
    """Every registered rule, preview rules included, with default options."""
    return Settings(select=("ALL",), preview=True)


@functools.cache
def linter() -> Linter:
    return Linter(all_rules_settings())


def _name(fmt: str) -> str:
    return "article.md" if fmt == "markdown" else "article.txt"


def lint(fmt: str, source: str) -> FileResult:
    return linter().lint(load_document(_name(fmt), source, fmt))


def test_every_registered_rule_is_exercised() -> None:
    registered = {spec.info.id for spec in Registry.load(all_rules_settings())}
    assert {rule.info.id for rule in linter().rules} == registered
    assert {"repetition/doubled-word", "whitespace/double-space"} <= registered


@robust
@given(articles)
def test_document_model_holds_its_invariants(article: tuple[str, str]) -> None:
    fmt, source = article
    check_document(load_document(_name(fmt), source, fmt))


@robust
@given(articles)
def test_engine_never_raises_and_every_span_points_at_the_flagged_text(
    article: tuple[str, str],
) -> None:
    fmt, source = article
    doc = load_document(_name(fmt), source, fmt)
    for rule in linter().rules:
        for finding in rule.check(doc):
            check_finding(doc, rule.info.id, finding)
    check_result(doc, linter().lint(doc))


def _rendered(results: list[FileResult]) -> str:
    import io

    stream = io.StringIO()
    write("json", Report(results, [s.info for s in linter().specs]), stream)
    return stream.getvalue()


@robust
@given(articles)
def test_output_is_deterministic(article: tuple[str, str]) -> None:
    fmt, source = article
    first = lint(fmt, source)
    fresh = Linter(all_rules_settings()).lint(load_document(_name(fmt), source, fmt))
    assert first.diagnostics == fresh.diagnostics
    assert _rendered([first]) == _rendered([fresh])


def _fixed_regions(accepted: list[Diagnostic], original: str) -> dict[int, list[tuple[int, int]]]:
    """Where each applied fix's edits ended up in the fixed text (index into ``accepted``)."""
    edits = sorted(
        (e.span.start, e.span.end, e.replacement, index)
        for index, d in enumerate(accepted)
        if d.fix
        for e in d.fix.edits
    )
    regions: dict[int, list[tuple[int, int]]] = {}
    shift = 0
    for start, end, replacement, index in edits:
        new_start = start + shift
        regions.setdefault(index, []).append((new_start, new_start + len(replacement)))
        shift += len(replacement) - (end - start)
    return regions


@robust
@given(articles)
def test_safe_fixes_change_only_their_edits_and_remove_what_they_fixed(
    article: tuple[str, str],
) -> None:
    fmt, source = article
    result = lint(fmt, source)
    accepted = accepted_fixes(result.diagnostics)
    fixed, applied = apply_edits(source, result.diagnostics)
    assert applied == len(accepted)
    unchanged_outside(
        source,
        fixed,
        [(e.span.start, e.span.end, e.replacement) for d in accepted if d.fix for e in d.fix.edits],
    )
    if "\r\n" in source and "\n" not in source.replace("\r\n", ""):
        assert "\n" not in fixed.replace("\r\n", ""), "a fix broke the CRLF line endings"
    relinted = lint(fmt, fixed)
    check_result(load_document(_name(fmt), fixed, fmt), relinted)
    for index, regions in _fixed_regions(accepted, source).items():
        fixed_one = accepted[index]
        for again in relinted.diagnostics:
            if again.rule != fixed_one.rule or again.message != fixed_one.message:
                continue
            assert not any(
                again.span.start <= end and start <= again.span.end for start, end in regions
            ), f"fixed diagnostic is back: {fixed_one} -> {again}"


@robust
@given(articles)
def test_fixing_twice_changes_nothing_the_second_time(article: tuple[str, str]) -> None:
    fmt, source = article
    once, _, _ = fix_source(linter(), SourceFile(_name(fmt), source), fmt)
    twice, _, applied = fix_source(linter(), SourceFile(_name(fmt), once), fmt)
    assert twice == once and applied == 0
