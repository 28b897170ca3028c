"""An example copylint plugin with one rule."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.document import Document
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule


class ExclamationMark(Rule):
    id = "punctuation/exclamation"
    severity = Severity.WARNING
    summary = "An exclamation mark in the reporter's own words"
    what = "Flags '!' outside quotations."
    why = "AP: avoid overuse of exclamation points; news copy states, it does not exclaim."
    bad = (Example("The vote passed!"),)
    good = (Example('"We won!" she said.'),)

    def check(self, doc: Document) -> Iterator[Finding]:
        for offset, char in enumerate(doc.text):
            if char == "!":
                yield Finding(offset, offset + 1, "Exclamation mark in news copy")


RULES = [ExclamationMark]
