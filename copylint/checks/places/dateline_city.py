"""places/dateline-city: a state after a city that stands alone in a dateline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.dateline import find_dateline
from copylint.lexicon.states import states
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document


class DatelineCity(Rule):
    id = "places/dateline-city"
    severity = Severity.WARNING
    summary = "A state after a city that stands alone in a dateline"
    what = (
        "Flags a state after one of the U.S. cities AP lets stand alone in a dateline "
        '("CHICAGO, Ill. —") and removes it ("CHICAGO —").'
    )
    why = (
        'AP Stylebook, "datelines": some 30 U.S. cities (Atlanta, Boston, Chicago, Denver, Los '
        "Angeles, New York, Washington and others) are well known enough to stand alone in a "
        "dateline, with no state."
    )
    bad = (
        Example(
            "CHICAGO, Ill. — The library will stay open late.",
            fixed="CHICAGO — The library will stay open late.",
            flags=(", Ill.",),
        ),
    )
    good = (
        Example("CHICAGO — The library will stay open late."),
        Example("SPRINGFIELD, Ill. — The library will stay open late."),
    )
    fix_safety = "Safe: only the state and its comma go."
    references = ("https://www.apstylebook.com/ (entry: datelines)",)

    def check(self, doc: Document) -> Iterator[Finding]:
        dateline = find_dateline(doc)
        data = states()
        if dateline is None or dateline.region is None or dateline.city not in data.dateline_cities:
            return
        if data.name_of.get(dateline.region, dateline.region) not in (
            data.abbreviation.keys() | data.never_abbreviated
        ):
            return
        yield Finding.replace(
            dateline.city_end,
            dateline.region_end,
            f"Write '{dateline.city}' alone: AP's datelines name no state for {dateline.city}",
            "",
            safe=True,
        )
