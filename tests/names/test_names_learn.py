"""copylint names learn: a house names list from an archive, reviewed, then saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, lint

ARTICLES = {
    "a.md": "Sen. Antonia Kowalczyk said the bill would pass. Kowalczyk voted yes.\n",
    "b.md": "The hearing ran late, said Sen. Antonia Kowalczyk, who chairs it.\n",
    "c.md": "Sen. Antonia Kowalczyk said on Monday that talks had stalled.\n",
    "d.md": "Sen. Antonia Kowalcyk said the vote would wait. Ruth Marsh agreed.\n",
    "e.md": "Mayor Ruth Marsh said the pool would open. Marsh swam first.\n",
    "f.md": "Mayor Ruth Marsh said the pool stays open. Her son, Tom Marsh, said so too.\n",
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_proposal_is_printed_for_review(archive: Path) -> None:
    result = cli("names", "learn", "--jobs", "1", str(archive))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith('"Antonia Kowalczyk"  3 mentions in 3 articles (')
    assert lines[1].startswith('    wrong form "Antonia Kowalcyk"  1 (')
    assert "d.md:1" in lines[1]
    assert lines[2].startswith('"Ruth Marsh"  2 mentions in 2 articles')  # f.md: two Marshes
    assert lines[-1] == "2 names, 1 wrong forms"
    assert "Tom Marsh" not in result.output  # a son, named once: not a wrong form of Ruth


def test_saved_after_review_and_read_by_canonical_name(archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "names.toml"
    target.write_text('[names]\n"Jo Kim" = ["Joe Kim"]\n', encoding="utf-8")
    refused = cli("names", "learn", "--jobs", "1", str(archive), "-o", str(target), input="n\n")
    assert refused.exit_code == 0 and "Not saved." in refused.output
    assert "Kowalczyk" not in target.read_text(encoding="utf-8")
    saved = cli("names", "learn", "--jobs", "1", str(archive), "-o", str(target), input="y\n")
    assert saved.exit_code == 0, saved.output
    text = target.read_text(encoding="utf-8")
    assert '"Jo Kim" = ["Joe Kim"]' in text  # kept
    assert '"Antonia Kowalczyk" = ["Antonia Kowalcyk"]  # 3 in 3 articles' in text
    options = {"names/canonical-name": {"files": [str(target)], "builtin": False}}
    draft = "Sen. Antonia Kowalcyk spoke."
    (finding,) = lint(draft, select=["names/canonical-name"], options=options)
    assert finding.suggestions == ("Antonia Kowalczyk",)


def test_parallel_run_gives_the_same_proposal(archive: Path) -> None:
    one = cli("names", "learn", "--jobs", "1", str(archive))
    two = cli("names", "learn", "--jobs", "2", str(archive))
    assert two.exit_code == 0 and two.output == one.output


def test_bad_input_is_one_line_and_exit_2(archive: Path, tmp_path: Path) -> None:
    missing = cli("names", "learn", str(tmp_path / "nowhere"))
    assert missing.exit_code == 2
    assert "no such file or directory" in missing.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[names\n", encoding="utf-8")
    result = cli("names", "learn", str(archive), "-o", str(broken), "--yes")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and str(broken) in result.stderr
    assert broken.read_text(encoding="utf-8") == "[names\n"  # never half-written
