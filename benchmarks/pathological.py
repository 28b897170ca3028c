"""Pathological input: how long copylint takes and how much memory it needs.

Each case writes its input to a temporary directory and runs the real command
(``copylint check --no-config -q --statistics .``) on it in a fresh process, measuring wall
time and peak resident memory (the process's VmHWM; Linux). Every case runs at two sizes, a
tenth and the full size, so the ratio shows whether the work grows linearly (ratio ~1)::

    python benchmarks/pathological.py             # every case, full sizes (a few minutes)
    python benchmarks/pathological.py --scale 0.1 # everything ten times smaller
    python benchmarks/pathological.py --case one-line

Per-size time, per-size peak RSS, and "time/size ratio" = (t_full / t_tenth) / 10.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000

_WORDS = [
    *[
        "the",
        "council",
        "met",
        "on",
        "Tuesday",
        "to",
        "discuss",
        "budget",
        "officials",
        "said",
        "Blinken",
        "visited",
    ],
    *[
        "Baghdad",
        "Café",
        "résumé",
        "naïve",
        "“quoted”",
        "U.S.",
        "Sec.",
        "Nov.",
        "5",
        "protesters",
        "and",
        "and",
        "left",
    ],
]


def prose(size: int, seed: int = 1) -> str:
    """About ``size`` characters of paragraphs, with some doubled words and double spaces."""
    rng = random.Random(seed)
    words = [rng.choice(_WORDS) for _ in range(size // 6 + 1)]
    out: list[str] = []
    length = 0
    for index, word in enumerate(words):
        sep = "\n\n" if index % 97 == 96 else "  " if index % 131 == 0 else " "
        out.append(word + sep)
        length += len(word) + len(sep)
        if length >= size:
            break
    return "".join(out)


def markdown(size: int) -> str:
    """Markdown of about ``size`` characters: headings, emphasis, links, code, lists, quotes."""
    block = (
        "## A heading on on the *budget*\n\n"
        + prose(600).replace("\n\n", " ")
        + " See [the report](https://example.com/r) and `code`.\n\n"
        "- an item with **bold** text\n- another  item\n\n> a quote on on Tuesday\n\n"
        "```\nfenced code on on\n```\n\n"
    )
    return block * (size // len(block) + 1)


Case = Callable[[Path, int], None]


def one_file(name: str, make: Callable[[int], str]) -> Case:
    def write(directory: Path, size: int) -> None:
        (directory / name).write_text(make(size), encoding="utf-8")

    return write


def tiny_files(directory: Path, count: int) -> None:
    for index in range(count):
        sub = directory / f"d{index // 1000:03d}"
        if index % 1000 == 0:
            sub.mkdir()
        (sub / f"a{index}.md").write_text(f"# Story {index}\n\nThey met on on Tuesday.\n")


#: name → (make input, full size, unit)
CASES: dict[str, tuple[Case, int, str]] = {
    "markdown-50mb": (one_file("big.md", markdown), 50 * MB, "chars"),
    "text-50mb": (one_file("big.txt", prose), 50 * MB, "chars"),
    "one-line-5mb": (one_file("line.txt", lambda n: prose(n).replace("\n", " ")), 5 * MB, "chars"),
    "tiny-files": (tiny_files, 100_000, "files"),
    "nested-lists": (
        one_file("lists.md", lambda n: "- " * n + "deep on on item\n"),
        100_000,
        "levels",
    ),
    "nested-quotes": (
        one_file("quotes.md", lambda n: ">" * n + " deep on on quote\n"),
        100_000,
        "levels",
    ),
    "nested-mixed": (
        one_file("mixed.md", lambda n: "> - " * (n // 2) + "deep on on mix\n"),
        100_000,
        "levels",
    ),
    "one-word-20mb": (one_file("word.txt", lambda n: "on " * (n // 3)), 20 * MB, "chars"),
}


#: Runs copylint and reports its peak resident memory (VmHWM: the high-water mark of this
#: process's own memory, which, unlike ru_maxrss, does not carry over the parent's from fork).
_MEASURED = (
    "import atexit, sys\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            print('peak', int(line.split()[1]), file=sys.stderr)\n"
    "atexit.register(peak)\n"
    "from copylint.cli import main\n"
    "main(['check', '--no-config', '-q', '--statistics', '.'])\n"
)


def measure(directory: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MiB, exit status) of one copylint run over ``directory``."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - started
    lines = result.stderr.decode().splitlines()
    peak = [int(line.split()[1]) for line in lines if line.startswith("peak ")]
    if result.returncode not in (0, 1):
        print(f"    exit {result.returncode}: {lines[:3]}", file=sys.stderr)
    return elapsed, (peak[0] / 1024 if peak else float("nan")), result.returncode


def run(name: str, scale: float) -> None:
    make, full, unit = CASES[name]
    rows = []
    for size in (max(1, int(full * scale / 10)), max(1, int(full * scale))):
        directory = Path(tempfile.mkdtemp(prefix=f"copylint-{name}-"))
        try:
            make(directory, size)
            seconds, rss, code = measure(directory)
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        rows.append((size, seconds, rss))
        print(f"{name:14} {size:>11,} {unit:6} {seconds:8.2f} s {rss:8.0f} MiB  exit {code}")
    (small, t_small, _), (large, t_large, _) = rows
    ratio = (t_large / max(t_small, 1e-9)) / (large / small)
    print(f"{name:14} time/size ratio {ratio:.2f} (1.0 = linear)\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    args = parser.parse_args()
    for name in args.case or CASES:
        run(name, args.scale)


if __name__ == "__main__":
    main()
