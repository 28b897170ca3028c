"""headline/period: a headline that ends with a period."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.checks.headline import headlines
from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: A final period that belongs to an abbreviation ("U.S.", "Jr.", "Inc.") or an ellipsis stays.
#: (Compiled only once a headline ends with a period: few do.)
_FINAL_PERIOD = LazyPattern(r"(?<![.\p{Lu}]\.\p{Lu}|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Bros)|\.)\.\s*$")


class HeadlinePeriod(Rule):
    id = "headline/period"
    severity = Severity.WARNING
    summary = "A headline that ends with a period"
    what = (
        "Flags the period at the end of a headline and removes it. A period that closes an "
        'abbreviation ("U.S.", "Jr.") and an ellipsis stay.'
    )
    why = (
        'AP Stylebook, "headlines": a headline takes no period at the end; a semicolon joins '
        "two clauses."
    )
    bad = (
        Example(
            "# Rivera wins presidency.\n\nRivera won Thursday.\n",
            fixed="# Rivera wins presidency\n\nRivera won Thursday.\n",
            format="markdown",
            flags=(".",),
        ),
    )
    good = (
        Example("# Rivera wins presidency\n\nRivera won Thursday.\n", format="markdown"),
        Example("# Talks stall in the U.S.\n\nTalks stalled.\n", format="markdown"),
    )
    fix_safety = "Safe: only the final period goes."
    references = ("https://www.apstylebook.com/ (entry: headlines)",)

    def check(self, doc: Document) -> Iterator[Finding]:
        for block in headlines(doc):
            if not doc.text[block.start : block.end].rstrip().endswith("."):
                continue  # (str.rstrip strips all that \s matches, and more)
            match = _FINAL_PERIOD.search(doc.text, block.start, block.end)
            if match is None:
                continue
            yield Finding.replace(
                match.start(),
                match.start() + 1,
                "Drop the period: AP headlines end without one",
                "",
                safe=True,
            )
