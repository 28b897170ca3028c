"""The hooks in .pre-commit-hooks.yaml, run by the real ``pre-commit`` on real commits.

The hook repository is a snapshot of this checkout as it is on disk (uncommitted edits
included), committed into a temporary repository, so the test exercises exactly the hook
definitions and code under review. pre-commit installs copylint from it into a fresh virtual
environment, as it would for a newsroom, which takes about 15 seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO
from tests.workflow.gitrepo import GitRepo

pytestmark = pytest.mark.slow  # runs the real pre-commit, which builds an environment

HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"


def snapshot_of_this_checkout(target: Path) -> GitRepo:
    """A git repository holding the checkout's files as they are now, in one commit."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the hook repository cannot be snapshotted")
    for name in listed.stdout.decode().split("\0"):
        source = REPO / name
        if name and source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    repo = GitRepo(target)
    repo.commit("snapshot")
    return repo


def manifest() -> list[dict[str, object]]:
    from pre_commit.clientlib import load_manifest

    hooks: list[dict[str, object]] = load_manifest(str(HOOKS_FILE))
    return hooks


def test_the_hooks_file_is_a_valid_pre_commit_manifest() -> None:
    pytest.importorskip("pre_commit")
    hooks = {hook["id"]: hook for hook in manifest()}
    assert set(hooks) == {"copylint", "copylint-fix"}
    assert hooks["copylint"]["entry"] == "copylint check"
    assert hooks["copylint-fix"]["entry"] == "copylint check --fix"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["require_serial"] is True  # copylint parallelises itself
        pattern = str(hook["files"])
        import re

        for name in ("story.md", "desk/story.markdown", "brief.txt"):
            assert re.search(pattern, name), name
        for name in ("setup.py", "story.md.bak", "photo.jpg"):
            assert not re.search(pattern, name), name


def test_pre_commit_blocks_a_doubled_word_and_the_fix_hook_repairs_it(tmp_path: Path) -> None:
    """Both hooks, as a newsroom configures them, then the copylint hook on new lines only."""
    pytest.importorskip("pre_commit")
    hooks = snapshot_of_this_checkout(tmp_path / "copylint")
    rev = hooks.git("rev-parse", "HEAD").stdout.strip()
    news = GitRepo(tmp_path / "newsroom", env={"PRE_COMMIT_HOME": str(tmp_path / "cache")})
    pre_commit = [sys.executable, "-m", "pre_commit"]

    def configure(hook: str) -> None:
        news.write(
            ".pre-commit-config.yaml",
            f"repos:\n  - repo: {hooks.root}\n    rev: {rev}\n    hooks:\n      - id: {hook}\n",
        )

    def commit(message: str) -> subprocess.CompletedProcess[str]:
        news.git("add", "-A")
        return news.git("commit", "-m", message, check=False)

    configure("copylint")
    installed = subprocess.run(
        [*pre_commit, "install"], cwd=news.root, env=news.env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    news.write("stories/council.md", "# Council\n\nThe council met on on Tuesday.\n")
    news.write("notes.py", "print('on on')\n")  # not an article: the hook ignores it

    blocked = commit("a story with a doubled word")
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr
    assert "stories/council.md:3:20: error repetition/doubled-word" in output, output
    assert "notes.py" not in output
    assert news.git("rev-list", "--all", check=False).stdout == ""  # nothing was committed

    news.write("stories/council.md", "# Council\n\nThe council met on Tuesday.\n")
    passed = commit("the story, copyedited")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "copylint" in passed.stdout + passed.stderr

    configure("copylint-fix")
    news.write("stories/vote.txt", "The vote was was delayed.\n")
    repaired = commit("a brief with a doubled word")
    assert repaired.returncode != 0  # pre-commit fails a hook that changed files...
    assert "files were modified by this hook" in repaired.stdout + repaired.stderr
    assert (news.root / "stories/vote.txt").read_text() == "The vote was delayed.\n"
    again = commit("the brief, as fixed")  # ...and the fixed file then goes in
    assert again.returncode == 0, again.stdout + again.stderr
    assert os.listdir(tmp_path / "cache")  # the environment pre-commit built for the hook

    # Legacy copy, committed past the hook; with --changed-since HEAD only new lines count.
    news.write("archive/2019.txt", "Old old copy.\n")
    news.git("add", "-A")
    news.git("commit", "-q", "--no-verify", "-m", "legacy copy")
    news.write(
        ".pre-commit-config.yaml",
        f"repos:\n  - repo: {hooks.root}\n    rev: {rev}\n    hooks:\n      - id: copylint\n"
        "        args: [--changed-since, HEAD]\n",
    )
    news.write("archive/2019.txt", "Old old copy.\nA new new line.\n")
    blocked = commit("a new line in a legacy article")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0 and "archive/2019.txt:2:7: error" in output, output
    assert "archive/2019.txt:1:" not in output
    news.write("archive/2019.txt", "Old old copy.\nA new line.\n")
    passed = commit("a clean new line in a legacy article")
    assert passed.returncode == 0, passed.stdout + passed.stderr
