"""Issue 17: on request, a copylint-disable comment that suppressed nothing is reported
(directive/unused, as ruff's RUF100), with a fix only where deleting it is certainly safe."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, fix, lint

RULE = "directive/unused"
REPORT = {"report_unused_directives": True}


def _unused(text: str, fmt: str = "markdown", **values: object) -> list[tuple[int, str]]:
    found = lint(text, fmt=fmt, **{**REPORT, **values})
    return [(d.line, d.message) for d in found if d.rule == RULE]


def test_off_unless_asked_for() -> None:
    text = "<!-- copylint-disable-next-line repetition/doubled-word -->\nIt was the end.\n"
    assert [d.rule for d in lint(text, fmt="markdown")] == []
    assert _unused(text) == [
        (1, "Unused suppression: no finding of 'repetition/doubled-word' was switched off")
    ]


def test_a_comment_that_suppresses_a_finding_is_used() -> None:
    text = (
        "<!-- copylint-disable-next-line repetition/doubled-word -->\nIt was the the end.\n\n"
        "<!-- copylint-disable repetition -->\nIt was the the start.\n<!-- copylint-enable -->\n"
    )
    assert _unused(text) == []


def test_only_the_selectors_that_suppressed_nothing_are_named() -> None:
    text = (
        "<!-- copylint-disable-next-line repetition/doubled-word whitespace/trailing-space -->\n"
        "It was the the end.\n"
    )
    assert _unused(text) == [
        (1, "Unused suppression: no finding of 'whitespace/trailing-space' was switched off")
    ]
    assert fix(text, fmt="markdown", **REPORT) == text  # the comment is still needed


def test_a_selector_whose_rules_did_not_run_is_not_judged() -> None:
    text = "<!-- copylint-disable names/title-case -->\nIt was the end.\n"
    assert _unused(text, select=["repetition"]) == []
    assert _unused(text, select=["names/title-case"]) != []


def test_the_report_runs_whatever_the_selection_unless_ignored() -> None:
    text = "<!-- copylint-disable-next-line repetition -->\nIt was the end.\n"
    assert len(_unused(text, select=["repetition"])) == 1
    assert _unused(text, select=["repetition"], ignore=("directive",)) == []


def test_a_comment_alone_beside_a_blank_line_is_deleted_by_the_safe_fix() -> None:
    text = "First paragraph.\n\n<!-- copylint-disable-next-line repetition -->\nIt was the end.\r\n"
    assert fix(text, fmt="markdown", **REPORT) == "First paragraph.\n\nIt was the end.\r\n"


def test_no_fix_where_deleting_the_line_would_join_two_paragraphs() -> None:
    text = "It was the end.\n<!-- copylint-disable repetition -->\nIt was the start.\n"
    (diagnostic,) = [d for d in lint(text, fmt="markdown", **REPORT) if d.rule == RULE]
    assert diagnostic.fix is None


def test_no_fix_for_a_comment_sharing_its_line_with_text() -> None:
    text = "It was the end. <!-- copylint-disable-next-line repetition -->\n\nIt was.\n"
    (diagnostic,) = [d for d in lint(text, fmt="markdown", **REPORT) if d.rule == RULE]
    assert diagnostic.fix is None


def test_a_comment_for_every_rule_has_no_fix_when_some_rules_did_not_run() -> None:
    text = "<!-- copylint-disable -->\nIt was the end.\n"
    (diagnostic,) = [d for d in lint(text, fmt="markdown", **REPORT) if d.rule == RULE]
    assert diagnostic.message.endswith("(of the rules that ran)")
    assert diagnostic.fix is None


def test_unknown_rule_ids_are_left_to_directive_unknown() -> None:
    text = "<!-- copylint-disable repetition/doubled-wrd -->\nIt was the end.\n"
    assert [d.rule for d in lint(text, fmt="markdown", **REPORT)] == ["directive/unknown"]


def test_plain_text_and_html_comments_are_reported_too() -> None:
    text = "<!-- copylint-disable-next-line repetition -->\nIt was the end.\n"
    assert len(_unused(text, fmt="text")) == 1
    html = "<p>It was the end.</p>\n<!-- copylint-disable repetition -->\n<p>Again.</p>\n"
    assert len(_unused(html, fmt="html")) == 1


def test_the_command_line_flag_and_the_config_key(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("<!-- copylint-disable-next-line repetition -->\nIt was the end.\n")
    assert "directive/unused" not in cli("check", str(article), cwd=tmp_path).output
    flagged = cli("check", "--report-unused-directives", str(article), cwd=tmp_path)
    assert "directive/unused" in flagged.output
    (tmp_path / ".copylint.toml").write_text("report-unused-directives = true\n")
    assert "directive/unused" in cli("check", str(article), cwd=tmp_path).output
    (tmp_path / ".copylint.toml").write_text('report-unused-directives = "yes"\n')
    bad = cli("check", str(article), cwd=tmp_path)
    assert bad.exit_code == 2
    assert "report-unused-directives" in bad.output


def test_the_rule_list_says_it_runs_only_on_request(tmp_path: Path) -> None:
    def listed() -> str:
        line = next(
            line for line in cli("rules", cwd=tmp_path).output.splitlines() if line.startswith(RULE)
        )
        return line

    assert listed().endswith("[off]")
    (tmp_path / ".copylint.toml").write_text("report-unused-directives = true\n")
    assert not listed().endswith("[off]")


def test_naming_the_rule_in_select_runs_it(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("<!-- copylint-disable-next-line repetition -->\nIt was the end.\n")
    selected = cli("check", "--select", f"repetition,{RULE}", str(article), cwd=tmp_path)
    assert RULE in selected.output
