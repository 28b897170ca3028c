"""Position mistakes: the caret under a flagged word stands under it on a terminal, whatever
stands before it on the line: combining marks take no column, wide characters (CJK, emoji)
take two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli
from tests.security.shared import write


@pytest.mark.parametrize(
    ("before", "looks_like"),
    [
        ("Cafe\u0301 owners said they met", "Cafe owners said they met"),  # a combining accent
        ("Nguye\u0302\u0303n said they met", "Nguyen said they met"),  # two on one letter
        ("東京 officials said they met", "XXXX officials said they met"),  # two wide characters
        ("🎉 Fans said they met", "XX Fans said they met"),  # an emoji
    ],
)
def test_caret_is_under_the_flagged_word(tmp_path: Path, before: str, looks_like: str) -> None:
    write(tmp_path / "story.txt", f"{before} on on Tuesday.\n")
    result = cli("check", "--no-config", "--no-cache", "--select", "repetition", "story.txt",
                 cwd=tmp_path)  # fmt: skip
    lines = result.stdout.splitlines()
    source = next(i for i, line in enumerate(lines) if line.startswith(" 1 | "))
    caret = lines[source + 1]
    assert caret.index("^") - len(" 1 | ") == len(looks_like + " on ")
