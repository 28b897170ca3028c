"""Write a one-entry pack to a temporary directory and lint with it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from copylint.model import Diagnostic
from tests.helpers import flagged, lint

#: The keys every entry needs, so a test shows only what it is about.
BOILERPLATE = """\
summary = "A test entry"
why = "Because the test says so."
bad = ["x"]
good = ["y"]
"""


def write_pack(directory: Path, body: str, name: str = "pack.toml") -> Path:
    """A pack file holding ``body`` (TOML, dedented) in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def entry(rule_id: str, kind: str, keys: str) -> str:
    """One ``[[rule]]`` entry: its id and kind, the test's keys, and the boilerplate."""
    return f'[[rule]]\nid = "{rule_id}"\nkind = "{kind}"\n{textwrap.dedent(keys)}{BOILERPLATE}'


def lint_with(
    directory: Path, rule_id: str, text: str, fmt: str = "text", **settings: object
) -> list[Diagnostic]:
    """Lint ``text`` with only ``rule_id`` selected and the packs of ``directory`` loaded."""
    return lint(text, fmt=fmt, select=[rule_id], rules_dirs=(directory,), **settings)


def flags(directory: Path, rule_id: str, text: str, fmt: str = "text") -> list[str]:
    """The source text each finding of ``rule_id`` underlines."""
    return flagged(text, lint_with(directory, rule_id, text, fmt))
