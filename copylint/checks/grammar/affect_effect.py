"""grammar/affect-effect: the noun "effect" and the verb "affect", where the part of speech
is certain."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, closed, rule_words
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Adjectives that go with the noun "effect": "a chilling affect" is a noun slot.
_EFFECT_ADJECTIVES = rule_words("affect_effect", "effect-adjectives")
#: Objects that only "affect" (to influence) takes: "effect how", "effect millions".
_AFFECTED = rule_words("affect_effect", "affected")
_DEGREE = rule_words("affect_effect", "degree")


class AffectEffect(GrammarRule):
    id = "grammar/affect-effect"
    severity = Severity.WARNING
    summary = '"affect" for the noun "effect", or "effect" for the verb "affect"'
    what = (
        'Flags "affect(s)" after an article or an adjective such as "side" or "lasting" before '
        '"on", "of" or the end of a clause ("the affects of", "side affects"), and "effect(s)" '
        'or "effected" as a verb of influence: after "to", a modal or "not" before "how", '
        '"whether" or a pronoun ("will effect them"), and "adversely effected".'
    )
    why = (
        'AP Stylebook, "affect, effect": "affect, as a verb, means to influence"; "effect, as a '
        'verb, means to cause"; "effect, as a noun, means result". The noun "affect" belongs to '
        'psychology, and "effect change" is correct, so only clear slots are flagged.'
    )
    references = ("AP Stylebook: affect, effect",)
    bad = (
        Example("The side affects were mild.", flags=("affects",)),
        Example("The ruling will effect how votes are counted.", flags=("effect",)),
        Example("Farmers were adversely effected by the drought.", flags=("effected",)),
    )
    good = (
        Example("The side effects were mild; the ruling will affect how votes are counted."),
        Example("She hopes to effect change, and the drought affected farmers."),
    )
    fix_safety = "Always a suggestion."

    def find(self, view: View) -> Iterator[Finding]:
        noun_slot = closed("determiners") | _EFFECT_ADJECTIVES
        for i in view.indices("affect", "affects"):
            before = view.previous(i)
            after = view.following(i)
            if before in noun_slot and (
                after in ("on", "of") or view.ends_clause(i) or before == "side"
            ):
                yield view.replace(i, view.at(i).replace("a", "e", 1), "the noun is meant")
        verb_slot = closed("modals") | {"not", "also", "that", "which", "could", "it"}
        for i in view.indices("effect", "effects", "effected"):
            before = view.previous(i)
            after = view.following(i)
            word = view.at(i)
            if (before in verb_slot and after in _AFFECTED) or (
                word == "effected" and (before in _DEGREE or after == "by")
            ):
                yield view.replace(i, "a" + word[1:], 'the verb of influence is "affect"')
