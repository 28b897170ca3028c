"""Text that cannot be turned against its reader: escapes for what copylint prints.

File names and article text come from whoever wrote them, and in CI that is whoever opened the
pull request. Printed raw, a newline in a file name starts a new line that a CI runner reads as
a command (GitHub's ``::error``, ``::add-mask::``), and an escape sequence in an article moves
the cursor, retitles the terminal or hides what follows. So every line copylint writes for a
person shows such characters as visible escapes (``\\n``, ``\\x1b``, ``\\u202e``) instead: control
characters, line and paragraph separators, the bidirectional overrides of "Trojan source", and
bytes of a file name that are not UTF-8 (carried as lone surrogates).

:func:`cells` is the width of printed text in terminal columns, which the caret under a flagged
word needs: combining marks and zero-width characters take none, wide (East Asian, emoji) two.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Format characters that reorder or hide text when shown (bidi embeddings, overrides, isolates).
_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _escape(char: str) -> str | None:
    """The visible escape for ``char``, or None when it prints as itself."""
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if code < 0x20 or 0x7F <= code < 0xA0:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code in (0x2028, 0x2029) or code in _BIDI or 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return None


def printable(text: str, *, keep_tabs: bool = False) -> str:
    """``text`` with every character that could act on a terminal or a CI log escaped."""
    if text.isprintable():
        # The common case, quickly: every character _escape rewrites is a control, format or
        # surrogate code point or a line or paragraph separator, and none of those is printable.
        return text
    out = []
    for char in text:
        escaped = None if keep_tabs and char == "\t" else _escape(char)
        out.append(char if escaped is None else escaped)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def char_cells(char: str) -> int:
    """Terminal columns ``char`` takes (after :func:`printable`)."""
    if char.isascii():
        return 1
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cells(text: str) -> int:
    """Terminal columns that printed ``text`` takes."""
    if text.isascii():
        return len(text)
    # An ASCII character takes one column: only the others are looked up (curly quotes and
    # dashes are all most news lines hold), found in C rather than by a loop over every one.
    return len(text) + sum(char_cells(char) - 1 for char in _NON_ASCII.findall(text))
