"""Tools for copylint's own developers: ``python -m copylint.dev new-rule family/name``.

``new-rule`` writes the three things a new built-in Python rule needs, so that a contributor
starts from a rule that already passes the meta-tests and only has to fill in its knowledge:

* ``copylint/checks/<family>/<name>.py``: the rule class with its documentation fields;
* its line in :data:`copylint.checks.BUILTIN_RULES` (and the import above it);
* ``tests/<family>/test_<name>.py``: a test of the rule's own bad and good examples.

The new rule flags nothing until its ``check`` is written, so its bad example fails the
example tests (``tests/test_rule_examples.py``) at once: the scaffold is a starting point, not
a rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from copylint.rule import FAMILIES, RULE_ID

REPO = Path(__file__).resolve().parent.parent

RULE_TEMPLATE = '''"""{rule_id}: {summary}"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document


class {class_name}(Rule):
    id = "{rule_id}"
    severity = Severity.WARNING
    summary = {summary_literal}
    what = "What the rule flags, and what it leaves alone."
    why = "Why a copy desk corrects it, citing the style guide (AP Stylebook entry, ...)."
    references = ("AP Stylebook, the entry this rule follows",)
    bad = (Example("A sentence the rule flags.", flags=("flags",)),)
    good = (Example("A correct sentence the rule leaves alone."),)

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from ()
'''

TEST_TEMPLATE = '''"""{rule_id}: what it flags and what it leaves alone."""

from __future__ import annotations

from tests.helpers import flagged, lint


def _rules(text: str) -> list[str]:
    return [d.rule for d in lint(text, select=["{rule_id}"])]


def test_flags_the_slip() -> None:
    text = "A sentence the rule flags."
    assert flagged(text, lint(text, select=["{rule_id}"])) == ["flags"]


def test_leaves_correct_copy_alone() -> None:
    assert _rules("A correct sentence the rule leaves alone.") == []
'''


def class_name_for(rule_id: str) -> str:
    """``whitespace/space-before-punctuation`` → ``SpaceBeforePunctuation``."""
    return "".join(part.capitalize() for part in rule_id.split("/")[1].split("-"))


def register(checks_init: Path, rule_id: str, class_name: str) -> None:
    """Add the rule's import and its line under its family in ``BUILTIN_RULES``."""
    family, name = rule_id.split("/")
    module = f"copylint.checks.{family}.{name.replace('-', '_')}"
    lines = checks_init.read_text(encoding="utf-8").splitlines()
    imports = [i for i, line in enumerate(lines) if line.startswith("from copylint.checks.")]
    import_line = f"from {module} import {class_name}"
    position = next(
        (i for i in imports if lines[i] > import_line), imports[-1] + 1 if imports else 0
    )
    lines.insert(position, import_line)
    family_comment = f"    # {family}"
    if family_comment in lines:
        at = lines.index(family_comment) + 1
        while (
            at < len(lines) and lines[at].startswith("    ") and not lines[at].startswith("    #")
        ):
            at += 1
        lines.insert(at, f"    {class_name},")
    else:
        closing = max(i for i, line in enumerate(lines) if line == ")")
        lines[closing:closing] = [family_comment, f"    {class_name},"]
    checks_init.write_text("\n".join(lines) + "\n", encoding="utf-8")


def new_rule(rule_id: str, summary: str, repo: Path = REPO) -> list[Path]:
    """Write a new rule's module, registration and test; the paths written or changed."""
    if not RULE_ID.match(rule_id):
        raise ValueError(f"{rule_id!r} is not a rule id (family/name, lowercase, hyphens)")
    family, name = rule_id.split("/")
    if family not in FAMILIES:
        raise ValueError(
            f"unknown family {family!r}: add it to FAMILIES in copylint/rule.py first "
            f"(known: {', '.join(FAMILIES)})"
        )
    module_path = repo / "copylint" / "checks" / family / f"{name.replace('-', '_')}.py"
    test_path = repo / "tests" / family / f"test_{name.replace('-', '_')}.py"
    for path in (module_path, test_path):
        if path.exists():
            raise ValueError(f"{path} exists already")
    class_name = class_name_for(rule_id)
    written = []
    for package in (module_path.parent, test_path.parent):
        init = package / "__init__.py"
        if not init.exists():
            package.mkdir(parents=True, exist_ok=True)
            init.write_text("", encoding="utf-8")
            written.append(init)
    values = {
        "rule_id": rule_id,
        "summary": summary,
        "summary_literal": json.dumps(summary, ensure_ascii=False),
        "class_name": class_name,
    }
    module_path.write_text(RULE_TEMPLATE.format(**values), encoding="utf-8")
    test_path.write_text(TEST_TEMPLATE.format(**values), encoding="utf-8")
    checks_init = repo / "copylint" / "checks" / "__init__.py"
    register(checks_init, rule_id, class_name)
    return [*written, module_path, checks_init, test_path]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m copylint.dev")
    commands = parser.add_subparsers(dest="command", required=True)
    scaffold = commands.add_parser("new-rule", help="scaffold a built-in rule and its test")
    scaffold.add_argument("rule_id", help="family/name, e.g. whitespace/missing-space")
    scaffold.add_argument("--summary", default="One line saying what the rule flags")
    args = parser.parse_args(argv)
    try:
        paths = new_rule(args.rule_id, args.summary)
    except ValueError as error:
        print(f"copylint.dev: {error}", file=sys.stderr)
        return 2
    for path in paths:
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
