"""False alarms on clean, professionally edited copy.

Runs copylint (default settings, no config) over a directory of edited articles — by default
the shared evaluation corpus at ../shared/corpus when it is present — and prints how many
diagnostics each rule and family produces per 1,000 words. Every finding on clean copy is a
candidate false alarm; ``--list`` prints each one with its sentence for review.

    python benchmarks/corpus_report.py [CORPUS_DIR] [--select RULES] [--list] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import load_document, read_file


def _default_corpus() -> Path:
    """``shared/corpus`` beside the checkout or beside any directory above it (a worktree may
    sit deeper than the main checkout)."""
    repo = Path(__file__).resolve().parent.parent
    for directory in repo.parents:
        if (directory / "shared" / "corpus").is_dir():
            return directory / "shared" / "corpus"
    return repo.parent / "shared" / "corpus"


DEFAULT_CORPUS = _default_corpus()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--select", help="comma-separated rules or families (default: all)")
    parser.add_argument("--list", action="store_true", help="print every finding")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    select = tuple(args.select.split(",")) if args.select else None
    linter = linter_for(Settings(select=select))
    files = sorted(p for p in args.corpus.iterdir() if p.suffix in (".md", ".txt"))
    words = 0
    by_rule: collections.Counter[str] = collections.Counter()
    findings = []
    for path in files:
        source = read_file(str(path))
        doc = load_document(str(path), source.text)
        words += len(doc.words)
        for d in linter.lint(doc).diagnostics:
            by_rule[d.rule] += 1
            line = source.text.splitlines()[d.span.line - 1]
            findings.append((path.name, d, line))
    total = sum(by_rule.values())
    by_family = collections.Counter()
    for rule, count in by_rule.items():
        by_family[rule.split("/")[0]] += count
    if args.json:
        print(
            json.dumps(
                {
                    "files": len(files),
                    "words": words,
                    "diagnostics": total,
                    "per_1000_words": round(1000 * total / max(words, 1), 3),
                    "by_rule": dict(by_rule),
                    "by_family": dict(by_family),
                },
                indent=2,
            )
        )
        return 0
    print(
        f"{len(files)} articles, {words} words, {total} diagnostics "
        f"({1000 * total / max(words, 1):.2f} per 1,000 words)"
    )
    for family, count in by_family.most_common():
        print(
            f"  {family:<14} {count:5d}  {1000 * count / max(words, 1):6.2f}/1k "
            f"(one per {words // count if count else 0} words)"
        )
    for rule, count in by_rule.most_common():
        print(f"    {rule:<40} {count:5d}  {1000 * count / max(words, 1):6.2f}/1k")
    if args.list:
        for name, d, line in findings:
            start = max(0, d.span.column - 60)
            context = line[start : d.span.column + 60]
            print(f"\n{name}:{d.span.line}:{d.span.column} {d.rule} {d.message}")
            print(f"    …{context}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
