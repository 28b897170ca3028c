"""Properties every entry of the built-in AP pack keeps, beyond its own examples."""

from __future__ import annotations

import pytest

from copylint.config import Settings
from copylint.registry import Registry
from copylint.rule import RuleInfo
from tests.helpers import lint

REGISTRY = Registry.load(Settings())
FIXING = [
    spec.info
    for spec in REGISTRY
    if any(example.fixed is not None for example in spec.info.docs.bad)
]


@pytest.mark.parametrize("info", FIXING, ids=[i.id for i in FIXING])
def test_a_fixed_text_is_quiet(info: RuleInfo) -> None:
    """A fix never produces text the same rule flags again."""
    for example in info.docs.bad:
        if example.fixed is not None:
            found = lint(example.fixed, fmt=example.format, select=[info.id])
            assert [d.rule for d in found] == [], example.fixed


def test_every_built_in_pack_entry_cites_its_source() -> None:
    for spec in REGISTRY:
        if spec.info.origin.startswith("built-in pack"):
            assert spec.info.docs.references, spec.info.id
            assert any(s in spec.info.docs.why for s in ("AP", "Chicago", "Garner", "Brians"))


def test_the_idiom_entry_has_at_least_eighty_idioms_and_no_cycles() -> None:
    from copylint.packs.kinds.substitution import SubstitutionRule
    from copylint.rule import RuleContext

    rule = REGISTRY["usage/idiom"].factory(RuleContext({}, Settings()))
    assert isinstance(rule, SubstitutionRule)
    spec = rule.spec
    rights = {choice for choices in spec.choices[: spec.n_literals] for choice in choices}
    distinct = {right.split()[-1] for right in rights}  # the idiom, not its inflections
    assert len(rights) >= 80 and len(distinct) >= 60
    for right in sorted(rights):
        assert [d.rule for d in lint(f"They said {right} today.", select=["usage/idiom"])] == []
