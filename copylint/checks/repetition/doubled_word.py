"""repetition/doubled-word: the same word twice in a row ("on on")."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import compress
from operator import eq
from typing import TYPE_CHECKING

from copylint.analysis.words import lowered
from copylint.model import Severity
from copylint.resources import data_path, read_word_list
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.tokens import Word


@functools.cache
def allowed_doubles() -> frozenset[str]:
    """Words English allows twice in a row (``rules/lexicon/allowed-doubles.txt``)."""
    return frozenset(read_word_list(data_path("lexicon", "allowed-doubles.txt")))


class DoubledWord(Rule):
    id = "repetition/doubled-word"
    severity = Severity.ERROR
    paragraph_local = True
    summary = "A word typed twice in a row"
    what = (
        'Flags a word that is immediately repeated, ignoring case and across a line break ("on '
        'on", "The the"). Doubles that English allows ("had had", "that that"), emphatic '
        'repetition ("very very", or three and more in a row) and repeated capitalized names '
        '("Walla Walla", "Bora Bora") stay quiet.'
    )
    why = (
        "A doubled word is the most common slip of fast typing, and the eye skips it on "
        "rereading, especially across a line break; no style guide allows it."
    )
    references = (
        "Matt Might, lexical illusions: https://matt.might.net/articles/shell-scripts-for-passive-voice-weasel-words-duplicates/",
        "LanguageTool's WORD_REPEAT_RULE and proselint's lexical_illusions check",
    )
    bad = (
        Example(
            "Protests took place on on Nov. 5.",
            fixed="Protests took place on Nov. 5.",
            flags=("on",),
        ),
        Example("The the council met.", fixed="The council met.", flags=("the",)),
        Example("She left for\nfor Baghdad.", fixed="She left for Baghdad.", flags=("for",)),
        Example("We saw **the the** report.", format="markdown", flags=("the",)),
        Example(
            "They met in in Gaza.",
            fixed="They met in Gaza.",
            options={"allow": ["on"]},
            flags=("in",),
        ),
    )
    good = (
        Example("He had had enough."),
        Example("She said that that was final."),
        Example("They flew to Walla Walla on Monday."),
        Example("It was a very very long night."),
        Example("What are they killing killing killing over?"),
        Example("In the west, the wind rose."),
        Example("Run `ls ls` to see it.", format="markdown"),
        Example("The crowd shouted go go as he ran.", options={"allow": ["go"]}),
    )
    fix_safety = (
        "Safe: the fix deletes the second copy and the space before it. No fix is offered "
        "when markup or a line ending that is not a plain newline stands in between."
    )
    reads_quotes = True
    default_options = {"allow": []}

    def check(self, doc: Document) -> Iterator[Finding]:
        allowed = allowed_doubles() | {word.lower() for word in self.options["allow"]}
        words = doc.words
        for index in same_as_previous(doc):
            first, second = words[index - 1], words[index]
            if not repeats(doc, first, second) or first.lower in allowed or first.has_digit:
                continue
            if first.is_capitalized and second.is_capitalized and not first.is_all_caps:
                continue  # a reduplicated name: Walla Walla, Bora Bora, Sing Sing
            before = words[index - 2] if index >= 2 else None
            after = words[index + 1] if index + 1 < len(words) else None
            if (before and repeats(doc, before, first)) or (after and repeats(doc, second, after)):
                continue  # three or more in a row is deliberate: "killing killing killing"
            yield Finding(
                second.start,
                second.end,
                f'Doubled word "{second.text}"',
                (first.text,),
                (TextEdit(first.end, second.end, ""),),
                safe=True,
            )


def same_as_previous(doc: Document) -> tuple[int, ...]:
    """Indexes of the words equal to the word before them, ignoring case: read once per
    document for both repetition rules (:func:`_same_as_previous`)."""
    return doc.shared(_same_as_previous)


def _same_as_previous(doc: Document) -> tuple[int, ...]:
    """Every word of the archive passes through here, so the comparison runs in C: the
    lowercased words are compared pairwise by ``map``; only the rare repeats come out."""
    words = lowered(doc)
    return tuple(compress(range(1, len(words)), map(eq, words, words[1:])))


def repeats(doc: Document, first: Word, second: Word) -> bool:
    """``second`` repeats ``first`` with nothing but white space (no paragraph) between."""
    return (
        len(first.text) == len(second.text)
        and first.lower == second.lower
        and doc.space_between(first.end, second.start)
    )
