"""Bad input gets one clear line naming the file, never a traceback; other files still run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from copylint import files
from copylint.files import ReadError, read_bytes
from copylint.formats import decode, read_file
from tests.helpers import cli, json_report, run_copylint

DOUBLED = "They met on on Tuesday.\n"


def test_binary_file_is_named_and_others_still_run(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "story.txt").write_text(DOUBLED)
    result = run_copylint("check", "--no-config", "--format", "json", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "copylint: error: photo.txt: binary file (contains NUL bytes), not text\n"
    )
    import json

    assert [d["path"] for d in json.loads(result.stdout)["diagnostics"]] == ["story.txt"]


def test_invalid_utf8_names_the_byte_and_line(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Line one.\nCaf\xe9 society.\n".encode("latin-1"))
    result = run_copylint("check", "--no-config", "latin1.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "copylint: error: latin1.txt: not valid UTF-8 (byte 13, line 2); it looks like Latin-1 "
        "(ISO-8859-1): convert it with 'iconv -f ISO-8859-1 -t UTF-8 latin1.txt > converted.txt'\n"
    )


def test_empty_file_is_clean(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blank.txt").write_text("\n\n  \n")
    result = cli("check", "--no-config", "--format", "json", ".", cwd=tmp_path)
    assert result.exit_code == 0
    assert json_report(result)["summary"]["files"] == 2


def test_byte_order_mark_is_accepted_and_not_a_column() -> None:
    source = decode("a.txt", b"\xef\xbb\xbfon on")
    assert source.bom and source.text == "on on"


def test_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(DOUBLED)
    real_open = os.open

    def refusing_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)  # root reads whatever the file's mode
    with pytest.raises(ReadError, match="cannot read: Permission denied"):
        read_file(str(path))


@pytest.mark.parametrize("written", [3, 5000])
def test_a_file_that_grows_while_it_is_read_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: int
) -> None:
    """The read takes the size the file had; bytes written since are read too, never lost."""
    path = tmp_path / "growing.txt"
    text = "They met on Tuesday. " * 500
    path.write_text(text)
    real_stat = os.stat

    def earlier(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        status = real_stat(file, *args, **kwargs)
        if str(file) != str(path):
            return status
        fields = list(status)
        fields[6] = written  # st_size: what the file held a moment before
        return os.stat_result(fields)

    monkeypatch.setattr(os, "stat", earlier)
    assert read_bytes(str(path)) == text.encode()


def test_a_read_that_comes_back_short_is_read_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some file systems (network, FUSE) return less than asked before the end."""
    path = tmp_path / "remote.txt"
    text = "The board voted on Monday. " * 400
    path.write_text(text)
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda handle, size: real_read(handle, min(size, 1000)))
    assert read_bytes(str(path)) == text.encode()


def test_a_file_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 101)
    monkeypatch.setattr(files, "MAX_FILE_SIZE", 100)
    with pytest.raises(ReadError, match="file too large"):
        read_bytes(str(path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(DOUBLED)
    path.chmod(0)
    result = run_copylint("check", "--no-config", "locked.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert b"locked.txt: cannot read: Permission denied" in result.stderr


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        ("[[rule]\n", "invalid TOML"),
        (
            '[[rule]]\nid = "usage/x"\nkind = "existance"\n',
            "rule 'usage/x': unknown kind 'existance' (did you mean 'existence'?)",
        ),
        (
            '[[rule]]\nid = "usage/x"\nkind = "existence"\nsummary = "s"\nwhy = "w"\n'
            'patterns = ["(unclosed"]\nbad = ["a"]\ngood = ["b"]\n',
            "rule 'usage/x': invalid regular expression '(unclosed'",
        ),
        (
            '[[rule]]\nid = "usage/x"\nkind = "existence"\nsummary = "s"\nwhy = "w"\n'
            'tokens = ["a"]\n',
            "rule 'usage/x': needs at least one 'bad' and one 'good' example",
        ),
        ('[[rule]]\nid = "Usage X"\nkind = "existence"\n', "id must be family/name"),
        (
            '[[rule]]\nid = "usage/x"\nkind = "existence"\ntokns = ["a"]\n',
            "unknown key 'tokns' (did you mean 'tokens'?)",
        ),
    ],
)
def test_broken_pack_names_file_and_entry(tmp_path: Path, pack: str, message: str) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "house.toml").write_text(pack)
    (tmp_path / ".copylint.toml").write_text('rules-dirs = ["house"]\n')
    (tmp_path / "a.txt").write_text(DOUBLED)
    result = run_copylint("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.startswith("copylint: error: ") and stderr.count("\n") == 1, stderr
    assert "house.toml" in stderr and message in stderr


def _lint_seconds(text: str) -> float:
    from copylint.config import Settings
    from copylint.engine import Linter
    from copylint.formats import load_document

    linter = Linter(Settings(select=("repetition", "whitespace")))
    start = time.perf_counter()
    doc = load_document("big.md", text)
    linter.lint(doc)
    return time.perf_counter() - start


@pytest.mark.slow  # lints 20 MB twice
def test_a_20_mb_file_finishes_in_linear_time() -> None:
    paragraph = (
        "The council met on Tuesday to discuss the budget, officials said. "
        "Café owners and résumé writers “argued” about the **plan** for 2024.\n\n"
    )
    small = paragraph * (2_000_000 // len(paragraph))
    large = paragraph * (20_000_000 // len(paragraph))
    small_seconds = _lint_seconds(small)
    large_seconds = _lint_seconds(large)
    # Ten times the text: ten times the work, with room for noise, far from quadratic (100x).
    assert large_seconds < 25 * max(small_seconds, 0.05), (small_seconds, large_seconds)
