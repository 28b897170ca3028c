"""Configuration: discovery, every key, and errors that name the file and suggest a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint.config import Settings, find_config, load_settings
from copylint.errors import ConfigError
from copylint.model import Severity
from tests.helpers import cli, json_report, run_copylint

DOUBLED = "They met on on Tuesday  at noon.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_found(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d["rule"] for d in json_report(result)["diagnostics"]]


def test_no_config_means_defaults(tmp_path: Path) -> None:
    assert load_settings(cwd=tmp_path) == Settings(root=tmp_path.resolve())


def test_copylint_toml_is_found_walking_up(tmp_path: Path) -> None:
    config = write(tmp_path / ".copylint.toml", 'fail-on = "error"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert find_config(nested) == config
    assert load_settings(cwd=nested).fail_on is Severity.ERROR


def test_pyproject_needs_a_tool_copylint_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.other]\nx = 1\n")
    assert find_config(tmp_path) is None
    write(tmp_path / "pyproject.toml", '[tool.copylint]\nstyle = "none"\n')
    assert load_settings(cwd=tmp_path).style == "none"


def test_copylint_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.copylint]\nfail-on = "info"\n')
    write(tmp_path / ".copylint.toml", 'fail-on = "error"\n')
    assert load_settings(cwd=tmp_path).fail_on is Severity.ERROR


def test_every_key_is_read(tmp_path: Path) -> None:
    write(tmp_path / "words.txt", "# newsroom words\nSudani\nSafadi  # a minister\n")
    (tmp_path / "house").mkdir()
    write(
        tmp_path / ".copylint.toml",
        """
select = ["repetition"]
ignore = ["whitespace/double-space"]
fail-on = "info"
include = ["*.md"]
exclude = ["archive/**"]
style = "none"
rules-dirs = ["house"]
words = ["Akkum"]
word-files = ["words.txt"]
locale = "en-GB"
preview = true

[per-file-ignores]
"wire/**" = ["repetition"]

[rules."repetition/doubled-word"]
severity = "warning"
allow = ["go"]
""",
    )
    settings = load_settings(cwd=tmp_path)
    assert settings.select == ("repetition",)
    assert settings.ignore == ("whitespace/double-space",)
    assert settings.fail_on is Severity.INFO
    assert settings.include == ("*.md",) and settings.exclude == ("archive/**",)
    assert settings.style == "none" and settings.locale == "en-GB" and settings.preview
    assert settings.rules_dirs == ((tmp_path / "house").resolve(),)
    assert settings.words == {"Akkum", "Sudani", "Safadi"}
    assert settings.per_file_ignores == {"wire/**": ("repetition",)}
    assert settings.rule_options == {
        "repetition/doubled-word": {"severity": "warning", "allow": ["go"]}
    }


@pytest.mark.parametrize(
    ("config", "message"),
    [
        # broken values
        ('selct = ["x"]', "unknown key 'selct' (did you mean 'select'?)"),
        ("fail-on = 3", "'fail-on' must be a string"),
        ('fail-on = "fatal"', "unknown severity 'fatal'"),
        ("select = [1]", "'select' must be a list of strings"),
        ('word-files = ["missing.txt"]', "cannot read word list"),
        ("select = [", "invalid TOML"),
        # unknown rules, families, options and styles
        ('select = ["repetition/doubled-wrd"]', "did you mean 'repetition/doubled-word'"),
        (
            '[rules."whitespace/double-spaces"]\nseverity = "info"',
            "did you mean 'whitespace/double-space'",
        ),
        ('[rules."repetition/doubled-word"]\nalow = []', "did you mean 'allow'"),
        ('[rules."repetition/doubled-word"]\nallow = "go"', "must be a list of strings"),
        (
            '[rules."repetition/doubled-word"]\nallow = [1]',
            "option 'allow' of rule 'repetition/doubled-word' must be a list of strings "
            "(item 1 is 1)",
        ),
        ('[rules."attribution/outlet-name"]\noutlets = ["x"]', "must be a list of tables"),
        ('[rules."attribution/according-to-overuse"]\nmax = "3"', "must be an integer"),
        ('[rules."repetition/doubled-word"]\nseverity = "loud"', "unknown severity 'loud'"),
        ('[per-file-ignores]\n"x/*" = ["spelin"]', "unknown rule or family 'spelin'"),
        ('style = "chicago"', "unknown style 'chicago' (available: ap, none)"),
        ('rules-dirs = ["nowhere"]', "rules directory does not exist"),
    ],
)
def test_broken_config_is_one_line_naming_the_file(
    tmp_path: Path, config: str, message: str
) -> None:
    write(tmp_path / ".copylint.toml", config + "\n")
    write(tmp_path / "a.txt", DOUBLED)
    result = run_copylint("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1, stderr
    assert message in stderr
    assert any(name in stderr for name in (".copylint.toml", "missing.txt", "nowhere"))


def test_explicit_config_path_and_no_config(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", DOUBLED)
    write(tmp_path / ".copylint.toml", 'select = ["whitespace"]\n')
    write(tmp_path / "other.toml", 'select = ["repetition"]\n')
    assert rules_found(cli("check", "--format", "json", "a.txt", cwd=tmp_path)) == [
        "whitespace/double-space"
    ]
    assert rules_found(
        cli("check", "--format", "json", "--config", "other.toml", "a.txt", cwd=tmp_path)
    ) == ["repetition/doubled-word"]
    assert (
        len(rules_found(cli("check", "--format", "json", "--no-config", "a.txt", cwd=tmp_path)))
        == 2
    )


def test_missing_explicit_config_is_a_usage_error(tmp_path: Path) -> None:
    result = run_copylint("check", "--config", "nope.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == "copylint: error: nope.toml: config file not found\n"


def test_severity_override_changes_the_reported_severity(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", DOUBLED)
    write(tmp_path / ".copylint.toml", '[rules."repetition/doubled-word"]\nseverity = "info"\n')
    diagnostics = json_report(cli("check", "--format", "json", "a.txt", cwd=tmp_path))
    severities = {d["rule"]: d["severity"] for d in diagnostics["diagnostics"]}
    assert severities["repetition/doubled-word"] == "info"


def test_rule_options_reach_the_rule(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "They shouted go go.\n")
    assert rules_found(cli("check", "--format", "json", "a.txt", cwd=tmp_path)) == [
        "repetition/doubled-word"
    ]
    write(tmp_path / ".copylint.toml", '[rules."repetition/doubled-word"]\nallow = ["go"]\n')
    assert rules_found(cli("check", "--format", "json", "a.txt", cwd=tmp_path)) == []


def test_include_exclude_and_per_file_ignores(tmp_path: Path) -> None:
    for name in ("news/a.md", "news/b.txt", "archive/old.md", "wire/w.md"):
        write(tmp_path / name, DOUBLED)
    write(
        tmp_path / ".copylint.toml",
        """
include = ["*.md"]
exclude = ["archive/"]
[per-file-ignores]
"wire/**" = ["repetition"]
""",
    )
    found = json_report(cli("check", "--format", "json", cwd=tmp_path))["diagnostics"]
    assert sorted({(d["path"], d["rule"]) for d in found}) == [
        ("news/a.md", "repetition/doubled-word"),
        ("news/a.md", "whitespace/double-space"),
        ("wire/w.md", "whitespace/double-space"),
    ]


def test_config_error_inside_pyproject_names_it(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.copylint]\nignroe = ["x"]\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml: unknown key 'ignroe'"):
        load_settings(cwd=tmp_path)
