"""Precision and recall on the seed draft against a copy editor's gold standard.

fixtures/gold/blinken-middle-east.toml lists every error a copy desk marks in
fixtures/blinken-middle-east.txt. A finding is correct when it lies on a gold error's text; a
gold error is caught when some finding lies on it. Recall is reported for the errors the issues
require and for all of them.

With ``--peers DIR``, the peers of benchmarks/bench.py (installed into DIR from the package
registries on first use: Harper's CLI, proselint, typos, cspell, write-good) are scored the same
way, from the line and column each reports. Position alone is generous to them: a peer that
flags "Blinken" as a misspelling inside the gold error "Sec. Blinken" is counted correct.

    python benchmarks/eval_seed.py [--list] [--peers DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

from copylint.api import linter_for
from copylint.config import Settings
from copylint.document import LineIndex
from copylint.formats import load_document, read_file

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "fixtures" / "blinken-middle-east.txt"
GOLD = REPO / "fixtures" / "gold" / "blinken-middle-east.toml"

#: "path:line:col: message" (Harper, proselint, typos --format brief) and "path:line:col - …"
#: (cspell); write-good says "… on line L at column C" (column counted from 0).
_COMPACT = regex.compile(r"^[^:\n]+:(\d+):(\d+)(?::| -) ?(.*)$", regex.MULTILINE)
_WRITE_GOOD = regex.compile(r"^(.*) on line (\d+) at column (\d+)$", regex.MULTILINE)


@dataclass(frozen=True)
class GoldError:
    start: int
    end: int
    text: str
    family: str
    required: bool


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    label: str


def load_gold(source: str) -> list[GoldError]:
    errors = []
    for entry in tomllib.loads(GOLD.read_text(encoding="utf-8"))["error"]:
        position = -1
        for _ in range(entry.get("occurrence", 1)):
            position = source.index(entry["text"], position + 1)
        errors.append(
            GoldError(
                position,
                position + len(entry["text"]),
                entry["text"],
                entry["family"],
                entry.get("required", False),
            )
        )
    return errors


def copylint_findings(source: str) -> list[Finding]:
    diagnostics = linter_for(Settings()).lint(load_document(str(ARTICLE), source)).diagnostics
    return [Finding(d.span.start, d.span.end, f"{d.rule}: {d.message}") for d in diagnostics]


def peer_findings(source: str, command: list[str], column_base: int = 1) -> list[Finding]:
    """What a peer prints about the seed, as findings one character wide at its positions."""
    output = subprocess.run(
        [*command, str(ARTICLE)], capture_output=True, text=True, cwd=ARTICLE.parent
    ).stdout
    lines = LineIndex(source)
    found = []
    for match in _COMPACT.finditer(output):
        line, column, message = int(match[1]), int(match[2]), match[3]
        start = lines.line_start(line) + column - 1
        found.append(Finding(start, start + 1, message))
    for match in _WRITE_GOOD.finditer(output):
        message, line, column = match[1], int(match[2]), int(match[3])
        start = lines.line_start(line) + column + (1 - column_base) - 1
        found.append(Finding(start, start + 1, message))
    return found


def score(name: str, findings: list[Finding], gold: list[GoldError], show: bool) -> None:
    def on(f: Finding, g: GoldError) -> bool:
        return f.start < g.end and g.start < max(f.end, f.start + 1)

    correct = [f for f in findings if any(on(f, g) for g in gold)]
    caught = [g for g in gold if any(on(f, g) for f in findings)]
    required = [g for g in gold if g.required]
    caught_required = [g for g in caught if g.required]
    precision = len(correct) / len(findings) if findings else 1.0
    print(
        f"{name:<12} {len(findings):4d} findings, {len(correct):3d} correct "
        f"(precision {precision:4.0%}); recall {len(caught_required):2d}/{len(required)} "
        f"required ({len(caught_required) / len(required):4.0%}), {len(caught):2d}/{len(gold)} "
        f"of all ({len(caught) / len(gold):4.0%})"
    )
    if show:
        for f in findings:
            print(f"    {'ok   ' if f in correct else 'FALSE'} @{f.start} {f.label}")
        for g in gold:
            if g not in caught:
                print(f"    missed{' (required)' if g.required else ''}: {g.text!r} ({g.family})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list hits, misses, false alarms")
    parser.add_argument("--peers", type=Path, help="install (once) and score the peers here")
    args = parser.parse_args(argv)
    source = read_file(str(ARTICLE)).text
    gold = load_gold(source)
    mine = copylint_findings(source)
    score("copylint", mine, gold, args.list)
    if args.peers:
        from bench import install_peers  # type: ignore[import-not-found]

        peers, notes = install_peers(args.peers)
        for peer in peers:
            command = [*peer.command, *(["--format", "brief"] if peer.name == "typos" else [])]
            findings = peer_findings(source, command, 0 if peer.name == "write-good" else 1)
            score(peer.name, findings, gold, args.list)
        for note in notes:
            print(f"note: {note}")
    caught = {g for g in gold if any(f.start < g.end and g.start < f.end for f in mine)}
    return 0 if all(g in caught for g in gold if g.required) else 1


if __name__ == "__main__":
    sys.exit(main())
