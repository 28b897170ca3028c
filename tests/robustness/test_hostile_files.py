"""Files an untrusted repository can hold that are not articles: links to devices, FIFOs,
loops. Each is named in one line; the other files are still checked; nothing hangs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import run_copylint


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.symlink_to("/dev/zero"), "not a regular file"),  # would read forever
        (lambda p: p.symlink_to("/dev/stdin"), "not a regular file"),  # would wait for input
        (lambda p: os.mkfifo(p), "not a regular file"),  # opening it would block
        (lambda p: p.symlink_to(p), "cannot read: Too many levels of symbolic links"),
    ],
    ids=["link-to-dev-zero", "link-to-stdin", "fifo", "symlink-loop"],
)
def test_non_article_file_is_named_and_others_still_run(
    tmp_path: Path, make: object, reason: str
) -> None:
    make(tmp_path / "odd.md")  # type: ignore[operator]
    (tmp_path / "story.md").write_text("They met on on Tuesday.\n")
    # Links met in a directory are skipped unless followed (tests/security/test_writes.py):
    # followed, each of these is named.
    result = run_copylint(
        "check", "--no-config", "--follow-links", "--format", "json", ".", cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.decode() == f"copylint: error: odd.md: {reason}\n"
    assert [d["path"] for d in json.loads(result.stdout)["diagnostics"]] == ["story.md"]
