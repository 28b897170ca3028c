"""The grammar rules' view of a document's words."""

from __future__ import annotations

import pytest

from copylint.checks.grammar.context import View
from copylint.formats.plain import parse_plain


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor’s office said it’s done. “We’re ready,” she said.",
        "No curly apostrophe here: O'Brien's dog didn't bark.",
        "’",  # a curly apostrophe and no word
        "",
    ],
)
def test_view_lowercases_each_word_and_straightens_apostrophes(text: str) -> None:
    doc = parse_plain("<t>", text)
    expected = [w.text.lower().replace("’", "'") for w in doc.words]
    assert View(doc).lower == expected
