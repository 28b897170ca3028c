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
so compare counts of the same input before and after a change.
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

ROOT = Path(__file__).resolve().parent.parent


def chosen(paths: list[Path], files: int | None) -> list[Path]:
    """The inputs: each path as given, or a directory's first ``files`` Markdown files."""
    if files is None:
        return paths
    found = sorted(p for path in paths for p in (path.rglob("*.md") if path.is_dir() else [path]))
    return found[:files]


def count(paths: list[Path], flags: list[str]) -> int:
    """Instructions executed by one ``copylint check`` of ``paths`` under callgrind."""
    compileall.compile_dir(ROOT / "copylint", quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        command += [sys.executable, "-m", "copylint", "check", "--no-cache", "--jobs", "1"]
        command += [*flags, *map(str, paths)]
        environment = dict(os.environ, PYTHONHASHSEED="0")
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        done = subprocess.run(
            command, cwd=ROOT, env=environment, capture_output=True, text=True, check=False
        )
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if collected is None:
        raise SystemExit(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    return int(collected.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+", help="files or directories to lint")
    parser.add_argument("--files", type=int, help="the first N Markdown files of the paths")
    parser.add_argument("--flag", action="append", default=[], help="a flag for copylint check")
    args = parser.parse_args(argv)
    paths = chosen(args.paths, args.files)
    print(f"{count(paths, args.flag) / 1e6:,.1f} million instructions ({len(paths)} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
