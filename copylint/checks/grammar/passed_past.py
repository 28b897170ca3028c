"""grammar/passed-past: "passed" (the verb) for "past", and the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, closed, rule_words, word_lists
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Verbs of motion: "walked past the house", never "walked passed".
_MOTION = rule_words("passed_past", "motion")
_COUNTS = rule_words("passed_past", "counts")


class PassedPast(GrammarRule):
    id = "grammar/passed-past"
    severity = Severity.WARNING
    summary = '"passed" for "past", or "past" for "passed"'
    what = (
        'Flags "passed" where the adjective, noun or preposition "past" belongs ("in the '
        'passed", "the passed year", "walked passed the house", "half passed five"), and "past" '
        'where the verb belongs ("has past the test", "past away").'
    )
    why = (
        '"Passed" is the past tense and participle of "pass"; "past" is the noun, adjective, '
        "adverb and preposition (Merriam-Webster; Paul Brians, Common Errors in English Usage)."
    )
    references = (
        'Paul Brians, Common Errors in English Usage: "passed/past"',
        "Merriam-Webster: https://www.merriam-webster.com/",
    )
    bad = (
        Example("In the passed year, prices rose.", flags=("passed",)),
        Example("Protesters marched passed the embassy.", flags=("passed",)),
        Example("The bill has past the Senate.", flags=("past",)),
        Example("Her father past away in May.", flags=("past",)),
    )
    good = (
        Example("In the past year, the bill passed the Senate and her father passed away."),
        Example("The passed ball cost a run; it was past midnight."),
    )
    fix_safety = "Always a suggestion."

    def find(self, view: View) -> Iterator[Finding]:
        time = word_lists().words("time", "nouns") | _COUNTS
        for i in view.indices("passed"):
            before = view.previous(i)
            nxt = view.following(i)
            if (
                (before == "the" and (nxt in time or view.before(i, 2)[:1] == ("in",)))
                or (
                    before in _MOTION
                    and (nxt in closed("determiners") | {"midnight", "noon"} or nxt[:1].isdigit())
                )
                or nxt in ("midnight", "noon")
            ):
                yield view.replace(i, "past", "the adjective or preposition is meant")
        for i in view.indices("past"):
            before = view.previous(i)
            nxt = view.following(i)
            after_have = before in closed("have") and nxt in {"the", "a", "an", "away", "by"}
            if after_have or (nxt == "away" and before not in ("the", "in", "of")):
                yield view.replace(i, "passed", 'the verb "pass" is meant')
