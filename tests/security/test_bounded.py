"""Nothing quadratic, nothing unbounded: what a repository's config can cost is bounded.

A pack regex that would need gigabytes to compile is refused; the time limit of a pack entry
is one for the whole entry, not one per token; (word lists that are devices or FIFOs are in
test_crashes). The linear-time tests of hostile articles are in test_linear.
"""

from __future__ import annotations

import math
import resource
import time
from pathlib import Path

import pytest
import regex

from tests.helpers import run_copylint
from tests.security.shared import write

HUGE_PACK = """
[[rule]]
id = "usage/huge"
kind = "existence"
summary = "A pattern that unrolls to a billion steps"
why = "To prove that compiling a pack cannot take the machine's memory."
patterns = ["(?:(?:(?:a{1000}){1000}){1000})"]
bad = ["a"]
good = ["b"]
"""


def test_pack_regex_that_needs_gigabytes_to_compile_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "house" / "huge.toml", HUGE_PACK)
    write(tmp_path / ".copylint.toml", 'rules-dirs = ["house"]\n')
    write(tmp_path / "story.txt", "A story.\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = run_copylint("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1 and "huge.toml" in stderr
    assert "too large once its repeats are unrolled" in stderr
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < max(before, 1) + 2**20  # KiB


def _per_occurrence_seconds(run: int) -> float:
    pattern = regex.compile(r"(?<!\w)tok0(?!\w)(?=(?:\s?(?:a|aa))+$)")
    segment = f"tok0 {'a' * run}!\n" * 3
    started = time.perf_counter()
    list(pattern.finditer(segment))
    return (time.perf_counter() - started) / 3


@pytest.mark.slow
def test_time_limit_of_a_pack_entry_is_shared_by_its_tokens(tmp_path: Path) -> None:
    # Each token's search takes about half the 2 s limit (a backtracking condition after each
    # of its occurrences), so with one limit per token, 20 tokens would run for 20 s.
    run = 18
    while _per_occurrence_seconds(run) < 0.02:
        run += 1
    occurrences = math.ceil(1.0 / _per_occurrence_seconds(run))
    tokens = [f"tok{n}" for n in range(20)]
    quoted = ", ".join(f'"{t}"' for t in tokens)
    write(
        tmp_path / "house" / "many.toml",
        f'[[rule]]\nid = "usage/many"\nkind = "existence"\nsummary = "Many tokens"\n'
        f'why = "A test."\ntokens = [{quoted}]\nfollowed-by = "(?:\\\\s?(?:a|aa))+$"\n'
        f'bad = ["tok0"]\ngood = ["b"]\n',
    )
    write(tmp_path / ".copylint.toml", 'rules-dirs = ["house"]\nselect = ["usage/many"]\n')
    text = "".join(f"{t} {'a' * run}!\n" for t in tokens for _ in range(occurrences))
    write(tmp_path / "story.txt", text)
    started = time.monotonic()
    result = run_copylint("check", "--no-cache", "story.txt", cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert result.returncode == 2
    assert "rule usage/many: pattern" in result.stderr.decode()
    assert "ran for more than 2 s" in result.stderr.decode()
    assert elapsed < 10, elapsed
