"""Recall on planted slips: how many of the slips in invented student stories copylint finds.

``fixtures/students/`` holds invented AP-style campus and town stories with the slips a student
copy desk fixes every day (numbers, punctuation, places and datelines, dates, headlines, front
matter) and an answer key, ``answer-key.toml``: for each slip its file, line, column, the
slipped text and the rule expected to report it. A slip counts as found when a diagnostic of
that rule overlaps the slipped text. Every other diagnostic in the stories lands on their clean
parts and is a false alarm. The stories are linted with the folder's ``.copylint.toml``, which
declares ``style = "ap"`` as the desk's own configuration would.

    python benchmarks/student_recall.py [--list] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from copylint.api import linter_for
from copylint.config import Settings, load_settings
from copylint.formats import load_document, read_file
from copylint.model import Diagnostic

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "students"


@dataclass(frozen=True)
class Slip:
    file: str
    line: int
    column: int
    text: str
    rule: str

    def overlaps(self, diagnostic: Diagnostic) -> bool:
        span = diagnostic.span
        if span.line > self.line or span.end_line < self.line:
            return False
        start = span.column if span.line == self.line else 1
        end = span.end_column if span.end_line == self.line else 1 << 30
        return start < self.column + len(self.text) and end > self.column


@dataclass(frozen=True)
class Score:
    slips: tuple[Slip, ...]
    missed: tuple[tuple[Slip, tuple[str, ...]], ...]  # the slip, the rules that fired there
    false_alarms: tuple[Diagnostic, ...]

    @property
    def found(self) -> int:
        return len(self.slips) - len(self.missed)

    @property
    def recall(self) -> float:
        return self.found / len(self.slips) if self.slips else 1.0


def load_key(directory: Path = STORIES) -> tuple[Slip, ...]:
    with open(directory / "answer-key.toml", "rb") as handle:
        return tuple(Slip(**entry) for entry in tomllib.load(handle)["slip"])


def score(directory: Path = STORIES, settings: Settings | None = None) -> Score:
    """Lint every story of ``directory`` and score the diagnostics against its answer key."""
    slips = load_key(directory)
    linter = linter_for(settings or load_settings(directory / ".copylint.toml"))
    missed: list[tuple[Slip, tuple[str, ...]]] = []
    false_alarms: list[Diagnostic] = []
    for path in sorted(directory.glob("*.md")):
        source = read_file(str(path))
        diagnostics = linter.lint(load_document(str(path), source.text)).diagnostics
        here = [s for s in slips if s.file == path.name]
        for slip in here:
            rules = tuple(d.rule for d in diagnostics if slip.overlaps(d))
            if slip.rule not in rules:
                missed.append((slip, rules))
        false_alarms.extend(d for d in diagnostics if not any(s.overlaps(d) for s in here))
    return Score(slips, tuple(missed), tuple(false_alarms))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=STORIES)
    parser.add_argument("--list", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    args = parser.parse_args(argv)
    result = score(args.directory)
    if args.json:
        summary = {
            "slips": len(result.slips),
            "found": result.found,
            "recall": round(result.recall, 4),
            "false_alarms": len(result.false_alarms),
        }
        json.dump(summary, sys.stdout, indent=2)
        print()
        return 0
    print(
        f"{result.found}/{len(result.slips)} slips found ({result.recall:.1%}), "
        f"{len(result.false_alarms)} false alarms"
    )
    if args.list:
        for slip, rules in result.missed:
            fired = f" (fired: {', '.join(rules)})" if rules else ""
            print(f"MISS {slip.file}:{slip.line}:{slip.column} {slip.rule} {slip.text!r}{fired}")
        for d in result.false_alarms:
            print(f"FALSE ALARM {Path(d.path).name}:{d.line}:{d.span.column} {d.rule} {d.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
