"""grammar/whose-whos: "whose" for "who's" and the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, possessive_noun_phrase, rule_words
from copylint.model import Severity
from copylint.rule import Example, Finding

#: What follows "who's" (who is, who has) but never the possessive "whose".
_CONTRACTION_ONLY = rule_words("whose_whos", "contraction-only")


class WhoseWhos(GrammarRule):
    id = "grammar/whose-whos"
    severity = Severity.WARNING
    summary = '"whose" for "who\'s", or "who\'s" for "whose"'
    what = (
        'Flags "whose" before an article, "been", "not" or "going" ("whose been elected"), and '
        '"who\'s" before a noun that is the subject of the next verb or a plural noun ("who\'s '
        'father was a judge", "who\'s parents").'
    )
    why = (
        '"Whose" is the possessive of "who"; "who\'s" is "who is" or "who has" (AP Stylebook, '
        '"who\'s, whose").'
    )
    references = ("AP Stylebook: who's, whose",)
    bad = (
        Example("The senator, whose been in office since 2010, retired.", flags=("whose",)),
        Example("A judge who's father was a judge ruled.", flags=("who's",)),
    )
    good = (
        Example("The senator, who's been in office since 2010, retired."),
        Example("A judge whose father was a judge ruled. Who's who in the cabinet?"),
    )
    fix_safety = "Always a suggestion."

    def find(self, view: View) -> Iterator[Finding]:
        for i in view.indices("whose"):
            if view.joined(i + 1) and view.at(i + 1) in _CONTRACTION_ONLY:
                yield view.replace(
                    i, "who's", f'"who is" or "who has" must stand before "{view.at(i + 1)}"'
                )
        for i in view.indices("who's"):
            head = possessive_noun_phrase(view, i + 1) if view.joined(i + 1) else None
            if head is not None and view.at(i + 1) != "who":
                yield view.replace(i, "whose", "the possessive is meant")
