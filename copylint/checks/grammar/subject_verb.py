"""grammar/subject-verb: a verb that does not agree with a clear subject ("he have", "they was")."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import (
    GrammarRule,
    View,
    closed,
    is_base_verb,
    is_plural_form,
    is_singular_noun,
    only,
    rule_words,
)
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Verbs that agree with a singular subject, and what a plural subject takes instead.
_SINGULAR_VERBS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
}
_PLURAL_VERBS = {v: k for k, v in _SINGULAR_VERBS.items()}
_THIRD_SINGULAR = frozenset(("he", "she", "it"))
_PLURAL_SUBJECTS = frozenset(("we", "they"))
#: Words before a pronoun that make the clause a question or a subjunctive ("should he go").
_NOT_A_STATEMENT = rule_words("subject_verb", "not-a-statement")
#: Bare verbs that are not agreement errors after "he": semi-modals, and "lead", which
#: grammar/led-lead reports as a tense slip.
_LEAVE = rule_words("subject_verb", "leave")
#: Nouns that take a plural verb when they mean the members ("a majority are").
_NOTIONAL = rule_words("subject_verb", "notional")


class SubjectVerb(GrammarRule):
    id = "grammar/subject-verb"
    severity = Severity.WARNING
    summary = 'A verb that does not agree with its subject: "he have", "they was"'
    what = (
        'Flags a verb that disagrees with a subject whose number is clear: "he", "she" or "it" '
        'with a bare verb or "have", "are", "were", "don\'t" ("she have", "it don\'t", "he '
        'go"); "we" or "they" with "is", "was", "has" or "does"; and "the", "these", "many" '
        'and the like with a plural noun and "is", "was" or "has" ("the reports was"), or "a", '
        '"each" or "every" with a singular noun and "are", "were" or "have" ("each member '
        'have"). Questions, subjunctives ("insisted that he leave", "if it were"), causatives '
        '("let it go") and notional agreement ("a majority are") are left alone.'
    )
    why = (
        'A verb agrees with its subject in number (AP Stylebook, "collective nouns" and '
        '"plurals"; The Chicago Manual of Style, 5.138). With the subject right before the '
        "verb the error is certain."
    )
    references = (
        "AP Stylebook: collective nouns; plurals",
        "The Chicago Manual of Style, chapter 5: grammar and usage (agreement of subject and verb)",
    )
    bad = (
        Example("She have three children.", flags=("have",)),
        Example("They was told to leave.", flags=("was",)),
        Example("The reports was published on Monday.", flags=("was",)),
        Example("Each member have one vote.", flags=("have",)),
        Example("When he go to work, he drives.", flags=("go",)),
    )
    good = (
        Example("She has three children, and they were told to leave."),
        Example("The board insisted that he leave. If it were up to me, I would let it go."),
        Example("A majority are in favor. Did he go? Should she have known?"),
        Example("The news is good, and the series was a success."),
        Example("One of the reports was leaked. When he saw it, he found a flaw."),
    )
    fix_safety = "Always a suggestion: the subject may be the slip, not the verb."
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        yield from self._pronouns(view)
        yield from self._noun_phrases(view)

    def _pronouns(self, view: View) -> Iterator[Finding]:
        lower = view.lower
        for i in view.indices(*_THIRD_SINGULAR, *_PLURAL_SUBJECTS):
            # The bare pair first: most pronouns agree with their verb, and then neither the
            # pair read properly (names masked, one clause), which can disagree only where the
            # bare pair does, nor the words before them need be read.
            if i + 1 >= len(lower) or _disagreement(lower[i], lower[i + 1]) is None:
                continue
            subject, verb = view.at(i), view.following(i)
            disagreement = _disagreement(subject, verb) if verb else None
            if disagreement is None:
                continue
            before = view.before(i, 3)
            if self._not_a_statement(before):
                continue
            if subject == "it" and before and before[-1] not in closed("conjunctions"):
                continue  # "it" after a verb is an object: "let it go"
            yield view.replace(i + 1, *disagreement)

    @staticmethod
    def _not_a_statement(before: tuple[str, ...]) -> bool:
        if not before:
            return False
        if before[-1] in closed("modals") | _NOT_A_STATEMENT | closed("be") | closed("have"):
            return True
        triggers = closed("subjunctive-triggers")
        return before[-1] == "that" and any(w in triggers for w in before[:-1])

    def _noun_phrases(self, view: View) -> Iterator[Finding]:
        plural_determiners = ("the", "these", "those", "many", "several", "both", "all")
        verbs = {*_SINGULAR_VERBS, "are", "were", "have"}
        lower = view.lower
        for i in view.indices(*plural_determiners, "a", "an", "each", "every", "this"):
            # (Words i + 2 and i + 3 compared in one C call: some 10,000 determiners an
            # archive of 100,000 words.)
            if verbs.isdisjoint(lower[i + 2 : i + 4]):
                continue  # no verb where agreement could fail: most phrases
            words = view.run(i, 4)
            n = 2 if len(words) > 2 and only(words[1], "ADJ") else 1
            before = view.before(i, 1)
            if len(words) < n + 2 or before in (("if",), ("as",), ("wish",)):
                continue
            if before and before[0] in closed("prepositions"):
                continue  # "the best of the operas is": the subject is further back
            noun, verb = words[n], words[n + 1]
            if words[0] in plural_determiners and verb in _SINGULAR_VERBS:
                if is_plural_form(noun):
                    yield view.replace(i + n + 1, _SINGULAR_VERBS[verb], f'"{noun}" is plural')
            elif (
                words[0] not in plural_determiners
                and verb in ("are", "were", "have")
                and is_singular_noun(noun)
                and noun not in _NOTIONAL
            ):
                yield view.replace(
                    i + n + 1,
                    {"are": "is", "were": "was", "have": "has"}[verb],
                    f'"{noun}" is singular',
                )


def _disagreement(subject: str, verb: str) -> tuple[str, str] | None:
    """The verb a pronoun subject takes instead of ``verb``, and why; None when they agree."""
    if subject in _PLURAL_SUBJECTS and verb in _SINGULAR_VERBS:
        return _SINGULAR_VERBS[verb], f'"{subject}" is plural'
    if subject in _THIRD_SINGULAR:
        wrong = (verb in _PLURAL_VERBS and verb != "were") or verb in ("am", "have")
        bare = (
            not wrong
            and verb not in _LEAVE
            and verb not in closed("modals")
            and only(verb, "VERB", "NOUN")
            and is_base_verb(verb)
        )
        if wrong or bare:
            fixed = _PLURAL_VERBS.get(verb, {"am": "is", "have": "has"}.get(verb, ""))
            return fixed or third_person(verb), f'"{subject}" takes the singular verb'
    return None


def third_person(verb: str) -> str:
    """The third-person singular of a regular base verb: "go" → "goes", "fix" → "fixes",
    "carry" → "carries", "run" → "runs"."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"
