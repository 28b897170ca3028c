"""Runs no code from the repository.

``--changed-since`` runs git in the pull request's checkout, whose ``.git/config`` and
``.gitattributes`` its author chose. Every setting that names a program must stay switched off:
the file-system monitor, filters, textconv and external diff drivers, and the ``GIT_*``
variables that name programs. Each hostile program here would create a marker file. And a
config file found above the working directory but owned by another user is not used.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.helpers import cli, json_report
from tests.security.shared import BEFORE, needs_root, write
from tests.workflow.gitrepo import GIT_ENV, GitRepo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    repo = GitRepo(tmp_path / "newsroom")
    repo.write("story.txt", "The council met.\n")
    repo.commit("first")
    repo.git("checkout", "-q", "-b", "pr")
    return repo


def hostile(repo: GitRepo, marker: Path, key: str) -> None:
    """Set ``key`` in the repository's own config to a program that leaves ``marker``."""
    repo.git("config", key, f"touch {marker}; cat")


def changed_lines(repo: GitRepo) -> list[str]:
    repo.write("story.txt", "The council met.\n" + BEFORE)
    future = time.time() + 5  # a stat change git must look at (run the filter, ask fsmonitor)
    os.utime(repo.root / "story.txt", (future, future))
    result = cli("check", "--no-config", "--no-cache", "--format", "json", "--changed-since",
                 "main", cwd=repo.root)  # fmt: skip
    assert result.exit_code == 1, result.output
    return [d["rule"] for d in json_report(result)["diagnostics"]]


def test_git_fsmonitor_in_the_repository_config_is_not_run(repo: GitRepo, tmp_path: Path) -> None:
    marker = tmp_path / "fsmonitor-ran"
    hostile(repo, marker, "core.fsmonitor")
    assert changed_lines(repo) == ["repetition/doubled-word"]
    assert not marker.exists()


def test_git_filters_named_by_gitattributes_are_not_run(repo: GitRepo, tmp_path: Path) -> None:
    marker = tmp_path / "filter-ran"
    repo.write(".gitattributes", "*.txt filter=evil diff=evil\n")
    repo.commit("attributes")
    for kind in ("clean", "smudge", "process"):
        hostile(repo, marker, f"filter.evil.{kind}")
    hostile(repo, marker, "diff.evil.textconv")
    hostile(repo, marker, "diff.evil.command")
    hostile(repo, marker, "diff.external")
    assert changed_lines(repo) == ["repetition/doubled-word"]
    assert not marker.exists()


def test_git_environment_naming_programs_is_dropped(
    repo: GitRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "environment-ran"
    program = write(tmp_path / "evil.sh", f"#!/bin/sh\ntouch {marker}\n")
    program.chmod(0o755)
    monkeypatch.setenv("GIT_EXTERNAL_DIFF", str(program))
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", f"'core.fsmonitor'='{program}'")
    monkeypatch.setenv("GIT_PAGER", str(program))
    assert changed_lines(repo) == ["repetition/doubled-word"]
    assert not marker.exists()


@needs_root
def test_config_in_a_folder_of_another_user_is_not_used_silently(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    config = write(shared / ".copylint.toml", 'ignore = ["repetition"]\n')
    write(shared / "desk" / "story.txt")
    os.chown(config, 4321, 4321)
    result = cli("check", "--no-cache", "story.txt", cwd=shared / "desk")
    assert result.exit_code == 1  # the doubled word is reported: the config was not used
    assert "repetition/doubled-word" in result.stdout
    assert f"{config}: not used, it belongs to another user" in result.stderr
    explicit = cli("check", "--no-cache", "--config", str(config), "story.txt", cwd=shared / "desk")
    assert explicit.exit_code == 0  # named with --config, it is used
