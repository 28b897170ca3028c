"""The corpus as Markdown, as Word documents and as web pages: the same findings?

Converts every Markdown article of the corpus to .docx and .html with the test converters
(tests/formats/convert.py), lints the three versions, and compares the findings as
(rule, flagged words) pairs. Also times reading and linting the .docx files against the
Markdown originals (words per second, one process).

    python benchmarks/formats_report.py [CORPUS_DIR] [--list]
"""

from __future__ import annotations

import argparse
import collections
import html
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus_report import DEFAULT_CORPUS  # noqa: E402
from copylint.api import linter_for  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.formats import load_document, read_file  # noqa: E402
from tests.formats.convert import markdown_to_docx, markdown_to_html  # noqa: E402

Finding = tuple[str, str]


def findings(linter: Linter, path: Path) -> collections.Counter[Finding]:
    """(rule, flagged words) of every diagnostic; entities decoded, white space as one space."""
    source = read_file(str(path))
    result = linter.lint(load_document(str(path), source.text))
    return collections.Counter(
        (d.rule, " ".join(html.unescape(source.text[d.span.start : d.span.end]).split()))
        for d in result.diagnostics
    )


FORMATS = ("md", "docx", "html")


def compare(
    corpus: Path, out: Path, linter: Linter
) -> dict[str, dict[str, collections.Counter[Finding]]]:
    """Per article: the findings of each version, converted into ``out``."""
    report: dict[str, dict[str, collections.Counter[Finding]]] = {}
    for article in sorted(corpus.glob("*.md")):
        markdown = article.read_text(encoding="utf-8")
        docx_path = markdown_to_docx(markdown, out / f"{article.stem}.docx")
        html_path = markdown_to_html(markdown, out / f"{article.stem}.html")
        report[article.name] = {
            "md": findings(linter, article),
            "docx": findings(linter, docx_path),
            "html": findings(linter, html_path),
        }
    return report


def throughput(paths: list[Path], linter: Linter, rounds: int = 3) -> tuple[int, float]:
    """Words and the best time of ``rounds`` reads-and-lints of ``paths``."""
    words = 0
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        words = 0
        for path in paths:
            source = read_file(str(path))
            document = load_document(str(path), source.text)
            words += len(document.words)
            linter.lint(document)
        best = min(best, time.perf_counter() - started)
    return words, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--list", action="store_true", help="print every difference")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    linter = linter_for(Settings())
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        report = compare(args.corpus, out, linter)
        speeds = {
            "md": throughput(sorted(args.corpus.glob("*.md")), linter),
            "docx": throughput(sorted(out.glob("*.docx")), linter),
        }
    totals = {fmt: sum(sum(r[fmt].values()) for r in report.values()) for fmt in FORMATS}
    print(f"{len(report)} articles; findings: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    for fmt in FORMATS[1:]:
        same = sum(1 for r in report.values() if r[fmt] == r["md"])
        print(f"{fmt}: same (rule, words) as Markdown in {same}/{len(report)} articles")
    if args.list:
        for name, r in report.items():
            for fmt in FORMATS[1:]:
                if r[fmt] != r["md"]:
                    only_md, only_fmt = r["md"] - r[fmt], r[fmt] - r["md"]
                    print(f"  {name} {fmt}: only md {dict(only_md)}, only {fmt} {dict(only_fmt)}")
    for fmt, (words, seconds) in speeds.items():
        rate = f"{words / seconds:,.0f} words/s"
        print(f"{fmt} read + lint: {words} words in {seconds:.2f} s = {rate} (best of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
