"""A line ends at "\n" and nowhere else: the offsets where lines start agree with that
definition for any text, whatever other breaks (\r, U+2028, form feeds) it holds."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from copylint.lines import line_starts, split_lines

_TEXTS = st.text(alphabet=st.sampled_from(list("ab \n\r\x0c\u2028é")), max_size=60) | st.text()


@given(_TEXTS)
def test_a_line_starts_at_the_text_s_start_and_after_every_line_feed(text: str) -> None:
    assert line_starts(text) == [0] + [m.end() for m in regex.finditer(r"\n", text)]


@given(_TEXTS)
def test_each_line_of_split_lines_begins_where_line_starts_says(text: str) -> None:
    for start, line in zip(line_starts(text), split_lines(text), strict=False):
        assert text.startswith(line, start)


def test_a_carriage_return_or_line_separator_does_not_start_a_line() -> None:
    assert line_starts("a\rb\u2028c\nd") == [0, 6]
