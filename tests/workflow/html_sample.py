"""A small newsroom whose HTML report exercises every part of the page.

Three families (repetition, whitespace and a house ``usage`` rule whose message carries HTML),
overlapping highlights (the house rule flags "on Tuesday", the doubled-word rule the second
"on"), a Markdown article, a CRLF text file, a clean file, and article text and a file name
that would run script if the page did not escape them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import cli

HOUSE_PACK = """
[[rule]]
id = "usage/weekday-date"
kind = "existence"
severity = "info"
summary = "A weekday where the desk wants a date"
why = "House style: give the date."
tokens = ["on Tuesday"]
message = "<img src=x onerror=window.__pwned=1> &amp; '{match}': give the date"
bad = ["They met on Tuesday."]
good = ["They met on Nov. 5."]
"""

MARKDOWN = (
    "# Council <script>window.__pwned=2</script>\n"
    "\n"
    "The council met on on Tuesday and  voted.\n"
    "\n"
    'The mayor said "<img src=x onerror=window.__pwned=3>" was was a typo.\n'
)
CRLF_TEXT = "Residents asked asked questions.\r\nThe vote  came late.\r\n"
CLEAN = "Nothing to see here.\n"
ODD_NAME = "<img src=x onerror=window.__pwned=4>.txt"


@dataclass
class Sample:
    root: Path
    html: str
    diagnostics: list[dict[str, object]]
    sources: dict[str, str]

    def flagged(self, d: dict[str, object]) -> str:
        """The source text under diagnostic ``d`` (from the JSON report's positions)."""
        lines = self.sources[str(d["path"])].splitlines(keepends=True)

        def offset(line: object, column: object) -> int:
            assert isinstance(line, int) and isinstance(column, int)
            return sum(len(text) for text in lines[: line - 1]) + column - 1

        source = self.sources[str(d["path"])]
        return source[offset(d["line"], d["column"]) : offset(d["end_line"], d["end_column"])]


def build(root: Path) -> Sample:
    (root / "house").mkdir(parents=True)
    (root / "house" / "house.toml").write_text(HOUSE_PACK, encoding="utf-8")
    # The hostile markup in the articles is not words: spelling stays out of this sample.
    (root / ".copylint.toml").write_text(
        'rules-dirs = ["house"]\nignore = ["spelling"]\n', encoding="utf-8"
    )
    sources = {
        "desk/council.md": MARKDOWN,
        "desk/residents.txt": CRLF_TEXT,
        "desk/clean.txt": CLEAN,
        f"desk/{ODD_NAME}": "On on.\n",
    }
    for name, text in sources.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    html = cli("check", "--format", "html", "desk", cwd=root)
    assert html.exit_code == 1, html.output
    report = cli("check", "--format", "json", "desk", cwd=root)
    diagnostics = json.loads(report.stdout)["diagnostics"]
    (root / "report.html").write_text(html.stdout, encoding="utf-8")
    return Sample(root, html.stdout, diagnostics, sources)
