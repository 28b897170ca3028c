"""grammar/then-than: "then" after a comparative, "than" where time is meant."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, lemmas, rule_words, word_lists
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Words that open a clause of time and so take "then", never "than".
_BEFORE_THEN = rule_words("then_than", "before-then")


@functools.cache
def _comparatives() -> tuple[frozenset[str], frozenset[str]]:
    data = word_lists()
    return data.words("comparatives", "words"), data.words("comparatives", "not-comparatives")


def is_comparative(word: str) -> bool:
    """ "more", "rather", "bigger" (an adjective's "-er" form), not "over" or "member"."""
    known, not_comparative = _comparatives()
    if word in known:
        return True
    if not word.endswith("er") or word in not_comparative:
        return False
    return any(lemma != word for lemma in lemmas(word).get("ADJ", ()))


class ThenThan(GrammarRule):
    id = "grammar/then-than"
    severity = Severity.WARNING
    summary = '"then" in a comparison, or "than" for "then"'
    what = (
        'Flags "then" right after a comparative ("bigger then", "rather then", "other then") '
        'or a few words after "more", "less" or "fewer" in one clause ("more pretty then they '
        'were"), and "than" that opens a sentence or follows "since", "until", "back" or "and" '
        'with no comparison before it ("and than he left").'
    )
    why = (
        'AP Stylebook, "than, then": "than" introduces the second element of a comparison; '
        '"then" is an adverb of time. The slip is common because they sound alike in speech.'
    )
    references = ("AP Stylebook: than, then",)
    bad = (
        Example("Turnout was higher then in 2020.", flags=("then",)),
        Example("She chose to resign rather then apologize.", flags=("then",)),
        Example("The bill costs more money then the last one.", flags=("then",)),
        Example("He voted, and than he left.", flags=("than",)),
    )
    good = (
        Example("Turnout was higher than in 2020; then it fell."),
        Example("Back then, the war was over. Since then, they saw each other then and now."),
        Example("He spent more, then left. She paid more than him and than her sister."),
    )
    fix_safety = 'Always a suggestion: a comma may be missing instead ("more, then").'

    def find(self, view: View) -> Iterator[Finding]:
        for i in view.indices("then"):
            before = view.before(i, 3)
            if not before:
                continue
            if before[-2:] == ("each", "other"):
                continue  # "they saw each other then"
            if is_comparative(before[-1]) or any(w in ("more", "less", "fewer") for w in before):
                yield view.replace(i, "than", 'a comparison takes "than"')
        for i in view.indices("than"):
            before = view.before(i, 8)
            if not before or before[-1] in _BEFORE_THEN:
                if before and any(map(is_comparative, before[:-1])):
                    continue  # "more than him and than her"
                if not before and not view.words[i].is_capitalized:
                    continue
                yield view.replace(i, "then", '"than" compares; time or sequence takes "then"')
