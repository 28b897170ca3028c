"""Crashes on input a repository controls: damaged cache entries, bad config values, file names
that are long or not UTF-8, concurrent fixes, word lists that are devices or FIFOs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from copylint.fix import TEMP_SUFFIX
from tests.helpers import cli
from tests.security.shared import AFTER, write


def cache_file(root: Path) -> Path:
    (found,) = (root / ".copylint_cache" / "v1").glob("*.json")
    return found


DAMAGE = {
    "entry not a list": lambda entry: 5,
    "span backwards": lambda entry: [
        entry[0], entry[1], [[*entry[2][0][:4], [9, 2, 1, 1, 1, 1], None]]
    ],
    "huge number": lambda entry: [
        entry[0], entry[1], [[*entry[2][0][:4], [1e308 * 10, 2, 1, 1, 1, 1], None]]
    ],
}  # fmt: skip


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_cache_entry_is_a_miss_not_a_crash(tmp_path: Path, damage: Any) -> None:
    write(tmp_path / "story.txt")
    first = cli("check", "--no-config", "story.txt", cwd=tmp_path)
    path = cache_file(tmp_path)
    document = json.loads(path.read_text())
    document["files"] = {key: damage(entry) for key, entry in document["files"].items()}
    path.write_text(json.dumps(document))
    for _ in range(2):  # the run that reads the damage, and the one after it
        again = cli("check", "--no-config", "story.txt", cwd=tmp_path)
        assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout)


@pytest.mark.parametrize(
    ("where", "text", "complaint"),
    [
        ("pyproject.toml", "tool = 5\n", None),  # someone else's pyproject: not ours
        (".copylint.toml", 'exclude = ["!"]\n', "'exclude': invalid glob '!'"),
        (".copylint.toml", 'include = ["!"]\n', "'include': invalid glob '!'"),
        (".copylint.toml", 'per-file-ignores = { "!" = ["x"] }\n', "invalid glob '!'"),
        (".copylint.toml", 'style = ""\n', "unknown style ''"),
        (".copylint.toml", 'style = "../rules"\n', "unknown style '../rules'"),
    ],
)
def test_bad_config_values_are_one_clear_line(
    tmp_path: Path, where: str, text: str, complaint: str | None
) -> None:
    write(tmp_path / where, text)
    write(tmp_path / "story.txt", AFTER)
    result = cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert "internal error" not in result.stderr
    if complaint is None:
        assert result.exit_code == 0, result.stderr
    else:
        assert result.exit_code == 2
        assert result.stderr.startswith(f"copylint: error: {tmp_path / where}: ")
        assert complaint in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_word_file_that_is_a_device_or_fifo_is_refused(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(tmp_path / "words.txt")
        name = "words.txt"
    else:
        name = "/dev/zero"
    write(tmp_path / ".copylint.toml", f'word-files = ["{name}"]\n')
    write(tmp_path / "story.txt", AFTER)
    result = subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--no-cache", "story.txt"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.endswith("cannot read word list: not a regular file\n")


def test_long_file_name_can_be_fixed(tmp_path: Path) -> None:
    name = "a" * 245 + ".txt"  # 249 bytes: the temporary file's name must not add to it
    path = write(tmp_path / name)
    result = cli("check", "--no-config", "--no-cache", "--fix", name, cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    assert path.read_text() == AFTER
    assert not [p for p in os.listdir(tmp_path) if p.endswith(TEMP_SUFFIX)]


PAUSED_WRITER = """
import os, sys
from copylint import fix
real = os.replace
def paused(source, target):
    print("stopped", flush=True)
    sys.stdin.readline()
    real(source, target)
os.replace = paused
fix.write_atomically(sys.argv[1], "They met on Tuesday.\\n")
print("written", flush=True)
"""


def test_concurrent_fix_runs_keep_each_others_temporary_files(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt")
    other = subprocess.Popen(
        [sys.executable, "-c", PAUSED_WRITER, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline() == b"stopped\n"  # its temporary file is written
        result = cli("check", "--no-config", "--no-cache", "--fix", "story.txt", cwd=tmp_path)
        assert result.exit_code == 0, result.stderr
        other.stdin.write(b"go on\n")
        other.stdin.flush()
        assert other.stdout.readline() == b"written\n", other.stderr.read()  # type: ignore[union-attr]
    finally:
        other.kill()
        other.wait()
    assert path.read_text() == AFTER
    assert not [p for p in os.listdir(tmp_path) if p.endswith(TEMP_SUFFIX)]
