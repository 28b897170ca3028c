"""The dateline that opens a news story: "SACRAMENTO, Calif. (AP) — ...".

A dateline is the city in capitals at the start of the story's first body paragraph, with an
optional state or country after a comma, an optional credit in parentheses, and a dash. Only
the first body paragraph is read: a capitalized phrase and a dash later in a story is prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from copylint.analysis.layout import article_regions

if TYPE_CHECKING:
    from copylint.document import Document

_DATELINE = regex.compile(
    r"(?P<city>\p{Lu}[\p{Lu}.'’\- ]*\p{Lu}\.?)"
    r"(?:,[ \t]*(?P<region>[^\s—–,()][^—–,()\n]*?))?"
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|--)(?=\s)"
)


@dataclass(frozen=True)
class Dateline:
    city: str
    city_start: int
    city_end: int
    region: str | None  # the state or country as written, if any
    region_start: int  # after the city, at the comma, when there is no region
    region_end: int


def find_dateline(doc: Document) -> Dateline | None:
    """The dateline of ``doc``, or None."""
    for block, region in zip(doc.blocks, article_regions(doc), strict=True):
        if region != "body":
            continue
        if block.kind != "paragraph":
            return None
        match = _DATELINE.match(doc.text, block.start, block.end)
        if match is None:
            return None
        if match.group("region") is None:
            end = match.end("city")
            return Dateline(match.group("city"), match.start("city"), end, None, end, end)
        return Dateline(
            match.group("city"),
            match.start("city"),
            match.end("city"),
            match.group("region"),
            match.start("region"),
            match.end("region"),
        )
    return None
