"""Every rule's fix-safety claim, checked against edited copy: no safe fix may fire on the shared
corpus of professionally edited articles except where the corpus itself is wrong (reviewed
below). A safe fix is applied by ``--fix`` and the ``copylint-fix`` hook without a human looking.

The corpus is the project's private yardstick (``../shared/corpus`` beside the checkout); a
user's clone has none, and then the test is skipped.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import load_document
from copylint.registry import Registry

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

#: Errors of the corpus itself that a safe fix corrects, reviewed one by one:
#: (file, line, flagged text).
CORPUS_ERRORS = frozenset(
    {
        ("06-bio-enfant.md", 23, "correspondances"),  # "their correspondances": a misspelling
        ("13-bio-holt.md", 69, ".."),  # "DeJesús, Jr.." ends a sentence: one period
        ("23-interview-chomsky.md", 15, "1930’s"),  # a decade, not a possessive: 1930s
    }
)

SETTINGS = Settings(select=("ALL",))


def _rules() -> list[str]:
    """Every rule: one whose fix is a suggestion today is held to it too."""
    registry = Registry.load(SETTINGS)
    return sorted(spec.info.id for spec in registry.selected(SETTINGS))


@functools.cache
def _safe_fixes() -> dict[str, list[tuple[str, int, str]]]:
    """Every safe fix all rules offer on the corpus, by rule."""
    linter = linter_for(SETTINGS)
    found: dict[str, list[tuple[str, int, str]]] = {}
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        source = path.read_text(encoding="utf-8")
        for d in linter.lint(load_document(str(path), source)).diagnostics:
            if d.fix is not None and d.fix.is_safe:
                flagged = source[d.span.start : d.span.end]
                found.setdefault(d.rule, []).append((path.name, d.span.line, flagged))
    return found


@pytest.mark.parametrize("rule", _rules())
def test_no_safe_fix_fires_on_edited_copy(rule: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    fired = [f for f in _safe_fixes().get(rule, []) if f not in CORPUS_ERRORS]
    assert fired == []


def test_the_reviewed_corpus_errors_are_still_found() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    found = {f for fixes in _safe_fixes().values() for f in fixes}
    assert found >= CORPUS_ERRORS
