"""names/canonical-name: names checked against the house names list."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint.errors import ConfigError
from tests.helpers import cli, fix, flagged, lint

RULE = "names/canonical-name"


def check(text: str, fmt: str = "text", **options: object) -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE], options={RULE: options}))


def test_wrong_form_from_the_sample_list() -> None:
    text = "Anthony Blinken met Abbas."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["Anthony Blinken"]
    assert diagnostics[0].suggestions == ("Antony Blinken",)


def test_middle_initial_and_possessive_are_kept() -> None:
    assert fix("Anthony J. Blinken's trip.", select=[RULE]) == "Antony J. Blinken's trip."


def test_whole_name_only() -> None:
    assert check("Mohammed Shia al-Sudani and Anthony Hopkins met.") == []
    assert fix("Prime Minister Shia al-Sudani spoke.", select=[RULE]) == (
        "Prime Minister Mohammed Shia al-Sudani spoke."
    )


def test_one_word_wrong_form_anywhere() -> None:
    text = "President Volodymyr Zelensky spoke. Zelensky's aide left."
    assert check(text) == ["Zelensky", "Zelensky"]
    assert fix(text, select=[RULE]) == (
        "President Volodymyr Zelenskyy spoke. Zelenskyy's aide left."
    )


def test_particle_case_is_part_of_the_name() -> None:
    assert check("Ursula Von der Leyen spoke. Von der Leyen left.") == ["Ursula Von der Leyen"]


def test_headline_caption_and_quotation_are_checked() -> None:
    text = '# Anthony Blinken Arrives\n\n"Anthony Blinken is here," Safadi said. Blinken waved.\n'
    assert check(text, "markdown") == ["Anthony Blinken", "Anthony Blinken"]


def test_inline_names_option_and_no_builtin() -> None:
    text = "Mayor Jon Smyth met Anthony Blinken."
    names = {"John Smyth": ["Jon Smyth"]}
    assert check(text, names=names) == ["Jon Smyth", "Anthony Blinken"]
    assert check(text, names=names, builtin=False) == ["Jon Smyth"]


def test_names_file_from_config(tmp_path: Path) -> None:
    (tmp_path / "house-names.toml").write_text(
        '[names]\n"Karine Jean-Pierre" = ["Karen Jean-Pierre"]\n', encoding="utf-8"
    )
    (tmp_path / ".copylint.toml").write_text(
        '[rules."names/canonical-name"]\nfiles = ["house-names.toml"]\n', encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text("Karen Jean-Pierre spoke.\n", encoding="utf-8")
    result = cli("check", "-q", "--select", RULE, "story.txt", cwd=tmp_path)
    assert result.exit_code == 1
    assert '"Karen Jean-Pierre" is spelled "Karine Jean-Pierre"' in result.output


@pytest.mark.parametrize(
    "content",
    ['[names]\n"Jane Doe" = 3\n', '[names]\n"the" = ["x"]\n', "[other]\n", "not toml ["],
)
def test_broken_names_file_is_a_config_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "names.toml").write_text(content, encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text(
        '[rules."names/canonical-name"]\nfiles = ["names.toml"]\n', encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text("Jane Doe spoke.\n", encoding="utf-8")
    result = cli("check", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "names.toml" in result.output


def test_missing_names_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        lint("Jane Doe.", select=[RULE], options={RULE: {"files": ["/nonexistent/names.toml"]}})


def test_curly_apostrophe_matches_a_straight_one_in_the_list() -> None:
    names = {"Conan O'Brien": ["Conan O'Brian"]}
    assert check("Conan O’Brian spoke.", names=names, builtin=False) == ["Conan O’Brian"]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("O’Neil’s dog barked.", "O’Neil"),
        ("The cat was O'Neil'S.", "O'Neil"),
        ("Smyth‑Jones spoke.", "Smyth‑Jones"),
    ],
)
def test_a_one_word_form_is_found_however_its_apostrophes_and_possessive_are_written(
    text: str, form: str
) -> None:
    """The article's words are compared with every spelling of the list before any is
    keyed: a curly apostrophe, a non-breaking hyphen or a possessive must not hide a listed
    form."""
    names = {"O'Neill": ["O'Neil"], "Smith-Jones": ["Smyth-Jones"]}
    assert check(text, names=names, builtin=False) == [form]


def test_every_spelling_of_a_listed_surname_folds_back_to_it() -> None:
    """The pre-test compares words with the list's surnames unfolded: each apostrophe
    straight or curly, each hyphen plain or non-breaking; each spelling folds back to the
    surname, and no two are alike."""
    from copylint.checks.names.canonical_name import _unfolded
    from copylint.lexicon.names import fold

    spellings = list(_unfolded("O'Neil-Smith's"))
    assert len(set(spellings)) == len(spellings) == 8
    assert {fold(spelling) for spelling in spellings} == {"O'Neil-Smith's"}
    assert "O’Neil‑Smith's" in spellings
    assert list(_unfolded("Blinken")) == ["Blinken"]
