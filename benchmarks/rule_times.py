"""Where a lint's time goes, rule by rule, without a profiler.

cProfile slows Python code about twofold and unevenly (the pure-Python regex compiler, small
functions called often), and it charges a shared analysis to whichever rule asks for it
first: the grammar rules showed 28% of a run, most of it the people table the name rules
need anyway. This script times, in CPU seconds, each shared reading of a document once
(tokens, the people table, the name slips, the spelling model and reading), then each rule's
``check`` on the same documents, after the linter's warm-up, so one-time loading is not
counted. With ``--passes N`` it reads the archive N times and keeps each row's best pass
after the first: the first pays for what is loaded or cached on first use, and on a shared
machine the best of several is the steadiest figure.

    python benchmarks/rule_times.py /tmp/cbench/archive-100000 --top 20
    python benchmarks/rule_times.py /tmp/cbench/archive-100000 --passes 4
"""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Callable
from pathlib import Path

from copylint.analysis.people import build_people_table
from copylint.analysis.spelling import read, spelling_tokens
from copylint.analysis.variants import find_slips
from copylint.config import Settings
from copylint.document import Document
from copylint.engine import Linter
from copylint.formats import load_document

#: The row of the documents' loading: reading the format, building the prose and its map.
LOADING = "document (Markdown parse, prose map)"


def shared_readings(settings: Settings) -> dict[str, Callable[[Document], object]]:
    """The analyses several rules share, in the order the rules would first ask for them."""
    return {
        "tokens (words, sentences, quotations)": lambda doc: (
            doc.words,
            doc.sentences,
            doc.quotations,
        ),
        "people table (mention scan included)": lambda doc: doc.shared(build_people_table),
        "name slips": find_slips,
        "spelling model": lambda doc: doc.shared(spelling_tokens),
        "spelling reading": lambda doc: read(doc, settings.words),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="a directory of Markdown articles")
    parser.add_argument("--top", type=int, default=15, help="how many rules to list")
    parser.add_argument(
        "--passes",
        type=int,
        default=1,
        help="read the archive N times; keep the best after the first",
    )
    args = parser.parse_args(argv)
    linter = Linter(Settings())
    linter.warm_up()
    shared = shared_readings(linter.settings)
    files = sorted(args.archive.rglob("*.md"))
    texts = [(str(path), path.read_text(encoding="utf-8")) for path in files]
    best: dict[str, float] = {}
    words = 0
    for n in range(max(args.passes, 1)):
        times: collections.defaultdict[str, float] = collections.defaultdict(float)
        words = 0
        for path, text in texts:
            started = time.process_time()
            doc = load_document(path, text)
            times[LOADING] += time.process_time() - started
            for name, reading in shared.items():
                started = time.process_time()
                reading(doc)
                times[name] += time.process_time() - started
            words += len(doc.words)  # after the readings: the tokens row times the words too
            for rule in linter.rules:
                started = time.process_time()
                for _ in rule.check(doc):
                    pass
                times[rule.info.id] += time.process_time() - started
        if n or args.passes <= 1:
            for key, spent in times.items():
                best[key] = min(best.get(key, spent), spent)
    rules = {k: v for k, v in best.items() if k not in shared and k != LOADING}
    families: collections.defaultdict[str, float] = collections.defaultdict(float)
    for rule_id, spent in rules.items():
        families[rule_id.split("/", 1)[0]] += spent
    kept = f", best of passes 2-{args.passes}" if args.passes > 1 else ""
    print(f"{len(files)} files, {words:,} words; CPU seconds{kept}")
    print(f"{best[LOADING]:8.3f}  {LOADING}")
    for name in shared:
        print(f"{best[name]:8.3f}  {name} (shared)")
    print(f"{sum(best[name] for name in shared):8.3f}  shared readings in all")
    print(f"{sum(rules.values()):8.3f}  rules in all ({len(rules)})")
    print("by family:")
    for family, spent in _largest(families):
        print(f"{spent:8.3f}  {family}")
    print("by rule:")
    for rule_id, spent in _largest(rules)[: args.top]:
        print(f"{spent:8.3f}  {rule_id}")
    return 0


def _largest(times: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(times.items(), key=lambda item: -item[1])


if __name__ == "__main__":
    raise SystemExit(main())
