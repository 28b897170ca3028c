"""A rule's documentation shows the text each bad example flags, with invisible white space
made visible (copylint.docs)."""

from __future__ import annotations

from copylint.config import Settings
from copylint.docs import explain_markdown, explain_text
from copylint.registry import Registry

REGISTRY = Registry.load(Settings())


def test_explain_shows_what_each_bad_example_flags() -> None:
    text = explain_text(REGISTRY["repetition/doubled-word"].info)
    bad = text.split("\nBad\n", 1)[1].split("\nGood\n", 1)[0]
    assert '  - Protests took place on on Nov. 5.\n    flags: "on"\n    fixed: ' in bad


def test_flagged_white_space_is_escaped_so_it_shows() -> None:
    text = explain_text(REGISTRY["whitespace/double-space"].info)
    assert 'flags: "\\u00a0 "' in text
    assert 'flags: "\\t"' in explain_text(REGISTRY["whitespace/tab"].info)


def test_markdown_documentation_shows_the_flags_too() -> None:
    markdown = explain_markdown(REGISTRY["usage/redundancy"].info)
    assert 'Flags: `"past history"`' in markdown
