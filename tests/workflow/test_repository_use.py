"""copylint in a newspaper repository as people really use it (issue 18): never a silent pass,
the same answer from any working directory, fixes the person chooses, familiar options."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import cli

DOUBLED = "They met on on Tuesday.\n"
CLEAN = "They met on Tuesday.\n"
UNSAFE = '"We will win," the mayor stated.\n'  # attribution/verb: 'said', an unsafe fix


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def copylint(*args: str, cwd: Path, input: bytes | None = None) -> tuple[int, str, str]:
    """The command run in this process (fast): exit status, stdout and stderr."""
    result = cli(*args, cwd=cwd, input=input)
    return result.exit_code, result.stdout, result.stderr


# -- never pass silently ----------------------------------------------------------------------


def test_zero_files_checked_is_an_error_naming_paths_and_globs(tmp_path: Path) -> None:
    write(tmp_path / "inbox" / "story.rtf", "{\\rtf1 They met.}")
    code, _, err = copylint("check", "--no-config", "inbox", cwd=tmp_path)
    assert code == 2
    assert err == (
        "copylint: error: no files to check in inbox (include globs: *.md, *.markdown, *.txt, "
        "*.docx, *.html, *.htm); pass --allow-empty if that is expected\n"
    )
    code, _out, err = copylint("check", "--no-config", "--allow-empty", "inbox", cwd=tmp_path)
    assert code == 0, err


def test_files_named_one_by_one_and_all_excluded_are_not_an_error(tmp_path: Path) -> None:
    # pre-commit passes the staged files; an excluded archive must not block the commit
    write(tmp_path / ".copylint.toml", 'exclude = ["archive/**"]\n')
    write(tmp_path / "archive" / "old.md", DOUBLED)
    code, _, err = copylint("check", "archive/old.md", cwd=tmp_path)
    assert (code, err) == (0, "copylint: every file given is excluded by its configuration\n")
    assert copylint("check", "archive", cwd=tmp_path)[0] == 2  # a directory with nothing in it


def test_an_unreadable_file_is_counted_in_the_summary(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", CLEAN)
    write(tmp_path / "photo.txt", b"\x89PNG\x00\x00\x00")
    code, out, _err = copylint("check", "--no-config", ".", cwd=tmp_path)
    assert code == 2
    assert out.strip() == "No problems found (1 file checked, 1 could not be read)."


def test_windows_1252_text_gets_a_probable_encoding_and_a_conversion(tmp_path: Path) -> None:
    write(tmp_path / "word.txt", "\u201cWe won,\u201d she said.\n".encode("cp1252"))
    code, _, err = copylint("check", "--no-config", "word.txt", cwd=tmp_path)
    assert code == 2
    assert err == (
        "copylint: error: word.txt: not valid UTF-8 (byte 0, line 1); it looks like "
        'Windows-1252 (curly quotes from Word\'s "Save as Text"): convert it with '
        "'iconv -f WINDOWS-1252 -t UTF-8 word.txt > converted.txt' or save it again choosing "
        "UTF-8\n"
    )


def test_an_opendocument_file_is_not_supported_yet_rather_than_binary(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "story.odt", "w") as document:
        document.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        document.writestr("content.xml", "<office:document-content/>")
    code, _, err = copylint("check", "--no-config", "story.odt", cwd=tmp_path)
    assert code == 2
    assert err == (
        "copylint: error: story.odt: OpenDocument text files (.odt) are not supported yet; save it "
        "as Markdown or plain text (UTF-8)\n"
    )


# -- the same answer from anywhere ------------------------------------------------------------


def test_config_is_found_from_the_files_own_directory(tmp_path: Path) -> None:
    paper = tmp_path / "paper"
    write(paper / ".copylint.toml", 'ignore = ["repetition"]\n')
    story = write(paper / "stories" / "x.md", DOUBLED)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code, _out, err = copylint("check", str(story), cwd=elsewhere)
    assert (code, err) == (0, "")
    assert list(elsewhere.iterdir()) == []  # no cache folder where copylint was started
    assert (paper / ".copylint_cache").is_dir()


def test_each_config_applies_to_its_own_files(tmp_path: Path) -> None:
    write(tmp_path / "sports" / ".copylint.toml", 'ignore = ["repetition"]\n')
    write(tmp_path / "sports" / "game.md", DOUBLED)
    write(tmp_path / "metro" / ".copylint.toml", 'select = ["repetition"]\n')
    write(tmp_path / "metro" / "council.md", DOUBLED)
    code, out, _ = copylint("check", "--format", "json", "sports", "metro", cwd=tmp_path)
    assert code == 1
    assert [d["path"] for d in json.loads(out)["diagnostics"]] == ["metro/council.md"]


def test_gitignore_and_ignore_are_honoured_when_walking(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "drafts/\n*.tmp.md\n")
    write(tmp_path / "desk" / ".ignore", "wire-*.md\n!wire-keep.md\n")
    write(tmp_path / "desk" / "story.md", DOUBLED)
    write(tmp_path / "desk" / "wire-1.md", DOUBLED)
    write(tmp_path / "desk" / "wire-keep.md", DOUBLED)
    write(tmp_path / "desk" / "note.tmp.md", DOUBLED)
    write(tmp_path / "drafts" / "old.md", DOUBLED)
    code, out, _ = copylint("check", "--no-config", "--format", "json", ".", cwd=tmp_path)
    assert sorted({d["path"] for d in json.loads(out)["diagnostics"]}) == [
        "desk/story.md",
        "desk/wire-keep.md",
    ]
    code, out, _ = copylint(
        "check", "--no-config", "--no-respect-gitignore", "--format", "json", ".", cwd=tmp_path
    )
    assert len({d["path"] for d in json.loads(out)["diagnostics"]}) == 5
    # a file named on the command line is checked whatever the ignore files say
    code, out, _ = copylint("check", "--no-config", "drafts/old.md", cwd=tmp_path)
    assert code == 1


def test_config_and_word_files_are_never_linted_as_articles(tmp_path: Path) -> None:
    write(tmp_path / ".copylint.toml", 'word-files = ["house-words.txt"]\n')
    write(tmp_path / "house-words.txt", "Zorblatt\nQuixby\n")
    write(tmp_path / "story.md", "Zorblatt met Quixby on Tuesday.\n")
    code, out, _ = copylint("check", ".", cwd=tmp_path)
    assert code == 0
    assert out.strip() == "No problems found (1 file checked)."


def test_stdin_filename_alone_reads_standard_input(tmp_path: Path) -> None:
    write(tmp_path / "other.md", DOUBLED)  # must not be checked
    code, out, _ = copylint(
        "check", "--no-config", "--stdin-filename", "desk/new.md", "--format", "json",
        cwd=tmp_path, input=b"The the vote passed.\n",
    )  # fmt: skip
    assert code == 1
    assert [d["path"] for d in json.loads(out)["diagnostics"]] == ["desk/new.md"]
    code, _, err = copylint("check", "--stdin-filename", "a.md", "other.md", cwd=tmp_path)
    assert code == 2
    assert "--stdin-filename reads standard input" in err


# -- fixes a person chooses ---------------------------------------------------------------------


def test_unsafe_fixes_only_on_request(tmp_path: Path) -> None:
    story = write(tmp_path / "a.txt", UNSAFE)
    copylint("check", "--no-config", "--fix", "a.txt", cwd=tmp_path)
    assert story.read_text() == UNSAFE
    err = copylint("check", "--no-config", "a.txt", cwd=tmp_path)[2]
    assert "(1 more fix available with --fix --unsafe-fixes; review them first.)" in err
    _, _, err = copylint(
        "check", "--no-config", "--fix", "--unsafe-fixes", "--show-fixes", "a.txt", cwd=tmp_path
    )
    assert story.read_text() == '"We will win," the mayor said.\n'
    assert err == "Fixed 1 problem.\na.txt:\n    1 × attribution/verb\n"


def test_fixing_standard_input_says_how_many_were_fixed(tmp_path: Path) -> None:
    _code, out, err = copylint(
        "check", "--no-config", "--fix", "-", cwd=tmp_path, input=DOUBLED.encode()
    )
    assert out == CLEAN
    assert "Fixed 1 problem." in err.splitlines()


# -- conventions from ruff, Vale and cspell -----------------------------------------------------


def test_output_format_exit_zero_fail_on_none(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", DOUBLED)
    code, out, _ = copylint(
        "check", "--no-config", "--output-format", "json", "a.txt", cwd=tmp_path
    )
    assert code == 1 and json.loads(out)["summary"]["errors"] == 1
    assert copylint("check", "--no-config", "--exit-zero", "a.txt", cwd=tmp_path)[0] == 0
    assert copylint("check", "--no-config", "--fail-on", "none", "a.txt", cwd=tmp_path)[0] == 0


def test_extend_select_adds_to_the_configured_selection(tmp_path: Path) -> None:
    write(tmp_path / ".copylint.toml", 'select = ["whitespace"]\n')
    write(tmp_path / "a.txt", "They met  on on Tuesday.\n")
    _, out, _ = copylint("check", "--format", "json", "a.txt", cwd=tmp_path)
    assert {d["rule"] for d in json.loads(out)["diagnostics"]} == {"whitespace/double-space"}
    _, out, _ = copylint(
        "check", "--extend-select", "repetition", "--format", "json", "a.txt", cwd=tmp_path
    )
    assert {d["rule"] for d in json.loads(out)["diagnostics"]} == {
        "whitespace/double-space",
        "repetition/doubled-word",
    }


def test_min_severity_hides_but_fail_on_decides(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "They met  on Tuesday.\n")  # a warning only
    code, out, _ = copylint(
        "check", "--no-config", "--min-severity", "error", "--format", "json", "a.txt",
        cwd=tmp_path,
    )  # fmt: skip
    assert json.loads(out)["diagnostics"] == []
    assert code == 1  # the warning still fails the run (fail-on: warning)


def test_statistics_and_diff_with_another_format_are_rejected(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", DOUBLED)
    code, _, err = copylint(
        "check", "--no-config", "--statistics", "--format", "json", "a.txt", cwd=tmp_path
    )
    assert (code, err) == (
        2,
        "copylint: error: --statistics prints text; it cannot be combined with --format json\n",
    )
    code, _, err = copylint(
        "check", "--no-config", "--diff", "--format", "sarif", ".", cwd=tmp_path
    )
    assert code == 2 and "--diff prints text" in err


def test_a_bad_select_on_the_command_line_is_a_command_line_error(tmp_path: Path) -> None:
    write(tmp_path / ".copylint.toml", 'fail-on = "error"\n')
    write(tmp_path / "a.txt", CLEAN)
    code, _, err = copylint("check", "--select", "spellng", "a.txt", cwd=tmp_path)
    assert (code, err) == (
        2,
        "copylint: error: unknown rule or family 'spellng' (did you mean 'spelling'?)\n",
    )


def test_pasted_tool_table_in_copylint_toml_gets_the_fixing_hint(tmp_path: Path) -> None:
    write(tmp_path / ".copylint.toml", '[tool.copylint]\nfail-on = "error"\n')
    write(tmp_path / "a.txt", CLEAN)
    code, _, err = copylint("check", "a.txt", cwd=tmp_path)
    assert code == 2
    assert "in .copylint.toml write its keys at the top level" in err


def test_top_level_key_after_a_rule_table_gets_the_fixing_hint(tmp_path: Path) -> None:
    write(
        tmp_path / ".copylint.toml",
        '[rules."whitespace/double-space"]\nseverity = "info"\nfail-on = "error"\n',
    )
    write(tmp_path / "a.txt", CLEAN)
    code, _, err = copylint("check", "a.txt", cwd=tmp_path)
    assert code == 2
    assert "'fail-on' is a top-level key" in err
    assert "move it above the first table" in err


# -- correctness under the hood ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "option", "data", "before", "after", "story"),
    [
        (
            "names/canonical-name", "files", "house-names.toml", "[names]\n",
            '[names]\n"Karine Jean-Pierre" = ["Karen Jean-Pierre"]\n',
            "Karen Jean-Pierre spoke.\n",
        ),
        (
            "attribution/outlet-name", "outlet-files", "outlets.toml", "",
            '[[outlet]]\nname = "The Mercury News"\nkind = "newspaper"\nwrong = ["Merc"]\n',
            "The Merc reported it.\n",
        ),
    ],
)  # fmt: skip
def test_cache_is_not_stale_after_a_data_file_changes(
    tmp_path: Path, rule: str, option: str, data: str, before: str, after: str, story: str
) -> None:
    write(tmp_path / data, before)
    write(tmp_path / ".copylint.toml", f'[rules."{rule}"]\n{option} = ["{data}"]\n')
    write(tmp_path / "story.txt", story)
    args = ("check", "-q", "--select", rule, "story.txt")
    assert copylint(*args, cwd=tmp_path)[0] == 0  # now cached as clean
    write(tmp_path / data, after)
    assert copylint(*args, cwd=tmp_path)[0] == 1, "a stale cached result was served"


def test_a_rule_reading_data_through_its_context_is_keyed_on_the_content(tmp_path: Path) -> None:
    from copylint.config import Settings
    from copylint.rule import RuleContext

    context = RuleContext({}, Settings(root=tmp_path))
    write(tmp_path / "list.txt", "alpha\n")
    assert context.read_data("list.txt") == "alpha\n"
    assert context.data_files == [tmp_path / "list.txt"]


def test_rules_and_explain_take_a_family(tmp_path: Path) -> None:
    code, out, _ = copylint("rules", "--no-config", "repetition", cwd=tmp_path)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [
        "repetition/doubled-word",
        "repetition/tripled-word",
    ]
    code, out, _ = copylint("explain", "--no-config", "whitespace", cwd=tmp_path)
    assert code == 0
    assert {"whitespace/double-space", "whitespace/tab"} <= {
        line.split()[0] for line in out.splitlines() if line.startswith("whitespace/")
    }


def test_one_definition_of_a_line_in_positions_excerpts_and_diffs(tmp_path: Path) -> None:
    # form feed, lone CR and U+2028 do not end a line; CRLF and LF do
    source = "Page one.\f Still line one.\rAnd\u2028this.\r\nThey met on on Tuesday.\n"
    write(tmp_path / "a.txt", source.encode("utf-8"))
    _, out, _ = copylint("check", "--no-config", "--format", "json", "a.txt", cwd=tmp_path)
    (diagnostic,) = json.loads(out)["diagnostics"]
    assert (diagnostic["line"], diagnostic["column"]) == (2, 13)
    _, out, _ = copylint("check", "--no-config", "a.txt", cwd=tmp_path)
    assert out.splitlines()[:3] == [
        'a.txt:2:13: error repetition/doubled-word Doubled word "on"',
        " 2 | They met on on Tuesday.",
        "   |             ^^",
    ]
    _, out, _ = copylint("check", "--no-config", "--diff", "a.txt", cwd=tmp_path)
    assert "@@ -1,2 +1,2 @@" in out  # two lines, as git counts them


def test_split_lines_is_the_inverse_of_positions() -> None:
    from copylint.document import LineIndex
    from copylint.lines import lines_with_breaks, split_lines

    for text in ["", "a", "a\n", "a\r\nb", "a\rb\fc\u2028d\n\ne", "\n\n"]:
        assert "".join(lines_with_breaks(text)) == text
        index = LineIndex(text)
        lines = split_lines(text)
        for offset in range(len(text)):
            line, column = index.position(offset)
            if text[offset] not in "\r\n":
                assert lines[line - 1][column - 1] == text[offset]


def test_a_baseline_follows_a_file_renamed_with_git_mv(tmp_path: Path) -> None:
    import subprocess

    from tests.workflow.gitrepo import GitRepo

    repo = GitRepo(tmp_path / "paper")
    repo.write(".copylint.toml", 'select = ["repetition"]\n')
    repo.write("stories/legacy.md", "# Old\n\nThe the council met.\n")
    repo.commit("legacy copy")
    env = repo.env

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "copylint", *args],
            cwd=repo.root, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    assert run("baseline", ".").returncode == 0
    repo.commit("baseline")
    repo.git("mv", "stories/legacy.md", "stories/2019-legacy.md")
    repo.write("stories/2019-legacy.md", "# Old\n\nIntro.\n\nThe the council met.\n")
    result = run("check", ".")
    assert result.returncode == 0, result.stdout
    assert "1 known problem in the baseline" in result.stderr
    repo.write("stories/2019-legacy.md", "# Old\n\nThe the council met.\n\nA a new one.\n")
    result = run("check", "--format", "json", ".")
    assert [(d["path"], d["line"]) for d in json.loads(result.stdout)["diagnostics"]] == [
        ("stories/2019-legacy.md", 5)
    ]


def test_spelling_severity_follows_confidence(tmp_path: Path) -> None:
    # Code-switching copy: a word nothing corrects is a warning, a confident slip an error.
    write(tmp_path / "a.txt", "The zorblatt told the goverment no.\n")
    _, out, _ = copylint(
        "check", "--no-config", "--select", "spelling/misspelling", "--format", "json", "a.txt",
        cwd=tmp_path,
    )  # fmt: skip
    found = {d["message"].split('"')[1]: d["severity"] for d in json.loads(out)["diagnostics"]}
    assert found == {"zorblatt": "warning", "goverment": "error"}
    code, _, _ = copylint(
        "check", "--no-config", "--fail-on", "error", "--select", "spelling", "a.txt", cwd=tmp_path
    )
    assert code == 1
    write(tmp_path / "b.txt", "The zorblatt told the council no.\n")
    code, _, _ = copylint(
        "check", "--no-config", "--fail-on", "error", "--select", "spelling", "b.txt", cwd=tmp_path
    )
    assert code == 0
    write(
        tmp_path / ".copylint.toml", '[rules."spelling/misspelling"]\nunknown-severity = "loud"\n'
    )
    code, _, err = copylint("check", "b.txt", cwd=tmp_path)
    assert code == 2 and "'unknown-severity'" in err and "must be error, warning or info" in err
