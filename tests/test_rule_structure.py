"""The shape every built-in rule must have, checked over the whole tree (after proselint's
``test_check_structures``): registered in one place, in a module named for its id, with the
references ``copylint explain`` prints, the fix-safety statement when it can fix, and the
flagged text of every bad example (the range tests/test_rule_examples.py asserts)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import copylint.checks
from copylint.checks import BUILTIN_RULES
from copylint.config import Settings
from copylint.registry import Registry
from copylint.rule import Rule, RuleSpec


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


#: The rules copylint ships (Python rules and the built-in packs), not an installed plugin's.
BUILT_IN = [spec for spec in REGISTRY if spec.info.origin.startswith("built-in")]


@pytest.mark.parametrize("spec", BUILT_IN, ids=[spec.info.id for spec in BUILT_IN])
def test_a_rule_names_its_references(spec: RuleSpec) -> None:
    references = spec.info.docs.references
    assert references and all(ref.strip() for ref in references), (
        f"{spec.info.id}: name the style guide or source it follows in 'references'"
    )


@pytest.mark.parametrize("spec", BUILT_IN, ids=[spec.info.id for spec in BUILT_IN])
def test_every_bad_example_names_the_text_it_flags(spec: RuleSpec) -> None:
    missing = [example.text for example in spec.info.docs.bad if example.flags is None]
    assert not missing, f"{spec.info.id}: give these bad examples their flags: {missing}"


def _by_hand(path: Path) -> list[str]:
    """What a rule module computes by hand that a Document helper answers: reading
    ``source_map``, or a literal ``"\\n\\n"`` (the block separator) outside its examples."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    examples = {
        id(node)
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Example"
        for node in ast.walk(call)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "source_map":
            found.append(f"{path.name}:{node.lineno}: source_map")
        elif isinstance(node, ast.Constant) and node.value == "\n\n" and id(node) not in examples:
            found.append(f"{path.name}:{node.lineno}: a literal block separator")
    return found


def test_rules_ask_the_document_instead_of_computing_by_hand() -> None:
    root = Path(copylint.checks.__file__).parent.parent
    modules = sorted([*(root / "checks").rglob("*.py"), *(root / "packs").rglob("*.py")])
    found = [problem for path in modules for problem in _by_hand(path)]
    assert not found, f"use the Document helpers (CONTRIBUTING.md): {found}"
