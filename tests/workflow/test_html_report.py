"""``--format html``: the page's structure, read with Python's HTML parser (no browser needed).

tests/workflow/test_html_browser.py checks the same page in a real browser.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from copylint.engine import FileResult
from copylint.model import Diagnostic, Severity, Span
from copylint.output import Report
from copylint.output.html_format import render
from tests.workflow.html_sample import ODD_NAME, Sample, build


class Page(HTMLParser):
    """Collects each article's text, the text under each diagnostic, tags and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, str] = {}  # data-path -> text shown
        self.marked: dict[str, str] = defaultdict(str)  # diagnostic number -> text under it
        self.findings: dict[str, dict[str, str | None]] = {}
        self._path: str | None = None
        self._in_text = 0
        self._marks: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "section" and attributes.get("data-path"):
            self._path = attributes["data-path"]
        if tag == "div" and attributes.get("class") == "text":
            self._in_text += 1
            assert self._path is not None
            self.texts[self._path] = ""
        elif self._in_text and tag in ("div",):
            self._in_text += 1
        if tag == "mark":
            self._marks.append((attributes.get("data-d") or "").split())
        if tag == "li" and attributes.get("class") == "finding":
            self.findings[attributes["data-d"] or ""] = attributes

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._marks.pop()
        if tag == "div" and self._in_text:
            self._in_text -= 1

    def handle_data(self, data: str) -> None:
        if self._in_text and self._path is not None:
            self.texts[self._path] += data
            for numbers in self._marks:
                for number in numbers:
                    self.marked[number] += data


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build(tmp_path_factory.mktemp("html"))


@pytest.fixture(scope="module")
def page(sample: Sample) -> Page:
    parsed = Page()
    parsed.feed(sample.html)
    return parsed


def test_every_diagnostic_is_highlighted_on_exactly_its_text(sample: Sample, page: Page) -> None:
    assert len(page.findings) == len(sample.diagnostics) == 7
    # The page numbers findings in the order of the JSON report (by path, then position).
    for number, d in enumerate(sample.diagnostics, 1):
        assert page.marked[str(number)] == sample.flagged(d).replace("\r\n", "\n"), d
        assert page.findings[str(number)]["data-family"] == str(d["rule"]).split("/")[0]


def test_articles_are_shown_exactly_as_written(sample: Sample, page: Page) -> None:
    # Line ends are written as LF, which is how a browser reads CRLF anyway.
    shown = {path.removeprefix("desk/"): text for path, text in page.texts.items()}
    assert shown == {
        "council.md": sample.sources["desk/council.md"],
        "residents.txt": sample.sources["desk/residents.txt"].replace("\r\n", "\n"),
        ODD_NAME: "On on.\n",
    }


def test_overlapping_highlights_share_the_overlap(page: Page) -> None:
    overlaps = [numbers for tag, a in page.tags if tag == "mark" for numbers in [a["data-d"]]]
    assert any(numbers and len(numbers.split()) == 2 for numbers in overlaps)


def test_nothing_from_an_article_or_a_message_becomes_markup(page: Page, sample: Sample) -> None:
    assert not [tag for tag, _ in page.tags if tag in ("img", "iframe", "object", "embed")]
    assert [tag for tag, _ in page.tags].count("script") == 1
    assert "&lt;img src=x onerror=window.__pwned=1&gt; &amp;amp;" in sample.html
    assert not any(name.startswith("on") for _, attributes in page.tags for name in attributes), (
        "an event handler attribute reached the page"
    )


def test_the_page_loads_nothing_from_anywhere(sample: Sample, page: Page) -> None:
    assert not [tag for tag, _ in page.tags if tag == "link"]
    assert not re.search(
        r"(?i)@import|url\((?!data:)|https?://|//[a-z]", sample.html.split("<main>")[0]
    )
    sources = [a.get("src") for _, a in page.tags if a.get("src")]
    assert sources == []
    (policy,) = [
        a["content"] for tag, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert (
        policy is not None
        and "default-src 'none'" in policy
        and "'unsafe-inline'" not in (policy.split("script-src")[1])
    )


def test_summary_table_counts_per_file_and_rule(page: Page, sample: Sample) -> None:
    rows = [a for tag, a in page.tags if tag == "tr" and a.get("data-family")]
    expected = {(str(d["path"]), str(d["rule"])) for d in sample.diagnostics}
    assert len(rows) == len(expected)
    assert "<td class='num'>" in sample.html


def test_clean_files_are_listed_not_shown(sample: Sample, page: Page) -> None:
    assert "desk/clean.txt" not in page.texts
    assert "1 file with no problems" in sample.html


def _diagnostic(
    start: int, end: int, rule: str, severity: Severity = Severity.WARNING
) -> Diagnostic:
    return Diagnostic("a.txt", Span(start, end, 1, start + 1, 1, end + 1), rule, severity, "m")


def test_crossing_and_empty_spans_are_cut_into_pieces() -> None:
    source = "abcdefgh"
    diagnostics = [
        _diagnostic(1, 5, "usage/one", Severity.INFO),
        _diagnostic(3, 7, "usage/two", Severity.ERROR),
        _diagnostic(7, 7, "punctuation/comma"),  # a missing comma: a caret, no text
    ]
    out = io.StringIO()
    render(Report([FileResult("a.txt", diagnostics, source=source)], []), out)
    body = out.getvalue().split("<div class='text'>")[1].split("</div>")[0]
    body = re.sub(r"<span class='anchor' id='d\d'></span>", "", body)
    assert body == (
        "a<mark class='hl sev-info' data-d='1'>bc</mark>"
        "<mark class='hl sev-error' data-d='1 2'>de</mark>"
        "<mark class='hl sev-error' data-d='2'>fg</mark>"
        "<mark class='caret sev-warning' data-d='3'></mark>h"
    )


def test_an_empty_run_is_a_valid_page(tmp_path: Path) -> None:
    out = io.StringIO()
    render(Report([], []), out)
    assert out.getvalue().startswith("<!DOCTYPE html>") and "No problems found" in out.getvalue()


def test_the_report_file_gets_its_directory_made(tmp_path: Path) -> None:
    from tests.helpers import cli

    (tmp_path / "a.txt").write_text("On on.\n")
    result = cli("check", "--no-config", "--format", "html", "-o", "out/day/r.html", cwd=tmp_path)
    assert result.exit_code == 1
    assert (tmp_path / "out/day/r.html").read_text().startswith("<!DOCTYPE html>")
    result = cli("check", "--no-config", "--format", "html", "-o", "a.txt/r.html", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("copylint: error: a.txt/r.html: cannot write the report")
