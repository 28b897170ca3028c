"""Strict AP: a declared style makes the built-in entries' convention option default to off."""

from __future__ import annotations

from pathlib import Path

from copylint.config import load_settings


def test_a_config_that_names_its_style_declares_it(tmp_path: Path) -> None:
    (tmp_path / ".copylint.toml").write_text('style = "ap"\n', encoding="utf-8")
    assert load_settings(cwd=tmp_path).style_declared
    (tmp_path / ".copylint.toml").write_text("words = []\n", encoding="utf-8")
    assert not load_settings(cwd=tmp_path).style_declared
