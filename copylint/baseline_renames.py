"""Baselines follow renamed files, as ``--changed-since`` does.

A baseline entry names its file. After ``git mv story.md 2024/story.md`` the entries would
name a file that no longer exists and the renamed article's legacy findings would all come
back as new. Git knows the rename: comparing the commit that last wrote the baseline with the
working tree (``--find-renames``, staged and unstaged changes alike), every entry of a renamed
file is moved to the new name before the baseline is used. Outside git, or with no commit
of the baseline, nothing changes.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

from copylint.baseline import Baseline, Fingerprint


def _git(directory: Path, *args: str) -> bytes | None:
    """git's output, or None when git is missing or fails (then nothing is renamed)."""
    command = ["git", "-c", "core.quotePath=false", *args]
    try:
        return subprocess.run(command, cwd=directory, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def renames(baseline_path: Path) -> dict[str, str]:
    """Old → new path (relative to the baseline's directory, with ``/``) of every file git
    sees renamed since the baseline was last committed."""
    directory = baseline_path.parent
    commit = _git(directory, "log", "-1", "--format=%H", "--", baseline_path.name)
    top = _git(directory, "rev-parse", "--show-toplevel")
    if not commit or not commit.strip() or not top:
        return {}
    status = _git(
        directory, "diff", "--find-renames", "--name-status", "-z", "--no-relative",
        commit.decode().strip(), "--",
    )  # fmt: skip
    if not status:
        return {}
    root = top.decode("utf-8", "surrogateescape").rstrip("\n")
    fields = status.decode("utf-8", "surrogateescape").split("\0")
    found: dict[str, str] = {}
    index = 0
    while index < len(fields) - 1:
        kind = fields[index]
        if kind.startswith("R") and index + 2 < len(fields):
            old, new = fields[index + 1], fields[index + 2]
            found[_relative(root, old, directory)] = _relative(root, new, directory)
            index += 3
        else:
            index += 2
    return found


def _relative(root: str, path: str, directory: Path) -> str:
    absolute = os.path.realpath(os.path.join(root, path))
    return os.path.relpath(absolute, os.path.realpath(directory)).replace(os.sep, "/")


def follow_renames(baseline: Baseline) -> Baseline:
    """``baseline`` with the entries of renamed files under their new names."""
    moved = renames(baseline.path)
    if not moved:
        return baseline
    counts: Counter[Fingerprint] = Counter()
    for fingerprint, count in baseline.counts.items():
        path = moved.get(fingerprint.path, fingerprint.path)
        counts[replace(fingerprint, path=path)] += count
    return replace(baseline, counts=counts)
