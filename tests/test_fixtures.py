"""The sample articles in fixtures/ against their checked-in expected diagnostics.

The expected JSON is what ``copylint check --no-config --format json`` printed when someone last
reviewed it. To accept a deliberate change, regenerate and review the diff like code::

    COPYLINT_UPDATE_FIXTURES=1 pytest tests/test_fixtures.py
"""

from __future__ import annotations

import json
import os

import pytest

from tests.helpers import FIXTURES, REPO, cli

ARTICLES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_article_matches_expected_diagnostics(article) -> None:
    relative = article.relative_to(REPO).as_posix()
    result = cli("check", "--no-config", "--format", "json", relative, cwd=REPO)
    assert result.exit_code in (0, 1), result.output
    actual = json.loads(result.stdout)
    expected_path = FIXTURES / "expected" / f"{article.name}.json"
    if os.environ.get("COPYLINT_UPDATE_FIXTURES"):
        expected_path.write_text(
            json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual == expected


def test_every_article_has_expected_diagnostics() -> None:
    expected = {p.name.removesuffix(".json") for p in (FIXTURES / "expected").glob("*.json")}
    assert expected == {a.name for a in ARTICLES}
