"""``copylint baseline`` records today's findings; ``check`` then reports only new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli, json_report

ARTICLE = (
    "# Council\n"
    "\n"
    "The council met on on Tuesday.\n"
    "\n"
    "The mayor  spoke first.\n"
    "\n"
    "Residents asked questions.\n"
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def reported(directory: Path, *args: str) -> list[tuple[str, int, str]]:
    result = cli("check", "--no-config", "--format", "json", *args, cwd=directory)
    assert result.exit_code in (0, 1), result.output
    return [(d["path"], d["line"], d["rule"]) for d in json_report(result)["diagnostics"]]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A directory with one article whose two problems are in the baseline."""
    write(tmp_path / "stories/council.md", ARTICLE)
    result = cli("baseline", "--no-config", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "Wrote 2 known problems in 1 file" in result.stderr
    return tmp_path


def test_the_baseline_file_is_sorted_pretty_json(desk: Path) -> None:
    text = (desk / ".copylint-baseline.json").read_text(encoding="utf-8")
    assert text.endswith("}\n") and text.startswith('{\n  "copylint-baseline": 1,\n')
    assert json.loads(text)["findings"] == [
        {
            "path": "stories/council.md",
            "rule": "repetition/doubled-word",
            "before": "met on",
            "text": "on",
            "after": "Tuesday.",
            "count": 1,
        },
        {
            "path": "stories/council.md",
            "rule": "whitespace/double-space",
            "before": "The mayor",
            "text": "  ",
            "after": "spoke first.",
            "count": 1,
        },
    ]


def test_writing_it_again_gives_the_same_bytes_and_leaves_no_temporary_file(desk: Path) -> None:
    first = (desk / ".copylint-baseline.json").read_bytes()
    assert cli("baseline", "--no-config", cwd=desk).exit_code == 0
    assert (desk / ".copylint-baseline.json").read_bytes() == first
    names = sorted(p.name for p in desk.iterdir() if p.name != ".copylint_cache")
    assert names == [".copylint-baseline.json", "stories"]


def test_known_problems_are_hidden_and_the_run_passes(desk: Path) -> None:
    result = cli("check", "--no-config", cwd=desk)
    assert result.exit_code == 0
    assert "No problems found" in result.stdout
    assert "2 known problems in the baseline" in result.stderr
    assert reported(desk, "--no-baseline") == [
        ("stories/council.md", 3, "repetition/doubled-word"),
        ("stories/council.md", 5, "whitespace/double-space"),
    ]


def test_entries_survive_edits_elsewhere_in_the_file(desk: Path) -> None:
    edited = ARTICLE.replace("# Council\n", "# Council\n\nA new lede paragraph.\n\nAnother.\n")
    edited = edited.replace("Residents asked questions.", "Residents asked many questions.")
    write(desk / "stories/council.md", edited)
    assert reported(desk) == []


def test_entries_survive_paragraphs_moving(desk: Path) -> None:
    moved = "# Council\n\nThe mayor  spoke first.\n\nThe council met on on Tuesday.\n"
    write(desk / "stories/council.md", moved)
    assert reported(desk) == []


def test_a_new_problem_is_reported_beside_the_known_ones(desk: Path) -> None:
    write(desk / "stories/council.md", ARTICLE + "\nThey voted voted.\n")
    assert reported(desk) == [("stories/council.md", 9, "repetition/doubled-word")]


def test_editing_the_words_around_a_known_problem_makes_it_new(desk: Path) -> None:
    write(desk / "stories/council.md", ARTICLE.replace("on on Tuesday", "on on Wednesday"))
    assert reported(desk) == [("stories/council.md", 3, "repetition/doubled-word")]


def test_identical_findings_are_counted(desk: Path) -> None:
    line = "The council met on on Tuesday.\n"
    write(desk / "stories/council.md", ARTICLE + "\n" + line)
    # Two identical findings, one of them baselined: exactly one is reported, the later one.
    assert reported(desk) == [("stories/council.md", 9, "repetition/doubled-word")]
    assert cli("baseline", "--no-config", cwd=desk).exit_code == 0
    entries = json.loads((desk / ".copylint-baseline.json").read_text())["findings"]
    assert [e["count"] for e in entries] == [2, 1]
    write(desk / "stories/council.md", ARTICLE + "\n" + line + "\n" + line)
    assert reported(desk) == [("stories/council.md", 11, "repetition/doubled-word")]


def test_a_file_moved_elsewhere_is_new(desk: Path) -> None:
    (desk / "stories/council.md").rename(desk / "council.md")
    assert len(reported(desk)) == 2


def test_baseline_option_chooses_the_file_for_writing_and_checking(tmp_path: Path) -> None:
    write(tmp_path / "desk/a.txt", "On on Monday.\n")
    assert cli("baseline", "--no-config", "--baseline", "known.json", cwd=tmp_path).exit_code == 0
    assert not (tmp_path / ".copylint-baseline.json").exists()
    assert reported(tmp_path, "--baseline", "known.json") == []
    assert reported(tmp_path) == [("desk/a.txt", 1, "repetition/doubled-word")]
    # Paths in it are relative to the baseline's own directory, wherever copylint runs.
    assert reported(tmp_path / "desk", "--baseline", "../known.json") == []


def test_baseline_key_in_config(tmp_path: Path) -> None:
    write(tmp_path / ".copylint.toml", 'baseline = "config/known.json"\n')
    write(tmp_path / "a.txt", "On on Monday.\n")
    (tmp_path / "config").mkdir()
    assert cli("baseline", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "config/known.json").is_file()
    assert cli("check", cwd=tmp_path).exit_code == 0
    # A configured baseline that is missing is an error, not a silent full report.
    (tmp_path / "config/known.json").unlink()
    result = cli("check", cwd=tmp_path)
    assert result.exit_code == 2
    assert "baseline not found" in result.stderr


def test_baseline_key_must_be_a_string(tmp_path: Path) -> None:
    write(tmp_path / ".copylint.toml", "baseline = 3\n")
    result = cli("check", cwd=tmp_path)
    assert result.exit_code == 2
    assert "'baseline' must be a string" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a copylint baseline"),
        ('{"copylint-baseline": 99, "findings": []}', "expected version 1"),
        ('{"copylint-baseline": 1, "findings": {}}', "'findings' must be a list"),
        ('{"copylint-baseline": 1, "findings": [{"path": "a"}]}', "finding 1 must have"),
        (
            '{"copylint-baseline": 1, "findings": [{"path": "a", "rule": "r", "before": "",'
            ' "text": "", "after": "", "count": 0}]}',
            "positive integer count",
        ),
    ],
)
def test_a_broken_baseline_is_one_line_and_exit_two(
    tmp_path: Path, content: str, message: str
) -> None:
    write(tmp_path / "a.txt", "Fine.\n")
    write(tmp_path / ".copylint-baseline.json", content)
    result = cli("check", "--no-config", cwd=tmp_path)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_explicit_baseline_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Fine.\n")
    result = cli("check", "--no-config", "--baseline", "nope.json", cwd=tmp_path)
    assert result.exit_code == 2
    assert "baseline not found" in result.stderr


def test_no_baseline_is_written_when_a_file_cannot_be_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "On on.\n")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe bad")
    result = cli("baseline", "--no-config", cwd=tmp_path)
    assert result.exit_code == 2
    assert "baseline not written" in result.stderr
    assert not (tmp_path / ".copylint-baseline.json").exists()


def test_every_format_reports_only_new_problems(desk: Path) -> None:
    write(desk / "stories/council.md", ARTICLE + "\nThey voted voted.\n")

    def output(fmt: str) -> str:
        result = cli("check", "--no-config", "--format", fmt, cwd=desk)
        assert result.exit_code == 1
        return result.stdout

    assert ":9:" in output("text") and "double-space" not in output("text")
    assert output("github").count("::error") == 1 and "double-space" not in output("github")
    sarif = json.loads(output("sarif"))["runs"][0]["results"]
    assert [r["ruleId"] for r in sarif] == ["repetition/doubled-word"]
    html = output("html")
    assert html.count("<li class='finding'") == 1 and "data-family='whitespace'" not in html
