"""A newsroom's own packs, end to end through the command line and a config file."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

from tests.helpers import REPO, cli
from tests.packs.support import entry, write_pack

HOUSE_ENTRY = entry(
    "usage/house-words",
    "substitution",
    'swap = { "utilize" = "use" }\nmessage = "House style: write \'{replacement}\'"\n',
)


def _project(tmp_path: Path, pack: str) -> Path:
    """A project with ``.copylint.toml`` naming ``house/`` as a rules directory."""
    write_pack(tmp_path / "house", pack)
    (tmp_path / ".copylint.toml").write_text('rules-dirs = ["house"]\n', encoding="utf-8")
    return tmp_path


def _check(project: Path, text: str) -> list[dict[str, object]]:
    (project / "story.txt").write_text(text, encoding="utf-8")
    result = cli("check", "--format", "json", "story.txt", cwd=project)
    assert result.exit_code in (0, 1), result.output
    diagnostics: list[dict[str, object]] = json.loads(result.stdout)["diagnostics"]
    return diagnostics


def test_a_house_pack_adds_a_rule(tmp_path: Path) -> None:
    project = _project(tmp_path, HOUSE_ENTRY)
    (diagnostic,) = _check(project, "We utilize the desk.\n")
    assert diagnostic["rule"] == "usage/house-words"
    assert diagnostic["message"] == "House style: write 'use'"


def test_a_house_pack_switches_a_built_in_rule_off(tmp_path: Path) -> None:
    text = "The mood was tense in the horizon.\n"
    assert [d["rule"] for d in _check(tmp_path, text)] == ["usage/idiom"]
    project = _project(tmp_path / "p", '[[rule]]\nid = "usage/idiom"\nenabled = false\n')
    assert _check(project, text) == []
    listing = cli("rules", cwd=project).stdout
    assert "usage/idiom" not in listing


def test_a_house_entry_with_a_built_in_id_replaces_it(tmp_path: Path) -> None:
    replacement = entry("usage/idiom", "existence", 'tokens = ["utilize"]\n')
    project = _project(tmp_path, replacement)
    assert [d["rule"] for d in _check(project, "We utilize it in the horizon.\n")] == [
        "usage/idiom"
    ]
    explained = cli("explain", "usage/idiom", cwd=project).stdout
    assert "A test entry" in explained
    assert f"Defined in: {project / 'house' / 'pack.toml'}" in explained


def test_pack_entries_are_listed_like_built_in_rules(tmp_path: Path) -> None:
    project = _project(tmp_path, HOUSE_ENTRY)
    lines = cli("rules", cwd=project).stdout.splitlines()
    row = re.compile(r"^(\S+)\s+(error|warning|info)\s+\S.*$")
    by_id = {m.group(1): line for line in lines if (m := row.match(line))}
    assert len(by_id) == len(lines)
    for rule_id in ("repetition/doubled-word", "usage/idiom", "usage/house-words"):
        assert rule_id in by_id
    data = json.loads(cli("rules", "--format", "json", cwd=project).stdout)
    origins = {rule["id"]: rule["origin"] for rule in data}
    assert origins["repetition/doubled-word"] == "built-in"
    assert origins["usage/idiom"] == "built-in pack rules/ap/idioms.toml"
    assert origins["usage/house-words"] == str(project / "house" / "pack.toml")


def test_pack_entries_are_explained_like_built_in_rules() -> None:
    def sections(rule_id: str) -> list[str]:
        lines = cli("explain", rule_id, "--no-config").stdout.splitlines()
        return [line.split(":")[0] for line in lines[1:] if line and not line.startswith(" ")]

    expected = ["What it does", "Why", "Bad", "Good", "Fix safety"]
    assert sections("repetition/doubled-word")[:5] == expected
    assert sections("usage/idiom") == [*expected, "References", "Defined in"]
    explained = cli("explain", "usage/idiom", "--no-config").stdout
    assert "fixed: " in explained and "on the horizon" in explained


def _readme_block(first_line: str) -> str:
    """The fenced TOML block of the README that starts with ``first_line``."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL):
        if block.startswith(first_line):
            return textwrap.dedent(block)
    raise AssertionError(f"no README block starts with {first_line!r}")


def test_the_readme_house_pack_works_as_documented(tmp_path: Path) -> None:
    (tmp_path / "house-style").mkdir()
    (tmp_path / "house-style" / "bugle.toml").write_text(
        _readme_block("# house-style/bugle.toml"), encoding="utf-8"
    )
    (tmp_path / ".copylint.toml").write_text(_readme_block("# .copylint.toml"), encoding="utf-8")
    text = "The vote is Nov. 5, and turnout rose 5 percent, the Bugle said.\n"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    found = _check(tmp_path, text)
    assert sorted(d["rule"] for d in found) == ["dates/month-abbreviation", "usage/bugle-name"]
    fixed = cli("check", "--fix", "story.txt", cwd=tmp_path)
    assert fixed.exit_code == 0, fixed.output
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == (
        "The vote is November 5, and turnout rose 5 percent, the Daily Bugle said.\n"
    )
    listing = cli("rules", cwd=tmp_path).stdout
    assert "usage/bugle-name" in listing and "numbers/percent" not in listing
    # Without the house pack, AP's rules apply to the same story.
    ap = cli("check", "--no-config", "--format", "json", "story.txt", cwd=tmp_path)
    assert "numbers/percent" in {d["rule"] for d in json.loads(ap.stdout)["diagnostics"]}
