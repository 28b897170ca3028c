"""grammar/verb-form: a noun or a finite verb where another form of the verb belongs
("the phenomenon knows as", "Airbus manufacturers a number of jets")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count, repeat

from copylint.checks.grammar.context import GrammarRule, View, closed, lemmas, rule_words, tags
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Words after which "known as" is a participle: "also known as", "is known as".
_BEFORE_KNOWN = rule_words("verb_form", "before-known")
#: Subjects an agent noun ("manufacturers") cannot follow as a verb would: names and pronouns.
_SUBJECTS = frozenset(("he", "she", "it", "which", "that", "who"))
#: The endings of the agent nouns read as slips for a verb ("manufacturers", "operators").
_AGENT_ENDINGS = ("ers", "ors")


def _verb_for_agent(word: str) -> str | None:
    """ "manufactures" for "manufacturers", "builds" for "builders", "operates" for
    "operators": the third person of the verb an agent noun is one slip away from."""
    ending = [word[:-3] + "es"] if word.endswith("ors") else [word[:-2] + "s", word[:-3] + "s"]
    if "NOUN" not in tags(word):
        return None
    for form in ending:
        verbs = lemmas(form).get("VERB", ())
        if verbs and form not in verbs:
            return form
    return None


class VerbForm(GrammarRule):
    id = "grammar/verb-form"
    severity = Severity.WARNING
    summary = 'A verb in the wrong form: "knows as" for "known as", "manufacturers" for a verb'
    what = (
        'Flags "knows as" where the participle "known as" belongs — after "also", "is", '
        '"commonly" and the like, or after a noun when a name or an article follows ("the '
        'phenomenon knows as the Doppler effect") — and an agent noun where its verb belongs, '
        'after a name or a pronoun and before an object ("Airbus manufacturers a number of '
        'jets", "which producers the parts").'
    )
    why = (
        "A slip of one or two letters turns a verb into another form or into a noun; both "
        "are words, so the spelling checker passes them (Merriam-Webster; The Chicago Manual "
        "of Style, 5.97)."
    )
    references = (
        "Merriam-Webster: https://www.merriam-webster.com/",
        "The Chicago Manual of Style, chapter 5: grammar and usage (verbs)",
    )
    bad = (
        Example("The effect, also knows as the Doppler shift, was measured.", flags=("knows",)),
        Example("The phenomenon knows as the Doppler effect was measured.", flags=("knows",)),
        Example("Since 1970, Airbus manufacturers a number of jets.", flags=("manufacturers",)),
    )
    good = (
        Example("The effect, also known as the Doppler shift, was measured."),
        Example("She knows as much as anyone, and the company knows as well."),
        Example("The manufacturers a decade ago were smaller. Airbus manufactures jets."),
    )
    fix_safety = "Always a suggestion."
    headlines = False

    def find(self, view: View) -> Iterator[Finding]:
        for i in view.indices("knows"):
            before, after = view.previous(i), view.following(i)
            if after != "as" or not view.joined(i + 2):
                continue
            then = view.at(i + 2)
            names_next = then in ("a", "an", "the") or view.words[i + 2].text[:1].isupper()
            noun_before = "NOUN" in tags(before) and "VERB" not in tags(before)
            if before in _BEFORE_KNOWN or (noun_before and names_next):
                yield view.replace(i, "known", '"known as" names what something is called')
        objects = closed("determiners") | {"more", "most", "about", "some", "several"}
        function_words = closed("determiners") | closed("conjunctions") | closed("prepositions")
        # (str.endswith over the words, a C call each: a methodcaller cost half as much again)
        agents = compress(count(), map(str.endswith, view.lower, repeat(_AGENT_ENDINGS)))
        for i in agents:
            if view.raw(i + 1) not in objects:
                continue  # most agent nouns: the next word, masked or not, is no object
            word = view.at(i)
            if not word or view.following(i) not in objects:
                continue
            subject = view.previous(i) if view.joined(i) else None
            before = view.lower[i - 1] if view.joined(i) else ""
            unknown = not tags(before) and before not in function_words
            name_before = view.joined(i) and view.words[i - 1].text[:1].isupper() and unknown
            if not (subject in _SUBJECTS or name_before):
                continue
            verb = _verb_for_agent(word)
            if verb is not None:
                yield view.replace(i, verb, f'the verb is meant, not the noun "{word}"')
