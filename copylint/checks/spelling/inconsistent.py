"""spelling/inconsistent: one name spelled two ways in the same article."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from copylint.analysis.mentions import use_titles
from copylint.analysis.spelling import Verdict, inflection_of, read
from copylint.analysis.variants import names_owned
from copylint.lexicon.suggest import match_case
from copylint.lexicon.typical import typicality
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Shorter names differ by a letter too often to call it a slip (Hu, Xu; Dana, Dane): two
#: forms are compared when one has MIN_LENGTH letters, the other at least SHORTEST ("Holt"
#: and "Holht", not "Nida" and "Niad"), and then only the form the article uses less often
#: is flagged (a title's "Good" does not make every "Goode" a slip).
MIN_LENGTH = 5
SHORTEST = 4


class Inconsistent(Rule):
    id = "spelling/inconsistent"
    severity = Severity.WARNING
    summary = "A name spelled two ways in one article"
    what = (
        "Flags a capitalized word that differs by one letter from another in the same "
        'article ("the Okwousa lagoon" and "the Okwuosa lagoon", "Ngwena" and "Ngwenya"): a '
        "transposition, or a letter changed, added or dropped. The form no dictionary knows "
        "is flagged, and when neither is known, the rarer one in the article (or, on a tie, "
        "the one spelled less like a name, by a letter model of the names lexicon: "
        '"Levicco" beside "Levico"), with the line of the other. It needs no dictionary, so '
        "it catches slips in names no lexicon has. A four-letter name is compared with a "
        'five-letter form only ("Holt", "Holht"), and only the form used less often is flagged. '
        'Plurals and possessives ("the Bernoullis") are not '
        "inconsistencies, and a word the misspelling rule already reports is left to it. "
        "People's names are names/inconsistent-name's while that rule runs (one slip, one "
        "finding): a word in a name the people table reads is left to it, and so is a surname "
        "one slip from a person's; this rule keeps the other capitalized words: places, "
        "organizations, and names the table does not read as a person's. Without that rule "
        '(select = ["spelling"]) this one reads the names of people too, so no slip in a full '
        'name ("Jared Tristan Okonjoo" … "Okonjo") goes unreported.'
    )
    why = (
        "AP Stylebook (names): spell a name the same way every time, and check it against a "
        "reliable source. A name that changes spelling within a story tells readers one of "
        "them is wrong, and a dictionary cannot say which when the name is rare."
    )
    references = ("AP Stylebook: names",)
    bad = (
        Example(
            "Ferries cross the Okwuosa lagoon. Later the Okwousa lagoon froze.",
            flags=("Okwousa",),
        ),
        Example(
            "Trade in Ngwenya grew. Ngwenya district sells maize, and Ngwena district too.",
            flags=("Ngwena",),
        ),
        Example(
            "# Ngwenya farm\n\nThe *Ngwemya* family farm lies north.",
            format="markdown",
            flags=("Ngwemya",),
        ),
    )
    good = (
        Example("Shia al-Sudani spoke on Sunday. Later al-Sudani met the envoy."),
        Example("Johann Bernoulli and the younger Bernoullis taught in Basel."),
        Example("Thandeka Ngwenya runs the farm with her brother Sipho Ngwenya."),
        Example("Lee met Leo at the port."),
    )
    fix_safety = (
        "No safe fix: which spelling is right is for the writer to check. The other spelling "
        "is offered as a suggestion."
    )
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        reading = read(doc, self.context.settings.words)
        occurrences: dict[str, list[int]] = {}
        for index, token in enumerate(reading.tokens):
            text = token.text
            if text[:1].isupper() and not token.foreign and len(text) >= SHORTEST:
                occurrences.setdefault(text.lower(), []).append(index)
        known = {
            form: all(reading.verdicts[i] is Verdict.KNOWN for i in where)
            for form, where in occurrences.items()
        }
        # The forms that may be flagged: no dictionary knows them, and spelling/misspelling
        # reports none of their places. Most articles have few or none.
        doubtful = [
            form
            for form, where in occurrences.items()
            if not known[form] and not any(i in reading.misspelled for i in where)
        ]
        if not doubtful:
            return
        owned = (
            names_owned(doc)
            if "names/inconsistent-name" in self.context.selected_rules
            else frozenset()
        )
        near = _near_forms(doubtful, occurrences)
        for form in doubtful:
            where = occurrences[form]
            other = _preferred_twin(form, near[form], occurrences, known)
            if other is None:
                continue
            first = reading.tokens[occurrences[other][0]]  # the other form's first place
            line = doc.line_of(first.start)
            for index in where:
                token = reading.tokens[index]
                if token.start in owned:
                    continue  # a person's name, or a slip in one: names/inconsistent-name's
                replacement = match_case(other, token.text)
                finding = Finding.replace(
                    token.start,
                    token.end,
                    f'"{token.text}" is spelled "{replacement}" on line {line}; '
                    "one of them is wrong",
                    replacement,
                    safe=False,
                )
                yield dataclasses.replace(finding, refers_to=((first.start, first.end),))


def _near_forms(forms: list[str], occurrences: dict[str, list[int]]) -> dict[str, list[str]]:
    """For each of ``forms``, the other forms of the article that may be one edit from it,
    in article order: those that share the form or one of its one-letter deletions (a
    changed, added, dropped or swapped letter always leaves one in common). Linear in the
    forms, where comparing every pair was quadratic; only a form within a letter of the
    length of one of ``forms`` can share a deletion with it, so only those are expanded."""
    by_key: dict[str, list[str]] = {}
    for form in forms:
        for key in _deletions(form):
            by_key.setdefault(key, []).append(form)
    lengths = {len(form) + step for form in forms for step in (-1, 0, 1)}
    near: dict[str, list[str]] = {form: [] for form in forms}
    for other in occurrences:  # in article order
        if len(other) not in lengths:
            continue
        matched = {form for key in _deletions(other) for form in by_key.get(key, ())}
        for form in matched:
            if form != other:
                near[form].append(other)
    return near


def _deletions(form: str) -> set[str]:
    return {form} | {form[:i] + form[i + 1 :] for i in range(len(form))}


def _preferred_twin(
    form: str, near: list[str], occurrences: dict[str, list[int]], known: dict[str, bool]
) -> str | None:
    """The other spelling in the article that ``form`` (unknown) should yield to, if any."""
    for other in near:
        where = occurrences[other]
        if (
            abs(len(other) - len(form)) > 1
            or max(len(other), len(form)) < MIN_LENGTH
            or inflection_of(form, other)
        ):
            continue
        if OSA.distance(form, other, score_cutoff=1) > 1:
            continue
        mine = occurrences[form]
        if min(len(other), len(form)) < MIN_LENGTH and len(mine) > len(where):
            continue  # a short word is no twin of a name the article uses more ("Good", Goode)
        if (
            known[other]
            or len(where) > len(mine)
            or (len(where) == len(mine) and _kept(other, form, where[0] < mine[0]))
        ):
            return other
    return None


def _kept(other: str, form: str, other_first: bool) -> bool:
    """Of two spellings an article uses equally often, whether ``other`` is the one to keep:
    the one spelled more like a name (see copylint.lexicon.typical), or, when both are spelled
    alike, the earlier (``other_first``)."""
    mine, theirs = typicality(form), typicality(other)
    return theirs > mine or (theirs == mine and other_first)
