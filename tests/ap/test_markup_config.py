"""The configuration says which front matter fields are prose and which source text is not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from copylint.config import load_settings
from copylint.errors import ConfigError
from tests.helpers import lint


def test_front_matter_fields_replace_the_built_in_list() -> None:
    text = '---\ntitle: "Vote set"\nblurb: "Board will aprove it"\n---\n\nText.\n'
    assert lint(text, fmt="markdown") == []
    found = lint(text, fmt="markdown", front_matter={"caption": ("blurb",)})
    assert [(d.line, d.span.column, d.rule) for d in found] == [(3, 20, "spelling/misspelling")]


def test_ignore_patterns_and_blocks_are_not_prose() -> None:
    text = "The code XQ-aprove-7 ships.\n\n:::note\nThe the draft.\n:::\n\nThe end.\n"
    assert {d.rule for d in lint(text, fmt="markdown")} >= {"repetition/doubled-word"}
    found = lint(
        text,
        fmt="markdown",
        ignore_patterns=(r"XQ-\S+",),
        ignore_blocks=(r"^:::note$.*?^:::$",),
    )
    assert found == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('ignore-patterns = ["(unclosed"]', "invalid regular expression '(unclosed'"),
        ('ignore-blocks = ["x*"]', "matches empty text"),
        ('front-matter-fields = { body = ["x"] }', "'headline' and 'caption'"),
    ],
)
def test_bad_settings_fail_at_load_naming_the_file(tmp_path: Path, line: str, message: str) -> None:
    config = tmp_path / ".copylint.toml"
    config.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(config)
