"""Why a file is not text copylint can read, and what to do about it.

The usual culprits in a newsroom: Word's "Save as Text" writes Windows-1252 (curly quotes and
dashes become bytes 0x91-0x97, which are not UTF-8), Notepad's "Unicode" is UTF-16, and a
``.docx`` handed over as it is. Each gets a one-line reason that says what the file probably is
and how to convert it. A document kind in :data:`NOT_YET` is reported as "not supported yet"
only until a format module of that name exists in :mod:`copylint.formats`.
"""

from __future__ import annotations

import importlib.util
from pathlib import PurePath

#: Document suffixes no format reads yet → (format module that would read them, what they are).
NOT_YET = {
    ".docx": ("docx", "Word documents (.docx)"),
    ".odt": ("odt", "OpenDocument text files (.odt)"),
    ".pdf": ("pdf", "PDF files"),
}

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: Bytes Windows-1252 uses for curly quotes, dashes and ellipses (invalid starts in UTF-8).
_CP1252_PUNCTUATION = frozenset(range(0x80, 0xA0))


def not_yet_supported(path: str) -> str | None:
    """ "not supported yet" for a document kind no format reads yet, else None."""
    known = NOT_YET.get(PurePath(path).suffix.lower())
    if known is None or importlib.util.find_spec(f"copylint.formats.{known[0]}") is not None:
        return None
    return f"{known[1]} are not supported yet; save it as Markdown or plain text (UTF-8)"


def not_text_reason(path: str, data: bytes) -> str:
    """Why data with NUL bytes is not read: a document kind, UTF-16 text, or binary."""
    unsupported = not_yet_supported(path)
    if unsupported is not None:
        return unsupported
    if data.startswith(_UTF16_BOMS):
        return (
            "UTF-16 text, not UTF-8; convert it with "
            f"'iconv -f UTF-16 -t UTF-8 {path} > converted.txt' or save it again as UTF-8"
        )
    return "binary file (contains NUL bytes), not text"


def encoding_hint(path: str, data: bytes) -> str:
    """What undecodable text probably is and how to convert it ("" when there is no guess)."""
    if any(byte in _CP1252_PUNCTUATION for byte in data):
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return ""
        return (
            '; it looks like Windows-1252 (curly quotes from Word\'s "Save as Text"): '
            f"convert it with 'iconv -f WINDOWS-1252 -t UTF-8 {path} > converted.txt' "
            "or save it again choosing UTF-8"
        )
    return (
        "; it looks like Latin-1 (ISO-8859-1): convert it with "
        f"'iconv -f ISO-8859-1 -t UTF-8 {path} > converted.txt'"
    )
