"""The README stays true: its rule table is the registry's, and its commands run.

To refresh the table after adding rules: ``COPYLINT_UPDATE_README=1 pytest tests/test_readme.py``.
"""

from __future__ import annotations

import os
import re

from copylint.config import Settings
from copylint.docs import rule_table
from copylint.registry import Registry
from tests.helpers import REPO

README = REPO / "README.md"
TABLE = re.compile(r"(<!-- rule-table-start[^>]*-->\n)(.*?)(<!-- rule-table-end -->)", re.DOTALL)


def test_rule_table_lists_every_registered_rule() -> None:
    text = README.read_text(encoding="utf-8")
    match = TABLE.search(text)
    assert match, "README has no rule table markers"
    expected = rule_table([spec.info for spec in Registry.load(Settings())])
    if os.environ.get("COPYLINT_UPDATE_README"):
        text = text[: match.start(2)] + expected + text[match.end(2) :]
        README.write_text(text, encoding="utf-8")
        match = TABLE.search(text)
        assert match
    assert match.group(2) == expected


def test_quick_start_has_exactly_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    assert block.splitlines() == [
        "pip install . && copylint check fixtures/",
        "pip install -e '.[test]' && pytest",
    ]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && pytest" in ci


def test_readme_passes_its_own_linter() -> None:
    """We run what we ask others to run: the README is news-style prose about copylint, and the
    sections that quote errors on purpose switch the rules off with a copylint comment."""
    from tests.helpers import cli

    result = cli("check", "--no-config", "--no-cache", "-q", "README.md", cwd=REPO)
    assert result.exit_code == 0, result.stdout
