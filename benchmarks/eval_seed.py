"""Precision and recall on the seed draft against a copy editor's gold standard.

fixtures/gold/blinken-middle-east.toml lists every error a copy desk marks in
fixtures/blinken-middle-east.txt. A diagnostic is correct when its span overlaps a gold error's
text; a gold error is caught when some diagnostic overlaps it. Recall is reported for the
errors the issues require and for all of them.

    python benchmarks/eval_seed.py [--list]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from copylint.api import linter_for
from copylint.config import Settings
from copylint.files import read_file
from copylint.formats import load_document

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "fixtures" / "blinken-middle-east.txt"
GOLD = REPO / "fixtures" / "gold" / "blinken-middle-east.toml"


@dataclass(frozen=True)
class GoldError:
    start: int
    end: int
    text: str
    family: str
    required: bool


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list hits, misses, false alarms")
    args = parser.parse_args(argv)
    source = read_file(str(ARTICLE)).text
    gold = load_gold(source)
    diagnostics = linter_for(Settings()).lint(load_document(str(ARTICLE), source)).diagnostics

    def overlaps(d, g: GoldError) -> bool:  # type: ignore[no-untyped-def]
        return d.span.start < g.end and g.start < max(d.span.end, d.span.start + 1)

    correct = [d for d in diagnostics if any(overlaps(d, g) for g in gold)]
    caught = [g for g in gold if any(overlaps(d, g) for d in diagnostics)]
    required = [g for g in gold if g.required]
    caught_required = [g for g in caught if g.required]
    precision = len(correct) / len(diagnostics) if diagnostics else 1.0
    print(
        f"seed draft: {len(diagnostics)} diagnostics, {len(correct)} correct "
        f"(precision {precision:.0%})"
    )
    print(
        f"recall on required errors: {len(caught_required)}/{len(required)} "
        f"({len(caught_required) / len(required):.0%})"
    )
    print(f"recall on all gold errors: {len(caught)}/{len(gold)} ({len(caught) / len(gold):.0%})")
    if args.list:
        for d in diagnostics:
            mark = "ok  " if d in correct else "FALSE"
            print(
                f"  {mark} {d.span.line}:{d.span.column} {d.rule} "
                f"{source[d.span.start : d.span.end]!r}: {d.message}"
            )
        for g in gold:
            if g not in caught:
                print(f"  missed{' (required)' if g.required else ''}: {g.text!r} ({g.family})")
    return 0 if len(caught_required) == len(required) else 1


if __name__ == "__main__":
    sys.exit(main())
