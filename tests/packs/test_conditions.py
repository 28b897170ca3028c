"""The conditions every matching kind shares: context, scope, exceptions, position."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs.conditions import _excepted
from copylint.packs.matching import Matcher
from copylint.packs.patterns import Hit, phrase_pattern
from copylint.packs.phrases import PHRASES
from tests.packs.support import entry, flags, lint_with, write_pack

ID = "dates/house-condition"


def _pack(directory: Path, keys: str) -> None:
    write_pack(directory, entry(ID, "existence", 'tokens = ["Nov"]\nignore-case = false\n' + keys))


def test_followed_by_requires_the_context_after_the_match(tmp_path: Path) -> None:
    _pack(tmp_path, "followed-by = '\\s+\\d{1,2}\\b'\n")
    assert flags(tmp_path, ID, "Nov 5 and Nov 2023 and Nov.") == ["Nov"]


def test_not_followed_by_excludes_a_context(tmp_path: Path) -> None:
    _pack(tmp_path, "not-followed-by = '\\s+\\d{4}'\n")
    assert flags(tmp_path, ID, "Nov 5 and Nov 2023.") == ["Nov"]


def test_preceded_by_and_not_preceded_by(tmp_path: Path) -> None:
    _pack(tmp_path / "a", "preceded-by = '\\bon\\s+'\n")
    assert flags(tmp_path / "a", ID, "on Nov 5, by Nov 6") == ["Nov"]
    _pack(tmp_path / "b", "not-preceded-by = '\\bon\\s+'\n")
    diagnostics = lint_with(tmp_path / "b", ID, "on Nov 5, by Nov 6")
    assert [d.span.column for d in diagnostics] == [14]


def test_scope_names_the_block_kinds_read(tmp_path: Path) -> None:
    text = "# Nov vote\n\nNov talks.\n\n- Nov item\n"
    _pack(tmp_path / "a", 'scope = ["~heading"]\n')
    assert [d.span.line for d in lint_with(tmp_path / "a", ID, text, "markdown")] == [3, 5]
    _pack(tmp_path / "b", 'scope = ["heading"]\n')
    assert [d.span.line for d in lint_with(tmp_path / "b", ID, text, "markdown")] == [1]


def test_exceptions_cover_a_match_inside_them(tmp_path: Path) -> None:
    _pack(tmp_path, 'exceptions = ["Nov Sad"]\n')
    assert flags(tmp_path, ID, "Nov Sad is in Serbia; Nov 5.") == ["Nov"]


def test_position_sentence_start_and_mid_sentence(tmp_path: Path) -> None:
    text = 'Nov was cold. In Nov it snowed. "Nov again," he said.'
    _pack(tmp_path / "a", 'position = "sentence-start"\nreads-quotes = true\n')
    assert [d.span.column for d in lint_with(tmp_path / "a", ID, text)] == [1, 34]
    _pack(tmp_path / "b", 'position = "mid-sentence"\n')
    assert [d.span.column for d in lint_with(tmp_path / "b", ID, text)] == [18]


def test_an_entry_whose_scope_no_block_has_does_not_scan_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A headline entry on a draft without a heading: nothing could count, so the terms are
    not looked for (nor their patterns compiled); with a heading they are."""
    _pack(tmp_path, 'scope = ["heading"]\n')
    scanned: list[str] = []
    looked_for = Matcher._hits

    def counting(self: Matcher, text: str) -> Iterator[Hit]:
        scanned.append(text)
        return looked_for(self, text)

    monkeypatch.setattr(Matcher, "_hits", counting)
    assert lint_with(tmp_path, ID, "Nov talks.\n\n- Nov item\n", "markdown") == []
    assert scanned == []
    found = lint_with(tmp_path, ID, "# Nov vote\n\nNov talks.\n", "markdown")
    assert [d.span.line for d in found] == [1] and len(scanned) == 1


#: Exception lists (the built-in packs' and overlapping ones), each with its case setting.
EXCEPTIONS = [
    (("US Airways",), False),
    (("St. James's", "St. James’s"), False),
    (("World Wide Web", "Charlotte's Web", "Charlotte’s Web", "Wide Web"), False),
    (("west bank", "middle east", "east bank"), True),
    (("straße", "ss x", "-ab", "Web"), True),
]
PIECES = ["US", "us", " ", "  ", "\n", "\t", "Airways", "AIRWAYS", "St.", "James's", "James’s",
          "World", "Wide", "Web", "web", "Charlotte's", "west", "West", "bank", "BANK", "middle",
          "east", "EAST", "straße", "STRASSE", "ß", "ss", "x", "-", "ab", "a", "İ", "ı", "K",
          "1", "World Wide Web", "Wide  Web", "US Airways", "St. James’s", "Charlotte's Web",
          "middle east bank", "West Bank", "STRASSE X", "-AB"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    exceptions=st.sampled_from(EXCEPTIONS),
    text=st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
)
def test_exceptions_are_found_where_a_scan_of_them_finds_them(
    exceptions: tuple[tuple[str, ...], bool], text: str
) -> None:
    phrases, ignore_case = exceptions
    pattern = phrase_pattern(phrases, ignore_case)
    keys = frozenset(PHRASES.add(phrase) for phrase in phrases)
    assert _excepted(pattern, keys, text) == [m.span() for m in pattern.finditer(text)]
