"""grammar/could-of: "could of", "should of", "would of", "must of" for "... have"."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, closed, tags
from copylint.model import Severity
from copylint.rule import Example, Finding

_MODALS = (
    "could",
    "would",
    "should",
    "must",
    "might",
    "may",
    "couldn't",
    "wouldn't",
    "shouldn't",
    "mustn't",
    "mightn't",
)


class CouldOf(GrammarRule):
    id = "grammar/could-of"
    severity = Severity.WARNING
    summary = '"could of" for "could have"'
    what = (
        'Flags "of" after "could", "would", "should", "must", "might" or "may" when a verb or '
        'an adverb follows ("could of been", "should of never gone", "would of had"), which can '
        'only be "have" heard as "of". "Of course", and the noun "might" ("the might of the '
        'army"), are left alone.'
    )
    why = (
        'In speech "could\'ve" sounds like "could of"; in writing only "could have" is '
        'standard (Paul Brians, Common Errors in English Usage, "could of"; Merriam-Webster).'
    )
    references = (
        'Paul Brians, Common Errors in English Usage: "could of"',
        "Merriam-Webster: https://www.merriam-webster.com/",
    )
    bad = (
        Example("He could of been elected.", fixed="He could have been elected.", flags=("of",)),
        Example("They should of never gone.", fixed="They should have never gone.", flags=("of",)),
        Example("She would of had a chance.", flags=("of",)),
        Example("This could of been avoided.", flags=("of",)),
    )
    good = (
        Example("He could have been elected. You could, of course, vote."),
        Example("The might of the army and the may of our lives."),
        Example("He could of course come."),
    )
    fix_safety = (
        'Safe before "been" and "never": "of" there can only be "have". Elsewhere a suggestion.'
    )

    def find(self, view: View) -> Iterator[Finding]:
        determiners = closed("determiners")
        for i in view.indices(*_MODALS):
            if view.at(i + 1) != "of" or not view.joined(i + 1) or not view.joined(i + 2):
                continue
            noun_slot = view.at(i - 1) in determiners or view.at(i - 1) in ("military", "economic")
            if view.at(i) in ("might", "may") and noun_slot:
                continue  # the noun "might": "the might of the army"
            nxt = view.at(i + 2)
            if nxt == "course" or not nxt or not tags(nxt) & {"VERB", "AUX", "ADV"}:
                continue
            if nxt in determiners or ("NOUN" in tags(nxt) and "VERB" not in tags(nxt)):
                continue
            yield view.replace(
                i + 1, "have", '"of" here is "have" as it sounds', safe=nxt in ("been", "never")
            )
