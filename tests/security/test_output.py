"""Output that cannot be turned against its reader.

File names and article text are the pull request author's. A newline in a file name must not
start a GitHub workflow command on stderr, an escape sequence must not reach the terminal, and
a file name that is not UTF-8 must neither crash a format nor make JSON or SARIF invalid.
"""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.helpers import run_copylint
from tests.security.shared import BEFORE, write

ESC = "\x1b"
INJECTED = "x\n::error file=pwned::injected"


def lines_that_are_commands(stream: bytes) -> list[bytes]:
    return [line for line in stream.splitlines() if line.startswith(b"::")]


def test_file_name_with_a_newline_injects_no_workflow_command_on_stderr(tmp_path: Path) -> None:
    write(tmp_path / f"{INJECTED}.txt", b"\x00binary")  # unreadable: reported on stderr
    write(tmp_path / "%0A.txt", BEFORE)
    result = run_copylint(
        "check", "--no-config", "--no-cache", "--format", "github", ".", cwd=tmp_path
    )
    assert result.returncode == 2
    assert lines_that_are_commands(result.stderr) == []
    commands = lines_that_are_commands(result.stdout)
    assert len(commands) == 1 and b"file=%250A.txt," in commands[0]
    assert b"x\\n::error file=pwned::injected.txt: binary file" in result.stderr


def test_terminal_escapes_in_article_text_and_file_names_are_printed_escaped(
    tmp_path: Path,
) -> None:
    write(tmp_path / f"{ESC}]0;owned{chr(7)}.txt", f"They met on on {ESC}[2J Tuesday.\n")
    result = run_copylint("check", "--no-config", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 1
    output = result.stdout.decode() + result.stderr.decode()
    assert ESC not in output and "\x07" not in output
    assert "\\x1b]0;owned\\x07.txt:1:13: error repetition/doubled-word" in output
    assert "They met on on \\x1b[2J Tuesday." in output


def test_messages_never_contain_raw_newlines(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "The mayor said \u2028 they met on on Tuesday.\n")
    write(tmp_path / "x\ny.txt", BEFORE)
    result = run_copylint("check", "--no-config", "--no-cache", "-q", ".", cwd=tmp_path)
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 2 and all(line.count(":") >= 3 for line in lines), lines
    assert "\u2028" not in result.stdout.decode()


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github", "html"])
def test_file_names_that_are_not_utf8_work_in_every_format(
    tmp_path: Path, output_format: str
) -> None:
    name = b"caf\xe9 story.txt"  # Latin-1, not UTF-8
    (tmp_path / os.fsdecode(name)).write_text(BEFORE)
    result = run_copylint(
        "check", "--no-config", "--no-cache", "--format", output_format, "-o", "report", ".",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    report = (tmp_path / "report").read_bytes().decode("utf-8")  # valid UTF-8
    if output_format == "json":
        assert json.loads(report)["diagnostics"][0]["path"] == os.fsdecode(name)
    elif output_format == "sarif":
        location = json.loads(report)["runs"][0]["results"][0]["locations"][0]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == "caf%E9%20story.txt"
    elif output_format == "html":
        HTMLParser().feed(report)
    else:
        assert "caf\\x" in report or "caf\\udce9" in report


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    write(tmp_path / "desk" / "50% #1 story.txt", BEFORE)
    result = run_copylint(
        "check", "--no-config", "--no-cache", "--format", "sarif", ".", cwd=tmp_path
    )
    location = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0]
    uri = location["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "desk/50%25%20%231%20story.txt"
