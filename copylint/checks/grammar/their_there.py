"""grammar/their-there: "their", "there" and "they're" in one another's places."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import (
    FINITE,
    GrammarRule,
    View,
    closed,
    is_plural_noun,
    is_singular_noun,
    possessive_noun_phrase,
    rule_words,
)
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Words after which "there" is an adverb of place before a noun ("in there", "from there").
_PLACE = rule_words("their_there", "place")
#: Verbs in "-ing" that follow "they're" and never the adverb "there".
_PROGRESSIVE = rule_words("their_there", "progressive")


class TheirThere(GrammarRule):
    id = "grammar/their-there"
    severity = Severity.WARNING
    summary = '"their", "there" and "they\'re" confused'
    what = (
        'Flags "there" or "they\'re" before a noun they cannot govern ("there own", "of there '
        'members", "they\'re house was"), "their" or "they\'re" ending a clause ("over their."), '
        '"their" before a verb ("their are"), and "there" before "going", "trying" and the like '
        'where "they\'re" is meant ("there going to vote").'
    )
    why = (
        '"Their" is the possessive of "they", "there" an adverb of place or the subject of '
        '"there is", "they\'re" the contraction of "they are" (AP Stylebook, "their, there, '
        "they're\"; Paul Brians, Common Errors in English Usage). Only context tells them apart."
    )
    references = (
        "AP Stylebook: their, there, they're",
        "Paul Brians, Common Errors in English Usage: https://brians.wsu.edu/common-errors/",
    )
    bad = (
        Example("The players want there own stadium.", flags=("there",)),
        Example("Most of there members voted no.", flags=("there",)),
        Example("Their are three candidates.", flags=("Their",)),
        Example("The keys are over their.", flags=("their",)),
        Example("They said there going to appeal.", flags=("there",)),
        Example("The owners said they're house was sold.", flags=("they're",)),
    )
    good = (
        Example("There are three candidates, and their own members agree."),
        Example("They're going to appeal; is there going to be a vote?"),
        Example("From there members went home. Is there money left?"),
        Example("They're friends, and they're here."),
    )
    fix_safety = "Always a suggestion: the writer may have meant another word of the three."
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        prepositions = closed("prepositions") - _PLACE
        for i in view.indices("there"):
            before, nxt = view.previous(i), view.at(i + 1)
            if not view.joined(i + 1) or not nxt:
                continue
            if nxt == "own" or (
                before in prepositions and (is_plural_noun(nxt) or is_singular_noun(nxt))
            ):
                yield view.replace(i, "their", f'a possessive must stand before "{nxt}"')
            elif (
                nxt in _PROGRESSIVE
                and before not in closed("be") | closed("modals")
                and view.at(i + 2) != "be"
            ):
                yield view.replace(i, "they're", f'"they are" must stand before "{nxt}"')
        for i in view.indices("their"):
            nxt = view.following(i)
            if view.ends_clause(i) or nxt in ("is", "are", "was", "were", "isn't", "aren't"):
                yield view.replace(i, "there", '"their" is possessive and needs a noun after it')
        for i in view.indices("they're"):
            head = possessive_noun_phrase(view, i + 1) if view.joined(i + 1) else None
            if view.ends_clause(i):
                yield view.replace(i, "there", "a contraction cannot end a clause")
            elif head is not None and (view.at(i + 1) == "own" or view.at(head + 1) in FINITE):
                yield view.replace(i, "their", "the possessive is meant")
