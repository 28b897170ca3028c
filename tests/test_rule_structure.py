"""The shape every built-in rule must have, checked over the whole tree (after proselint's
``test_check_structures``): registered in one place, in a module named for its id, and with
the fix-safety statement ``copylint explain`` prints when it can fix."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import copylint.checks
from copylint.checks import BUILTIN_RULES
from copylint.config import Settings
from copylint.registry import Registry
from copylint.rule import Rule


def _rule_classes_under_checks() -> set[type[Rule]]:
    found = set()
    for module_info in pkgutil.walk_packages(copylint.checks.__path__, "copylint.checks."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value.__module__ == module.__name__
                and "id" in value.__dict__
            ):
                found.add(value)
    return found


def test_every_rule_class_under_checks_is_registered() -> None:
    missing = _rule_classes_under_checks() - set(BUILTIN_RULES)
    assert not missing, f"add to copylint.checks.BUILTIN_RULES: {sorted(c.id for c in missing)}"


def test_each_rule_is_registered_once() -> None:
    ids = [cls.id for cls in BUILTIN_RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=[cls.id for cls in BUILTIN_RULES])
def test_module_path_matches_the_rule_id(cls: type[Rule]) -> None:
    family, name = cls.id.split("/")
    assert cls.__module__ == f"copylint.checks.{family}.{name.replace('-', '_')}"


REGISTRY = Registry.load(Settings(preview=True))


@pytest.mark.parametrize("spec", list(REGISTRY), ids=[spec.info.id for spec in REGISTRY])
def test_a_rule_that_fixes_states_its_fix_safety(spec: object) -> None:
    info = spec.info  # type: ignore[attr-defined]
    if info.fixable:
        assert info.docs.fix_safety.strip(), f"{info.id} fixes text but says nothing of safety"
