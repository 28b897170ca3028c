"""Rules that misbehave when the text holds their trigger word (and only then)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from copylint.document import Document
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit


class Exits(Rule):
    id = "hostile/exits"
    severity = Severity.WARNING
    summary = "Calls sys.exit() on the word EXIT"
    what = "Ends the process when the text holds EXIT."
    why = "A test of copylint's isolation of plugin rules."
    bad = ()
    good = (Example("Nothing here."),)

    def check(self, doc: Document) -> Iterator[Finding]:
        if "EXIT" in doc.text:
            sys.exit(0)
        yield from ()


class Crashes(Rule):
    id = "hostile/crashes"
    severity = Severity.WARNING
    summary = "Raises on the word CRASH"
    what = "Raises an exception when the text holds CRASH."
    why = "A test of copylint's isolation of plugin rules."
    bad = ()
    good = (Example("Nothing here."),)

    def check(self, doc: Document) -> Iterator[Finding]:
        if "CRASH" in doc.text:
            raise RuntimeError("the plugin broke")
        yield from ()


class Overlaps(Rule):
    id = "hostile/overlaps"
    severity = Severity.WARNING
    summary = "A safe fix whose two edits overlap, on the word OVERLAP"
    what = "Returns one finding with two overlapping edits."
    why = "A test of copylint's fix validation."
    bad = ()
    good = (Example("Nothing here."),)

    def check(self, doc: Document) -> Iterator[Finding]:
        start = doc.text.find("OVERLAP")
        if start >= 0:
            edits = (TextEdit(start, start + 5, "XX"), TextEdit(start + 2, start + 7, "YY"))
            yield Finding(start, start + 7, "overlapping edits", ("XX",), edits, safe=True)


RULES = [Exits, Crashes, Overlaps]
