"""grammar/your-youre: "your" for "you're" and the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, possessive_noun_phrase, rule_words
from copylint.model import Severity
from copylint.rule import Example, Finding

#: What follows "you're" but never the possessive "your".
_CONTRACTION_ONLY = rule_words("your_youre", "contraction-only")


class YourYoure(GrammarRule):
    id = "grammar/your-youre"
    severity = Severity.WARNING
    summary = '"your" for "you\'re", or "you\'re" for "your"'
    what = (
        'Flags "your" before an article, "not", "being" or "going" ("your a winner", "your '
        'going to lose"), and "you\'re" before "own" or a noun that is the subject of the next '
        'verb ("you\'re car was towed").'
    )
    why = (
        '"Your" is the possessive of "you", "you\'re" the contraction of "you are" (Paul Brians, '
        'Common Errors in English Usage, "your/you\'re"); both pass a spelling checker.'
    )
    references = ('Paul Brians, Common Errors in English Usage: "your/you\'re"',)
    bad = (
        Example("If your going to vote, bring ID.", flags=("your",)),
        Example("Your a winner, the coach said.", flags=("Your",)),
        Example("Police said you're car was towed.", flags=("you're",)),
    )
    good = (
        Example("You're going to need your own ID."),
        Example("Your being here matters, and you're welcome."),
    )
    fix_safety = "Always a suggestion."
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        for i in view.indices("your"):
            if view.joined(i + 1) and view.at(i + 1) in _CONTRACTION_ONLY:
                if view.at(i + 1) == "being" and view.at(i + 2) not in ("a", "an", "the"):
                    continue  # "your being here": a gerund
                yield view.replace(i, "you're", f'"you are" must stand before "{view.at(i + 1)}"')
        for i in view.indices("you're"):
            head = possessive_noun_phrase(view, i + 1) if view.joined(i + 1) else None
            if head is not None and view.at(head + 1) not in ("who", "that", "which"):
                yield view.replace(i, "your", "the possessive is meant")
