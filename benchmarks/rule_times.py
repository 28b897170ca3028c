"""Where a lint's time goes, rule by rule, without a profiler.

cProfile slows Python code about twofold and unevenly (the pure-Python regex compiler, small
functions called often), and it charges a shared analysis to whichever rule asks for it
first: the grammar rules showed 28% of a run, most of it the people table the name rules
need anyway. This script times, in CPU seconds, each shared reading of a document once
(tokens, the people table, the spelling model), then each rule's ``check`` on the same
documents, after the linter's warm-up, so one-time loading is not counted.

    python benchmarks/rule_times.py /tmp/cbench/archive-100000 --top 20
"""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Callable
from pathlib import Path

from copylint.analysis.people import build_people_table
from copylint.analysis.spelling import spelling_tokens
from copylint.config import Settings
from copylint.document import Document
from copylint.engine import Linter
from copylint.formats import load_document

SHARED: dict[str, Callable[[Document], object]] = {
    "tokens (words, sentences, quotations)": lambda doc: (
        doc.words,
        doc.sentences,
        doc.quotations,
    ),
    "people table": lambda doc: doc.shared(build_people_table),
    "spelling model": lambda doc: doc.shared(spelling_tokens),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="a directory of Markdown articles")
    parser.add_argument("--top", type=int, default=15, help="how many rules to list")
    args = parser.parse_args(argv)
    linter = Linter(Settings())
    linter.warm_up()
    files = sorted(args.archive.rglob("*.md"))
    times: collections.Counter[str] = collections.Counter()
    families: collections.Counter[str] = collections.Counter()
    words = 0
    for path in files:
        doc = load_document(str(path), path.read_text(encoding="utf-8"))
        words += len(doc.words)
        for name, reading in SHARED.items():
            started = time.process_time()
            reading(doc)
            times[name] += time.process_time() - started
        for rule in linter.rules:
            started = time.process_time()
            for _ in rule.check(doc):
                pass
            spent = time.process_time() - started
            times[rule.info.id] += spent
            families[rule.info.id.split("/", 1)[0]] += spent
    print(f"{len(files)} files, {words:,} words; CPU seconds")
    for name in SHARED:
        print(f"{times[name]:8.3f}  {name} (shared)")
    print("by family:")
    for family, spent in families.most_common():
        print(f"{spent:8.3f}  {family}")
    print("by rule:")
    for rule_id, spent in collections.Counter(
        {k: v for k, v in times.items() if k not in SHARED}
    ).most_common(args.top):
        print(f"{spent:8.3f}  {rule_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
