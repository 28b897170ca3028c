"""Small helpers the tests share: lint a text, fix a text, run the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from copylint.api import linter_for
from copylint.cli import main
from copylint.config import Settings
from copylint.files import SourceFile
from copylint.model import Diagnostic
from copylint.runner import fix_source, lint_source

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"


def settings_for(
    select: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    **values: Any,
) -> Settings:
    return Settings(
        select=tuple(select) if select is not None else None,
        rule_options=dict(options or {}),
        **values,
    )


def lint(
    text: str,
    *,
    fmt: str = "text",
    select: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    **values: Any,
) -> list[Diagnostic]:
    """The diagnostics for ``text`` (plain text unless ``fmt="markdown"``); a rule that
    crashed fails the test instead of going quiet."""
    linter = linter_for(settings_for(select, options, **values))
    name = "article.md" if fmt == "markdown" else "article.txt"
    result = lint_source(linter, SourceFile(name, text), fmt)
    assert not result.internal_errors, result.internal_errors
    return result.diagnostics


def fix(
    text: str,
    *,
    fmt: str = "text",
    select: Sequence[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    **values: Any,
) -> str:
    """``text`` after every safe fix, as ``copylint check --fix`` would leave it."""
    linter = linter_for(settings_for(select, options, **values))
    name = "article.md" if fmt == "markdown" else "article.txt"
    fixed, _, _ = fix_source(linter, SourceFile(name, text), fmt)
    return fixed


def rules_of(diagnostics: Sequence[Diagnostic]) -> list[str]:
    return [d.rule for d in diagnostics]


def flagged(text: str, diagnostics: Sequence[Diagnostic]) -> list[str]:
    """The source text each diagnostic underlines."""
    return [text[d.span.start : d.span.end] for d in diagnostics]


def cli(*args: str, input: str | bytes | None = None, cwd: Path | None = None) -> Result:
    """Run ``copylint ARGS`` in-process (fast) and return click's result."""
    import os

    runner = CliRunner()
    previous = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)
    finally:
        os.chdir(previous)


def run_copylint(
    *args: str,
    cwd: Path | None = None,
    input: bytes | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run the real ``copylint`` command in a subprocess (exit codes, streams, signals)."""
    return subprocess.run(
        [sys.executable, "-m", "copylint", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=None if env is None else dict(env),
        timeout=120,
    )


def json_report(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def pip_install_target(requirement: Path, target: Path) -> None:
    """Install ``requirement`` (a project directory or a wheel) with pip into ``target``, as a
    real installation that a subprocess with ``PYTHONPATH=target`` sees."""
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(requirement)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
