"""grammar/to-too: "to" for "too" before an adjective, and "too" for "to"."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import (
    GrammarRule,
    View,
    closed,
    is_base_verb,
    only,
    rule_words,
)
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Words before "to" that make the next adjective a degree: "is to late", "far to many".
_DEGREE_SLOT = rule_words("to_too", "degree-slot")
_QUANTITIES = rule_words("to_too", "quantities")


class ToToo(GrammarRule):
    id = "grammar/to-too"
    severity = Severity.WARNING
    summary = '"to" for "too", or "too" for "to"'
    what = (
        'Flags "to" between a verb like "is" or "seemed" and an adjective or "much"/"many" '
        '("it was to late", "far to many"), "to" after a pronoun at the end of a clause ("me '
        'to."), and "too" before an article, a possessive or a bare verb ("too the store", '
        '"wants too go").'
    )
    why = (
        '"Too" means "also" or "excessively"; "to" is a preposition or marks an infinitive '
        '(Paul Brians, Common Errors in English Usage, "to/too/two").'
    )
    references = ('Paul Brians, Common Errors in English Usage: "to/too/two"',)
    bad = (
        Example("It was to late to vote.", flags=("to",)),
        Example("There are far to many candidates.", flags=("to",)),
        Example("She wants too go home.", flags=("too",)),
        Example("They drove too the store.", flags=("too",)),
    )
    good = (
        Example("It was too late to go to many places, too."),
        Example("He was to blame. She talked to many voters and came to."),
    )
    fix_safety = "Always a suggestion."
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        objects = closed("object-pronouns") | closed("subject-pronouns")
        lower = view.lower
        for i in view.indices("to"):
            if not i or (lower[i - 1] not in _DEGREE_SLOT and lower[i - 1] not in objects):
                continue  # the word before, bare, fits neither: read it no further (most)
            before = view.previous(i)
            if before not in _DEGREE_SLOT and before not in objects:
                continue  # most of them: "to" after a verb or a noun
            nxt = view.following(i)
            degree = nxt in _QUANTITIES or (bool(nxt) and only(nxt, "ADJ", "ADV"))
            closes = view.ends_clause(i + 1) or view.at(i + 2) in ("to", "for")
            if before in _DEGREE_SLOT and degree and (closes or before in ("far", "way")):
                yield view.replace(i, "too", f'"{nxt}" needs the adverb "too" before it')
            elif before in objects and view.ends_clause(i) and view.at(i - 2) not in ("came",):
                yield view.replace(i, "too", '"too" (also) ends the clause')
        determiners = closed("determiners") - {"much", "many", "all", "both"}
        for i in view.indices("too"):
            nxt = view.following(i)
            noun = only(nxt, "NOUN") and not view.ends_clause(i + 1)
            verb = only(nxt, "VERB", "NOUN") and is_base_verb(nxt)
            if nxt in determiners | closed("prepositions") | {"be"} or noun or verb:
                yield view.replace(
                    i, "to", f'"too" (also, excessively) cannot stand before "{nxt}"'
                )
