"""The existence kind: any of a list of words, phrases or patterns."""

from __future__ import annotations

from pathlib import Path

from tests.packs.support import entry, flags, lint_with, write_pack

ID = "usage/house-existence"


def test_tokens_match_whole_words_in_any_case(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "existence", 'tokens = ["very"]\n'))
    assert flags(tmp_path, ID, "Very good, very bad, everyday.") == ["Very", "very"]


def test_a_phrase_matches_across_a_line_break(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "existence", 'tokens = ["at this point"]\n'))
    assert flags(tmp_path, ID, "We are at this\npoint now.") == ["at this\npoint"]


def test_patterns_and_tokens_share_one_entry(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "existence", "tokens = ['very']\npatterns = ['\\d+ %']\n"))
    assert flags(tmp_path, ID, "It is very high at 5 %.") == ["very", "5 %"]


def test_ignore_case_false_matches_the_case_given(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "existence", 'tokens = ["Sec."]\nignore-case = false\n'))
    assert flags(tmp_path, ID, "Sec. Blinken read sec. 5.") == ["Sec."]


def test_message_names_the_match(tmp_path: Path) -> None:
    write_pack(
        tmp_path, entry(ID, "existence", 'tokens = ["very"]\nmessage = "Drop \'{match}\'"\n')
    )
    (diagnostic,) = lint_with(tmp_path, ID, "Very good.")
    assert diagnostic.message == "Drop 'Very'"


def test_matches_inside_quotations_are_left_alone_unless_the_entry_reads_quotes(
    tmp_path: Path,
) -> None:
    write_pack(tmp_path / "a", entry(ID, "existence", 'tokens = ["very"]\n'))
    assert flags(tmp_path / "a", ID, '"It is very good," she said.') == []
    keys = 'tokens = ["very"]\nreads-quotes = true\n'
    write_pack(tmp_path / "b", entry(ID, "existence", keys))
    assert flags(tmp_path / "b", ID, '"It is very good," she said.') == ["very"]


def test_markup_and_code_are_not_prose(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "existence", 'tokens = ["very"]\n'))
    text = "It is *very* good; `very` is code.\n"
    assert flags(tmp_path, ID, text, fmt="markdown") == ["very"]
