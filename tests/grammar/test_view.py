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


def test_indices_answer_as_an_index_of_every_word_whenever_a_word_was_first_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The view indexes only the words asked about so far in the process; a word asked for
    the first time, in this document or an earlier one, must be found as a look at every
    word finds it, names masked."""
    from copylint.checks.grammar import context

    monkeypatch.setattr(context, "_ASKED", set())
    texts = [
        "The effect was clear. Then Will Smith said it's time to affect the vote, then left.",
        "Its effect was felt. Effect aside, then it's over; the effects linger, then fade.",
    ]
    asks = [("effect",), ("then", "than"), ("it's", "effect"), ("effects", "the", "nothing")]
    for text in texts:
        view = View(parse_plain("<t>", text))
        for forms in asks:
            expected = [
                i for i, lower in enumerate(view.lower) if lower in forms and view.at(i) == lower
            ]
            assert view.indices(*forms) == expected, forms
    assert {"effect", "then", "it's"} <= context._ASKED
    assert View(parse_plain("<t>", texts[0])).indices("then") == [4, 14]
