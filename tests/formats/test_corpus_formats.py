"""The corpus as Word documents and web pages: the same rules at the same words as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus_report import DEFAULT_CORPUS
from benchmarks.formats_report import compare
from copylint.api import linter_for
from copylint.config import Settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEFAULT_CORPUS.is_dir(), reason=f"no corpus at {DEFAULT_CORPUS}"),
]


def test_docx_and_html_findings_equal_the_markdown_ones(tmp_path: Path) -> None:
    report = compare(DEFAULT_CORPUS, tmp_path, linter_for(Settings()))
    assert len(report) >= 10
    for name, found in report.items():
        assert found["docx"] == found["md"], name
        assert found["html"] == found["md"], name
    assert sum(sum(found["md"].values()) for found in report.values()) > 0  # not vacuous
