"""The configuration says which front matter fields are prose and which source text is not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from copylint.api import lint_paths
from copylint.config import Settings, load_settings
from copylint.errors import ConfigError
from copylint.formats import Markup, load_document
from tests.formats.convert import markdown_to_docx
from tests.helpers import lint


def test_front_matter_fields_replace_the_built_in_list() -> None:
    text = '---\ntitle: "Vote set"\nblurb: "Board will aprove it"\n---\n\nText.\n'
    assert lint(text, fmt="markdown") == []
    found = lint(text, fmt="markdown", front_matter={"caption": ("blurb",)})
    assert [(d.line, d.span.column, d.rule) for d in found] == [(3, 20, "spelling/misspelling")]


def test_ignore_patterns_and_blocks_are_not_prose() -> None:
    text = "The code XQ-aprove-7 ships.\n\n:::note\nThe the draft.\n:::\n\nThe end.\n"
    assert {d.rule for d in lint(text, fmt="markdown")} >= {"repetition/doubled-word"}
    found = lint(
        text,
        fmt="markdown",
        ignore_patterns=(r"XQ-\S+",),
        ignore_blocks=(r"^:::note$.*?^:::$",),
    )
    assert found == []


#: One token and one block a newsroom marks as not prose, and a slip in each.
IGNORES = {"ignore_patterns": (r"\[\[[^\]]*\]\]",), "ignore_blocks": (r"^:::note$.*?^:::$",)}


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("text", "The code [[the the]] ships.\n\n:::note\nThe the draft.\n:::\n\nThe end.\n"),
        (
            "html",
            "<html><body><article><p>The code [[the the]] ships.</p>\n:::note\n"
            "<p>The the draft.</p>\n:::\n<p>The end.</p></article></body></html>\n",
        ),
    ],
)
def test_ignore_patterns_work_in_every_format(fmt: str, text: str) -> None:
    rules = ["repetition"]
    assert len(lint(text, fmt=fmt, select=rules)) == 2
    assert lint(text, fmt=fmt, select=rules, **IGNORES) == []


def test_ignore_patterns_work_in_a_word_document(tmp_path: Path) -> None:
    path = markdown_to_docx(
        "The code [[the the]] ships.\n\n:::note\n\nThe the draft.\n\n:::\n\nThe end.\n",
        tmp_path / "story.docx",
    )
    config: dict[str, object] = {"select": ["repetition"]}
    assert len(lint_paths([path], config=config)) == 2
    config.update({"ignore-patterns": [r"\[\[[^\]]*\]\]"], "ignore-blocks": [r"^:::note$.*?^:::$"]})
    assert lint_paths([path], config=config) == []


def test_ignored_text_is_a_placeholder_that_joins_nothing() -> None:
    # "the [[x]] the": the ignored token still stands between the two words.
    text = "He said the [[x]] the plan was set. The the end.\n"
    found = lint(text, select=["repetition"], **IGNORES)
    assert [(d.line, d.span.column) for d in found] == [(1, 41)]
    settings = Settings(ignore_patterns=IGNORES["ignore_patterns"])
    doc = load_document("a.txt", text, markup=Markup.of(settings))
    assert doc.text.startswith("He said the \ufffc the plan")
    assert (doc.source_span(12, 13).start, doc.source_span(12, 13).end) == (12, 17)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('ignore-patterns = ["(unclosed"]', "invalid regular expression '(unclosed'"),
        ('ignore-blocks = ["x*"]', "matches empty text"),
        ('front-matter-fields = { body = ["x"] }', "'headline' and 'caption'"),
    ],
)
def test_bad_settings_fail_at_load_naming_the_file(tmp_path: Path, line: str, message: str) -> None:
    config = tmp_path / ".copylint.toml"
    config.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(config)


def test_a_match_in_a_file_without_prose_is_fine() -> None:
    # Regression: a match in a file whose prose is empty (only code) crashed the run.
    assert lint("```\n[[the the]]\n```\n", fmt="markdown", **IGNORES) == []
