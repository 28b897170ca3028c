"""grammar/possessive-time: "this years budget", "last weeks meeting" without the apostrophe."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import (
    GrammarRule,
    View,
    closed,
    is_inflected_verb,
    tags,
    word_lists,
)
from copylint.model import Severity
from copylint.rule import Example, Finding


def _noun_next(word: str) -> bool:
    """A word that can be the noun a possessive governs, and not a past-tense verb."""
    if not word or "NOUN" not in tags(word) or word in closed("prepositions"):
        return False
    return word.endswith("ing") or not is_inflected_verb(word)


class PossessiveTime(GrammarRule):
    id = "grammar/possessive-time"
    severity = Severity.WARNING
    summary = 'A time word missing its possessive apostrophe: "this years budget"'
    what = (
        'Flags a plural time word after "this", "last", "next" or "that" when a noun follows: '
        '"this years budget", "last weeks meeting", "next months election", and "todays", '
        '"yesterdays" or "tomorrows" before a noun. "The last weeks of the war" (a count) is '
        "left alone."
    )
    why = (
        'AP Stylebook, "possessives": "Descriptive phrases ... take an apostrophe: this '
        "year's budget, a day's pay, two weeks' vacation\"."
    )
    references = ("AP Stylebook: possessives (descriptive phrases: this year's budget)",)
    bad = (
        Example("This years budget is larger.", flags=("years",)),
        Example("At last weeks meeting, the council voted.", flags=("weeks",)),
        Example("Todays vote was close.", flags=("Todays",)),
    )
    good = (
        Example("This year's budget is larger than last year's."),
        Example("In the last weeks of the war, next months passed quickly."),
        Example("In the last years before he died, he wrote."),
    )
    fix_safety = 'Always a suggestion: a plural possessive ("two weeks\'") may be meant.'

    def find(self, view: View) -> Iterator[Finding]:
        times = word_lists().words("time", "nouns")
        markers = word_lists().words("time", "markers")
        plurals = [noun + "s" for noun in times]
        for i in view.indices(*plurals):
            word = view.at(i)
            if not view.joined(i + 1) or not _noun_next(view.at(i + 1)):
                continue
            if word[:-1] in ("today", "yesterday", "tomorrow", "tonight"):
                pass
            elif not (view.joined(i) and view.at(i - 1) in markers):
                continue
            elif view.at(i - 2) in ("the", "these", "those", "its", "his", "her", "their"):
                continue  # "the last weeks": a count
            yield view.replace(i, word[:-1] + "'s", "a time word before a noun takes 's")
