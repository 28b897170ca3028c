"""Front matter prose fields and image alt text are linted at their exact source positions."""

from __future__ import annotations

from tests.helpers import fix, lint

YAML = """---
title: "Board will aprove the the budget"
date: 2024-05-01
slug: board-budget
image:
  src: board.jpg
  alt: "Members of the board vote on the the budget"
description: Members expect a close vote
---

The board met Monday.
"""


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.span.column, d.rule) for d in lint(text, fmt="markdown")]


def test_yaml_title_and_nested_alt_are_linted_at_their_place() -> None:
    found = _found(YAML)
    assert (2, 20, "spelling/misspelling") in found
    assert (2, 31, "repetition/doubled-word") in found
    assert (7, 42, "repetition/doubled-word") in found
    assert all(line in (2, 7) for line, _, _ in found), found


def test_fields_that_are_not_prose_are_not_read() -> None:
    text = "---\nslug: aprove-the-the-budget\nlayout: postt\n---\n\nThe board met Monday.\n"
    assert lint(text, fmt="markdown") == []


def test_toml_front_matter_is_read_too() -> None:
    text = '+++\ntitle = "Board will aprove it"\ndraft = true\n+++\n\nThe board met Monday.\n'
    assert _found(text) == [(2, 21, "spelling/misspelling")]


def test_a_fix_in_front_matter_changes_only_the_value() -> None:
    fixed = fix(YAML, fmt="markdown", select=["repetition/doubled-word"])
    assert 'title: "Board will aprove the budget"' in fixed
    assert 'alt: "Members of the board vote on the budget"' in fixed
    assert "date: 2024-05-01" in fixed


def test_escaped_or_folded_values_are_left_out_rather_than_mapped_wrongly() -> None:
    text = '---\ntitle: "Board \\"will\\" aprove"\nsummary: >\n  aprove it\n---\n\nText.\n'
    assert lint(text, fmt="markdown") == []


def test_broken_front_matter_is_skipped_not_a_crash() -> None:
    text = "---\ntitle: [unclosed\n---\n\nThe board met Monday.\n"
    assert lint(text, fmt="markdown") == []


def test_markdown_image_alt_text_is_read() -> None:
    text = "The board met.\n\n![Members raeding the budget](board.jpg)\n"
    (diagnostic,) = lint(text, fmt="markdown")
    assert (diagnostic.line, diagnostic.span.column) == (3, 11)
    assert diagnostic.rule == "spelling/misspelling"


def test_alt_text_wrapped_over_lines_keeps_its_line_break() -> None:
    text = "![Council members, from left,\nthe mayor and the clerk](photo.jpg)\n"
    assert [d.rule for d in lint(text, fmt="markdown", select=["whitespace"])] == []
