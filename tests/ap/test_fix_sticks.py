"""One slip, one fix that sticks: after any rule's fix, no rule reports something new at the
place the fix changed (issue 17). A fix that another rule (or the same one) flags again is a
contradiction a copy desk would bounce between forever."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from benchmarks.student_recall import STORIES
from copylint.config import Settings, load_settings
from copylint.model import Diagnostic, Fix
from copylint.registry import Registry
from copylint.rule import Example
from tests.helpers import lint
from tests.packs.support import entry, write_pack

REGISTRY = Registry.load(Settings())


def _examples() -> Iterator[tuple[str, Example]]:
    for spec in REGISTRY:
        for example in spec.info.docs.bad:
            yield spec.info.id, example


def _apply(text: str, fix: Fix) -> tuple[str, int, int]:
    """``text`` with ``fix`` applied, and the range the fix's replacements now cover."""
    pieces, position, shift = [], 0, 0
    start = end = None
    for edit in sorted(fix.edits, key=lambda e: e.span.start):
        pieces.append(text[position : edit.span.start])
        new_start = edit.span.start + shift
        pieces.append(edit.replacement)
        shift += len(edit.replacement) - (edit.span.end - edit.span.start)
        start = new_start if start is None else start
        end = edit.span.end + shift
        position = edit.span.end
    pieces.append(text[position:])
    assert start is not None and end is not None
    return "".join(pieces), start, end


def _at(diagnostics: Sequence[Diagnostic], start: int, end: int) -> set[str]:
    """The rules that report something touching ``start:end`` (an empty range touches its
    neighbours)."""
    return {d.rule for d in diagnostics if d.span.start <= end and d.span.end >= start}


#: A name's spelling fix can reveal a second, separate slip the misspelling hid: once "Micheal
#: Bloomberg" reads "Michael Bloomberg", the later full name is a repeated first reference (AP:
#: surname only), which later-reference reports. A slip found, not a fix undone.
REVEALED = frozenset(
    {
        ("names/inconsistent-name", "names/later-reference"),
        ("names/canonical-name", "names/later-reference"),
        ("spelling/misspelling", "names/later-reference"),
    }
)


def _new_at_fixes(text: str, fmt: str, **settings: Any) -> list[str]:
    """For every fix the article's diagnostics offer: what is reported at the fixed place after
    the fix and was not reported there before."""
    before = lint(text, fmt=fmt, **settings)
    problems = []
    for diagnostic in before:
        if diagnostic.fix is None:
            continue
        fixed, start, end = _apply(text, diagnostic.fix)
        old_start = min(e.span.start for e in diagnostic.fix.edits)
        old_end = max(e.span.end for e in diagnostic.fix.edits)
        was = _at(before, old_start, old_end) - {diagnostic.rule}
        after = _at(lint(fixed, fmt=fmt, **settings), start, end)
        for rule in sorted(after - was):
            if (diagnostic.rule, rule) in REVEALED:
                continue
            problems.append(f"{diagnostic.rule} fixed {text[old_start:old_end]!r}: {rule} now")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize(("rule", "example"), list(_examples()), ids=lambda v: str(v)[:50])
def test_a_fixed_bad_example_raises_nothing_new_where_it_was_fixed(
    rule: str, example: Example
) -> None:
    settings: dict[str, Any] = dict(example.settings)
    if "words" in settings:
        settings["words"] = frozenset(settings["words"])
    options: Mapping[str, Mapping[str, Any]] | None = (
        {rule: dict(example.options)} if example.options else None
    )
    assert _new_at_fixes(example.text, example.format, options=options, **settings) == []


@pytest.mark.slow
@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.glob("*.md")))
def test_every_fix_in_the_student_stories_sticks(story: str) -> None:
    settings = load_settings(STORIES / ".copylint.toml")
    text = (STORIES / story).read_text(encoding="utf-8")
    assert _new_at_fixes(text, "markdown", style_declared=settings.style_declared) == []


def test_the_check_catches_two_rules_that_undo_each_other(tmp_path: Path) -> None:
    write_pack(
        tmp_path,
        entry("usage/house-one", "substitution", 'swap = { "towards" = "toward" }\n')
        + entry("usage/house-two", "substitution", 'swap = { "toward" = "towards" }\n'),
    )
    problems = _new_at_fixes("They walked towards the hall.", "text", rules_dirs=(tmp_path,))
    assert problems == ["usage/house-one fixed 'towards': usage/house-two now"]
