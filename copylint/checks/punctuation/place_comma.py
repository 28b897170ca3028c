"""punctuation/place-comma: the comma after the state or country that follows a city."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
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


@functools.cache
def _regions() -> tuple[frozenset[str], regex.Pattern[str]]:
    data = load_toml(data_path("lexicon", "places.toml"))
    regions = frozenset(name for names in data.values() for name in names)
    alternatives = "|".join(regex.escape(r) for r in sorted(regions, key=len, reverse=True))
    city = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s\p{Lu}[\p{L}\p{M}'’.\-]*){0,2}"
    pattern = regex.compile(
        rf"(?<=\b(?i:{_LOCATIVES})\s+(?:the\s+)?)(?P<city>{city}),\s+(?P<region>{alternatives})"
        rf"(?=\s+(?:{_CONTINUATIONS})\b)",
        regex.VERSION1,
    )
    return regions, pattern


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
        regions, pattern = _regions()
        for match in pattern.finditer(doc.text):
            city, region = match.group("city"), match.group("region")
            if city in regions or not _NOT_CITIES.isdisjoint(city.split()):
                continue  # a list of regions, or a date or article before a region
            end = match.end("region")
            yield Finding(
                match.start("region"),
                end,
                f"Put a comma after '{region}': a state or country after a city is set off by "
                f"commas ('{city}, {region}, …')",
                (f"{region},",),
                (TextEdit(end, end, ","),),
                safe=False,
            )
