"""spelling/inconsistent: one name spelled two ways in the same article."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import operator
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING

from copylint.analysis.mentions import use_titles
from copylint.analysis.spelling import (
    LISTED,
    Token,
    Verdict,
    derivative,
    inflection_of,
    is_known,
    listed_abbreviations,
    read,
    strip_accents,
    verdict,
)
from copylint.analysis.variants import names_owned
from copylint.lexicon.dictionary import english_counts, name_counts
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
#: Words that make the capitalized word a few places after them a family's or a group's
#: plural ("the Kowalczyks", "the younger Bernoullis", "both Hallstons"): an article that
#: writes a name with and without a final "s" writes the plural after one of them.
PLURAL_BEFORE = frozenset({"the", "both", "two"})
PLURAL_WINDOW = 2


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
        "it catches slips in names no lexicon has; a tie where one form is the other with a "
        'letter dropped flags the shorter ("Eleston" beside "Edleston"), unless the extra '
        'letter doubles a neighbour or is an "h". A four-letter name is compared with a '
        'five-letter form ("Holt", "Holht"), only the form used less often flagged, or with its '
        'own letters transposed beside a name the lexicons list ("Sihh" beside "Shih"). '
        'A name written with its accents elsewhere ("Ichiyō") counts as that spelling and is '
        'never flagged, and a four-letter name before a period ("Ruiz.", "Moul.") counts too, '
        "though the misspelling rule takes such words for abbreviations (there only a dropped "
        "or transposed letter is a slip: an abbreviation drops more). "
        'Plurals and possessives ("the Bernoullis") are not '
        'inconsistencies, but a name ending in "s" written once without it is ("Galoi" beside '
        '"Galois"; never when the article writes the longer form after "the", "both" or '
        '"two"), and a word the misspelling rule already reports is left to it. '
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
        extra = _before_period(doc, reading.tokens)
        tokens = [*reading.tokens, *extra]
        first_extra = len(reading.tokens)
        word = Verdict.KNOWN  # an enum's member read once, not at each place
        unknown = reading.unknown.union(
            i for i, t in enumerate(extra, first_extra) if verdict(t.text, False, False) is not word
        )
        occurrences, accented = _occurrences(tokens)
        in_doubt = _forms_in_doubt(tokens, unknown, occurrences, accented)
        # The forms that may be flagged: no dictionary knows them, and spelling/misspelling
        # reports none of their places. Most articles have few or none.
        doubtful = [
            form
            for form, where in occurrences.items()
            if form in in_doubt
            and (form not in accented or not all(tokens[i].foreign for i in where))
            and reading.misspelled.isdisjoint(where)
        ]
        near = _near_forms(doubtful, occurrences)
        if not any(near.values()):
            return  # no form has a twin to yield to (most articles)
        owned = (
            names_owned(doc)
            if "names/inconsistent-name" in self.context.selected_rules
            else frozenset()
        )
        plurals = _plurals(doc, reading.tokens)
        for form in doubtful:
            where = occurrences[form]
            other = _preferred_twin(form, near[form], occurrences, in_doubt, plurals)
            if other is None or (min(where) >= first_extra and not _letter_short(form, other)):
                continue  # an abbreviation before its period is no slip of a longer name
            first = tokens[occurrences[other][0]]  # the other form's first place
            line = doc.line_of(first.start)
            for index in where:
                token = tokens[index]
                if token.start in owned or token.foreign:
                    continue  # a person's name, or a slip in one: names/inconsistent-name's
                replacement = match_case(first.lower, token.text)
                finding = Finding.replace(
                    token.start,
                    token.end,
                    f'"{token.text}" is spelled "{replacement}" on line {line}; '
                    "one of them is wrong",
                    replacement,
                    safe=False,
                )
                yield dataclasses.replace(finding, refers_to=((first.start, first.end),))


def _forms_in_doubt(
    tokens: Sequence[Token],
    unknown: frozenset[int],
    occurrences: dict[str, list[int]],
    accented: set[str],
) -> set[str]:
    """The forms of ``occurrences`` no dictionary knows at every place (see _is_in_doubt),
    found among a few suspects rather than by a test of every form (an article has a hundred
    capitalized forms, three in doubt): the forms with an unknown or accented place, and the
    derivatives no lexicon has seen."""
    placed = accented.union(tokens[i].lower for i in unknown)
    suspects = placed.union(filter(_unseen_derivative, occurrences.keys() - placed))
    return {
        form
        for form in suspects
        if (where := occurrences.get(form)) is not None
        and _is_in_doubt(form, where, tokens, unknown, accented)
    }


def _is_in_doubt(
    form: str,
    where: list[int],
    tokens: Sequence[Token],
    unknown: frozenset[int],
    accented: set[str],
) -> bool:
    """Whether no dictionary knows ``form`` at every one of its places ``where``: one of them is
    ``unknown`` (an accented place is evidence by its count only, and never flagged: "Ichiyō"
    three times makes "Ihciyo" the slip), or the form is known only as a regular derivative
    ("Cortesee": cortes + -ee)."""
    if form not in accented:
        known = unknown.isdisjoint(where)  # most forms: no place is accented
    else:
        known = all(i not in unknown for i in where if not tokens[i].foreign) and not all(
            tokens[i].foreign for i in where
        )
    return not known or _unseen_derivative(form)


def _occurrences(tokens: Sequence[Token]) -> tuple[dict[str, list[int]], set[str]]:
    """Each capitalized form of SHORTEST letters or more (lowercase; a name written with its
    accents counts, unaccented), with the indices of its places, in article order; and the
    forms written with accents somewhere."""
    occurrences: dict[str, list[int]] = {}
    accented = set()
    for index in [i for i, t in enumerate(tokens) if t.capitalized or t.foreign]:
        token = tokens[index]  # most words are neither capitalized nor accented
        if not token.foreign:  # capitalized: its lowercase form is the token's
            if len(token.text) >= SHORTEST and token.text.isascii():
                occurrences.setdefault(token.lower, []).append(index)
            continue
        text = strip_accents(token.text)
        if text[:1].isupper() and len(text) >= SHORTEST and text.isascii():
            occurrences.setdefault(form := text.lower(), []).append(index)
            accented.add(form)
    return occurrences, accented


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
    keys = by_key.keys()
    for other in occurrences:  # in article order
        if len(other) not in lengths or keys.isdisjoint(deletions := _deletions(other)):
            continue  # most forms: no key in common with any of ``forms``
        matched = {form for key in keys & deletions for form in by_key[key]}
        for form in matched:
            if form != other:
                near[form].append(other)
    return near


@functools.lru_cache(maxsize=1 << 14)  # a name recurs from article to article
def _deletions(form: str) -> frozenset[str]:
    return frozenset({form} | {form[:i] + form[i + 1 :] for i in range(len(form))})


def _preferred_twin(
    form: str,
    near: list[str],
    occurrences: dict[str, list[int]],
    in_doubt: Collection[str],
    plurals: set[str],
) -> str | None:
    """The other spelling in the article that ``form`` (unknown) should yield to, if any."""
    if not near:
        return None
    from rapidfuzz.distance import OSA  # here: most drafts have no near twins to compare

    for other in near:
        where = occurrences[other]
        mine = occurrences[form]
        if abs(len(other) - len(form)) > 1 or OSA.distance(form, other, score_cutoff=1) > 1:
            continue
        if max(len(other), len(form)) < MIN_LENGTH and not _short_twin(
            form, other, len(where) > len(mine)
        ):
            continue
        if inflection_of(form, other) and not _s_dropped(
            form, other, other in plurals, len(where) > len(mine)
        ):
            continue
        if min(len(other), len(form)) < MIN_LENGTH and len(mine) > len(where):
            continue  # a short word is no twin of a name the article uses more ("Good", Goode)
        if (
            other not in in_doubt
            or len(where) > len(mine)
            or (len(where) == len(mine) and _kept(other, form, where[0] < mine[0]))
        ):
            return other
    return None


def _before_period(doc: Document, tokens: Sequence[Token]) -> list[Token]:
    """Capitalized words of SHORTEST letters before a period that spelling does not read (it
    takes them for abbreviations: "Vols.", see copylint.analysis.spelling) and no list of
    abbreviations has: a name there ("Mosul." beside "Moul", "Ruiz.") is still a spelling the
    article uses, and a slip there ("Moul." beside "Mosul") still one. They are found from
    the periods (a sentence has one or two), the letters before each tested before the words
    are searched, rather than by a look after every word."""
    text = doc.text
    found = []
    period = text.find(".")
    while period >= 0:
        start = period - SHORTEST
        word = text[start:period] if start >= 0 else ""
        if (
            word.isalpha()
            and word[0].isupper()
            and word[1:].islower()
            and not text[period + 1 : period + 2].isalpha()
            and word not in listed_abbreviations()
            and _is_word(doc, start, period)
            and not _read_at(tokens, start)
        ):
            found.append(Token.of(start, period, word, False, False, -1))
        period = text.find(".", period + 1)
    return found


def _is_word(doc: Document, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` is one of the words of ``doc``."""
    index = doc.word_index(start)  # the first word that starts at ``start`` or after it
    if index == len(doc.words):
        return False
    word = doc.words[index]
    return word.start == start and word.end == end


_START = operator.attrgetter("start")


def _read_at(tokens: Sequence[Token], start: int) -> bool:
    """Whether one of ``tokens`` (in order) starts at ``start``: a binary search, where a set
    of every token's start cost an article a pass over its words."""
    index = bisect.bisect_left(tokens, start, key=_START)
    return index < len(tokens) and tokens[index].start == start


def _letter_short(form: str, other: str) -> bool:
    """Whether ``form`` is ``other`` with two letters transposed or one inner letter dropped:
    the slips an abbreviation is not (it drops two letters or more, most often at the end)."""
    if len(form) == len(other):
        return sorted(form) == sorted(other)
    return len(other) == len(form) + 1 and any(
        other[:i] + other[i + 1 :] == form for i in range(1, len(other) - 1)
    )


def _plurals(doc: Document, tokens: Sequence[Token]) -> set[str]:
    """The capitalized forms (lowercase) the article writes as a plural somewhere: right after
    one of PLURAL_BEFORE, or with one word between ("the younger Bernoullis"), nothing but a
    space between the words ("the legend of Galois", "the duel, Galois" are no plurals)."""
    found = set()
    text = doc.text
    for index in [i for i, t in enumerate(tokens) if t.lower in PLURAL_BEFORE]:
        earlier = tokens[index]
        for later in tokens[index + 1 : index + 1 + PLURAL_WINDOW]:
            if not text[earlier.end : later.start].isspace():
                break
            if later.capitalized:
                found.add(later.lower)
            earlier = later
    return found


def _short_twin(form: str, other: str, other_more: bool) -> bool:
    """Whether two four-letter forms are one name: ``form`` is ``other`` with two letters after
    the first transposed ("Sihh" beside "Shih", "Niad" beside "Nida"), and ``other`` is a name
    the lexicons list (LISTED) or the article uses more (``other_more``). Short names differ
    from short names by a changed, added or dropped letter all the time (Dana, Dane; Hu, Xu),
    by transposed letters seldom, and two barely known ones are left alone ("Ruvo", "Ruov")."""
    return (
        (other_more or _seen(other) >= LISTED)
        and len(form) == len(other)
        and form[0] == other[0]
        and sorted(form) == sorted(other)
    )


def _s_dropped(form: str, other: str, plural: bool, other_more: bool) -> bool:
    """Whether ``form`` is ``other`` with its final "s" dropped ("Wikinew" beside "Wikinews",
    "Galoi" beside "Galois"), not the name whose plural ``other`` is: no lexicon has seen
    ``form``, ``other`` is never written as a plural (``plural``: after "the", "both" or "two":
    "the Kowalczyks") and is a name a lexicon has seen or the article uses more
    (``other_more``)."""
    return (
        other == form + "s" and not plural and not _seen(form) and (other_more or _seen(other) > 0)
    )


@functools.lru_cache(maxsize=1 << 14)  # asked about every capitalized form of every article
def _unseen_derivative(form: str) -> bool:
    """Whether ``form`` (lowercase) is a form no lexicon has seen and a dictionary knows only
    as a regular derivative of one of its words: a slip of a name can take that shape
    ("Cortesee", Cortese)."""
    return (
        form not in english_counts()
        and form not in name_counts()
        and not is_known(form)
        and derivative(form)
    )


def _seen(form: str) -> int:
    """How often the lexicons have seen ``form`` (lowercase)."""
    return max(english_counts().get(form, 0), name_counts().get(form, 0))


def _kept(other: str, form: str, other_first: bool) -> bool:
    """Of two spellings an article uses equally often, whether ``other`` is the one to keep:
    the one spelled more like a name (see copylint.lexicon.typical), or, when both are spelled
    alike, the earlier (``other_first``)."""
    if (dropped := _dropped_letter(other, form)) is not None:
        return dropped
    mine, theirs = typicality(form), typicality(other)
    return theirs > mine or (theirs == mine and other_first)


def _dropped_letter(other: str, form: str) -> bool | None:
    """Whether ``other`` is kept when one of the two is the other with a letter dropped: the
    longer, unless its extra letter doubles a neighbour or is an "h" (a doubled letter and an
    "h" are the letters typists and writers add: "Tavernnelli", "Marsovikho"). Omission is the
    commonest typing slip (Pollock and Zamora, "Automatic spelling correction in scientific
    and scholarly text", 1984), so "Eleston" beside "Edleston" dropped its "d". None when the
    lengths are equal or the extra letter says nothing."""
    if abs(len(other) - len(form)) != 1:
        return None
    short, long = sorted((other, form), key=len)
    for i, letter in enumerate(long):
        if long[:i] + long[i + 1 :] == short:
            if letter == "h" or letter in long[max(0, i - 1) : i] + long[i + 1 : i + 2]:
                return None
            return long == other
    return None
