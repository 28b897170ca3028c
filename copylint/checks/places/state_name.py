"""places/state-name: a state abbreviated after a city in the body of a story."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.analysis.dateline import find_dateline
from copylint.analysis.layout import article_regions
from copylint.lexicon.states import states
from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.packs.phrases import fold
from copylint.packs.presence import PRESENCE
from copylint.packs.required import Requirements
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document


@functools.cache
def _pattern() -> regex.Pattern[str]:
    abbreviations = sorted(states().abbreviation.values(), key=len, reverse=True)
    alternatives = "|".join(regex.escape(a) for a in abbreviations)
    # After "City, " (a capitalized word and a comma), not in a party label ("D-Calif.") and
    # not the first half of one ("Ind.-Maine").
    return regex.compile(
        rf"(?<=\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*,[ \t]+)(?:{alternatives})(?![\p{{L}}\-])"
    )


@functools.cache
def _after_a_space() -> Requirements:
    """A space and an abbreviation, as the shared presence index reads a text (case-folded,
    each white space " "): where no text holds one, no abbreviation follows a space or tab."""
    return (frozenset(" " + fold(a) for a in states().abbreviation.values()),)


def _may_occur(text: str) -> bool:
    """Whether an abbreviation may follow a space or tab somewhere in ``text``: where none
    does, the pattern cannot match, and is not compiled (2 ms). The packs' presence index
    reads every article once anyway; a search per abbreviation cost 0.02 s per 100,000
    words."""
    return PRESENCE.met(_after_a_space(), text)


#: What after the abbreviation shows that its period only closed the abbreviation: the sentence
#: goes on (a comma or other mark, a lowercase word, a figure).
_SENTENCE_GOES_ON = LazyPattern(r"[,;:]|\s+[\p{Ll}\d]")


class StateName(Rule):
    id = "places/state-name"
    severity = Severity.WARNING
    summary = "A state abbreviated after a city in the body of a story"
    what = (
        "Flags AP's state abbreviations after a city in the body of a story (\"Albuquerque, "
        'N.M.") and writes the state out ("Albuquerque, New Mexico"). Datelines and headlines, '
        'where AP keeps the abbreviations, are left alone, as are party labels ("D-Calif.").'
    )
    why = (
        'AP Stylebook, "state names" (changed May 1, 2014): "The names of the 50 U.S. states '
        "should be spelled out when used in the body of a story, whether standing alone or in "
        'conjunction with a city, town, village or military base." Abbreviations stay in '
        "datelines and party affiliations."
    )
    bad = (
        Example(
            "Students came from Albuquerque, N.M., and Tulsa, Okla.",
            fixed="Students came from Albuquerque, New Mexico, and Tulsa, Oklahoma.",
            flags=("N.M.", "Okla."),
        ),
    )
    good = (
        Example("Students came from Albuquerque, New Mexico, and Tulsa, Oklahoma."),
        Example("TULSA, Okla. (AP) — The storm hit at dawn."),
        Example("Rep. Jane Doe, D-Calif., voted no."),
    )
    fix_safety = (
        "Safe: the abbreviation becomes the state's name; when its period also ended the "
        "sentence, the period stays."
    )
    references = ("https://www.prdaily.com/ap-spell-out-state-names-in-stories/",)

    def check(self, doc: Document) -> Iterator[Finding]:
        if not _may_occur(doc.text):
            return
        name_of = states().name_of
        dateline = find_dateline(doc)
        skip = dateline.region_start if dateline else -1
        regions = article_regions(doc)
        for block, region in zip(doc.blocks, regions, strict=True):
            if region == "headline":
                continue
            for match in _pattern().finditer(doc.text, block.start, block.end):
                if match.start() == skip:
                    continue
                name = name_of[match.group()]
                goes_on = _SENTENCE_GOES_ON.match(doc.text, match.end(), block.end)
                replacement = name if goes_on else f"{name}."
                yield Finding.replace(
                    match.start(),
                    match.end(),
                    f"Write '{name}': AP spells out state names in the body of a story",
                    replacement,
                    safe=True,
                )
