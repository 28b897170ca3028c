"""Reading an annotated draft back, independently of copylint's reader: the comments and what
they are anchored on, and the text with every tracked change rejected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from tests.formats.drafts import W

_TEXT = (W + "t", W + "delText")


def _body(path: Path) -> Any:
    return docx.Document(str(path)).element.body


def comments(path: Path) -> list[tuple[str, str, str]]:
    """(author, comment text, anchored words) of every comment, in document order; the
    anchored words as the writer wrote them (tracked insertions left out)."""
    document = docx.Document(str(path))
    by_id = {c.comment_id: c for c in document.comments}
    found = []
    for start in document.element.body.iter(W + "commentRangeStart"):
        comment_id = int(start.get(W + "id"))
        words = []
        for element in start.itersiblings():
            if element.tag == W + "commentRangeEnd" and element.get(W + "id") == str(comment_id):
                break
            if element.tag != W + "ins":
                words.extend(t.text or "" for t in element.iter(*_TEXT))
        comment = by_id[comment_id]
        found.append((comment.author, comment.text, "".join(words)))
    return found


def rejected_text(path: Path) -> list[str]:
    """Each body paragraph's text with every tracked change rejected: insertions gone,
    deletions back."""
    lines = []
    for paragraph in _body(path).iter(W + "p"):
        pieces = []
        for element in paragraph.iter(*_TEXT, W + "tab"):
            inside_insert = any(a.tag == W + "ins" for a in element.iterancestors())
            if not inside_insert:
                pieces.append("\t" if element.tag == W + "tab" else element.text or "")
        lines.append("".join(pieces))
    return lines


def changes(path: Path) -> list[tuple[str, str, str]]:
    """(kind, author, text) of every tracked change."""
    found = []
    for element in _body(path).iter(W + "ins", W + "del"):
        text = "".join(t.text or "" for t in element.iter(*_TEXT))
        found.append((element.tag[len(W) :], element.get(W + "author"), text))
    return found
