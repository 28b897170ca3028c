"""Count the instructions a copylint run executes: a speed yardstick that load does not move.

Wall and CPU times on a shared 2-core machine move by a tenth from one minute to the next, too
much to judge a change worth 3%. Valgrind's callgrind counts the instructions a process
executes, which is the same from run to run within a fraction of a percent once Python's hash
seed is fixed. This script compiles copylint's modules to bytecode (as installing it does),
then runs ``copylint check --no-cache --jobs 1`` on the files you name under callgrind and
prints the count in millions:

    python benchmarks/instructions.py ../shared/seed/blinken-middle-east.txt
    python benchmarks/instructions.py --files 20 /tmp/cbench/archive-100000

Callgrind runs code about 50 times slower: keep the input to some 20,000 words (``--files N``
takes the first N Markdown files of a directory in name order). The count includes start-up,
so compare counts of the same input before and after a change. ``--jobs N`` runs N worker
processes instead and also prints the parent's count before its first fork (serial: a core
idles), after it, each worker's, and the critical path (serial parts plus the busiest worker),
which the wall time of a run with a core per worker follows.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent


def chosen(paths: list[Path], files: int | None) -> list[Path]:
    """The inputs: each path as given, or a directory's first ``files`` Markdown files."""
    if files is None:
        return paths
    found = sorted(p for path in paths for p in (path.rglob("*.md") if path.is_dir() else [path]))
    return found[:files]


class Counts(NamedTuple):
    """One run's instructions: the parent's before its first fork and after it, each worker's."""

    before_fork: int
    after_fork: int
    workers: list[int]

    @property
    def total(self) -> int:
        return self.before_fork + self.after_fork + sum(self.workers)

    @property
    def critical_path(self) -> int:
        """What the wall time follows with a core per worker: the parent's serial start, the
        busiest worker, the parent's end (its reading of results overlaps the workers)."""
        return self.before_fork + max(self.workers, default=0) + self.after_fork


def count(paths: list[Path], flags: list[str], jobs: int = 1) -> Counts:
    """Instructions executed by one ``copylint check`` of ``paths`` under callgrind.

    A forked child starts with its parent's counters, so callgrind dumps the counts at each
    fork (``--dump-before=_Fork``) and starts again from zero in both processes: each worker's
    count is its own work, the parent's the sum of its dumps."""
    compileall.compile_dir(ROOT / "copylint", quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        command = ["valgrind", "--tool=callgrind", "--dump-before=_Fork"]
        command += [f"--callgrind-out-file={scratch}/out.%p"]
        command += [sys.executable, "-m", "copylint", "check", "--no-cache", "--jobs", str(jobs)]
        command += [*flags, *map(str, paths)]
        environment = dict(os.environ, PYTHONHASHSEED="0")
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        done = subprocess.run(
            command, cwd=ROOT, env=environment, capture_output=True, text=True, check=False
        )
        dumps = {path.name: _total(path) for path in Path(scratch).glob("out.*")}
    if not dumps:
        raise SystemExit(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    pids = sorted({int(name.split(".")[1]) for name in dumps})
    parent, workers = pids[0], pids[1:]  # the parent started first
    parts = sorted((name for name in dumps if name.startswith(f"out.{parent}.")), key=_part)
    final = dumps[f"out.{parent}"]  # from the last fork (or the start) to the end
    if not parts:  # never forked
        return Counts(final, 0, [])
    after = sum(dumps[name] for name in parts[1:]) + final
    return Counts(dumps[parts[0]], after, [dumps[f"out.{pid}"] for pid in workers])


def _total(path: Path) -> int:
    """The instruction count one callgrind dump holds."""
    found = re.search(r"^totals: (\d+)", path.read_text(errors="replace"), re.MULTILINE)
    return int(found.group(1)) if found else 0


def _part(name: str) -> int:
    """The number of a dump of the parent (``out.PID.N``)."""
    return int(name.rsplit(".", 1)[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+", help="files or directories to lint")
    parser.add_argument("--files", type=int, help="the first N Markdown files of the paths")
    parser.add_argument("--flag", action="append", default=[], help="a flag for copylint check")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: none)")
    args = parser.parse_args(argv)
    paths = chosen(args.paths, args.files)
    counts = count(paths, args.flag, args.jobs)
    print(f"{counts.total / 1e6:,.1f} million instructions ({len(paths)} files)")
    if counts.workers:
        workers = ", ".join(f"{c / 1e6:,.1f}M" for c in counts.workers)
        print(
            f"parent {counts.before_fork / 1e6:,.1f}M before the fork and "
            f"{counts.after_fork / 1e6:,.1f}M after, workers {workers}; "
            f"critical path {counts.critical_path / 1e6:,.1f}M"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
