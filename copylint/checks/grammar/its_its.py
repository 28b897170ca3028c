"""grammar/its-its: "it's" (it is) where the possessive "its" belongs, and the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import (
    GrammarRule,
    View,
    closed,
    only,
    possessive_noun_phrase,
    rule_words,
    tags,
)
from copylint.model import Severity
from copylint.rule import Example, Finding

#: What can follow "it's" but never the possessive "its".
_CONTRACTION_ONLY = rule_words("its_its", "contraction-only")


def _noun_after(view: View, i: int) -> int | None:
    """Index of a noun at ``i`` or after one adjective ("for it's architecture", "in it's
    early days"): after a preposition, "it's" can only be the possessive."""
    words = view.run(i, 2)
    for n, word in enumerate(words):
        if "NOUN" in tags(word):
            return i + n
        if "ADJ" not in tags(word):
            return None
    return None


class ItsIts(GrammarRule):
    id = "grammar/its-its"
    severity = Severity.WARNING
    summary = '"it\'s" for the possessive "its", or "its" for "it is"'
    what = (
        'Flags "it\'s" where only the possessive fits — before "own", or before a noun that is '
        'the subject of the next verb ("it\'s budget was cut") — and "its" where only "it is" '
        'or "it has" fits: before an article, a determiner, "been" or "not" ("its a deal", '
        '"its been a year").'
    )
    why = (
        'AP Stylebook, "its, it\'s": "its" is the possessive form of the neuter pronoun; '
        '"it\'s" is the contraction of "it is" or "it has". The spelling checker accepts both.'
    )
    references = ("AP Stylebook: its, it's",)
    bad = (
        Example(
            "The party held it's own convention.",
            fixed="The party held its own convention.",
            flags=("it's",),
        ),
        Example("The city said it's budget was cut.", flags=("it's",)),
        Example("Paris is known for it's architecture.", flags=("it's",)),
        Example("Its been a long year for the council.", flags=("Its",)),
        Example("Officials said its a deal.", flags=("its",)),
    )
    good = (
        Example("It's time to vote, and its own members agree."),
        Example("It's members who decide, not the board. It felt like it's over."),
        Example("The council cut its budget; it's been a long year."),
        Example("Its not-for-profit arm closed."),
    )
    fix_safety = (
        'Safe for "it\'s own" (only "its own" is English); a suggestion elsewhere, where the '
        "sentence may need more than one word changed."
    )

    def find(self, view: View) -> Iterator[Finding]:
        after_preposition = closed("prepositions") - {"like"}
        for i in view.indices("it's"):
            head = possessive_noun_phrase(view, i + 1) if view.joined(i + 1) else None
            if head is None and view.joined(i) and view.at(i - 1) in after_preposition:
                head = _noun_after(view, i + 1)
            if head is not None and view.at(head + 1) not in ("who", "that", "which"):
                safe = view.at(i + 1) == "own"
                yield view.replace(i, "its", "the possessive has no apostrophe", safe=safe)
        for i in view.indices("its"):
            after = view.run(i + 1, 1)
            follows = after[0] if after else ""
            adverb = only(follows, "ADV") and follows not in ("so", "very", "too", "as")
            clause = closed("indefinites") | closed("prepositions") - {"of"}
            if view.joined(i + 1) and (follows in _CONTRACTION_ONLY | clause or adverb):
                yield view.replace(
                    i,
                    "it's",
                    f'"its" is possessive; before "{after[0]}" it must be "it is" or "it has"',
                )
