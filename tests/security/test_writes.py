"""Writes only where it was asked, never through a link.

A pull request can commit symbolic links (``notes.txt -> ~/.bashrc``), name any path in its
config, and arrive in a folder shared with other users. ``--fix``, ``copylint baseline``,
``-o FILE`` and the result cache must write only inside the paths given, never through a link,
and never take a file from its owner.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copylint.fix import write_atomically
from tests.helpers import cli
from tests.security.shared import (
    AFTER,
    BEFORE,
    NOBODY,
    needs_root,
    run_as_nobody,
    shared_folder,
    write,
)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside the repository, as ``~/.bashrc`` would be, holding a fixable problem."""
    return write(tmp_path / "home" / ".bashrc", BEFORE)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    write(root / "story.txt", BEFORE)
    return root


def test_fix_does_not_write_through_a_committed_symlink(repo: Path, outside: Path) -> None:
    (repo / "notes.txt").symlink_to(outside)
    result = cli("check", "--no-config", "--no-cache", "--fix", ".", cwd=repo)
    assert outside.read_text() == BEFORE
    assert (repo / "story.txt").read_text() == AFTER  # the real article is still fixed
    assert "notes.txt: symbolic link to " in result.stderr and "not followed" in result.stderr


def test_fix_refuses_a_symlink_named_on_the_command_line(repo: Path, outside: Path) -> None:
    (repo / "notes.txt").symlink_to(outside)
    result = cli("check", "--no-config", "--no-cache", "--fix", "notes.txt", cwd=repo)
    assert result.exit_code == 2
    assert "notes.txt: cannot write fixes: it is a symbolic link" in result.stderr
    assert outside.read_text() == BEFORE and (repo / "notes.txt").is_symlink()


def test_walk_does_not_follow_links_out_of_the_tree_or_into_git(repo: Path, outside: Path) -> None:
    (repo / "home").symlink_to(outside.parent, target_is_directory=True)
    write(repo / ".git" / "notes.txt", BEFORE)
    (repo / "history.txt").symlink_to(repo / ".git" / "notes.txt")
    result = cli("check", "--no-config", "--no-cache", "--format", "json", ".", cwd=repo)
    paths = {d["path"] for d in __import__("json").loads(result.stdout)["diagnostics"]}
    assert paths == {"story.txt"}
    assert "home: symbolic link to " in result.stderr
    assert "history.txt: symbolic link to " in result.stderr


def test_follow_links_follows_them_when_asked(repo: Path, outside: Path) -> None:
    (repo / "home").symlink_to(outside.parent, target_is_directory=True)
    (repo / "loop").symlink_to(repo, target_is_directory=True)  # a circle is walked once
    outside.rename(outside.with_name("profile.txt"))
    result = cli(
        "check", "--no-config", "--no-cache", "--follow-links", "--format", "json", ".", cwd=repo
    )
    paths = sorted(d["path"] for d in __import__("json").loads(result.stdout)["diagnostics"])
    assert paths == ["home/profile.txt", "story.txt"]


def test_fix_never_writes_outside_the_given_directories(repo: Path, outside: Path) -> None:
    (repo / "home").symlink_to(outside.parent, target_is_directory=True)
    target = outside.rename(outside.with_name("profile.txt"))
    result = cli("check", "--no-config", "--no-cache", "--follow-links", "--fix", ".", cwd=repo)
    assert result.exit_code == 2
    assert "home/profile.txt: cannot write fixes: it lies outside the paths given" in result.stderr
    assert target.read_text() == BEFORE
    assert (repo / "story.txt").read_text() == AFTER


def test_baseline_is_not_written_through_a_committed_symlink(repo: Path, outside: Path) -> None:
    (repo / ".copylint-baseline.json").symlink_to(outside)
    result = cli("baseline", "--no-config", ".", cwd=repo)
    assert result.exit_code == 2
    assert "symbolic link" in result.stderr
    assert outside.read_text() == BEFORE


def test_baseline_path_in_config_stays_inside_the_repository(repo: Path, outside: Path) -> None:
    write(repo / ".copylint.toml", f'baseline = "{outside}"\n')
    result = cli("baseline", ".", cwd=repo)
    assert result.exit_code == 2
    assert "'baseline' must be inside" in result.stderr
    assert outside.read_text() == BEFORE


def test_output_file_is_not_written_through_a_committed_symlink(repo: Path, outside: Path) -> None:
    (repo / "report.json").symlink_to(outside)
    result = cli("check", "--no-config", "--no-cache", "-o", "report.json", ".", cwd=repo)
    assert result.exit_code == 2
    assert "report.json: cannot write the report: it is a symbolic link" in result.stderr
    assert outside.read_text() == BEFORE


def test_output_file_never_overwrites_an_article_being_checked(repo: Path) -> None:
    result = cli("check", "--no-config", "--no-cache", "-o", "story.txt", ".", cwd=repo)
    assert result.exit_code == 2
    assert "it is story.txt, an article this run checked" in result.stderr
    assert (repo / "story.txt").read_text() == BEFORE


def test_cache_dir_keeps_the_repositorys_own_gitignore(repo: Path) -> None:
    write(repo / ".gitignore", "drafts/\n")
    write(repo / ".copylint.toml", 'cache-dir = "."\n')
    cli("check", ".", cwd=repo)
    assert (repo / ".gitignore").read_text() == "drafts/\n"
    assert list((repo / "v1").glob("*.json"))  # the cache still works, in its own folder


def test_cache_dir_puts_no_tag_in_a_directory_it_did_not_create(repo: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    write(repo / ".copylint.toml", f'cache-dir = "{home}"\n')
    cli("check", ".", cwd=repo)
    assert not (home / "CACHEDIR.TAG").exists() and not (home / ".gitignore").exists()
    fresh = tmp_path / "fresh-cache"
    write(repo / ".copylint.toml", f'cache-dir = "{fresh}"\n')
    cli("check", ".", cwd=repo)
    assert (fresh / "CACHEDIR.TAG").exists()  # a directory copylint made is marked


def test_cache_does_not_prune_through_a_committed_symlink(repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    old = write(elsewhere / "precious.json", "{}")
    os.utime(old, (0, 0))  # "older than 30 days"
    (repo / ".copylint_cache").mkdir()
    (repo / ".copylint_cache" / "v1").symlink_to(elsewhere, target_is_directory=True)
    cli("check", "--no-config", ".", cwd=repo)
    assert old.exists()
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.json"]


@needs_root
def test_fix_refuses_a_file_the_user_cannot_write() -> None:
    with shared_folder() as folder:
        path = write(folder / "story.txt")
        path.chmod(0o644)  # root's, read-only for nobody; the folder lets nobody rename
        status, stderr = run_as_nobody(
            "check", "--no-config", "--no-cache", "--fix", ".", cwd=folder
        )
        assert status == 2, stderr
        assert "story.txt: cannot write fixes: it cannot be opened for writing" in stderr
        assert path.read_text() == BEFORE and path.stat().st_uid == 0


@needs_root
def test_fix_keeps_the_owner_in_a_group_writable_folder_or_refuses() -> None:
    with shared_folder() as folder:
        path = write(folder / "story.txt")
        path.chmod(0o666)  # everyone may edit; only root may give it back to root
        status, stderr = run_as_nobody(
            "check", "--no-config", "--no-cache", "--fix", ".", cwd=folder
        )
        assert status == 2, stderr
        assert "cannot give the fixed file its owner and group" in stderr
        assert path.read_text() == BEFORE
        assert path.stat().st_uid == 0 != NOBODY


def test_fix_keeps_extended_attributes(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt")
    try:
        os.setxattr(path, "user.desk", b"metro")
    except OSError:
        pytest.skip("this file system has no user extended attributes")
    write_atomically(str(path), AFTER, expected=BEFORE)
    assert path.read_text() == AFTER
    assert os.getxattr(path, "user.desk") == b"metro"
