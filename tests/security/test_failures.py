"""Never lose the article, never call a failure clean.

``--fix -`` is a filter: the text always comes back on stdout. Fixes that go round in circles
are not written. A malformed plugin fix is not applied, a plugin that exits or crashes is a
failure, the Python API does not drop rule failures, and a write or a directory that fails is
named in the summary.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import cli, pip_install_target
from tests.security.shared import AFTER, BEFORE, needs_root, run_as_nobody, shared_folder, write

HOSTILE_PLUGIN = Path(__file__).parent / "hostile_plugin"
SWAP_PACK = """
[[rule]]
id = "usage/swap"
kind = "substitution"
summary = "Swaps two words"
why = "A pack whose fix output is flagged again."
message = "Write '{replacement}'"
swap = { "alpha" = "beta", "beta" = "alpha" }
bad = ["An alpha here."]
good = ["A gamma here."]
"""


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    pip_install_target(HOSTILE_PLUGIN, target)
    return target


def with_plugin(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """``python ARGS`` with the hostile plugin installed."""
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=dict(os.environ, PYTHONPATH=path),
        capture_output=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (b"Nothing to fix here.\n", b"Nothing to fix here.\n"),  # unchanged, still written
        (b"\xef\xbb\xbf" + BEFORE.encode(), b"\xef\xbb\xbf" + AFTER.encode()),  # BOM kept
        (b"caf\xe9 on on\n", b"caf\xe9 on on\n"),  # not UTF-8: given back byte for byte
    ],
)
def test_fix_from_stdin_always_writes_the_text_and_only_the_text(
    tmp_path: Path, given: bytes, expected: bytes
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--no-config", "--fix", "-"],
        cwd=tmp_path, input=given, capture_output=True, timeout=120,
    )  # fmt: skip
    assert result.stdout == expected
    assert b"problem" not in result.stdout


def test_fix_that_does_not_converge_is_not_written_and_names_the_rule(tmp_path: Path) -> None:
    write(tmp_path / "house" / "swap.toml", SWAP_PACK)
    write(tmp_path / ".copylint.toml", 'rules-dirs = ["house"]\nselect = ["usage/swap"]\n')
    article = write(tmp_path / "story.txt", "An alpha and a beta.\n")
    result = cli("check", "--no-cache", "--fix", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "rule usage/swap: its fix does not converge" in result.stderr
    assert article.read_text() == "An alpha and a beta.\n"


def test_plugin_fix_with_overlapping_edits_is_rejected(plugin_site: Path, tmp_path: Path) -> None:
    article = write(tmp_path / "story.txt", "An OVERLAP here.\n")
    result = with_plugin(
        plugin_site, "-m", "copylint", "check", "--no-config", "--no-cache", "--select",
        "hostile/overlaps", "--fix", "story.txt", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1  # reported, not fixed
    assert article.read_text() == "An OVERLAP here.\n"


def test_plugin_calling_sys_exit_is_a_failure_not_a_clean_run(
    plugin_site: Path, tmp_path: Path
) -> None:
    write(tmp_path / "story.txt", "The EXIT door.\n")
    result = with_plugin(
        plugin_site, "-m", "copylint", "check", "--no-config", "--no-cache", "--select",
        "hostile", "story.txt", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2
    assert b"story.txt: rule hostile/exits crashed: SystemExit" in result.stderr
    assert b"1 file checked" in result.stdout  # the report is still written


def test_python_api_returns_rule_failures(plugin_site: Path, tmp_path: Path) -> None:
    script = (
        "from copylint.api import RuleError, lint_text\n"
        "try:\n"
        "    lint_text('A CRASH on on Tuesday.', config={'select': ['hostile', 'repetition']})\n"
        "except RuleError as error:\n"
        "    print([e.rule for e in error.errors], [d.rule for d in error.diagnostics])\n"
    )
    result = with_plugin(plugin_site, "-c", script, cwd=tmp_path)
    assert result.stdout.decode() == "['hostile/crashes'] ['repetition/doubled-word']\n"


def test_fix_summary_says_when_a_file_could_not_be_written(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    linked = write(tmp_path / "b.txt")
    os.link(linked, tmp_path / "b-copy.txt")  # a hard link: copylint will not split it
    result = cli("check", "--no-config", "--no-cache", "--fix", "a.txt", "b.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Fixed 1 problem; 1 file not fixed (see above)."


@needs_root
def test_unreadable_directory_is_reported_not_skipped() -> None:
    with shared_folder() as folder:
        write(folder / "story.txt", AFTER)
        write(folder / "locked" / "hidden.txt")
        (folder / "locked").chmod(0o700)  # root's; nobody cannot list it
        status, stderr = run_as_nobody("check", "--no-config", "--no-cache", ".", cwd=folder)
        assert status == 2
        assert "locked: cannot list directory: Permission denied" in stderr


def test_empty_select_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path / "story.txt")
    result = cli("check", "--no-config", "--select", " , ", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "--select names no rule" in result.stderr
