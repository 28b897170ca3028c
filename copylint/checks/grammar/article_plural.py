"""grammar/article-plural: a singular determiner before a plural noun ("such a swords")."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from copylint.checks.grammar.context import (
    GrammarRule,
    View,
    is_plural_form,
    rule_words,
    singular_of,
    tags,
)
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Words between "a" and a plural that make the phrase a quantity: "a few days".
_QUANTITY = rule_words("article_plural", "quantity")

#: Determiners that also stand alone as pronouns, so a verb in -s may follow them.
_PRONOUNS = frozenset({"each", "another"})


#: :func:`is_plural_form`, remembered by word: the two words after each determiner are read
#: (some 5,000 an archive of 100,000 words), most of them again and again ("new", "few").
_plural = functools.lru_cache(maxsize=4096)(is_plural_form)


def _noun_then_verb(middle: str, plural: str) -> bool:
    """The middle word may be the noun and the word in -s its verb: "the tool every kind
    uses" ("kind" is an adjective too, "uses" a plural too)."""
    return "NOUN" in tags(middle) and "VERB" in tags(plural)


class ArticlePlural(GrammarRule):
    id = "grammar/article-plural"
    severity = Severity.WARNING
    summary = 'A singular determiner before a plural noun: "such a swords", "a new rules"'
    what = (
        'Flags "a", "an", "another", "each" or "every" before a plural noun, directly or after '
        'one adjective ("such a swords", "a new rules", "each members"), when the noun ends its '
        'phrase. Plural nouns that modify another noun ("a sports car", "a jobs report"), '
        'quantities ("a few days"), nouns singular in -s ("a series"), a verb after "each" or '
        '"another" standing as a pronoun ("each plays a part") and a noun and its verb after '
        'the determiner ("the tool every kind uses") are left alone.'
    )
    why = (
        "A singular determiner needs a singular noun (Merriam-Webster's Dictionary of English "
        "Usage; The Chicago Manual of Style, 5.70). The slip comes from editing one word of a "
        "phrase and not the other."
    )
    references = (
        "Merriam-Webster's Dictionary of English Usage",
        "The Chicago Manual of Style, chapter 5: grammar and usage (determiners)",
    )
    bad = (
        Example("He carried such a swords as no one had seen.", flags=("swords",)),
        Example("The city adopted a new rules that month.", flags=("rules",)),
        Example("Each members voted.", flags=("members",)),
    )
    good = (
        Example("A sports car, a jobs report, a few days, a series and a means."),
        Example("Each member voted on a new rule for every two weeks."),
        Example("Each plays a part, and another takes the lead."),
        Example("It is the one tool every kind uses."),
    )
    fix_safety = "Always a suggestion: the determiner or the noun may be the slip."
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        lower = view.lower
        for i in view.indices("a", "an", "another", "each", "every"):
            if not any(map(_plural, lower[i + 1 : i + 3])):
                continue  # no plural in reach: most phrases
            words = view.run(i, 4)
            if words[0].lower() in _PRONOUNS and len(words) > 1 and "VERB" in tags(words[1]):
                continue  # "Each plays a part": the determiner is the subject of a verb
            n = 1 if len(words) > 1 and is_plural_form(words[1]) else 2
            if n == 2 and (
                len(words) < 3
                or words[1] in _QUANTITY
                or "ADJ" not in tags(words[1])
                or not is_plural_form(words[2])
                or _noun_then_verb(words[1], words[2])
            ):
                continue
            if len(words) > n + 1 and "NOUN" in tags(words[n + 1]):
                continue  # "a sports car": the plural modifies the next noun
            yield view.replace(
                i + n, singular_of(words[n]) or words[n], f'"{words[0]}" needs a singular noun'
            )
