"""Small helpers the tests share: lint a text, fix a text, run the command line."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

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


class Result(NamedTuple):
    """What an in-process run of the command printed, and how it exited."""

    exit_code: int
    stdout: str
    stderr: str
    #: Both streams as a terminal would show them, interleaved.
    output: str


class _Tee(io.RawIOBase):
    """A stream's bytes, kept for the stream and for the terminal both streams share."""

    def __init__(self, own: io.BytesIO, terminal: io.BytesIO) -> None:
        self.own, self.terminal = own, terminal

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.own.write(data)
        self.terminal.write(data)
        return len(data)


@contextlib.contextmanager
def _standard_streams(given: bytes) -> Iterator[tuple[io.BytesIO, io.BytesIO, io.BytesIO]]:
    """Standard input holding ``given``; standard output and error captured (as a pipe: no
    terminal), each on its own and together."""
    out, err, terminal = io.BytesIO(), io.BytesIO(), io.BytesIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(given), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(_Tee(out, terminal), encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(_Tee(err, terminal), encoding="utf-8", write_through=True)
    try:
        yield out, err, terminal
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdin, sys.stdout, sys.stderr = saved


def cli(*args: str, input: str | bytes | None = None, cwd: Path | None = None) -> Result:
    """Run ``copylint ARGS`` in-process (fast) and return what it printed and its status."""
    given = input.encode("utf-8") if isinstance(input, str) else input or b""
    previous = Path.cwd()
    code: int | str | None = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        with _standard_streams(given) as (out, err, terminal):
            try:
                main(list(args))
            except SystemExit as exit:
                code = exit.code
    finally:
        os.chdir(previous)

    def text(stream: io.BytesIO) -> str:
        return stream.getvalue().decode("utf-8", "replace")

    status = code if isinstance(code, int) else 0 if code is None else 1
    return Result(status, text(out), text(err), text(terminal))


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
