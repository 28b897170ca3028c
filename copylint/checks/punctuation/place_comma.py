"""punctuation/place-comma: the comma after the state or country that follows a city."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.resources import data_path, load_toml
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

#: Words that bring in a place ("held in Amman, Jordan"): only after one of them is a
#: "Name, Region" pair read as a city and its region.
_LOCATIVES = (
    "in|at|from|to|near|outside|of|into|across|around|toward|through|via|visited|visit|visiting"
)
#: What may follow the region when the comma is missing: the sentence goes on with a
#: preposition, a conjunction or a time word ("Amman, Jordan on Nov. 4"). A verb there would
#: more likely make the region a person ("In Paris, Jordan met ..."), so it is not read.
_CONTINUATIONS = (
    "on|in|at|and|or|to|for|from|where|when|last|this|next|earlier|later|during|after|before|"
    "since|until|with|near|but|as|by|over|between|amid|early|late"
)
#: Capitalized words that are no city: dates and articles that open a phrase ("In January,
#: Georgia passed ..."), and parts of the world that head a list of countries ("in Eastern
#: Europe, Poland and ...").
_NOT_CITIES = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "This",
        "That",
        "Europe",
        "Asia",
        "Africa",
        "America",
        "Americas",
        "East",
        "West",
        "Caribbean",
        "Balkans",
        "Pacific",
        "Atlantic",
        "Arctic",
        "Scandinavia",
        "Latin",
    }
)


#: A city: up to three capitalized words.
_CITY = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s\p{Lu}[\p{L}\p{M}'’.\-]*){0,2}"


class _Places(NamedTuple):
    r"""The regions, and the two patterns around one: what :meth:`matches` finds is what
    ``(?<=LOCATIVE )(?P<city>CITY),\s+(?P<region>REGION|REGION|…)(?=\s+CONTINUATION\b)``
    (the regions longest first) finds; the region is looked up rather than compiled into
    that pattern, as compiling three hundred names cost more than checking a draft."""

    regions: frozenset[str]
    by_initial: dict[str, tuple[str, ...]]  # first character → its regions, longest first
    #: A comma and its white space, before a region's first letter, after a locative and a
    #: city: where a region may go (the city captured by a lookbehind).
    comma: regex.Pattern[str]
    continuation: LazyPattern  # what must follow the region (compiled once a region follows)

    def matches(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Each (city, region start, region end), left to right, as ``finditer`` finds them:
        after a match the search goes on at its end, after a miss at the next character.
        A city and the white space after its comma can end only one way (a city holds no
        comma, a region begins with a letter), so a region is the only choice left.

        The search is for the comma, which each place to try begins with (a pattern that
        opens with the city's lookbehind was tried at every character: 12.2 → 2.1 ms per
        100,000 words). It finds the places in the same order: the cities of two commas
        cannot overlap, as a city holds no comma, nor run past a region found (a lowercase
        continuation follows it); a city's comma decides alone whether a region follows, so
        after a miss none of the city's later starts can match; and the lookbehind, read
        backwards, takes the city's leftmost start, as the forward search would."""
        at = 0
        while (found := self.comma.search(text, at)) is not None:
            start = found.end()
            for region in self.by_initial.get(text[start : start + 1], ()):
                end = start + len(region)
                if text.startswith(region, start) and self.continuation.match(text, end):
                    yield found.group("city"), start, end
                    at = end
                    break
            else:
                at = found.start() + 1


@functools.cache
def _places() -> _Places:
    data = load_toml(data_path("lexicon", "places.toml"))
    regions = frozenset(name for names in data.values() for name in names)
    by_initial: dict[str, list[str]] = {}
    for region in sorted(regions, key=len, reverse=True):
        by_initial.setdefault(region[:1], []).append(region)
    initials = regex.escape("".join(sorted(by_initial)))
    return _Places(
        regions,
        {initial: tuple(names) for initial, names in by_initial.items()},
        regex.compile(
            rf",(?=\s+[{initials}])(?<=(?<=\b(?i:{_LOCATIVES})\s+(?:the\s+)?)(?P<city>{_CITY}),)\s+",
            regex.VERSION1,
        ),
        LazyPattern(rf"\s+(?:{_CONTINUATIONS})\b", regex.VERSION1),
    )


class PlaceComma(Rule):
    id = "punctuation/place-comma"
    severity = Severity.WARNING
    paragraph_local = True
    summary = "No comma after the state or country that follows a city"
    what = (
        'Flags a city followed by its state, province, country or territory ("held in Amman, '
        'Jordan on Nov. 4") where the sentence goes on without a comma after the region, and '
        "adds it. It reads only a place brought in by a preposition such as 'in' or 'from', "
        'followed by a preposition, conjunction or time word; a list of regions ("in Georgia, '
        'Russia and Ukraine") is not a city and its region.'
    )
    why = (
        'AP Stylebook, "comma" and "state names": the name of a state or nation that follows '
        'a city is set off by commas on both sides ("He was traveling from Nashville, '
        'Tennessee, to Austin, Texas, en route to his home in Albuquerque, New Mexico."). '
        "Without the second comma the region reads as the start of what follows."
    )
    references = ("AP Stylebook: comma; state names",)
    bad = (
        Example(
            "A news conference held in Amman, Jordan on Nov. 4 preceded the visit.",
            flags=("Jordan",),
        ),
        Example(
            "She met Abbas in Ramallah, West Bank on Monday.",
            flags=("West Bank",),
        ),
        Example(
            "He flew from Tulsa, Okla. to Denver.",
            flags=("Okla.",),
        ),
    )
    good = (
        Example("A news conference held in Amman, Jordan, on Nov. 4 preceded the visit."),
        Example("The talks were held in Amman, Jordan."),
        Example("They toured in Georgia, Russia and Ukraine last year."),
        Example("Troops were sent to Eastern Europe, Poland and the Baltics."),
        Example("In January, Georgia passed the law."),
        Example("In Paris, Jordan met her sister."),
        Example('"We landed in Amman, Jordan on Monday," she said.'),
    )
    fix_safety = (
        "Unsafe (a suggestion, applied only with --unsafe-fixes): the fix inserts one comma "
        "after the region, but a city and its region are read from capitalized words, and a "
        'person or a list can look the same ("Smith, Jordan and Lee"): a comma there changes '
        "who or what the sentence names."
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        places = _places()
        for city, start, end in places.matches(doc.text):
            region = doc.text[start:end]
            if city in places.regions or not _NOT_CITIES.isdisjoint(city.split()):
                continue  # a list of regions, or a date or article before a region
            yield Finding(
                start,
                end,
                f"Put a comma after '{region}': a state or country after a city is set off by "
                f"commas ('{city}, {region}, …')",
                (f"{region},",),
                (TextEdit(end, end, ","),),
                safe=False,
            )
