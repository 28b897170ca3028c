"""The occurrence kind: too many of something per sentence, paragraph or article."""

from __future__ import annotations

from pathlib import Path

from tests.packs.support import entry, flags, lint_with, write_pack

ID = "punctuation/house-occurrence"


def test_a_sentence_over_the_limit_is_flagged_once_at_the_first_extra(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "occurrence", "patterns = ['—']\nmax = 2\n"))
    text = "A — b — c — d — e. F — g — h."
    assert flags(tmp_path, ID, text) == ["—"]
    (diagnostic,) = lint_with(tmp_path, ID, text)
    assert diagnostic.span.column == 11
    assert diagnostic.message == "4 of these in one sentence (at most 2)"


def test_per_paragraph_counts_across_sentences(tmp_path: Path) -> None:
    keys = "tokens = ['very']\nmax = 1\nper = 'paragraph'\n"
    write_pack(tmp_path, entry(ID, "occurrence", keys))
    assert flags(tmp_path, ID, "Very good. Very bad.\n\nVery fine.") == ["Very"]


def test_per_article_counts_the_whole_article(tmp_path: Path) -> None:
    keys = "tokens = ['!']\nmax = 1\nper = 'article'\nmessage = '{count} of {max}'\n"
    write_pack(tmp_path, entry(ID, "occurrence", keys))
    (diagnostic,) = lint_with(tmp_path, ID, "Wow!\n\nYes!\n\nNo!")
    assert diagnostic.message == "3 of 1"


def test_max_zero_flags_the_first_one(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "occurrence", "tokens = ['!']\nmax = 0\nper = 'article'\n"))
    assert flags(tmp_path, ID, "Wow! Yes!") == ["!"]


def test_quoted_occurrences_are_not_counted(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "occurrence", "patterns = ['—']\nmax = 2\n"))
    assert flags(tmp_path, ID, 'He said "a — b — c" and — left — twice.') == []
