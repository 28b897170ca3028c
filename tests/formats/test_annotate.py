"""`copylint annotate`: comments on the flagged words, safe fixes as tracked changes."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest

from copylint.annotate import AnnotateReport, annotate_file, comment_text
from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import read_file
from copylint.runner import fix_source
from tests.formats.drafts import W, draft
from tests.formats.wordxml import changes, comments, rejected_text
from tests.helpers import cli, run_copylint

SELECT = ("repetition", "whitespace")


def _annotate(path: Path, out: Path, changes: bool = True) -> AnnotateReport:
    return annotate_file(linter_for(Settings(select=SELECT)), str(path), str(out), changes=changes)


def test_one_comment_per_finding_on_exactly_the_flagged_words(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    report = _annotate(path, tmp_path / "out.docx")
    ours = [c for c in comments(tmp_path / "out.docx") if c[0] == "copylint"]
    diagnostics = report.diagnostics
    assert len(ours) == len(diagnostics) == 3
    source = read_file(str(path)).text
    for (_, text, anchored), diagnostic in zip(ours, diagnostics, strict=True):
        assert anchored == source[diagnostic.span.start : diagnostic.span.end]
        assert text == comment_text(diagnostic)
        assert diagnostic.rule in text and diagnostic.message in text
    assert "Suggestion:" in ours[0][1]
    assert "Suggestion: ' '" in ours[-1][1]  # white space shown quoted, not as nothing


def test_accepting_gives_the_fix_text_and_rejecting_the_writers_text(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    out = tmp_path / "out.docx"
    _annotate(path, out)
    source = read_file(str(path))
    fixed, _, _ = fix_source(linter_for(Settings(select=SELECT)), source, "docx")
    assert read_file(str(out)).text == fixed  # w:ins is read, w:del is not: all accepted
    assert fixed != source.text
    assert rejected_text(out) == rejected_text(path)
    ours = [c for c in changes(out) if c[1] == "copylint"]
    assert ("del", "copylint", "the") in ours
    assert ("del", "copylint", "  ") in ours and ("ins", "copylint", " ") in ours


def test_earlier_comments_and_changes_survive(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    out = tmp_path / "out.docx"
    _annotate(path, out)
    assert ("Desk Editor", "Check the date") in [(a, t) for a, t, _ in comments(out)]
    theirs = [c for c in changes(out) if c[1] == "Ed"]
    assert theirs == [("del", "Ed", "it was was "), ("ins", "Ed", "the plan ")]


def test_the_input_is_never_changed(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    before = path.read_bytes()
    result = cli("annotate", "--no-config", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    assert (tmp_path / "story.copylint.docx").is_file()
    assert "tracked change" in result.output


def test_in_place_and_output(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    assert cli("annotate", "--no-config", "-o", str(tmp_path / "x.docx"), str(path)).exit_code == 0
    assert (tmp_path / "x.docx").is_file()
    before = path.read_bytes()
    assert cli("annotate", "--no-config", "--in-place", str(path)).exit_code == 0
    assert path.read_bytes() != before
    assert not list(tmp_path.glob(".copylint-*"))  # no temporary left behind


def test_the_copy_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    path.chmod(0o640)
    assert cli("annotate", "--no-config", str(path)).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "story.copylint.docx").stat().st_mode & 0o777 == 0o666 & ~umask
    assert cli("annotate", "--no-config", "--in-place", str(path)).exit_code == 0
    assert path.stat().st_mode & 0o777 == 0o640


def test_annotating_twice_adds_no_duplicate_comments(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    once, twice = tmp_path / "once.docx", tmp_path / "twice.docx"
    _annotate(path, once, changes=False)
    report = _annotate(once, twice, changes=False)
    assert report.comments == 0 and report.kept_comments == 3
    assert comments(twice) == comments(once)
    # With the changes in, the fixed findings are gone and nothing is added either.
    _annotate(path, once)
    _annotate(once, twice)
    assert comments(twice) == comments(once)


def test_formatting_is_kept_and_mixed_formatting_is_not_changed(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Prices rose ")
    slanted = paragraph.add_run("sharply  this")
    slanted.italic = True
    paragraph.add_run(" year, and the ")
    paragraph.add_run("the").bold = True
    paragraph.add_run(" board met.")
    document.save(str(tmp_path / "runs.docx"))
    report = _annotate(tmp_path / "runs.docx", tmp_path / "out.docx")
    assert report.comments == 2 and report.skipped_changes >= 1
    body = docx.Document(str(tmp_path / "out.docx")).element.body
    (inserted,) = [e for e in body.iter(W + "ins")]
    assert inserted.find(f"{W}r/{W}rPr/{W}i") is not None  # the fix is italic like its run
    bold = [r for r in body.iter(W + "r") if r.find(f"{W}rPr/{W}b") is not None]
    assert ["".join(t.text for t in r.iter(W + "t")) for r in bold] == ["the"]  # untouched


def test_not_a_word_document_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_text("plain text")
    result = run_copylint("annotate", "--no-config", str(path))
    assert result.returncode == 2
    (line,) = result.stderr.decode().strip().splitlines()
    assert str(path) in line and "not a Word document" in line


@pytest.mark.parametrize("flag", ["--no-changes"])
def test_comments_only(tmp_path: Path, flag: str) -> None:
    path = draft(tmp_path / "story.docx")
    assert cli("annotate", "--no-config", flag, str(path)).exit_code == 0
    out = tmp_path / "story.copylint.docx"
    assert [c for c in changes(out) if c[1] == "copylint"] == []
    assert len([c for c in comments(out) if c[0] == "copylint"]) >= 3
