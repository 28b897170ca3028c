"""grammar/lose-loose: "loose" (not tight) for the verb "lose", and the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, closed, only, rule_words, tags
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Objects "lose" takes and "loose" (to release) does not.
_LOST = rule_words("lose_loose", "lost")
#: Words after which only the adjective "loose" fits: "broke lose", "is lose", "a lose".
_BEFORE_LOOSE = rule_words("lose_loose", "before-loose")


class LoseLoose(GrammarRule):
    id = "grammar/lose-loose"
    severity = Severity.WARNING
    summary = '"loose" for "lose", or "lose" for "loose"'
    what = (
        'Flags "loose" or "loosing" after "to", a modal or "did" and before an object ("could '
        'loose the election", "are loosing their jobs"), and "lose" where only the adjective '
        'fits ("broke lose", "is lose", "a lose cannon").'
    )
    why = (
        '"Lose" is the verb (to misplace, to be defeated); "loose" is the adjective (not '
        'tight). Merriam-Webster and Paul Brians, Common Errors in English Usage, "lose/loose".'
    )
    references = (
        'Paul Brians, Common Errors in English Usage: "lose/loose"',
        "Merriam-Webster: https://www.merriam-webster.com/",
    )
    bad = (
        Example("The party could loose the election.", flags=("loose",)),
        Example("Workers are loosing their jobs.", flags=("loosing",)),
        Example("The dog broke lose again.", flags=("lose",)),
    )
    good = (
        Example("The party could lose the election; the dog broke loose."),
        Example("They cut loose, and the rules were loose."),
    )
    fix_safety = "Always a suggestion."

    def find(self, view: View) -> Iterator[Finding]:
        verbs = closed("modals") | closed("be") | {"not", "never"}
        objects = closed("determiners") | closed("object-pronouns") | _LOST
        for i in view.indices("loose", "loosing"):
            before = view.previous(i)
            nxt = view.following(i)
            progressive = view.at(i) == "loosing"
            takes = nxt in objects or (only(nxt, "NOUN") and "ADJ" not in tags(nxt))
            if takes and (progressive or before in verbs - closed("be")):
                yield view.replace(i, "losing" if progressive else "lose", "the verb is meant")
        for i in view.indices("lose"):
            if view.joined(i) and view.at(i - 1) in _BEFORE_LOOSE:
                yield view.replace(i, "loose", "the adjective is meant")
