"""Issue 17: a fix must never produce text that copylint then reports. For every names rule
with a fix (safe, or a suggestion applied with --unsafe-fixes), each documented bad example is
fixed with the whole names family on, and the fixed text is linted again: no finding may appear
that the original did not have."""

from __future__ import annotations

import pytest

from copylint.config import Settings
from copylint.registry import Registry
from tests.helpers import fix, lint

EXAMPLES = [
    (info.id, example)
    for info in (spec.info for spec in Registry.load(Settings()))
    if info.id.startswith("names/") and info.docs.fix_safety
    for example in info.docs.bad
]


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{r}:{e.text[:30]}" for r, e in EXAMPLES]
)
def test_fixed_text_is_not_reported_again(rule: str, example: object) -> None:
    text = example.text  # type: ignore[attr-defined]
    options = example.options  # type: ignore[attr-defined]
    options = {rule: options} if options else None
    before = {(d.rule, d.span.line) for d in lint(text, select=["names"], options=options)}
    fixed = fix(text, select=["names"], options=options, unsafe_fixes=True)
    after = {(d.rule, d.span.line) for d in lint(fixed, select=["names"], options=options)}
    assert after <= before, (fixed, after - before)


def test_there_are_examples_for_every_fixing_rule() -> None:
    assert {rule for rule, _ in EXAMPLES} >= {
        "names/canonical-name",
        "names/party-state",
        "names/title-abbreviation",
        "names/title-case",
    }
