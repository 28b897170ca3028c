"""AP headline style: sentence case, no period, and the headline forms of numbers, quotation
marks and abbreviations. A headline is what :mod:`copylint.analysis.layout` says is one: the
article's title (front matter or top heading) and its plain-text first line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.layout import article_regions

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.prose import Block


def headlines(doc: Document) -> Iterator[Block]:
    """The article's headlines: headline blocks that are no section subhead (level 2 and
    deeper headings are subheads, which many houses set in other styles)."""
    for block, region in zip(doc.blocks, article_regions(doc), strict=True):
        if region == "headline" and not (block.kind == "heading" and block.depth > 1):
            yield block
