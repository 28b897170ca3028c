"""Every direct quotation of a corpus and what attribution/unattributed-quote decided about it.

The corpus report lists only the quotations the rule flags; this lists all of them, with the
reason each one passes (attributed, title, mention, partial, transcript, reference, short,
heading) and the interview transcripts found, so the rule's decisions can be reviewed.

    python benchmarks/quotation_report.py [CORPUS_DIR] [--all]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from copylint.analysis.attribution import quotation_groups, transcript_start
from copylint.checks.attribution.unattributed_quote import UnattributedQuote
from copylint.config import Settings
from copylint.formats import load_document, read_file
from copylint.rule import RuleContext

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--all", action="store_true", help="also list short quotations")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rule = UnattributedQuote(RuleContext(UnattributedQuote.info.options, Settings()))
    verdicts: collections.Counter[str] = collections.Counter()
    for path in sorted(p for p in args.corpus.iterdir() if p.suffix in (".md", ".txt")):
        doc = load_document(str(path), read_file(str(path)).text)
        start = transcript_start(doc)
        if start is not None:
            print(f"{path.name}: interview transcript from line {doc.line_of(start)}")
        for group in quotation_groups(doc):
            verdict = rule.verdict(doc, group)
            verdicts[verdict] += 1
            if verdict != "short" or args.all:
                text = " ".join(doc.text[group[0].start : group[-1].end].split())
                line = doc.line_of(group[0].start)
                print(f"  {path.name}:{line} {verdict:<12} {text[:90]}")
    print("\n" + ", ".join(f"{verdict}: {count}" for verdict, count in verdicts.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
