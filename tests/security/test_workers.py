"""SIGTERM or SIGKILL of a parallel run leaves no worker processes behind.

CI cancels a job with SIGTERM and the out-of-memory killer uses SIGKILL; neither lets the
parent shut its pool down, and a worker waiting for its next batch would live on.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.security.shared import write

PARAGRAPH = "The council met on Tuesday to vote on the budget, and the mayor spoke first. " * 8


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killed_parallel_run_leaves_no_workers(tmp_path: Path, sig: signal.Signals) -> None:
    for number in range(60):
        write(tmp_path / f"story{number:02d}.txt", (PARAGRAPH + "\n\n") * 60)
    process = subprocess.Popen(
        [sys.executable, "-m", "copylint", "check", "--no-config", "--no-cache", "-j", "2", "."],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
            time.sleep(0.05)
            workers = children(process.pid)
        assert len(workers) >= 2, "the pool never started"
        process.send_signal(sig)
        process.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.05)
        assert not [w for w in workers if alive(w)]
    finally:
        process.kill()
        process.wait()
        for worker in workers:  # do not leave them running when the test fails
            if alive(worker):
                os.kill(worker, signal.SIGKILL)
