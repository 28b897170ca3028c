"""What copylint prints for a person cannot act on a terminal or a CI log, and the caret under
a flagged word lands under it: the quick paths of ``printable`` and ``cells`` give what the
character-by-character reading gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copylint.escape import _escape, cells, char_cells, printable

# Letters and quotes of news copy, beside everything that must be escaped or takes no column
# or two: controls, a lone surrogate, bidi overrides, separators, a combining mark, CJK, emoji.
_ALPHABET = st.sampled_from(
    [
        *"aZ 9.,'\"“”‘’—–…éñ\n\r\t\x1b\x7f\x85\u2028\u2029\u202e\u2066\u200b\u0301中😀",
        "\udc9f",
        "\ud800",
    ]
)
_TEXTS = st.text(alphabet=_ALPHABET, max_size=40) | st.text(max_size=40)


def _printable_by_character(text: str, keep_tabs: bool) -> str:
    return "".join(
        char if (keep_tabs and char == "\t") or _escape(char) is None else str(_escape(char))
        for char in text
    )


@given(_TEXTS, st.booleans())
def test_printable_escapes_exactly_what_each_character_would(text: str, keep_tabs: bool) -> None:
    assert printable(text, keep_tabs=keep_tabs) == _printable_by_character(text, keep_tabs)


@given(_TEXTS)
def test_cells_count_each_character_s_columns(text: str) -> None:
    assert cells(text) == sum(char_cells(char) for char in text)


def test_a_news_line_with_curly_quotes_prints_as_written() -> None:
    line = "“We will not,” she said — twice."
    assert printable(line) is line
    assert cells(line) == len(line)


def test_a_terminal_escape_or_a_bidi_override_is_shown_not_obeyed() -> None:
    assert printable("a\x1b[2Jb\u202ec") == "a\\x1b[2Jb\\u202ec"


def test_wide_and_combining_characters_take_two_columns_and_none() -> None:
    assert cells("中文") == 4
    assert cells("e\u0301") == 1
