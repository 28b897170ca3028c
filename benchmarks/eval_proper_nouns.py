"""How well spelling catches real-world misspellings of proper nouns and capitalized words.

    python benchmarks/eval_proper_nouns.py [--list]

The list is ``benchmarks/data/proper-noun-misspellings.tsv`` (see its header: misspellings of
places, nationalities, months, days, institutions and names from Wikipedia's, codespell's and
cspell's published lists, each in a neutral sentence). Each sentence is linted alone with the
spelling rules. Reported: recall (the misspelling is flagged) and suggest@1 (the first
suggestion is a listed correction). An entry whose misspelling is in copylint's own
known-misspellings data (``rules/lexicon/misspellings.tsv``, from codespell) measures that data,
not the method, so the held-out entries (the rest, decided from the data file at run time) are
reported first and on their own; the list feeds no part of copylint.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import load_document
from copylint.lexicon.dictionary import misspellings

LIST = Path(__file__).resolve().parent / "data" / "proper-noun-misspellings.tsv"


@dataclass(frozen=True)
class Case:
    misspelling: str
    corrections: tuple[str, ...]
    category: str
    source: str
    sentence: str


@dataclass
class Tally:
    total: int = 0
    flagged: int = 0
    first_right: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_first: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        recall = self.flagged / max(self.total, 1)
        at1 = self.first_right / max(self.flagged, 1)
        return (
            f"{label:<28} recall {recall:6.1%} ({self.flagged}/{self.total})  "
            f"suggest@1 {at1:6.1%} ({self.first_right}/{self.flagged})"
        )


def cases(path: Path = LIST) -> list[Case]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            wrong, right, category, source, sentence = line.split("\t")
            found.append(Case(wrong, tuple(right.split(",")), category, source, sentence))
    return found


def score(all_cases: list[Case]) -> dict[str, Tally]:
    """Tallies over every case, by source and by category."""
    linter = linter_for(Settings(select=("spelling",)))
    tallies: dict[str, Tally] = {}
    for case in all_cases:
        start = case.sentence.index(case.misspelling)
        result = linter.lint(load_document("case.txt", case.sentence))
        hits = [d for d in result.diagnostics if d.span.start <= start < d.span.end]
        part = "in data" if case.misspelling.lower() in misspellings() else "held out"
        keys = ("all", part, f"{part}: {case.source}", f"{part}: {case.category}")
        for key in keys:
            tally = tallies.setdefault(key, Tally())
            tally.total += 1
            if not hits:
                tally.missed.append(case.misspelling)
                continue
            tally.flagged += 1
            first = hits[0].suggestions[0] if hits[0].suggestions else ""
            if first in case.corrections:
                tally.first_right += 1
            else:
                tally.wrong_first.append(f"{case.misspelling}->{first or '?'}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print misses and wrong suggestions")
    args = parser.parse_args(argv)
    tallies = score(cases())
    for key in sorted(tallies, key=lambda k: (not k.startswith("held out"), k != "held out", k)):
        print(tallies[key].line(key))
    if args.list:
        for part in ("held out", "in data"):
            print(f"{part}, missed: " + " ".join(tallies[part].missed))
            print(f"{part}, wrong first suggestion: " + " ".join(tallies[part].wrong_first))
    return 0


if __name__ == "__main__":
    sys.exit(main())
