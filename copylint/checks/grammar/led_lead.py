"""grammar/led-lead: "lead" (the present tense, or the metal) for the past tense "led"."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, closed, is_singular_noun, rule_words
from copylint.model import Severity
from copylint.rule import Example, Finding

#: What a passive or perfect "led" is followed by: "was led by", "has led to", "had led the".
_LED_OBJECTS = rule_words("led_lead", "led-objects")
_THIRD_PERSON = frozenset(("he", "she", "it"))


class LedLead(GrammarRule):
    id = "grammar/led-lead"
    severity = Severity.WARNING
    summary = '"lead" where the past tense "led" belongs'
    what = (
        'Flags "lead" after "has", "had", "was", "were", "been" and the like before "by", "to" '
        'or an object ("was lead by", "has lead to"), and after "he", "she", "it" or a singular '
        'noun before an object ("she lead the team", "the decision lead to protests").'
    )
    why = (
        'The past tense and participle of "lead" is "led" (AP Stylebook, "lead, led"); "lead" '
        'also names the metal, said like "led", which is why the slip is common.'
    )
    references = ("AP Stylebook: lead, led",)
    bad = (
        Example("The team was lead by its captain.", flags=("lead",)),
        Example("The storm has lead to delays.", flags=("lead",)),
        Example("In 2019 she lead the delegation.", flags=("lead",)),
        Example("The decision lead to protests.", flags=("lead",)),
    )
    good = (
        Example("The team was led by its captain and will lead the league."),
        Example("The pipes have lead in them; they lead the way. Who will lead the team?"),
    )
    fix_safety = 'Always a suggestion: the present "leads" may be meant.'
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        auxiliaries = closed("have") | closed("be")
        for i in view.indices("lead"):
            if not (view.joined(i) and view.joined(i + 1)) or view.at(i + 1) not in _LED_OBJECTS:
                continue
            before = view.at(i - 1)
            subject = before in _THIRD_PERSON or (
                is_singular_noun(before) and view.at(i - 2) in ("the", "this", "that")
            )
            inverted = view.at(i - 2) in closed("modals") and before in _THIRD_PERSON
            if before in auxiliaries or (subject and not inverted):
                yield view.replace(i, "led", 'the past tense of "lead" is "led"')
