"""``python -m copylint.dev new-rule`` scaffolds a rule that the meta-tests accept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from copylint.dev import class_name_for, new_rule
from tests.helpers import REPO


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "copylint" / "checks").mkdir(parents=True)
    shutil.copy(REPO / "copylint" / "checks" / "__init__.py", tmp_path / "copylint" / "checks")
    return tmp_path


def test_new_rule_writes_module_registration_and_test(repo: Path) -> None:
    written = new_rule("whitespace/no-break-space", 'A "stray" space', repo=repo)
    module = repo / "copylint/checks/whitespace/no_break_space.py"
    assert module in written and (repo / "tests/whitespace/test_no_break_space.py") in written
    namespace: dict[str, object] = {}
    exec(compile(module.read_text(), str(module), "exec"), namespace)
    rule = namespace["NoBreakSpace"]
    assert rule.id == "whitespace/no-break-space"  # type: ignore[attr-defined]
    assert rule.summary == 'A "stray" space'  # type: ignore[attr-defined]
    # what the meta-tests ask of every rule: references, and the text each bad example flags
    assert rule.info.docs.references  # type: ignore[attr-defined]
    assert all(example.flags for example in rule.info.docs.bad)  # type: ignore[attr-defined]
    registry = (repo / "copylint/checks/__init__.py").read_text()
    compile(registry, "__init__.py", "exec")
    assert "from copylint.checks.whitespace.no_break_space import NoBreakSpace\n" in registry
    whitespace_group = registry.split("    # whitespace\n", 1)[1].split("    #", 1)[0]
    assert whitespace_group.split(")", 1)[0].rstrip().endswith("NoBreakSpace,")


def test_a_new_family_must_be_declared_first(repo: Path) -> None:
    with pytest.raises(ValueError, match="FAMILIES"):
        new_rule("style/anything", "x", repo=repo)


def test_an_existing_rule_is_not_overwritten(repo: Path) -> None:
    new_rule("whitespace/no-break-space", "x", repo=repo)
    with pytest.raises(ValueError, match="exists already"):
        new_rule("whitespace/no-break-space", "x", repo=repo)


def test_class_names_follow_the_rule_name() -> None:
    assert class_name_for("punctuation/place-comma") == "PlaceComma"
