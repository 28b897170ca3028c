"""The linters we ask others to run: ruff over the tree and mypy (strict) over the package."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_ruff_check_passes() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes() -> None:
    result = _run(sys.executable, "-m", "mypy", "copylint")
    assert result.returncode == 0, result.stdout + result.stderr
