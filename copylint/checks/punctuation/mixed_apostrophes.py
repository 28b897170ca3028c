"""punctuation/mixed-apostrophes: straight and curly apostrophes in one article."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from copylint.checks.punctuation import MixedMarks
from copylint.model import Severity
from copylint.rule import Example

if TYPE_CHECKING:
    from copylint.document import Document


class MixedApostrophes(MixedMarks):
    id = "punctuation/mixed-apostrophes"
    severity = Severity.INFO
    summary = "Straight and curly apostrophes or single quotes mixed in one article"
    what = (
        "Flags an article that uses both straight (') and curly (‘ ’) apostrophes or single "
        "quotation marks, once, at the first mark that differs from the style most of the "
        'article uses. The fix converts apostrophes between two letters ("Israel\'s"). Primes '
        "after a figure (5'11\") are left alone. In preview: contributors' editors curl "
        "apostrophes differently and most publishing systems normalize them, so on edited copy "
        "this is a production matter more than a copy-desk one."
    )
    why = (
        "In print a straight apostrophe next to curly ones looks like a typing error; one "
        "article should use one style."
    )
    references = (
        "Matthew Butterick, Practical Typography, straight and curly quotes: https://practicaltypography.com/straight-and-curly-quotes.html",
    )
    bad = (
        Example(
            "Israel’s army said it would respond. Blinken's aides declined. Gaza’s border closed.",
            fixed="Israel’s army said it would respond. Blinken’s aides declined. Gaza’s border "
            "closed.",
            flags=("'",),
        ),
    )
    good = (
        Example("Israel's army said it would respond. Blinken's aides declined."),
        Example("The 5'11\" guard said Israel’s army would respond."),
    )
    fix_safety = "Safe: only apostrophes between two letters change, to the article's style."
    reads_quotes = True
    preview = True
    marks = regex.compile(r"(?<!\p{N})['‘’]", regex.VERSION1)
    curly = "‘’"
    straight = "'"
    noun = "apostrophe or single quotation mark"

    def convert(self, doc: Document, offset: int, to_curly: bool) -> str | None:
        text = doc.text
        if text[offset - 1 : offset].isalpha() and text[offset + 1 : offset + 2].isalpha():
            return "’" if to_curly else "'"
        return None
