"""Every rule's documented examples run as tests, and every rule is documented.

The examples are the rule's documentation (``copylint explain`` prints them), so a rule cannot
claim behaviour its own examples do not show: a bad example must be flagged by that rule, on
exactly the text its ``flags`` name (the range, not only the rule id, as textlint's tester
checks), a fixed text must be what ``--fix`` produces, and a good example must stay quiet.
"""

from __future__ import annotations

import pytest

from copylint.config import Settings
from copylint.model import Diagnostic
from copylint.registry import Registry
from copylint.rule import FAMILIES, Example, RuleInfo
from tests.helpers import fix, lint

REGISTRY = Registry.load(Settings())
INFOS = [spec.info for spec in REGISTRY]


def _cases(kind: str) -> list[tuple[RuleInfo, Example]]:
    return [(info, example) for info in INFOS for example in getattr(info.docs, kind)]


def _ids(cases: list[tuple[RuleInfo, Example]]) -> list[str]:
    return [f"{info.id}:{example.text[:40]!r}" for info, example in cases]


def _diagnostics(info: RuleInfo, example: Example) -> list[Diagnostic]:
    return lint(
        example.text,
        fmt=example.format,
        select=[info.id],
        options={info.id: dict(example.options)} if example.options else None,
        **_settings(example),
    )


def _lint(info: RuleInfo, example: Example) -> list[str]:
    return [d.rule for d in _diagnostics(info, example)]


def _settings(example: Example) -> dict[str, object]:
    values = dict(example.settings)
    if "words" in values:
        values["words"] = frozenset(values["words"])  # type: ignore[arg-type]
    return values


BAD = _cases("bad")
GOOD = _cases("good")


@pytest.mark.parametrize(("info", "example"), BAD, ids=_ids(BAD))
def test_bad_example_is_flagged(info: RuleInfo, example: Example) -> None:
    assert info.id in _lint(info, example)


#: Bad examples that name what they flag: every built-in one (tests/test_rule_structure.py).
WITH_FLAGS = [c for c in BAD if c[1].flags is not None]


@pytest.mark.parametrize(("info", "example"), WITH_FLAGS, ids=_ids(WITH_FLAGS))
def test_bad_example_flags_the_documented_text(info: RuleInfo, example: Example) -> None:
    flagged = [
        example.text[d.span.start : d.span.end]
        for d in _diagnostics(info, example)
        if d.rule == info.id
    ]
    assert tuple(flagged) == example.flags


@pytest.mark.parametrize(
    ("info", "example"),
    [c for c in BAD if c[1].fixed is not None],
    ids=_ids([c for c in BAD if c[1].fixed is not None]),
)
def test_bad_example_fixes_to_documented_text(info: RuleInfo, example: Example) -> None:
    fixed = fix(
        example.text,
        fmt=example.format,
        select=[info.id],
        options={info.id: dict(example.options)} if example.options else None,
        **_settings(example),
    )
    assert fixed == example.fixed


@pytest.mark.parametrize(("info", "example"), GOOD, ids=_ids(GOOD))
def test_good_example_is_quiet(info: RuleInfo, example: Example) -> None:
    assert info.id not in _lint(info, example)


@pytest.mark.parametrize("info", INFOS, ids=[i.id for i in INFOS])
def test_rule_is_documented(info: RuleInfo) -> None:
    assert info.family in FAMILIES, f"{info.id}: unknown family"
    assert info.summary and info.docs.what and info.docs.why
    assert info.docs.bad and info.docs.good
    assert len(info.summary) <= 80 and not info.summary.endswith(".")
