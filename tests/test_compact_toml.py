"""The built-in TOML files' JSON form: current, equal to the TOML, and never trusted when stale."""

from __future__ import annotations

import json
import tomllib
import zlib
from pathlib import Path

import pytest

from copylint import compact_toml, resources
from copylint.resources import data_path, load_toml, rules_dir


def test_shipped_form_is_built_from_the_current_toml_files() -> None:
    output = rules_dir().joinpath(*resources.COMPACT_TOML)
    assert not compact_toml.stale(rules_dir(), output), "run python -m copylint.compact_toml"
    assert compact_toml.main(["--check"]) == 0


def test_every_built_in_file_loads_as_its_toml_says() -> None:
    files = compact_toml.sources(rules_dir())
    assert len(files) > 10
    table = resources._compact_toml()
    for path in files:
        assert path.relative_to(rules_dir()).as_posix() in table
        assert load_toml(path) == tomllib.loads(path.read_text(encoding="utf-8")), path


def test_the_compact_form_is_what_is_read_and_a_changed_file_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = data_path("lexicon", "states.toml")
    crc = zlib.crc32(path.read_bytes())
    marked = {"marker": [1]}
    table = {"lexicon/states.toml": (crc, json.dumps(marked))}
    monkeypatch.setattr(resources, "_compact_toml", lambda: table)
    assert load_toml(path) == marked  # the JSON form, as its CRC matches the file
    table["lexicon/states.toml"] = (crc ^ 1, json.dumps(marked))  # the file changed since
    assert load_toml(path) == tomllib.loads(path.read_text(encoding="utf-8"))


def test_each_load_is_a_fresh_value() -> None:
    path = data_path("lexicon", "states.toml")
    first = load_toml(path)
    first.clear()
    assert load_toml(path)


def test_a_stale_form_is_reported(tmp_path: Path) -> None:
    root = rules_dir()
    output = tmp_path / "toml.jsonl"
    output.write_text(compact_toml.render(root).replace("\t", "\t1", 1), encoding="utf-8")
    assert compact_toml.stale(root, output)
