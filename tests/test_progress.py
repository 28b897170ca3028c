"""The progress line: on a terminal's stderr for long runs only, never in pipes, CI logs or
machine-readable output, and gone before the report is printed."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from copylint.progress import MIN_FILES, Progress, progress_for
from tests.helpers import REPO


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_line_counts_files_findings_and_rate() -> None:
    stream, clock = Terminal(), Clock()
    progress = Progress(40, stream, clock=clock)
    clock.now += 2.0
    progress.advance(1, 2)
    progress.advance(2, 0)  # within the redraw interval: not drawn
    assert stream.getvalue() == "\rcopylint: 1/40 files, 2 findings, 0 files/s"
    clock.now += 1.0
    progress.advance(3, 1)
    assert stream.getvalue().split("\r")[-1] == "copylint: 6/40 files, 3 findings, 2 files/s"


def test_close_erases_the_line() -> None:
    stream, clock = Terminal(), Clock()
    progress = Progress(40, stream, clock=clock)
    progress.advance(1, 1)
    drawn = stream.getvalue()
    progress.close()
    erased = stream.getvalue()[len(drawn) :]
    assert erased == "\r" + " " * (len(drawn) - 1) + "\r"


def test_nothing_is_written_when_nothing_was_drawn() -> None:
    stream = Terminal()
    Progress(40, stream).close()
    assert stream.getvalue() == ""


def test_only_long_runs_on_a_terminal_get_a_progress_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.delenv("CI", raising=False)
    assert progress_for(MIN_FILES, Terminal()) is not None
    assert progress_for(MIN_FILES - 1, Terminal()) is None
    assert progress_for(MIN_FILES, io.StringIO()) is None  # a pipe or file
    assert progress_for(MIN_FILES, Terminal(), wanted=False) is None  # json, sarif, --quiet
    monkeypatch.setenv("TERM", "dumb")
    assert progress_for(MIN_FILES, Terminal()) is None
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("CI", "true")
    assert progress_for(MIN_FILES, Terminal()) is None


def articles(directory: Path) -> Path:
    for i in range(MIN_FILES + 5):
        (directory / f"story{i:02d}.txt").write_text(f"Story {i} ran on on Monday.\n")
    return directory


def run_with_terminal_stderr(directory: Path, *args: str) -> tuple[bytes, bytes]:
    """Run copylint with stderr on a pseudo-terminal and stdout on a pipe.

    Both are read as they fill: waiting on the terminal alone while the report fills the
    stdout pipe would leave the process blocked on its write and the test on a time-out.
    """
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "copylint", "check", "--no-config", "--no-cache", *args, "."],
        cwd=directory,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={
            **{k: v for k, v in os.environ.items() if k != "CI"},
            "TERM": "xterm",
            "PYTHONPATH": str(REPO),
        },
    )
    os.close(terminal)
    assert process.stdout is not None
    outputs = {process.stdout.fileno(): b"", controller: b""}
    while outputs:
        ready, _, _ = select.select(list(outputs), [], [], 60)
        assert ready, "copylint wrote nothing for 60 s"
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the terminal closed: the process is done with it
                chunk = b""
            if chunk:
                outputs[fd] += chunk
            else:
                seen = outputs.pop(fd)
                if fd == controller:
                    terminal_bytes = seen
                else:
                    stdout = seen
    process.wait(timeout=60)
    os.close(controller)
    return stdout, terminal_bytes


def test_terminal_stderr_shows_progress_and_the_report_is_unchanged(tmp_path: Path) -> None:
    articles(tmp_path)
    stdout, terminal = run_with_terminal_stderr(tmp_path)
    assert b"copylint: " in terminal and b"files/s" in terminal
    assert terminal.endswith(b"\r")  # erased: the cursor is back at the start of the line
    piped = subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--no-config", "--no-cache", "."],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert stdout == piped.stdout
    assert piped.stderr == b""  # no progress in a pipe or a CI log


@pytest.mark.parametrize("args", [("--format", "json"), ("--format", "sarif"), ("--quiet",)])
def test_machine_readable_and_quiet_runs_show_no_progress(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    articles(tmp_path)
    _, terminal = run_with_terminal_stderr(tmp_path, *args)
    assert b"files/s" not in terminal
