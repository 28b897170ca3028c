"""What the built-in packs' expressions require, read ahead of time: current, equal to what
reading them gives, and never used when the reading code changed."""

from __future__ import annotations

import pytest

from copylint import compact_requirements
from copylint.packs import required


def test_the_shipped_file_is_current() -> None:
    assert compact_requirements.main(["--check"]) == 0, (
        "run python -m copylint.compact_requirements"
    )


def test_what_was_read_ahead_is_what_reading_gives() -> None:
    table = required._read_ahead()
    assert len(table) > 50
    for source in table:
        assert required.requirements(source) == required.read_requirements(source), source


def test_a_file_read_by_other_code_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    required._read_ahead.cache_clear()
    version = required.reader_version()
    monkeypatch.setattr(required, "reader_version", lambda: version ^ 1)
    try:
        assert required._read_ahead() == {}
        source = r"\bjive(s|d) with\b"
        assert required.requirements(source) == required.read_requirements(source)
    finally:
        monkeypatch.undo()
        required._read_ahead.cache_clear()
    assert required._read_ahead()
