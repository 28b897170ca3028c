"""How well spelling catches real-world misspellings of proper nouns and capitalized words.

    python benchmarks/eval_proper_nouns.py [--list]

The list is ``benchmarks/data/proper-noun-misspellings.tsv`` (see its header: misspellings of
places, nationalities, months, days, institutions and names from Wikipedia's, codespell's and
cspell's published lists, each in a neutral sentence). Each sentence is linted alone with the
spelling rules. Reported: recall (the misspelling is flagged) and suggest@1 (the first
suggestion is a listed correction). An entry whose misspelling is in copylint's own
known-misspellings data (``rules/lexicon/misspellings.tsv``, built from codespell's and cspell's
lists) measures that data, not the method, so the held-out entries (the rest, decided from the
data file at run time) are reported first and on their own; the list feeds no part of
copylint. Since the data now holds most of the list, the method is also measured on every
entry with that entry's own line taken out of the data while it is scored ("without its
listing"): what the frequency and slip tests catch in a misspelling no list has yet.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from copylint.analysis import spelling
from copylint.api import linter_for
from copylint.checks.spelling import misspelling as misspelling_rule
from copylint.config import Settings
from copylint.formats import load_document
from copylint.lexicon.dictionary import misspellings
from copylint.model import Diagnostic

LIST = Path(__file__).resolve().parent / "data" / "proper-noun-misspellings.tsv"
#: The label of the figures scored with each entry's own line out of the data.
UNLISTED = "all, without its listing"


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


#: copylint's known misspellings as a table this script may change: the shipped one is a
#: read-only compact table, so the modules that read it are given this copy instead.
_DATA: dict[str, tuple[str, ...]] = dict(misspellings())
for _module in (spelling, misspelling_rule):
    _module.misspellings = lambda: _DATA  # type: ignore[attr-defined]


@contextlib.contextmanager
def unlisted(lower: str) -> Iterator[None]:
    """copylint's data without the line for ``lower``, while the block runs."""
    data = _DATA
    listed = data.pop(lower, None)
    spelling.verdict.cache_clear()
    try:
        yield
    finally:
        if listed is not None:
            data[lower] = listed
        spelling.verdict.cache_clear()


def score(all_cases: list[Case]) -> dict[str, Tally]:
    """Tallies over every case, by source and by category, and each case without its own
    line in the data."""
    linter = linter_for(Settings(select=("spelling",)))
    tallies: dict[str, Tally] = {}
    for case in all_cases:
        lower = case.misspelling.lower()
        part = "in data" if lower in _DATA else "held out"
        diagnostics = linter.lint(load_document("case.txt", case.sentence)).diagnostics
        keys = ("all", part, f"{part}: {case.source}", f"{part}: {case.category}")
        tally(tallies, case, diagnostics, keys)
        if part == "in data":
            with unlisted(lower):
                diagnostics = linter.lint(load_document("case.txt", case.sentence)).diagnostics
        tally(tallies, case, diagnostics, (UNLISTED, f"{UNLISTED}: {case.source}"))
    return tallies


def tally(
    tallies: dict[str, Tally], case: Case, diagnostics: Sequence[Diagnostic], keys: Sequence[str]
) -> None:
    """Count one case's result under each of ``keys``."""
    start = case.sentence.index(case.misspelling)
    hits = [d for d in diagnostics if d.span.start <= start < d.span.end]
    first = hits[0].suggestions[0] if hits and hits[0].suggestions else ""
    for key in keys:
        counts = tallies.setdefault(key, Tally())
        counts.total += 1
        if not hits:
            counts.missed.append(case.misspelling)
            continue
        counts.flagged += 1
        if first in case.corrections:
            counts.first_right += 1
        else:
            counts.wrong_first.append(f"{case.misspelling}->{first or '?'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print misses and wrong suggestions")
    args = parser.parse_args(argv)
    tallies = score(cases())
    for key in sorted(tallies, key=lambda k: (not k.startswith("held out"), k != "held out", k)):
        print(tallies[key].line(key))
    if args.list:
        for part in ("held out", "in data", UNLISTED):
            print(f"{part}, missed: " + " ".join(tallies[part].missed))
            print(f"{part}, wrong first suggestion: " + " ".join(tallies[part].wrong_first))
    return 0


if __name__ == "__main__":
    sys.exit(main())
