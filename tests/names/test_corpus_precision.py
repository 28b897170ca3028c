"""Precision first: on clean, edited copy the names rules stay (almost) silent.

Runs only where the shared evaluation corpus sits beside the repository (the developers'
machines and CI), or where COPYLINT_CORPUS names it; users' clones skip it. The budget is the
one the names work was accepted with: at most one diagnostic per 2,000 words for all names
rules together.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copylint.api import linter_for
from copylint.formats import load_document, read_file
from tests.helpers import REPO, settings_for

CORPUS = Path(os.environ.get("COPYLINT_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared evaluation corpus is not here")
def test_names_rules_stay_within_one_diagnostic_per_2000_words() -> None:
    linter = linter_for(settings_for(["names"]))
    words = diagnostics = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        doc = load_document(str(path), read_file(str(path)).text)
        words += len(doc.words)
        diagnostics += len(linter.lint(doc).diagnostics)
    assert diagnostics <= words / 2000, f"{diagnostics} names diagnostics in {words} words"
