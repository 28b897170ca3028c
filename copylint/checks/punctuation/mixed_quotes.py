"""punctuation/mixed-quotes: straight and curly double quotation marks in one article."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from copylint.checks.punctuation import MixedMarks
from copylint.model import Severity
from copylint.rule import Example

if TYPE_CHECKING:
    from copylint.document import Document


class MixedQuotes(MixedMarks):
    id = "punctuation/mixed-quotes"
    severity = Severity.WARNING
    summary = "Straight and curly quotation marks mixed in one article"
    what = (
        'Flags an article that uses both straight (") and curly (“ ”) double quotation marks, '
        "once, at the first mark that differs from the style most of the article uses, and "
        "says how many there are. The fix converts the opening and closing marks of each "
        "quotation. Inch marks after a figure (6'2\") are left alone."
    )
    why = (
        "A story pasted together from several sources often mixes the two styles, and in print "
        "the straight marks look like typing errors next to the curly ones. A production system "
        "sets one style throughout; the copy should not mix them."
    )
    references = (
        "Matthew Butterick, Practical Typography, straight and curly quotes: https://practicaltypography.com/straight-and-curly-quotes.html",
    )
    bad = (
        Example(
            '“We came to listen,” Blinken said. "We will return." “Soon,” he added.',
            flags=('"',),
        ),
    )
    good = (
        Example('"We came to listen," Blinken said. "We will return."'),
        Example("“We came to listen,” Blinken’s aide said."),
        Example("The 6'2\" guard said, “We won.”"),
        Example('Run `echo "hi"` to test. “Fine,” she said.', format="markdown"),
    )
    fix_safety = (
        "Unsafe (a suggestion, applied only with --unsafe-fixes): only the opening and closing "
        "marks of a detected quotation change, to the article's majority style, but a curly "
        'pair inside a straight quotation is a quotation within a quotation ("He read “Ulysses” '
        'twice," she said), which straight marks would close early, and a quoted passage or '
        "title may keep its source's marks on purpose."
    )
    safe_fix = False
    reads_quotes = True
    marks = regex.compile(r'(?<!\p{N})["“”]', regex.VERSION1)
    curly = "“”"
    straight = '"'
    noun = "quotation mark"

    def convert(self, doc: Document, offset: int, to_curly: bool) -> str | None:
        if not to_curly:
            return '"'
        quotation = doc.quotation_at(offset)
        if quotation is None:
            return None
        if offset == quotation.start:
            return "“"
        return "”" if quotation.closed and offset == quotation.end - 1 else None
