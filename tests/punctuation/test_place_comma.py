"""punctuation/place-comma reads a region by looking it up after a city and its comma, where
it once compiled every region into one pattern (a start-up cost): both must agree."""

from __future__ import annotations

import random

import regex

from copylint.checks.punctuation import place_comma
from tests.helpers import flagged, lint

LOCATIVES = ["in ", "In ", "from the ", "to  ", "visited ", "x ", "", "In the New "]
CITIES = ["Amman", "Ramallah", "New York", "Paris", "Tulsa", "Émile Zola Town", "A B C D",
          "Georgia", "January", "Eastern Europe", "St. Louis", "jordan"]  # fmt: skip
COMMAS = [", ", ",  ", ",\n", ",", " , ", ", , "]
REGIONS = ["Jordan", "West Bank", "West Virginia", "Virginia", "Virginia Beach", "Okla.",
           "Georgia", "Russia", "Texas", "X"]  # fmt: skip
AFTER = [" on Monday", " and Iraq", " last", " said", ".", ", on", "\non", " onward", " in",
         " Beach on", ""]  # fmt: skip


def _full_pattern() -> regex.Pattern[str]:
    """The one pattern the rule compiled before, every region in it, longest first."""
    places = place_comma._places()
    alternatives = "|".join(regex.escape(r) for r in sorted(places.regions, key=len, reverse=True))
    return regex.compile(
        rf"(?<=\b(?i:{place_comma._LOCATIVES})\s+(?:the\s+)?)(?P<city>{place_comma._CITY}),"
        rf"\s+(?P<region>{alternatives})(?=\s+(?:{place_comma._CONTINUATIONS})\b)",
        regex.VERSION1,
    )


def test_region_lookup_finds_what_the_full_pattern_finds() -> None:
    full, places = _full_pattern(), place_comma._places()
    rng = random.Random(21)
    texts = ["He flew in from Tulsa, Okla. to Denver. In Paris, West Virginia on Monday."]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts += [rng.choice(part) for part in (LOCATIVES, CITIES, COMMAS, REGIONS, AFTER)]
        texts.append("".join(parts))
    found = 0
    for text in texts:
        expected = [(m.group("city"), *m.span("region")) for m in full.finditer(text)]
        assert list(places.matches(text)) == expected, text
        found += len(expected)
    assert found > 100  # the texts do hold cities with their regions


def test_region_is_flagged_once_with_its_comma() -> None:
    text = "She met Abbas in Ramallah, West Bank on Monday and flew to Amman, Jordan last week."
    result = lint(text, select=["punctuation/place-comma"])
    assert flagged(text, result) == ["West Bank", "Jordan"]
