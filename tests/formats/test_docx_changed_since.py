"""``--changed-since`` on Word documents: git diffs them as binary, copylint compares paragraphs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from copylint.formats.docx import paragraph_changes
from tests.helpers import cli, json_report
from tests.workflow.gitrepo import GIT_ENV, GitRepo


def _save(path: Path, paragraphs: list[str]) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def test_paragraph_changes_read_like_a_line_diff() -> None:
    old = ["One.", "Two.", "Three.", "Four."]
    assert paragraph_changes(old, ["One.", "Two!", "Three.", "Four."]) == ({2}, set())
    assert paragraph_changes(old, ["One.", "Three.", "Four."]) == (set(), {1})
    assert paragraph_changes(old, ["Zero.", *old]) == ({1}, set())


def test_only_paragraphs_changed_since_the_ref_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    repo = GitRepo(tmp_path / "desk")
    story = repo.root / "drafts" / "story.docx"
    _save(story, ["The council met on on Tuesday.", "The mayor spoke.", "Residents left."])
    repo.git("add", "-A")
    repo.commit("draft")
    repo.git("checkout", "-q", "-b", "edit")
    _save(story, ["The council met on on Tuesday.", "The the mayor spoke.", "Residents left."])
    _save(repo.root / "drafts" / "new.docx", ["A new new draft."])
    result = cli(
        "check", "--no-config", "--format", "json", "--changed-since", "main", cwd=repo.root
    )
    found = [(Path(d["path"]).name, d["line"]) for d in json_report(result)["diagnostics"]]
    assert found == [("new.docx", 1), ("story.docx", 2)]  # the old "on on" is not reported
