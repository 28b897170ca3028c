"""A pack pattern that backtracks forever is stopped by its time limit and reported in one line
naming the rule and the file; the run exits 2 and every other rule still reports."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.helpers import run_copylint

PACK = """
[[rule]]
id = "usage/runaway"
kind = "existence"
summary = "A pattern that backtracks catastrophically"
why = "To prove that a bad pattern cannot hang a run."
patterns = ["(a|aa)+$"]
bad = ["aaa"]
good = ["b"]
"""


@pytest.mark.slow  # waits out the 2 s pattern budget in a fresh process
def test_runaway_pattern_is_reported_not_hung_on(tmp_path: Path) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "runaway.toml").write_text(PACK)
    (tmp_path / ".copylint.toml").write_text('rules-dirs = ["house"]\n')
    (tmp_path / "story.txt").write_text("They met on on Tuesday. " + "a" * 60 + "!\n")
    started = time.monotonic()
    # The run of a's that makes the pattern run away is also a misspelling: leave spelling out.
    result = run_copylint(
        "check", "--format", "json", "--ignore", "spelling", "story.txt", cwd=tmp_path
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "copylint: error: story.txt: rule usage/runaway: pattern '(a|aa)+$' ran for more than "
        "2 s (a runaway regular expression?); rule skipped for this file\n"
    )
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert [d["rule"] for d in diagnostics] == ["repetition/doubled-word"]
    assert elapsed < 60  # 2^40 steps of backtracking would take hours
