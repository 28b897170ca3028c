"""whitespace/tab: a tab between words in running prose."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document


#: A run of white space holding a tab, between two visible characters of one line (compiled
#: only for a text with a tab: few have one).
_TAB = LazyPattern(r"(?<=\S)[ \p{Zs}]*\t[\t \p{Zs}]*(?=\S)", regex.VERSION1)


class Tab(Rule):
    id = "whitespace/tab"
    severity = Severity.WARNING
    paragraph_local = True
    summary = "A tab between words"
    what = (
        "Flags a tab (with any spaces around it) between two words of a line of prose and "
        "replaces it with one space. Indentation at the start of a line, and code, are left "
        "alone."
    )
    why = (
        "A tab inside a sentence is a layout character pasted from a spreadsheet or a word "
        "processor: it prints as a wide gap or a single space depending on the system, and it "
        "breaks searches for the phrase it sits in."
    )
    references = ("The Chicago Manual of Style, 17th ed., chapter 2: manuscript spacing",)
    bad = (
        Example(
            "The council\tmet on Monday.",
            fixed="The council met on Monday.",
            flags=("\t",),
        ),
    )
    good = (
        Example("The council met on Monday."),
        Example("\tThe council met on Monday."),
        Example("```\na\tb\n```\n", format="markdown"),
    )
    fix_safety = "Safe: the white space becomes one ordinary space."
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        if "\t" not in doc.text:
            return
        for match in _TAB.finditer(doc.text):
            yield Finding.replace(match.start(), match.end(), "Tab between words", " ")
