"""Render copylint's HTML report and take screenshots of it in headless Chromium.

    python benchmarks/screenshot_html.py [PATHS ...] [--out DIR] [--hover]

Runs ``copylint check --format html`` on PATHS (relative to the repository; default:
fixtures/), writes the page to
DIR/report.html, and screenshots the whole page (DIR/report.png) and, with ``--hover``, the
tooltip over the first highlight (DIR/report-hover.png), so a reviewer can look at what an
editor sees. Needs Playwright (``pip install playwright``) and a Chromium; it uses Debian's
(``apt-get install chromium``) and never downloads one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("COPYLINT_CHROMIUM", "/usr/bin/chromium")
#: As root in a closed network: no sandbox, no GPU, and none of Chromium's background calls home.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=["fixtures"], help="relative to the repo")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--hover", action="store_true", help="also screenshot a tooltip")
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    page_file = (args.out / "report.html").resolve()
    command = [sys.executable, "-m", "copylint", "check", "--format=html", f"-o{page_file}"]
    run = subprocess.run(
        [*command, *args.paths],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if run.returncode not in (0, 1):
        print(run.stderr, file=sys.stderr)
        return run.returncode
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 900})
        page.goto(page_file.resolve().as_uri())
        page.screenshot(path=str(args.out / "report.png"), full_page=True)
        print(args.out / "report.png")
        if args.hover:
            mark = page.locator("mark.hl").first
            mark.scroll_into_view_if_needed()
            mark.hover()
            page.screenshot(path=str(args.out / "report-hover.png"))
            print(args.out / "report-hover.png")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
