"""LibreOffice opens what `copylint annotate` writes, and reads the same changes into it.

Needs Debian's libreoffice-writer (.ci/run installs it); skipped where it is absent, except
when COPYLINT_REQUIRE_LIBREOFFICE is set (CI), where its absence fails the tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copylint.annotate import annotate_file
from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import read_file
from copylint.runner import fix_source
from tests.formats.convert import markdown_to_docx
from tests.formats.drafts import draft
from tests.formats.libreoffice import SOFFICE, FlatOdt, convert
from tests.formats.wordxml import rejected_text
from tests.helpers import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None and not os.environ.get("COPYLINT_REQUIRE_LIBREOFFICE"),
        reason="LibreOffice (soffice) is not installed",
    ),
]

SEED = REPO.parent / "shared" / "seed" / "blinken-middle-east.txt"


def _check(path: Path, settings: Settings, tmp_path: Path) -> FlatOdt:
    """Annotate ``path``; LibreOffice must open the result, show one copylint comment per
    finding, and read the text --fix gives with the changes accepted, the writer's with them
    rejected."""
    linter = linter_for(settings)
    out = tmp_path / "annotated.docx"
    report = annotate_file(linter, str(path), str(out))
    odt = FlatOdt(convert(out, "fodt", tmp_path))
    source = read_file(str(path))
    fixed, _, _ = fix_source(linter, source, "docx")
    assert odt.text(accept=True) == fixed.split("\n")
    assert odt.text(accept=False) == rejected_text(path)
    assert odt.comment_authors().count("copylint") == len(report.diagnostics)
    return odt


def test_libreoffice_reads_the_annotated_draft(tmp_path: Path) -> None:
    odt = _check(
        draft(tmp_path / "story.docx"), Settings(select=("repetition", "whitespace")), tmp_path
    )
    assert "Desk Editor" in odt.comment_authors()


def test_the_seed_draft_annotated(tmp_path: Path) -> None:
    if not SEED.is_file():
        pytest.skip(f"seed draft not found at {SEED}")
    paragraphs = [" ".join(p.split()) for p in SEED.read_text().split("\n\n") if p.strip()]
    path = markdown_to_docx("\n\n".join(paragraphs), tmp_path / "seed.docx")
    _check(path, Settings(), tmp_path)
