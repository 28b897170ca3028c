"""A newsroom extends the outlet table in its config: inline entries or TOML files."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, fix, flagged, lint

RULE = "attribution/outlet-name"


def test_inline_outlet_is_checked_like_a_built_in_one() -> None:
    options = {RULE: {"outlets": [{"name": "The Oaklandside", "kind": "newspaper"}]}}
    text = "The board met, the Oaklandside reported."
    assert flagged(text, lint(text, select=[RULE], options=options)) == ["the Oaklandside"]
    assert fix(text, select=[RULE], options=options, unsafe_fixes=True) == (
        "The board met, The Oaklandside reported."
    )


def test_inline_outlet_replaces_the_built_in_entry_with_the_same_name() -> None:
    options = {RULE: {"outlets": [{"name": "The Guardian", "kind": "newspaper"}]}}
    text = "She told the Guardian, and The Guardian ran it."
    assert flagged(text, lint(text, select=[RULE], options=options)) == ["the Guardian"]


def test_inline_outlet_with_wrong_and_short_forms() -> None:
    entry = {"name": "The Sacramento Bee", "kind": "newspaper", "wrong": ["Sac Bee"]}
    options = {RULE: {"outlets": [{**entry, "short": ["SacBee"]}]}}
    text = "SacBee reported it first, the Sac Bee said."
    assert fix(text, select=[RULE], options=options) == (
        "The Sacramento Bee reported it first, The Sacramento Bee said."
    )


def test_outlet_file_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "outlets.toml").write_text(
        '[[outlet]]\nname = "The Mercury News"\nkind = "newspaper"\nwrong = ["Merc"]\n',
        encoding="utf-8",
    )
    (tmp_path / ".copylint.toml").write_text(
        f'[rules."{RULE}"]\noutlet-files = ["house/outlets.toml"]\n', encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text("The Merc reported it.\n", encoding="utf-8")
    result = cli("check", "--select", RULE, "-q", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1
    assert 'Write "The Mercury News", not "Merc"' in result.stdout


def test_broken_outlet_entry_is_a_config_error_naming_the_key(tmp_path: Path) -> None:
    (tmp_path / ".copylint.toml").write_text(
        f'[rules."{RULE}"]\noutlets = [{{ nam = "The Oaklandside", kind = "newspaper" }}]\n',
        encoding="utf-8",
    )
    (tmp_path / "story.txt").write_text("Text.\n", encoding="utf-8")
    result = cli("check", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "unknown key 'nam' (did you mean 'name'?)" in result.stderr
    assert "Traceback" not in result.stderr


def test_outlet_with_an_unknown_kind_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".copylint.toml").write_text(
        f'[rules."{RULE}"]\noutlets = [{{ name = "Axios", kind = "website" }}]\n',
        encoding="utf-8",
    )
    (tmp_path / "story.txt").write_text("Text.\n", encoding="utf-8")
    result = cli("check", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "'kind' must be one of newspaper, magazine, agency, broadcaster" in result.stderr


def test_missing_outlet_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".copylint.toml").write_text(
        f'[rules."{RULE}"]\noutlet-files = ["nowhere.toml"]\n', encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text("Text.\n", encoding="utf-8")
    result = cli("check", "story.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "nowhere.toml: cannot read" in result.stderr
