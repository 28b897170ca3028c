"""The HTML report in a real headless Chromium, driven by Playwright.

Debian's Chromium (``apt-get install chromium``) is used, never a downloaded browser. Without
it, or without Playwright, these tests skip, unless COPYLINT_REQUIRE_BROWSER=1 (set by .ci/run,
which installs the browser) makes a missing browser a failure, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.screenshot_html import CHROMIUM, CHROMIUM_ARGS
from tests.workflow.html_sample import Sample, build

pytestmark = pytest.mark.slow  # drives a real browser


def _unavailable(reason: str) -> None:
    if os.environ.get("COPYLINT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"COPYLINT_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install playwright)")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build(tmp_path_factory.mktemp("browser"))


@pytest.fixture
def page(browser: Any, sample: Sample) -> Iterator[Any]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    url = (sample.root / "report.html").as_uri()
    page.goto(url)
    yield page
    assert [r for r in requests if r != url] == [], "the page loaded something"
    assert errors == [], "the page logged errors (a blocked script, a CSP violation?)"
    page.close()


MARKED_TEXT = """() => {
  const marked = {};
  for (const mark of document.querySelectorAll("mark[data-d]"))
    for (const id of mark.dataset.d.split(" ")) marked[id] = (marked[id] || "") + mark.textContent;
  return marked;
}"""

HIGHLIGHTED = """() => [...document.querySelectorAll("mark.hl")]
  .filter((m) => getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)")
  .flatMap((m) => m.dataset.d.split(" "))"""


def test_highlights_sit_on_exactly_the_flagged_words(page: Any, sample: Sample) -> None:
    marked = page.evaluate(MARKED_TEXT)
    for number, d in enumerate(sample.diagnostics, 1):
        assert marked[str(number)] == sample.flagged(d).replace("\r\n", "\n"), d
    texts = page.eval_on_selector_all(
        "section.article",
        "els => els.map(e => [e.dataset.path, e.querySelector('.text').innerText])",
    )
    for path, text in texts:
        assert text == sample.sources[path].replace("\r\n", "\n")


def test_highlights_are_visible_and_the_page_cannot_be_scripted(page: Any, sample: Sample) -> None:
    assert set(page.evaluate(HIGHLIGHTED)) == {
        str(n) for n in range(1, len(sample.diagnostics) + 1)
    }
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert "onerror=window.__pwned=1" in page.locator("li.finding").nth(2).inner_text()


def test_family_filter_hides_findings_and_their_highlights(page: Any, sample: Sample) -> None:
    repetition = [
        str(n)
        for n, d in enumerate(sample.diagnostics, 1)
        if str(d["rule"]).startswith("repetition/")
    ]
    others = {str(n) for n in range(1, len(sample.diagnostics) + 1)} - set(repetition)
    page.uncheck("input[data-filter=family][value=repetition]")
    highlighted = set(page.evaluate(HIGHLIGHTED))
    # A piece of text under a hidden finding and a shown one stays highlighted for the shown one.
    only_repetition = page.evaluate(
        """(ids) => [...document.querySelectorAll("mark.hl")]
        .filter((m) => m.dataset.d.split(" ").every((id) => ids.includes(id)))
        .map((m) => getComputedStyle(m).backgroundColor)""",
        repetition,
    )
    assert only_repetition and set(only_repetition) == {"rgba(0, 0, 0, 0)"}
    assert others <= highlighted
    for number in repetition:
        assert page.locator(f"li.finding[data-d='{number}']").is_hidden()
    for number in others:
        assert page.locator(f"li.finding[data-d='{number}']").is_visible()
    assert page.locator("tr[data-family=repetition]").first.is_hidden()
    assert page.locator("tr[data-family=whitespace]").first.is_visible()
    counts = page.locator(".visible-count").all_inner_texts()
    assert counts == ["0", "2", "1"]  # the odd name's one finding, then council.md, residents
    assert page.locator("section.article").first.is_hidden()  # nothing left to show there
    assert page.locator("section.article").nth(1).is_visible()
    page.check("input[data-filter=family][value=repetition]")
    assert len(set(page.evaluate(HIGHLIGHTED))) == len(sample.diagnostics)


def test_severity_filter_and_hover_tooltip(page: Any) -> None:
    page.uncheck("input[data-filter=severity][value=info]")
    assert page.locator("li.finding[data-severity=info]").first.is_hidden()
    page.check("input[data-filter=severity][value=info]")
    mark = page.locator("mark.hl.sev-warning").first
    mark.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert "2 spaces in a row" in tip.inner_text()
    page.mouse.move(1, 1)
    assert tip.is_hidden()


def test_clicking_a_finding_scrolls_to_its_highlight(page: Any) -> None:
    last = page.locator("li.finding a.where").last
    last.click()
    page.wait_for_function("() => document.querySelector('mark.flash') !== null")
    in_view = page.evaluate(
        """() => { const r = document.querySelector('mark.flash').getBoundingClientRect();
                   return r.top >= 0 && r.bottom <= window.innerHeight; }"""
    )
    assert in_view


def test_screenshot_script_runs(tmp_path: Path, browser: Any) -> None:
    import subprocess
    import sys

    from tests.helpers import REPO

    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks/screenshot_html.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "report.png").read_bytes().startswith(b"\x89PNG")
