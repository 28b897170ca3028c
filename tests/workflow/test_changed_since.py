"""``check --changed-since REF`` reports only what a change added, checked with real git."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint.git import FileChanges, parse_diff
from copylint.model import Diagnostic, Severity, Span
from tests.helpers import cli, json_report
from tests.workflow.gitrepo import GIT_ENV, GitRepo

LEGACY = (
    "The council met on on Tuesday.\n"
    "The mayor  spoke first.\n"
    "Residents asked questions.\n"
    "The vote was delayed.\n"
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """A repository whose main branch holds one legacy article with two old problems."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    repo = GitRepo(tmp_path / "newsroom")
    repo.write("archive/council.txt", LEGACY)
    repo.commit("legacy copy")
    repo.git("checkout", "-q", "-b", "story")
    return repo


def found(repo: GitRepo, *args: str) -> list[tuple[str, int, str]]:
    result = cli("check", "--no-config", "--format", "json", *args, cwd=repo.root)
    assert result.exit_code in (0, 1), result.output
    return [(d["path"], d["line"], d["rule"]) for d in json_report(result)["diagnostics"]]


def checked_files(repo: GitRepo, *args: str) -> int:
    result = cli("check", "--no-config", "--format", "json", *args, cwd=repo.root)
    files: int = json_report(result)["summary"]["files"]
    return files


def test_unchanged_legacy_copy_is_not_even_linted(repo: GitRepo) -> None:
    assert len(found(repo)) == 2  # without the option, the legacy problems show
    assert found(repo, "--changed-since", "main") == []
    assert checked_files(repo, "--changed-since", "main") == 0


def test_a_changed_line_is_checked_and_the_untouched_lines_are_not(repo: GitRepo) -> None:
    repo.write("archive/council.txt", LEGACY.replace("was delayed", "was was delayed"))
    repo.commit("edit")
    assert found(repo, "--changed-since", "main") == [
        ("archive/council.txt", 4, "repetition/doubled-word")
    ]


def test_a_new_file_is_checked_in_full(repo: GitRepo) -> None:
    repo.write("stories/new.md", "# Budget\n\nThe budget  passed on on Monday.\n")
    repo.commit("new story")
    assert found(repo, "--changed-since", "main") == [
        ("stories/new.md", 3, "whitespace/double-space"),
        ("stories/new.md", 3, "repetition/doubled-word"),
    ]


def test_uncommitted_and_untracked_writing_counts(repo: GitRepo) -> None:
    repo.write("archive/council.txt", LEGACY + "They they left.\n")  # not committed
    repo.write("draft.txt", "A draft draft.\n")  # not even added
    repo.write("ignored.txt", "Ignored ignored.\n")
    repo.write(".gitignore", "ignored.txt\n")
    assert found(repo, "--changed-since", "main") == [
        ("archive/council.txt", 5, "repetition/doubled-word"),
        ("draft.txt", 1, "repetition/doubled-word"),
    ]


def test_a_renamed_article_brings_none_of_its_old_lines(repo: GitRepo) -> None:
    (repo.root / "archive/2024").mkdir()
    repo.git("mv", "archive/council.txt", "archive/2024/council meeting.txt")
    repo.commit("move")
    assert found(repo, "--changed-since", "main") == []
    path = repo.root / "archive/2024/council meeting.txt"
    path.write_text(LEGACY.replace("Residents asked", "Residents residents asked"))
    repo.commit("edit after the move")
    assert found(repo, "--changed-since", "main") == [
        ("archive/2024/council meeting.txt", 3, "repetition/doubled-word")
    ]


def test_deleted_lines_report_nothing_and_deleted_files_are_fine(repo: GitRepo) -> None:
    repo.write("archive/old.txt", "Gone gone.\n")
    repo.git("checkout", "-q", "main")
    repo.commit("another legacy file")
    repo.git("checkout", "-q", "story")
    repo.git("merge", "-q", "main")
    repo.write("archive/council.txt", LEGACY.replace("Residents asked questions.\n", ""))
    repo.git("rm", "-q", "archive/old.txt")
    repo.commit("cut a line, drop a file")
    assert found(repo, "--changed-since", "main") == []


def test_commits_that_landed_on_the_ref_meanwhile_do_not_count(repo: GitRepo) -> None:
    repo.write("stories/mine.txt", "My story story.\n")
    repo.commit("my story")
    repo.git("checkout", "-q", "main")
    repo.write("stories/theirs.txt", "Their story story.\n")
    repo.commit("someone else's story, merged first")
    repo.git("checkout", "-q", "story")
    assert found(repo, "--changed-since", "main") == [
        ("stories/mine.txt", 1, "repetition/doubled-word")
    ]


def test_crlf_lines_are_counted_as_git_counts_them(repo: GitRepo) -> None:
    crlf = LEGACY.replace("\n", "\r\n").encode()
    repo.write("wire/crlf.txt", crlf)
    repo.git("checkout", "-q", "main")
    repo.commit("a CRLF wire story")
    repo.git("checkout", "-q", "story")
    repo.git("merge", "-q", "main")
    repo.write("wire/crlf.txt", crlf.replace(b"Residents asked", b"Residents asked asked"))
    assert found(repo, "--changed-since", "main") == [
        ("wire/crlf.txt", 3, "repetition/doubled-word")
    ]


def test_paths_git_quotes_are_read_back(repo: GitRepo) -> None:
    names = ['stories/café "brief".txt', "stories/tab\there.txt", "stories/back\\slash.md"]
    for name in names:
        repo.write(name, "Hello.\n")
    repo.git("checkout", "-q", "main")
    repo.commit("odd names")
    repo.git("checkout", "-q", "story")
    repo.git("merge", "-q", "main")
    for name in names:
        repo.write(name, "Hello hello.\n")
    assert sorted(found(repo, "--changed-since", "main")) == sorted(
        (name, 1, "repetition/doubled-word") for name in names
    )


def test_paths_and_include_globs_still_choose_the_files(repo: GitRepo) -> None:
    repo.write("stories/a.txt", "One one.\n")
    repo.write("desk/b.txt", "Two two.\n")
    repo.write("stories/notes.py", "x = 'three three'\n")
    repo.commit("three files")
    assert found(repo, "--changed-since", "main", "stories") == [
        ("stories/a.txt", 1, "repetition/doubled-word")
    ]


def test_from_a_subdirectory_paths_are_relative_to_it(repo: GitRepo) -> None:
    repo.write("archive/council.txt", LEGACY + "Late late news.\n")
    result = cli("check", "--no-config", "-q", "--changed-since", "main", cwd=repo.root / "archive")
    assert result.stdout.splitlines() == [
        'council.txt:5:6: error repetition/doubled-word Doubled word "late"'
    ]


def test_baseline_and_changed_since_combine(repo: GitRepo) -> None:
    edited = LEGACY.replace("was delayed", "was was delayed")
    repo.write("archive/council.txt", edited)
    assert cli("baseline", "--no-config", cwd=repo.root).exit_code == 0
    repo.write("archive/council.txt", edited + "They voted voted.\n")
    # Line 4 changed but its problem is in the baseline; line 5 is new; lines 1-2 are legacy.
    assert found(repo, "--changed-since", "main") == [
        ("archive/council.txt", 5, "repetition/doubled-word")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--changed-since", "no-such-branch"), "'no-such-branch' is not a commit"),
        (("--changed-since=--help",), "is not a commit"),  # a value, never an option to git
        (("--changed-since", "main", "--fix"), "without --fix or --diff"),
        (("--changed-since", "main", "-"), "without --fix or --diff"),
        (("--changed-since", "main", "nope/"), "nope/: no such file or directory"),
    ],
)
def test_mistakes_are_one_line_and_exit_two(
    repo: GitRepo, args: tuple[str, ...], message: str
) -> None:
    result = cli("check", "--no-config", *args, cwd=repo.root)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_outside_a_repository_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "a.txt").write_text("On on.\n")
    result = cli("check", "--no-config", "--changed-since", "main", cwd=tmp_path)
    assert result.exit_code == 2
    assert "not a git repository" in result.stderr


def test_hunk_bodies_that_look_like_headers_are_skipped(repo: GitRepo) -> None:
    repo.write("a.txt", "first\n")
    repo.commit("a")
    repo.write("a.txt", "first\n++ b/evil.txt\n@@ -1 +9 @@\n")
    changes = parse_diff(
        repo.git("diff", "-U0", "--src-prefix=a/", "--dst-prefix=b/").stdout.encode()
    )
    assert list(changes) == ["a.txt"]
    assert changes["a.txt"].added == {2, 3}


def _diagnostic(line: int, end_line: int, end_column: int) -> Diagnostic:
    span = Span(0, 1, line, 1, end_line, end_column)
    return Diagnostic("a.txt", span, "x/y", Severity.ERROR, "m")


def test_a_finding_that_spans_a_deletion_is_new() -> None:
    changes = FileChanges(added={10}, seams={4})  # lines were deleted between 4 and 5
    assert changes.touches(_diagnostic(10, 10, 5))
    assert changes.touches(_diagnostic(4, 5, 3))  # across the seam
    assert not changes.touches(_diagnostic(5, 5, 9))  # wholly after it: an old line
    assert not changes.touches(_diagnostic(3, 4, 1))  # ends where line 4 begins
    assert changes.touches(_diagnostic(9, 10, 1)) is False
