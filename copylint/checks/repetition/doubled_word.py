"""repetition/doubled-word: the same word twice in a row ("on on")."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document


class DoubledWord(Rule):
    id = "repetition/doubled-word"
    severity = Severity.ERROR
    summary = "A word typed twice in a row"
    what = (
        "Flags a word that is immediately repeated, ignoring case and across a line break "
        '("on on", "The the"). Doubles that English allows ("had had", "that that") '
        'and repeated capitalised names ("Walla Walla", "Bora Bora") stay quiet.'
    )
    why = (
        "A doubled word is the most common slip of fast typing and the eye skips it on "
        "rereading, especially across a line break; no style guide allows it."
    )
    bad = (
        Example("Protests took place on on Nov. 5.", fixed="Protests took place on Nov. 5."),
        Example("The the council met.", fixed="The council met."),
        Example("She left for\nfor Baghdad.", fixed="She left for Baghdad."),
        Example("We saw **the the** report.", format="markdown"),
    )
    good = (
        Example("He had had enough."),
        Example("She said that that was final."),
        Example("They flew to Walla Walla on Monday."),
        Example("In the west, the wind rose."),
        Example("Run `ls ls` to see it.", format="markdown"),
    )
    fix_safety = (
        "Safe: the fix deletes the second copy and the space before it. No fix is offered "
        "when markup sits between or around the copies."
    )
    reads_quotes = True
    default_options = {
        "allow": [
            "had",
            "that",
            "is",
            "do",
            "bye",
            "no",
            "so",
            "ha",
            "knock",
            "chop",
            "tsk",
            "hush",
            "pooh",
            "yada",
            "boo",
            "night",
        ]
    }

    def check(self, doc: Document) -> Iterator[Finding]:
        allowed = {word.lower() for word in self.options["allow"]}
        words = doc.words
        text = doc.text
        for first, second in itertools.pairwise(words):
            if first.lower != second.lower or first.lower in allowed or first.has_digit:
                continue
            between = text[first.end : second.start]
            if not between or not between.isspace() or "\n\n" in between:
                continue
            if first.is_capitalized and second.is_capitalized and not first.is_all_caps:
                continue  # a reduplicated name: Walla Walla, Bora Bora, Sing Sing
            yield Finding(
                second.start,
                second.end,
                f'Doubled word "{second.text}"',
                (first.text,),
                (TextEdit(first.end, second.end, ""),),
                safe=True,
            )
