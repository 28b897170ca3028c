"""``--fix`` under faults: the article on disk is always the old text or the new, whole.

Faults are injected where they happen: ``os.write`` running out of space halfway, ``fsync``
failing, the rename or the mode change refused, the file edited by someone else between
copylint's read and its write, and a real ``copylint`` process killed with SIGKILL after its
temporary file is written and before the rename. Each test checks the bytes on disk, the
leftover files, and the one line copylint prints.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from copylint.fix import TEMP_SUFFIX, write_atomically
from tests.helpers import REPO, cli

BEFORE = "They met on on Tuesday.\n"
AFTER = "They met on Tuesday.\n"


def article(directory: Path, name: str = "a.txt", text: str | bytes = BEFORE) -> Path:
    path = directory / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(TEMP_SUFFIX))


def fail_once(monkeypatch: pytest.MonkeyPatch, name: str, code: int, partial: bool = False) -> None:
    """Make ``os.<name>`` raise OSError(code) on its first call (after writing half its
    buffer, for ``partial`` writes); later calls go through."""
    real: Callable[..., Any] = getattr(os, name)
    calls = {"n": 0}

    def faulty(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            if partial:
                handle, data = args
                real(handle, bytes(data[: len(data) // 2]))
            raise OSError(code, os.strerror(code))
        return real(*args)

    monkeypatch.setattr(os, name, faulty)


FAULTS = {
    "disk full halfway through the write": ("write", errno.ENOSPC, True),
    "fsync fails": ("fsync", errno.EIO, False),
    "mode cannot be set": ("fchmod", errno.EPERM, False),
    "rename refused (permissions changed)": ("replace", errno.EACCES, False),
}


@pytest.mark.parametrize(("call", "code", "partial"), FAULTS.values(), ids=FAULTS.keys())
def test_failed_write_leaves_the_old_file_whole_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int, partial: bool
) -> None:
    first = article(tmp_path, "a.txt")
    second = article(tmp_path, "b.txt")
    fail_once(monkeypatch, call, code, partial)
    result = cli("check", "--no-config", "--no-cache", "--fix", "a.txt", "b.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"copylint: error: a.txt: cannot write fixes: {os.strerror(code)}",
        "Fixed 1 problem; 1 file not fixed (see above).",  # b.txt fixed, a.txt not
    ]
    assert first.read_text() == BEFORE  # the old file, whole
    assert second.read_text() == AFTER  # the other file is still fixed
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("call", "code", "partial"), FAULTS.values(), ids=FAULTS.keys())
def test_write_atomically_never_leaves_a_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int, partial: bool
) -> None:
    path = article(tmp_path)
    fail_once(monkeypatch, call, code, partial)
    with pytest.raises(OSError) as caught:
        write_atomically(str(path), AFTER)
    assert caught.value.errno == code
    assert path.read_text() == BEFORE and leftovers(tmp_path) == []


def test_short_writes_are_continued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.write
    monkeypatch.setattr(os, "write", lambda handle, data: real(handle, bytes(data[:3])))
    path = article(tmp_path, text="x" * 1000)
    write_atomically(str(path), "y" * 1000)
    assert path.read_text() == "y" * 1000


def test_file_edited_between_read_and_write_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = article(tmp_path)
    edited = "An editor saved this meanwhile on on purpose.\n"
    real_mkstemp = tempfile.mkstemp

    def editor_saves_first(*args: Any, **kwargs: Any) -> tuple[int, str]:
        path.write_text(edited)  # after copylint read the file, before it renames
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", editor_saves_first)
    result = cli("check", "--no-config", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        "copylint: error: a.txt: cannot write fixes: "
        "it changed on disk since copylint read it; not fixed\n1 file not fixed (see above).\n"
    )
    assert path.read_text() == edited and leftovers(tmp_path) == []


# -- what is kept -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (b"They met on on Tuesday.\r\nNext.\r\n", b"They met on Tuesday.\r\nNext.\r\n"),
        (b"They met on on Tuesday.\rNext.\r", b"They met on Tuesday.\rNext.\r"),
        (b"\xef\xbb\xbfThey met on on Tuesday.\r\n", b"\xef\xbb\xbfThey met on Tuesday.\r\n"),
        (b"No newline at the end on on", b"No newline at the end on"),
    ],
)
def test_line_endings_and_byte_order_mark_are_kept(
    tmp_path: Path, before: bytes, after: bytes
) -> None:
    path = article(tmp_path, text=before)
    cli("check", "--no-config", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert path.read_bytes() == after


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755, 0o444])
def test_file_mode_is_kept(tmp_path: Path, mode: int) -> None:
    path = article(tmp_path)
    path.chmod(mode)
    cli("check", "--no-config", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert path.read_text() == AFTER
    assert path.stat().st_mode & 0o7777 == mode


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_owner_and_group_are_kept(tmp_path: Path) -> None:
    path = article(tmp_path)
    os.chown(path, 4321, 4322)
    cli("check", "--no-config", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert path.read_text() == AFTER
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322)


def test_symlink_is_refused_and_its_target_left_alone(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    target = article(tmp_path / "desk", "real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(Path("desk") / "real.txt")
    result = cli("check", "--no-config", "--no-cache", "--fix", "link.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "link.txt: cannot write fixes: it is a symbolic link" in result.stderr
    assert link.is_symlink() and os.readlink(link) == os.path.join("desk", "real.txt")
    assert target.read_text() == BEFORE
    assert leftovers(tmp_path) == leftovers(tmp_path / "desk") == []


def test_dangling_symlink_is_reported_and_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    result = cli("check", "--no-config", "--no-cache", "--fix", "gone.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert link.is_symlink() and not (tmp_path / "missing.txt").exists()


def test_hard_linked_file_is_refused_not_split(tmp_path: Path) -> None:
    path = article(tmp_path)
    other = tmp_path / "other-name.txt"
    os.link(path, other)
    result = cli("check", "--no-config", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        "copylint: error: a.txt: cannot write fixes: it has 2 hard links; replacing it would "
        "split them (apply the fixes by hand, see --diff)\n1 file not fixed (see above).\n"
    )
    assert path.read_text() == other.read_text() == BEFORE
    assert os.path.samefile(path, other)


# -- a real process killed between writing the temporary file and renaming it ---------------

#: Runs ``copylint check --fix`` with one step replaced: at ``STEP`` the process announces
#: itself on stdout and waits to be killed; the test kills it with SIGKILL right then.
_KILLED_RUN = textwrap.dedent(
    """
    import os, sys, time
    step = sys.argv[1]
    real = getattr(os, step)

    def stop_here(*args):
        if step == "write":  # half the data reaches the temporary file first
            handle, data = args
            real(handle, bytes(data[: len(data) // 2]))
        print("stopped", flush=True)
        time.sleep(60)

    setattr(os, step, stop_here)
    from copylint.cli import main
    main(["check", "--no-config", "--no-cache", "--fix", "-q", *sys.argv[2:]])
    """
)


@pytest.mark.parametrize("step", ["write", "replace"], ids=["mid-write", "before-rename"])
def test_sigkill_leaves_the_old_file_whole_and_the_next_fix_cleans_up(
    tmp_path: Path, step: str
) -> None:
    path = article(tmp_path, text=BEFORE * 500)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_RUN, step, "a.txt"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == b"stopped\n"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        process.kill()
        if process.stdout:
            process.stdout.close()
    assert path.read_text() == BEFORE * 500  # the old file, whole
    (temporary,) = leftovers(tmp_path)
    written = (tmp_path / temporary).read_text()
    assert (AFTER * 500).startswith(written)  # all or part of the new text; never the article
    result = cli("check", "--no-config", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert result.exit_code == 0
    assert path.read_text() == AFTER * 500
    assert leftovers(tmp_path) == []


def test_cleanup_touches_only_temporary_files_of_the_fixed_articles(tmp_path: Path) -> None:
    article(tmp_path, "a.txt")
    article(tmp_path, "b.txt", "Clean copy.\n")
    dead = _dead_pid()
    keep = [
        f".b.txt.{dead}.abcd1234" + TEMP_SUFFIX,
        f".a.txt.{dead}.x" + TEMP_SUFFIX,
        f".a.txt.{dead}.abcd1234.bak",
        f".a.txt.{os.getppid()}.abcd1234" + TEMP_SUFFIX,  # a live process: a run still writing
    ]
    stale = f".a.txt.{dead}.abcd1234" + TEMP_SUFFIX
    for name in [*keep, stale]:
        (tmp_path / name).write_text("left over")
    cli("check", "--no-config", "--no-cache", "--fix", "a.txt", "b.txt", cwd=tmp_path)
    assert not (tmp_path / stale).exists()
    assert all((tmp_path / name).exists() for name in keep)


def _dead_pid() -> int:
    """The id of a process that has ended."""
    import subprocess

    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
