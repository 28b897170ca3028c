"""whitespace/double-space: two or more spaces between words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Two or more spaces of any kind (no-break, en, em, thin …) between two visible characters
#: on one line; tabs are whitespace/tab's business, line breaks are not spaces.
_RUN = LazyPattern(r"(?<=\S)[\p{Zs}]{2,}(?=\S)", regex.VERSION1)
#: The space separators (Unicode's Zs) but the space itself: the no-break space, the Ogham
#: space mark, the en quad to the hair space, the narrow no-break, medium mathematical and
#: ideographic spaces (tests/whitespace/test_whitespace.py checks them against ``\p{Zs}``).
OTHER_SPACE_SEPARATORS = (
    "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
)


def may_hold_a_run(text: str) -> bool:
    """Whether two space separators may stand in a row in ``text``: two spaces, or another
    separator. Searching for those runs in C at memory speed, where the pattern of a run was
    tried at every space (a tenth of its cost on news copy, which mostly has no run)."""
    return "  " in text or any(char in text for char in OTHER_SPACE_SEPARATORS)


class DoubleSpace(Rule):
    id = "whitespace/double-space"
    severity = Severity.WARNING
    paragraph_local = True
    summary = "Two or more spaces between words"
    what = (
        "Flags a run of two or more spaces inside a line, counting no-break and other Unicode "
        "spaces, and replaces it with one space."
    )
    why = (
        "AP style and every modern house style use a single space between words and after "
        "sentences; extra spaces (often an invisible no-break space pasted from the web) show "
        "up as gaps in print and break searches for phrases."
    )
    references = ("AP Stylebook: punctuation (one space after a period)",)
    bad = (
        Example(
            "CNN reported,\u00a0 it could be a reflection.",
            fixed="CNN reported, it could be a reflection.",
            flags=("\xa0 ",),
        ),
        Example("The  council met.", fixed="The council met.", flags=("  ",)),
        Example(
            "The vote passed.  Then they left.",
            fixed="The vote passed. Then they left.",
            flags=("  ",),
        ),
    )
    good = (
        Example("The council met."),
        Example("Indented code stays:\n\n    a  =  b\n", format="markdown"),
        Example("Line one  \nends in a hard break.", format="markdown"),
    )
    fix_safety = "Safe: only spaces change, and they become one ordinary space."
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        if not may_hold_a_run(doc.text):
            return
        for match in _RUN.finditer(doc.text):
            yield Finding.replace(
                match.start(),
                match.end(),
                f"{len(match.group())} spaces in a row" + _describe(match.group()),
                " ",
            )


def _describe(run: str) -> str:
    odd = sorted({f"U+{ord(c):04X}" for c in run if c != " "})
    return f" (including {', '.join(odd)})" if odd else ""
