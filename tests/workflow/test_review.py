"""``copylint review``, driven by a person at a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

CONFIG = """# House config of the Daily Example.
fail-on = "warning"  # warnings fail CI too

[rules."whitespace/double-space"]
severity = "warning"  # keep
"""


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "copylint", "review", *args],
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=60,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )
    return child


@pytest.mark.slow
def test_review_accepts_edits_ignores_and_adds_words(tmp_path: Path) -> None:
    (tmp_path / ".copylint.toml").write_text(CONFIG, encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(
        "The council met on on Tuesday.\n\n"
        "The zorblatt festival opened, and the mayor spoke  briefly.\n\n"
        '"We will win," the mayor stated.\n',
        encoding="utf-8",
    )
    child = spawn(tmp_path, "story.md")
    child.expect(r"repetition/doubled-word")
    child.expect(r"\[1\] 'on'")
    child.expect_exact("> ")
    child.sendline("1")  # accept the fix
    child.expect(r"spelling/misspelling Unknown word .zorblatt.")
    child.expect_exact("> ")
    child.sendline("a")  # a name the desk knows: add it to the house dictionary
    child.expect("whitespace/double-space")
    child.expect_exact("> ")
    child.sendline("x")  # not a key: the help comes back, and the question again
    child.expect("1-9 accept that suggestion")
    child.expect_exact("> ")
    child.sendline("i")  # ignore the rule for this file
    child.expect("attribution/verb")
    child.expect_exact("> ")
    child.sendline("e")
    child.expect_exact("Replace 'stated' with: ")
    child.sendline("declared")
    child.expect(pexpect.EOF)
    output = child.before
    assert "story.md: 2 changes" in output
    assert "added 'zorblatt' to the words of" in output
    assert "ignored whitespace/double-space for story.md in" in output
    assert story.read_text(encoding="utf-8") == (
        "The council met on Tuesday.\n\n"
        "The zorblatt festival opened, and the mayor spoke  briefly.\n\n"
        '"We will win," the mayor declared.\n'
    )
    config = (tmp_path / ".copylint.toml").read_text(encoding="utf-8")
    assert config.startswith(CONFIG.splitlines()[0])  # the comments are kept
    assert "# warnings fail CI too" in config and "# keep" in config
    import tomllib

    data = tomllib.loads(config)
    assert data["words"] == ["zorblatt"]
    assert data["per-file-ignores"] == {"story.md": ["whitespace/double-space"]}
    assert data["rules"]["whitespace/double-space"] == {"severity": "warning"}


@pytest.mark.slow
def test_quitting_writes_what_was_accepted_so_far(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("They met on on Tuesday and and left.\n", encoding="utf-8")
    child = spawn(tmp_path, "--no-config", "story.txt")
    child.expect_exact("> ")
    child.sendline("1")
    child.expect_exact("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    assert "story.txt: 1 change" in child.before
    assert story.read_text(encoding="utf-8") == "They met on Tuesday and and left.\n"
