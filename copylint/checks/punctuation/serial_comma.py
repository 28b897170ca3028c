"""punctuation/serial-comma: a comma before the conjunction of a simple series."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.model import Severity
from copylint.packs.convention import QUIET, house_style_applies, quiet_when_consistent
from copylint.packs.lazy import LazyPattern
from copylint.packs.presence import GatedPattern
from copylint.resources import data_path, load_toml
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

#: "A, B, and C" where A is a word and B a word or a modifier and its noun ("cheaper parking"):
#: the simplest series, where AP wants no comma before the conjunction. The last item is read
#: up to the next mark; it must not hold a conjunction of its own ("toast, juice, and ham and
#: eggs" keeps its comma). Compiled only where the house style is declared and the text has
#: ", and " or ", or ".
_SERIES = GatedPattern(
    r"(?<![\p{L}\p{N}'’.-])(?P<a>\p{L}+), (?P<b>(?:\p{Ll}+ )?\p{L}+)(?P<comma>,) (?:and|or) "
    r"(?P<c>[^\n.,;:!?()\"“”]*)"
)
#: The AP form of a series, with no comma before the conjunction: "A, B and C".
_AP_SERIES = LazyPattern(r"(?<![\p{L}\p{N}'’.-])\p{L}+, \p{L}+ (?:and|or) \p{L}")
_CONJUNCTION = LazyPattern(r"\b(?:and|or|but|nor)\b")
#: The last item of a simple series is short: a word or a noun with a modifier or two.
_MAX_LAST_WORDS = 5


@functools.cache
def _regions() -> frozenset[str]:
    """States, countries and other regions: "Paris, France, and" is a place and its country,
    whose comma AP requires, not a series."""
    data = load_toml(data_path("lexicon", "places.toml"))
    return frozenset(name for value in data.values() if isinstance(value, list) for name in value)


class SerialComma(Rule):
    id = "punctuation/serial-comma"
    severity = Severity.WARNING
    summary = "A comma before 'and' or 'or' in a simple series"
    what = (
        'Flags the comma before the conjunction in a simple series of short items ("lights, '
        'benches, and fountains") and suggests removing it. A series whose last item holds a '
        'conjunction of its own ("toast, juice, and ham and eggs") or runs long keeps the '
        'comma, as AP wants; a city and its state or country ("Paris, France, and") is no '
        "series. Chicago and Wikipedia use the serial comma on purpose, so the rule runs only "
        'when the configuration declares `style = "ap"`; with the option '
        "`quiet-when-consistent = true` an article that uses the serial comma and never writes "
        "a series without it is then left alone."
    )
    why = (
        'AP Stylebook, "comma": "Use commas to separate elements in a series, but do not put '
        "a comma before the conjunction in a simple series: The flag is red, white and blue. "
        'He would nominate Tom, Dick or Harry." Put one before the conjunction when an '
        "element of the series itself needs a conjunction or the series is complex."
    )
    references = ("AP Stylebook: comma (in a series)",)
    bad = (
        Example(
            "The plan pays for lights, benches, and fountains.",
            settings={"style_declared": True},
            flags=(",",),
        ),
        Example(
            "She spoke Icelandic, Italian, and Spanish.",
            settings={"style_declared": True},
            flags=(",",),
        ),
    )
    good = (
        Example("The plan pays for lights, benches and fountains."),
        Example("I had orange juice, toast, and ham and eggs for breakfast."),
        Example("He was born in Paris, France, and moved to Lyon."),
        Example("The flag is red, white and blue."),
    )
    fix_safety = (
        "Unsafe (a suggestion): two words set off by commas can be an appositive ('my "
        "brother, Tom, and I'), where the comma is needed; the writer decides."
    )

    default_options = {QUIET: False}

    def check(self, doc: Document) -> Iterator[Finding]:
        if not house_style_applies(self, declared_only=True):
            return
        commas = list(self._serial_commas(doc))
        if commas and quiet_when_consistent(self) and not _AP_SERIES.search(doc.text):
            return  # the article's own style: it always writes the serial comma
        for comma in commas:
            yield Finding(
                comma,
                comma + 1,
                "Drop the comma before the conjunction: AP uses no serial comma in a simple series",
                ("",),
                (TextEdit(comma, comma + 1, ""),),
                safe=False,
            )

    def _serial_commas(self, doc: Document) -> Iterator[int]:
        regions = _regions()
        for match in _SERIES.finditer(doc.text):
            if match.group("b") in regions or match.group("a") in regions:
                continue
            last = match.group("c").strip()
            if not last or _CONJUNCTION.search(last) or len(last.split()) > _MAX_LAST_WORDS:
                continue
            yield match.start("comma")
