"""The one definition of a line, for positions, excerpts, suppressions and baselines.

A line ends at ``\\n`` (so ``\\r\\n`` ends one line too, its ``\\r`` belonging to no line's
text). A lone ``\\r``, a form feed, a vertical tab and U+2028/U+2029 do not end a line: git,
diff, GitHub's annotations and the JSON positions count lines this way, and
:meth:`str.splitlines` (which splits at all of them) must not be used on a source, or an
excerpt shows a different line than the one the diagnostic names.
"""

from __future__ import annotations

from itertools import accumulate


def line_starts(source: str) -> list[int]:
    """The offset where each line of ``source`` starts: 0, and one past every ``\\n``."""
    return list(accumulate((len(line) + 1 for line in source.split("\n")[:-1]), initial=0))


def split_lines(source: str) -> list[str]:
    """The lines of ``source`` without their line breaks (``\\r\\n`` or ``\\n``); line N of a
    diagnostic is ``split_lines(source)[N - 1]``."""
    lines = source.split("\n")
    if lines and lines[-1] == "" and len(lines) > 1:
        lines.pop()  # text after the last line break is a line only when there is some
    if "\r" not in source:
        return lines
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def lines_with_breaks(source: str) -> list[str]:
    """The lines of ``source`` with their line breaks, for diffs: ``"".join`` gives it back."""
    lines = [line + "\n" for line in source.split("\n")]
    lines[-1] = lines[-1][:-1]  # the text after the last break has none
    return lines if lines[-1] else lines[:-1]
