"""``copylint check-packs DIR`` runs a house pack's examples; a missing key says "missing"."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_copylint

ENTRY = """[[rule]]
id = "usage/house-utilize"
kind = "substitution"
summary = "Use, not utilize"
why = "House style: plain words."
swap = {{ utilize = "use" }}
bad = [{bad}]
fixed = [{fixed}]
good = [{good}]
"""


def pack(tmp_path: Path, bad: str, fixed: str, good: str) -> Path:
    directory = tmp_path / "house"
    directory.mkdir(exist_ok=True)
    (directory / "usage.toml").write_text(
        ENTRY.format(bad=bad, fixed=fixed, good=good), encoding="utf-8"
    )
    return directory


def test_a_pack_whose_examples_hold_passes(tmp_path: Path) -> None:
    pack(tmp_path, '"We utilize it."', '"We use it."', '"We use it."')
    result = run_copylint("check-packs", "--no-config", "house", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.decode() == "house: every example holds.\n"


def test_failing_examples_are_each_named(tmp_path: Path) -> None:
    pack(tmp_path, '"We employ it."', '"We use it."', '"They utilize it."')
    result = run_copylint("check-packs", "--no-config", "house", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert lines == [
        "house/usage.toml: rule 'usage/house-utilize': bad example 1 is not flagged: "
        "'We employ it.'",
        "house/usage.toml: rule 'usage/house-utilize': good example 1 is flagged: "
        "'They utilize it.'",
    ]


def test_a_missing_required_key_says_missing(tmp_path: Path) -> None:
    directory = pack(tmp_path, '"We utilize it."', '"We use it."', '"We use it."')
    path = directory / "usage.toml"
    path.write_text(path.read_text().replace('summary = "Use, not utilize"\n', ""))
    result = run_copylint("check-packs", "--no-config", "house", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"copylint: error: {path}: rule 'usage/house-utilize': missing 'summary' (a required key)\n"
    )
