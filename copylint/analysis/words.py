"""Every word of a document lowercased, once: what rules that compare or look up words read."""

from __future__ import annotations

from operator import itemgetter

from copylint.document import Document


def lowered(doc: Document) -> list[str]:
    """``doc.words`` lowercased, in order, shared by the rules that ask (``doc.shared``): one
    ``str.lower`` over the joined words, a C call, where a call per word cost each rule that
    read every word 10 ms per 100,000 words."""
    return doc.shared(_lowered)


def _lowered(doc: Document) -> list[str]:
    if not doc.words:
        return []
    return "\0".join(map(itemgetter(2), doc.words)).lower().split("\0")
