"""Word documents in: one line per paragraph, what is prose, and drafts copylint refuses."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest

from copylint.api import lint_paths
from copylint.files import ReadError
from copylint.formats import docx as docx_format
from copylint.formats import load_document, read_file
from tests.formats.drafts import add_footnote, draft, rewrite_parts, tracked
from tests.helpers import cli, json_report, run_copylint


def test_line_is_the_paragraph_and_column_the_code_point(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    diagnostics = lint_paths([path], config={"select": ["repetition", "whitespace"]})
    found = [(d.line, d.column, d.rule) for d in diagnostics]
    # 1 headline, 2 "The the", 3 empty, 4-5 the table's cells, 6 tracked changes, 7 "said  it".
    assert found == [
        (2, 5, "repetition/doubled-word"),
        (5, 10, "repetition/doubled-word"),
        (7, 15, "whitespace/double-space"),
    ]


def test_report_shows_the_paragraph_as_the_flagged_line(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    result = cli("check", "--no-config", "--select", "repetition", str(path))
    assert " 2 | The the council voted on Tuesday to approve it." in result.output
    assert " 5 | Seven of of nine members" in result.output


def test_deleted_text_is_not_prose_and_inserted_text_is(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    lines = read_file(str(path)).text.split("\n")
    assert lines[5] == "Mayor Ann Lee said the plan would pass."
    assert len(lines) == 7  # every w:p, the empty one and both cells included


def test_headings_tables_and_footnotes_are_blocks_of_their_kind(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    add_footnote(path, "A note with with a typo.")
    source = read_file(str(path))
    document = load_document(str(path), source.text)
    kinds = [(b.kind, document.text[b.start : b.end]) for b in document.blocks]
    assert kinds[0] == ("heading", "Council approves the budget")
    assert ("cell", "Votes for") in kinds
    assert kinds[-1] == ("footnote", "A note with with a typo.")
    diagnostics = lint_paths([path], config={"select": ["repetition/doubled-word"]})
    assert [d.line for d in diagnostics] == [2, 5, 8]  # the footnote follows the body


def test_line_breaks_and_tabs_keep_one_line_per_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("First line")
    paragraph.add_run().add_break()
    paragraph.add_run("the the second\tline")
    document.add_paragraph("After")
    document.save(str(tmp_path / "breaks.docx"))
    text = read_file(str(tmp_path / "breaks.docx")).text
    assert text == "First line the the second\tline\nAfter"


def test_a_draft_in_a_directory_stdin_and_the_cache(tmp_path: Path) -> None:
    draft(tmp_path / "story.docx")
    (tmp_path / "notes.txt").write_text("Fine copy.\n")
    for _ in range(2):  # the second run comes from the cache
        result = cli("check", "--no-config", "--select", "repetition", str(tmp_path))
        assert result.exit_code == 1
        assert "story.docx:2:5" in result.output
    data = (tmp_path / "story.docx").read_bytes()
    piped = run_copylint(
        "check",
        "--no-config",
        "--select",
        "repetition",
        "--stdin-filename",
        "draft.docx",
        "-",
        input=data,
    )
    assert b"draft.docx:2:5" in piped.stdout


def test_fix_never_rewrites_a_word_document(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    before = path.read_bytes()
    result = cli("check", "--no-config", "--fix", str(path))
    assert path.read_bytes() == before
    assert "copylint annotate" in result.output
    assert "doubled-word" in result.output  # the draft's problems are still reported


# -- bad input --------------------------------------------------------------------------------


def _refused(path: Path, reason: str) -> None:
    result = run_copylint("check", "--no-config", str(path))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0], lines
    assert b"Traceback" not in result.stderr


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_text("Dear editor, this is plain text.\n")
    _refused(path, "not a Word document")


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a picture")
    _refused(path, "not a Word document")


def test_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"  # Word encrypts into an OLE compound file
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    _refused(path, "password-protected")


def test_macro_enabled(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    macro = tmp_path / "story.docm"
    os.rename(path, macro)
    _refused(macro, "macro-enabled")


def test_zip_bomb_refused_before_inflating(tmp_path: Path) -> None:
    path = draft(tmp_path / "bomb.docx")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/filler.bin", "w") as member,
    ):
        for _ in range(64):  # 64 MiB of zeros deflate to about 64 KiB
            member.write(bytes(1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    _refused(path, "zip bomb")


def test_declared_size_past_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = draft(tmp_path / "big.docx")
    monkeypatch.setattr(docx_format, "MAX_INFLATED", 16 * 1024)
    with pytest.raises(ReadError, match="would inflate"):
        docx_format.open_package(str(path), path.read_bytes())


@pytest.mark.slow
def test_a_50_mb_draft_is_read(tmp_path: Path) -> None:
    path = draft(tmp_path / "photos.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/image1.jpeg", os.urandom(50 * 1024 * 1024))
    assert path.stat().st_size > 50 * 1024 * 1024
    diagnostics = lint_paths([path], config={"select": ["repetition/doubled-word"]})
    assert [d.line for d in diagnostics] == [2, 5]


def test_a_damaged_document_part(tmp_path: Path) -> None:
    path = draft(tmp_path / "story.docx")
    rewrite_parts(path, {"word/document.xml": b"<w:document><unclosed"})
    _refused(path, "damaged Word document")


def test_text_in_a_deleted_change_holds_no_finding(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("The council ")
    tracked(paragraph, "del", "voted voted ")
    paragraph.add_run("met.")
    document.save(str(tmp_path / "clean.docx"))
    assert lint_paths([tmp_path / "clean.docx"], config={"select": ["repetition"]}) == []


def test_sarif_shows_the_paragraph_as_the_snippet(tmp_path: Path) -> None:
    import json

    path = draft(tmp_path / "story.docx")
    result = cli("check", "--no-config", "--select", "repetition", "--format", "sarif", str(path))
    first = json.loads(result.output)["runs"][0]["results"][0]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"] == {"text": "The the council voted on Tuesday to approve it."}


def test_a_baseline_hides_known_findings_in_a_draft(tmp_path: Path) -> None:
    draft(tmp_path / "story.docx")
    assert cli("baseline", "--no-config", str(tmp_path), cwd=tmp_path).exit_code == 0
    result = cli("check", "--no-config", str(tmp_path), cwd=tmp_path)
    assert result.exit_code == 0, result.output
    everything = cli("check", "--no-config", "--no-baseline", str(tmp_path), cwd=tmp_path)
    assert everything.exit_code == 1 and "story.docx:2:5" in everything.output


def test_worker_processes_read_drafts_as_this_process_does(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        draft(tmp_path / f"{name}.docx")
    assert sum(p.stat().st_size for p in tmp_path.iterdir()) > 32 * 1024  # a pool is used
    runs = [
        cli("check", "--no-config", "--no-cache", "-j", jobs, "--format", "json", str(tmp_path))
        for jobs in ("1", "2")
    ]
    assert runs[0].output == runs[1].output
    assert len(json_report(runs[0])["diagnostics"]) >= 6
