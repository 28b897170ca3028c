"""The command line: exit codes, selection, fixing, diffs, standard input, rules and explain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli, json_report, run_copylint

DOUBLED = "They met on on Tuesday.\n"
CLEAN = "They met on Tuesday.\n"
SPACED = "They met  on Tuesday.\n"  # a warning


def write(directory: Path, name: str, text: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


# -- exit status ----------------------------------------------------------------------------


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    result = cli("check", "--no-config", "a.txt", cwd=tmp_path)
    assert result.exit_code == 0
    assert "No problems found" in result.stdout


def test_error_exits_one(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", DOUBLED)
    assert cli("check", "--no-config", "a.txt", cwd=tmp_path).exit_code == 1


def test_fail_on_sets_the_failing_severity(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", SPACED)
    assert cli("check", "--no-config", "a.txt", cwd=tmp_path).exit_code == 1
    assert cli("check", "--no-config", "--fail-on", "error", "a.txt", cwd=tmp_path).exit_code == 0


def test_info_never_fails_by_default(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", SPACED)
    write(tmp_path, ".copylint.toml", '[rules."whitespace/double-space"]\nseverity = "info"\n')
    assert cli("check", "a.txt", cwd=tmp_path).exit_code == 0
    assert cli("check", "--fail-on", "info", "a.txt", cwd=tmp_path).exit_code == 1


def test_unknown_rule_on_the_command_line_exits_two_with_a_hint(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    result = run_copylint(
        "check", "--no-config", "--select", "repetition/doubled-wrd", "a.txt", cwd=tmp_path
    )
    assert result.returncode == 2
    assert b"did you mean 'repetition/doubled-word'" in result.stderr
    assert b"Traceback" not in result.stderr


def test_missing_path_exits_two(tmp_path: Path) -> None:
    result = run_copylint("check", "--no-config", "nope.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "copylint: error: nope.txt: no such file or directory"


# -- selection ------------------------------------------------------------------------------


def test_select_and_ignore_take_ids_and_families(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "They met on on Tuesday  at noon.\n")

    def rules(*args: str) -> set[str]:
        result = cli("check", "--no-config", "--format", "json", *args, "a.txt", cwd=tmp_path)
        return {d["rule"] for d in json_report(result)["diagnostics"]}

    assert rules() == {"repetition/doubled-word", "whitespace/double-space"}
    assert rules("--select", "repetition") == {"repetition/doubled-word"}
    assert rules("--ignore", "repetition/doubled-word") == {"whitespace/double-space"}
    assert rules("--select", "repetition,whitespace", "--ignore", "whitespace") == {
        "repetition/doubled-word"
    }


# -- directories ----------------------------------------------------------------------------


def test_directories_are_walked_for_articles_only(tmp_path: Path) -> None:
    write(tmp_path, "news/a.md", DOUBLED)
    write(tmp_path, "news/b.txt", DOUBLED)
    write(tmp_path, "news/c.markdown", DOUBLED)
    write(tmp_path, "news/notes.rst", DOUBLED)
    write(tmp_path, "news/.git/x.md", DOUBLED)
    write(tmp_path, "news/node_modules/y.md", DOUBLED)
    result = cli("check", "--no-config", "--format", "json", cwd=tmp_path)
    paths = [d["path"] for d in json_report(result)["diagnostics"]]
    assert paths == ["news/a.md", "news/b.txt", "news/c.markdown"]


def test_explicit_file_of_any_extension_is_linted_as_text(tmp_path: Path) -> None:
    write(tmp_path, "notes.rst", DOUBLED)
    assert cli("check", "--no-config", "notes.rst", cwd=tmp_path).exit_code == 1


def test_paths_are_reported_as_given(tmp_path: Path) -> None:
    write(tmp_path, "news/a.md", DOUBLED)
    result = cli("check", "--no-config", "--format", "json", "./news/../news", cwd=tmp_path)
    assert [d["path"] for d in json_report(result)["diagnostics"]] == ["news/a.md"]
    result = cli("check", "--no-config", "--format", "json", str(tmp_path / "news"))
    assert json_report(result)["diagnostics"][0]["path"] == str(tmp_path / "news" / "a.md")


# -- text output ----------------------------------------------------------------------------


def test_text_output_shows_location_line_caret_and_suggestion(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", DOUBLED)
    output = cli("check", "--no-config", "a.txt", cwd=tmp_path).stdout
    lines = output.splitlines()
    assert lines[0] == 'a.txt:1:13: error repetition/doubled-word Doubled word "on"'
    assert lines[1] == " 1 | They met on on Tuesday."
    assert lines[2] == "   |             ^^"
    assert lines[3] == "   = suggestion: on [fixable]"
    assert "Found 1 problem (1 error) in 1 file checked; 1 fixable with --fix." in output


def test_text_output_is_sorted_by_path_line_and_column(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", DOUBLED)
    write(tmp_path, "a.txt", "Fine.\n\nThe  council met on on Monday.\n")
    output = cli("check", "--no-config", "-q", ".", cwd=tmp_path).stdout.splitlines()
    assert [line.split(" ")[0] for line in output] == ["a.txt:3:4:", "a.txt:3:21:", "b.txt:1:13:"]


def test_no_color_is_honoured_and_pipes_get_no_color(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", DOUBLED)
    piped = run_copylint("check", "--no-config", "a.txt", cwd=tmp_path)
    assert b"\x1b[" not in piped.stdout
    forced = run_copylint(
        "check",
        "--no-config",
        "a.txt",
        cwd=tmp_path,
        env={"FORCE_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )
    assert b"\x1b[" in forced.stdout
    both = run_copylint(
        "check",
        "--no-config",
        "a.txt",
        cwd=tmp_path,
        env={"FORCE_COLOR": "1", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )
    assert b"\x1b[" not in both.stdout


def test_statistics_counts_per_rule(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "on on the the  x\n")
    result = cli("check", "--no-config", "--statistics", "a.txt", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "     2  repetition/doubled-word [fixable]",
        "     1  whitespace/double-space [fixable]",
    ]


def test_output_file_receives_the_report(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", DOUBLED)
    result = cli(
        "check", "--no-config", "--format", "json", "-o", "out.json", "a.txt", cwd=tmp_path
    )
    assert result.stdout == ""
    assert json.loads((tmp_path / "out.json").read_text())["summary"]["diagnostics"] == 1


# -- fixing ---------------------------------------------------------------------------------


def test_fix_rewrites_the_file_and_relinting_is_clean(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "They  met on on Tuesday.\n")
    result = cli("check", "--no-config", "--fix", "a.txt", cwd=tmp_path)
    assert result.exit_code == 0
    assert path.read_text() == CLEAN
    assert cli("check", "--no-config", "a.txt", cwd=tmp_path).exit_code == 0


def test_fix_keeps_crlf_line_endings(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "# Title\r\n\r\nThey met on on Tuesday.\r\nNext line.\r\n")
    cli("check", "--no-config", "--fix", "a.md", cwd=tmp_path)
    assert path.read_bytes() == b"# Title\r\n\r\nThey met on Tuesday.\r\nNext line.\r\n"


def test_fix_keeps_the_byte_order_mark_and_file_mode(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfThey met on on Tuesday.\n")
    path.chmod(0o640)
    cli("check", "--no-config", "--fix", "a.txt", cwd=tmp_path)
    assert path.read_bytes() == b"\xef\xbb\xbfThey met on Tuesday.\n"
    assert path.stat().st_mode & 0o777 == 0o640


def test_fix_never_writes_through_a_symlink(tmp_path: Path) -> None:
    target = write(tmp_path, "real.txt", DOUBLED)
    (tmp_path / "link.txt").symlink_to(target)
    result = cli("check", "--no-config", "--fix", "link.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert (tmp_path / "link.txt").is_symlink()
    assert target.read_text() == DOUBLED


def test_fix_leaves_markup_alone(tmp_path: Path) -> None:
    source = "They met on **on** Tuesday.\n"
    path = write(tmp_path, "a.md", source)
    result = cli("check", "--no-config", "--fix", "a.md", cwd=tmp_path)
    assert path.read_text() == source
    assert result.exit_code == 1


def test_diff_prints_fixes_and_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", DOUBLED)
    result = cli("check", "--no-config", "--diff", "a.txt", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "--- a/a.txt",
        "+++ b/a.txt",
        "@@ -1 +1 @@",
        "-They met on on Tuesday.",
        "+They met on Tuesday.",
    ]
    assert path.read_text() == DOUBLED


def test_diff_of_clean_file_is_empty_and_exits_zero(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    result = cli("check", "--no-config", "--diff", "a.txt", cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (0, "")


def test_fix_and_diff_together_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    assert cli("check", "--fix", "--diff", "a.txt", cwd=tmp_path).exit_code == 2


# -- standard input -------------------------------------------------------------------------


def test_stdin_is_linted_under_its_given_name(tmp_path: Path) -> None:
    result = cli(
        "check",
        "--no-config",
        "--format",
        "json",
        "-",
        "--stdin-filename",
        "story.md",
        input="Run `on on` now, on on Monday.",
        cwd=tmp_path,
    )
    diagnostics = json_report(result)["diagnostics"]
    assert [(d["path"], d["column"]) for d in diagnostics] == [("story.md", 21)]


def test_stdin_fix_writes_fixed_text_to_stdout_and_touches_no_file(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", DOUBLED)
    result = run_copylint(
        "check",
        "--no-config",
        "--fix",
        "-",
        "--stdin-filename",
        "story.txt",
        cwd=tmp_path,
        input=DOUBLED.encode(),
    )
    assert result.stdout.decode() == CLEAN
    assert path.read_text() == DOUBLED


# -- rules and explain ----------------------------------------------------------------------


def test_rules_lists_id_severity_and_summary() -> None:
    lines = cli("rules", "--no-config").stdout.splitlines()
    doubled = next(line for line in lines if line.startswith("repetition/doubled-word"))
    assert doubled.split()[1] == "error"
    assert "A word typed twice in a row" in doubled


def test_rules_json_lists_every_rule_once() -> None:
    rules = json.loads(cli("rules", "--no-config", "--format", "json").stdout)
    ids = [rule["id"] for rule in rules]
    assert len(ids) == len(set(ids)) and "whitespace/double-space" in ids


def test_explain_prints_the_rule_documentation() -> None:
    output = cli("explain", "--no-config", "repetition/doubled-word").stdout
    for heading in ("What it does", "Why", "Bad", "Good", "Fix safety"):
        assert f"\n{heading}\n" in output
    assert "Protests took place on on Nov. 5." in output


def test_explain_unknown_rule_suggests_the_closest() -> None:
    result = run_copylint("explain", "--no-config", "whitespace/doublespace")
    assert result.returncode == 2
    assert b"did you mean 'whitespace/double-space'" in result.stderr


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    from copylint import __version__

    assert cli(flag).stdout.strip() == f"copylint, version {__version__}"


# -- reading the command line -----------------------------------------------------------------


def test_paths_and_options_come_in_any_order(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", DOUBLED)
    write(tmp_path, "b.txt", DOUBLED)
    result = cli("check", "a.txt", "--no-config", "-q", "b.txt", "--format", "json", cwd=tmp_path)
    assert sorted(f["path"] for f in json_report(result)["diagnostics"]) == ["a.txt", "b.txt"]


def test_after_a_double_dash_everything_is_a_path(tmp_path: Path) -> None:
    write(tmp_path, "-q.txt", DOUBLED)
    result = cli("check", "--no-config", "--", "-q.txt", cwd=tmp_path)
    assert result.exit_code == 1 and "-q.txt:1:13:" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "--nope"), "unrecognized arguments: --nope (see 'copylint check --help')"),
        (("check", "--unsafe"), "unrecognized arguments: --unsafe"),  # no abbreviations
        (("check", "--jobs", "0"), "argument -j/--jobs: 0 is less than 1"),
        (("check", "--format", "xml"), "argument --format/--output-format: invalid choice"),
        (("chek",), "invalid choice: 'chek' (choose from 'check', "),
        (("names",), "the following arguments are required: COMMAND"),
        ((), "the following arguments are required: COMMAND (see 'copylint --help')"),
        (("explain", "a/b", "c/d"), "unrecognized arguments: c/d"),
    ],
)
def test_a_usage_mistake_is_one_line_and_exit_two(args: tuple[str, ...], message: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("copylint: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_help_lists_every_command_and_a_command_its_options() -> None:
    overview = cli("--help")
    assert overview.exit_code == 0
    for command in ("check", "baseline", "review", "lsp", "rules", "explain", "names"):
        assert f"\n    {command} " in overview.stdout
    assert "--changed-since REF" in cli("check", "--help").stdout
