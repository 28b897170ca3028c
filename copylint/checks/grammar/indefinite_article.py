"""grammar/indefinite-article: "a" or "an" against the sound of the next word."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Literal

import regex

from copylint.checks.grammar.context import GrammarRule, View, closed, word_lists
from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.rule import Example, Finding

Sound = Literal["vowel", "consonant"]

_NUMBER = LazyPattern(r"^(\d+)(,\d{3})*")
#: Lowercase first letters whose sound is the same in every lowercase English word.
_SURE_VOWEL = "aei"
_SURE_CONSONANT = "bcdfgjklmnpqrstvwz"
#: The letters one of which a word "a" plainly fits must hold (not an acronym such as "mph").
_VOWEL_LETTERS = frozenset("aeiouy")


@functools.cache
def _prefixes(key: str) -> tuple[str, ...]:
    return tuple(word_lists().data["sound"][key])


@functools.cache
def _acronyms(sound: str) -> frozenset[str]:
    return frozenset(word_lists().data["sound"]["acronym-words"][sound])


def _letter(char: str) -> Sound:
    return "vowel" if char.lower() in word_lists().data["sound"]["vowel-letters"] else "consonant"


@functools.lru_cache(maxsize=1 << 14)  # every word after "a" or "an", again and again
def sound_of(text: str) -> Sound | None:
    """The opening sound of ``text`` when it is certain; None when it is not."""
    first = regex.split(r"[\-‑]", text, maxsplit=1)[0]
    lower = first.lower()
    if first[:1].isdigit():
        return _number_sound(first)
    if "." in first:  # a dotted abbreviation is read letter by letter: "a U.S. official"
        return _letter(first[0])
    if len(first) == 1:
        return _letter(first) if first.isupper() else None
    if first.isupper():
        if lower in _acronyms("consonant"):
            return "consonant"
        if lower in _acronyms("vowel"):
            return "vowel"
        if regex.fullmatch("[^AEIOU][AEIOU][^AEIOU]", first):
            return None  # consonant-vowel-consonant may be said as a word: "a LAN", "a MAC"
        if len(first) <= 3 or not regex.search("[AEIOU]", first):
            return _letter(first[0])
        return None  # a longer acronym may be said as a word: no way to tell
    if not regex.search("[aeiouy]", lower):
        return _letter(first[0])  # said letter by letter: "an npm package", "an mph limit"
    if lower.startswith(tuple(word_lists().data["sound"]["either"])):
        return None
    if lower.startswith(_prefixes("vowel-prefixes")):
        return "vowel"
    if lower.startswith(_prefixes("consonant-prefixes")):
        return "consonant"
    if lower[0] in "aeiou":
        return "vowel"
    if lower[0] == "x":
        return None  # "an x-ray", "a xylophone"
    return "consonant" if lower[0].isalpha() else None


def _number_sound(text: str) -> Sound | None:
    """ "an 8", "an 11-year-old", "an 18th-century", "an 80-page": eight, eleven, eighteen."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    lead = match.group(1)
    if lead.startswith("8") or lead in ("11", "18"):
        return "vowel"
    if len(lead) == 4 and not match.group(2) and lead[:2] in ("11", "18"):
        return None  # 1100 or 1840: a year ("an eighteen-forty") or a count ("a one thousand")
    return "consonant"


def _safe(text: str, want: str) -> bool:
    """Whether the sound of a lowercase word is certain from its first letter alone."""
    if not (text.isalpha() and text.islower() and len(text) > 1):
        return False
    if want == "an":
        certain = text[0] in _SURE_VOWEL or text.startswith(_prefixes("vowel-prefixes"))
        return certain and not text.startswith(_prefixes("consonant-prefixes"))
    return text[0] in _SURE_CONSONANT and regex.search("[aeiouy]", text) is not None


def _plainly_right(article: str, text: str) -> bool:
    """ "a" before a lowercase word with a sure consonant, "an" before one with a sure vowel:
    most articles, settled without :func:`sound_of`."""
    first = text[:1]
    if article == "a":  # (the vowel test last, in C: most words pass the others)
        return (
            first in _SURE_CONSONANT
            and len(text) > 3
            and text.islower()
            and not _VOWEL_LETTERS.isdisjoint(text)
        )
    return first in _SURE_VOWEL and text.islower() and not text.startswith("eu")


class IndefiniteArticle(GrammarRule):
    id = "grammar/indefinite-article"
    severity = Severity.WARNING
    summary = '"a" before a vowel sound or "an" before a consonant sound'
    what = (
        'Flags "a" or "an" that does not fit the sound of the next word: "an report", "a '
        'hour", "a FBI agent", "an U.S. official", "a 8-year-old", "an one-time". The sound '
        "decides, not the letter: acronyms said letter by letter take the article of the first "
        'letter\'s name ("an NBA player"), acronyms said as words take that of the word ("a NATO '
        'ally"), and words said either way ("herb") or acronyms that could be either are left '
        'alone. The adjective after the article counts, not the noun ("an old report").'
    )
    why = (
        'AP Stylebook, "a, an": use "a" before consonant sounds and "an" before vowel sounds '
        '("a historic event, a one-year term, an energy crisis, an honorable person, a united '
        'stand"). Merriam-Webster\'s usage note on "a" agrees.'
    )
    references = ("AP Stylebook: a, an", 'Merriam-Webster, usage note on "a"')
    bad = (
        Example(
            "He filed an report on Monday.",
            fixed="He filed a report on Monday.",
            flags=("an",),
        ),
        Example("The talks took a hour.", fixed="The talks took an hour.", flags=("a",)),
        Example("She is a FBI agent.", flags=("a",)),
        Example("An U.S. official said so.", flags=("An",)),
        Example("It was an one-time payment.", flags=("an",)),
        Example("He is a NBA player and a 18-year-old.", flags=("a", "a")),
    )
    good = (
        Example("A university, an hour, a one-time deal, a European team."),
        Example("An FBI agent, a NATO ally, a U.S. official, an NBA player, an 8-year-old."),
        Example("She met a herb grower and an herb grower."),
        Example("Points a and b, and vitamin A are listed."),
        Example("The A train was late; she took an x-ray."),
        Example("Install it with an npm command on a LAN; it is an Euler brick."),
    )
    fix_safety = (
        'Safe only where the sound is certain from the spelling: "an" before a lowercase word '
        'starting with a consonant letter other than h, x and y ("an report"), and "a" before '
        'a lowercase word starting with a, e or i that is not said with a consonant ("a apple"; '
        'not "a euro") or with the silent h of "hour", "honest", "honor" or "heir" ("a hour"). '
        "Everything else — other h words, o, u, acronyms, figures, names — is a suggestion."
    )

    def find(self, view: View) -> Iterator[Finding]:
        skip = closed("conjunctions") | closed("prepositions") | closed("determiners")
        words, lower = view.words, view.lower
        for i in view.indices("a", "an"):
            if (
                i + 1 < len(words)
                and not words[i].text[:1].isupper()  # (then read properly, it is itself)
                and _plainly_right(lower[i], words[i + 1].text)
            ):
                continue  # most articles: settled before the words are read properly
            if not view.joined(i + 1) or view.at(i + 1) in skip:
                continue
            following = view.words[i + 1].text
            if _plainly_right(view.at(i), following):
                continue
            sound = sound_of(following)
            want = "an" if sound == "vowel" else "a"
            if sound is None or view.at(i) == want:
                continue
            yield view.replace(
                i,
                want,
                f'"{following}" starts with a {sound} sound',
                safe=_safe(following, want),
            )
