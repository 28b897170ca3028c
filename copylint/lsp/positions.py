"""copylint positions (1-based lines, columns in code points) as LSP positions.

LSP counts a column in the *position encoding* the client and server agreed on at
initialization: UTF-16 code units unless the client offers UTF-8 or UTF-32. An emoji or any
other character outside the Basic Multilingual Plane is one code point but two UTF-16 units and
four UTF-8 bytes, so a column past it differs by encoding; getting this wrong underlines the
wrong letters in every line that holds one.
"""

from __future__ import annotations

import bisect

from lsprotocol import types

from copylint.model import Span

UTF8 = types.PositionEncodingKind.Utf8
UTF16 = types.PositionEncodingKind.Utf16
UTF32 = types.PositionEncodingKind.Utf32


def units(text: str, encoding: str) -> int:
    """The length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == UTF32:
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class LineTable:
    """The lines of one source text, split where copylint splits them (at ``\\n``)."""

    def __init__(self, source: str, encoding: str) -> None:
        self._lines = source.split("\n")
        self._starts = [0]
        for text in self._lines[:-1]:
            self._starts.append(self._starts[-1] + len(text) + 1)
        self.encoding = encoding

    def at_offset(self, offset: int) -> types.Position:
        """The LSP position of the code-point ``offset`` into the source."""
        line = bisect.bisect_right(self._starts, offset)
        return self.position(line, offset - self._starts[line - 1] + 1)

    def position(self, line: int, column: int) -> types.Position:
        """The LSP position of copylint's 1-based ``line`` and code-point ``column``."""
        text = self._lines[line - 1] if 0 < line <= len(self._lines) else ""
        return types.Position(line - 1, units(text[: column - 1], self.encoding))

    def range(self, span: Span) -> types.Range:
        return types.Range(
            self.position(span.line, span.column), self.position(span.end_line, span.end_column)
        )

    def line_text(self, line: int) -> str:
        """The text of 0-based ``line`` (empty past the end)."""
        return self._lines[line] if 0 <= line < len(self._lines) else ""

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def end(self) -> types.Position:
        """The position just past the last character."""
        return types.Position(len(self._lines) - 1, units(self._lines[-1], self.encoding))
