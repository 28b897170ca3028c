"""The peers' own grammar test sentences, scored for copylint and for Harper's CLI.

benchmarks/peers/grammar-sentences.toml holds short sentences from the public test suites of
Harper and proselint (see its header for sources and licences), each marked as holding a
real-word error or not. Each sentence is checked as its own plain-text file.

- copylint: default settings; a sentence counts as flagged when a rule of the families that
  catch real-word errors (grammar, usage, repetition) reports on it.
- Harper (``--harper PATH``, its CLI as benchmarks/bench.py installs it): flagged when any lint
  but Spelling, Readability and Capitalization reports on it.

Recall is the share of bad sentences flagged, specificity the share of good ones left quiet.

    python benchmarks/eval_grammar_peers.py [--harper PATH] [--list]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import load_document

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "peers" / "grammar-sentences.toml"
FAMILIES = ("grammar", "usage", "repetition")
HARPER_IGNORED = ("Spelling", "Readability", "Capitalization")


def load() -> list[tuple[str, str, bool]]:
    """(source, sentence, has an error) for every sentence of the suite."""
    data = tomllib.loads(SENTENCES.read_text(encoding="utf-8"))
    return [
        (group["source"], text, bad)
        for group in data["sentence"]
        for bad, key in ((True, "bad"), (False, "good"))
        for text in group.get(key, ())
    ]


def copylint_flags(text: str) -> list[str]:
    linter = linter_for(Settings())
    diagnostics = linter.lint(load_document("sentence.txt", text + "\n")).diagnostics
    return [d.rule for d in diagnostics if d.rule.split("/")[0] in FAMILIES]


def harper_flags(harper: Path, text: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentence.txt"
        path.write_text(text + "\n", encoding="utf-8")
        result = subprocess.run(
            [str(harper), "lint", "--format", "compact", "--quiet", str(path)],
            capture_output=True,
            text=True,
        )
    rules = [line.split(": ", 2)[1] for line in result.stdout.splitlines() if ": " in line]
    return [rule for rule in rules if not rule.startswith(HARPER_IGNORED)]


def _score(results: list[tuple[bool, bool]]) -> tuple[float, float]:
    bad = [flagged for is_bad, flagged in results if is_bad]
    good = [flagged for is_bad, flagged in results if not is_bad]
    return sum(bad) / len(bad), sum(not f for f in good) / len(good)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--harper", type=Path, help="Harper's CLI binary, to score it too")
    parser.add_argument("--list", action="store_true", help="print every sentence's verdicts")
    args = parser.parse_args(argv)
    suite = load()
    ours, theirs = [], []
    for source, text, bad in suite:
        mine = copylint_flags(text)
        ours.append((bad, bool(mine)))
        peer = harper_flags(args.harper, text) if args.harper else []
        theirs.append((bad, bool(peer)))
        if args.list:
            verdict = "bad " if bad else "good"
            harper = f" | Harper: {','.join(peer) or '-'}" if args.harper else ""
            print(f"{verdict} {text!r}: copylint: {','.join(mine) or '-'}{harper}  [{source}]")
    n_bad = sum(bad for _, _, bad in suite)
    print(f"{len(suite)} sentences ({n_bad} with an error, {len(suite) - n_bad} without)")
    print(f"{'tool':10} {'recall':>7} {'specificity':>12}")
    recall, specificity = _score(ours)
    print(f"{'copylint':10} {recall:>7.2f} {specificity:>12.2f}")
    if args.harper:
        recall, specificity = _score(theirs)
        print(f"{'Harper':10} {recall:>7.2f} {specificity:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
