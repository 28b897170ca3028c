"""Inputs the fuzz target (``fuzz_document.py``) once crashed on, kept so they never return.

Each entry: the raw fuzz input (see :func:`tests.robustness.invariants.article_of` for how its
first byte picks the format) and what went wrong before the fix.
"""

from __future__ import annotations

import functools

import pytest

from copylint.api import lint_text
from copylint.config import Settings
from copylint.engine import Linter
from tests.robustness.invariants import check_input

FINDINGS = {
    # Markdown holding a lone surrogate (bytes read with surrogateescape): pulldown-cmark
    # reads UTF-8, so parse_markdown raised UnicodeEncodeError.
    "markdown-lone-surrogate": b'\xff\xacun `\xecso se" iti.',
}


@functools.cache
def linter() -> Linter:
    return Linter(Settings(select=("ALL",), preview=True))


@pytest.mark.parametrize("data", FINDINGS.values(), ids=FINDINGS.keys())
def test_fuzz_finding_stays_fixed(data: bytes) -> None:
    check_input(linter(), data)


def test_api_lints_markdown_with_lone_surrogates() -> None:
    text = "Caf\udce9 owners met on on *Tuesday\ud800*."
    diagnostics = lint_text(text, path="story.md", config={})
    assert [(d.rule, text[d.span.start : d.span.end]) for d in diagnostics] == [
        ("repetition/doubled-word", "on")
    ]
