"""What the security tests share: an article with a safe fix, and running copylint as an
unprivileged user (root may write any file, so permission tests need someone else)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import cli

BEFORE = "They met on on Tuesday.\n"
AFTER = "They met on Tuesday.\n"
NOBODY = 65534


def write(path: Path, text: str | bytes = BEFORE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="needs root to act as, and give files to, other users",
)


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder everyone may write (a team share), outside pytest's private temporary tree."""
    folder = Path(tempfile.mkdtemp(prefix="copylint-shared-"))
    try:
        folder.chmod(0o777)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_as_nobody(*args: str, cwd: Path) -> tuple[int, str]:
    """``copylint ARGS`` run by the unprivileged user ``nobody``: in a forked child that gives
    up root (the interpreter lives under /root, which nobody may not read, so it cannot be
    started afresh). Returns the exit status and stderr."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        status, stderr = 125, "child failed"
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = cli(*args, cwd=cwd)
            status, stderr = result.exit_code, result.stderr
        except BaseException as error:
            stderr = f"{type(error).__name__}: {error}"
        finally:
            os.write(writer, json.dumps([status, stderr]).encode())
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as stream:
        data = stream.read()
    os.waitpid(pid, 0)
    status, stderr = json.loads(data)
    return int(status), str(stderr)
