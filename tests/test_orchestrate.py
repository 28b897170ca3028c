"""One check, shared by the command line, the Python API and the language server
(copylint.orchestrate): inputs in order, each file with its own configuration, nothing printed."""

from __future__ import annotations

from pathlib import Path

import pytest

import copylint
from copylint.config import Settings
from copylint.errors import UsageError
from copylint.orchestrate import check_input, check_paths, require_existing
from copylint.project import Project
from tests.helpers import cli, json_report

DOUBLED = "They met on on Tuesday.\n"


def _section(root: Path, name: str, config: str) -> Path:
    directory = root / name
    directory.mkdir()
    (directory / ".copylint.toml").write_text(config)
    (directory / "story.txt").write_text(DOUBLED + "The  council met.\n")
    return directory


def test_each_file_is_checked_with_its_own_configuration(tmp_path: Path) -> None:
    _section(tmp_path, "news", 'select = ["repetition"]\n')
    _section(tmp_path, "sports", 'select = ["whitespace"]\n')
    run = check_paths(Project(cwd=tmp_path), [str(tmp_path)], cache=False)
    rules = {Path(o.result.path).parent.name: {d.rule for d in o.result.diagnostics}
             for o in run.outcomes}  # fmt: skip
    assert rules == {"news": {"repetition/doubled-word"}, "sports": {"whitespace/double-space"}}
    news = next(o.result.path for o in run.outcomes if "news" in o.result.path)
    assert run.settings_of(news).select == ("repetition",)


def test_standard_input_keeps_its_place_among_the_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOUBLED)
    run = check_paths(
        Project(cwd=tmp_path),
        ["-", str(tmp_path / "a.txt")],
        stdin_filename="draft.txt",
        read_stdin=lambda: b"The the council met.\n",
        cache=False,
    )
    assert [o.result.path for o in run.outcomes] == ["draft.txt", str(tmp_path / "a.txt")]
    assert run.outcomes[0].stdin and run.outcomes[0].stdin_data == b"The the council met.\n"
    assert [len(o.result.diagnostics) for o in run.outcomes] == [1, 1]


def test_an_editor_buffer_is_checked_under_the_configuration_of_its_name(tmp_path: Path) -> None:
    directory = _section(tmp_path, "sports", 'select = ["whitespace"]\n')
    outcome = check_input(
        Project(cwd=tmp_path), str(directory / "new.txt"), b"The  the the council.\n", fix=True
    )
    # only the section's whitespace rules ran: the double space is fixed, the words left alone
    assert outcome.fixed_text == "The the the council.\n" and outcome.fixes_applied == 1
    assert outcome.result.diagnostics == []


def test_nothing_to_check_is_a_usage_error_unless_allowed(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    project = Project(cwd=tmp_path)
    with pytest.raises(UsageError, match="no files to check"):
        check_paths(project, [str(tmp_path / "empty")])
    assert check_paths(project, [str(tmp_path / "empty")], allow_empty=True).outcomes == []


def test_a_missing_path_is_a_usage_error_for_the_command_line() -> None:
    with pytest.raises(UsageError, match=r"nowhere\.md: no such file or directory"):
        require_existing(["-", "nowhere.md"])


def test_the_api_and_the_command_line_find_the_same(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(DOUBLED)
    (tmp_path / "b.txt").write_text("The  council met.\n")
    settings = Settings(root=tmp_path)
    api = copylint.lint_paths([tmp_path], config=settings)
    report = json_report(cli("check", "--no-config", "--no-cache", "--format", "json",
                             str(tmp_path)))  # fmt: skip
    assert [(Path(d.path).name, d.rule, d.line, d.column) for d in api] == [
        (Path(d["path"]).name, d["rule"], d["line"], d["column"]) for d in report["diagnostics"]
    ]
