"""places/dateline-state: a state in a dateline not in AP's dateline form."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.dateline import find_dateline
from copylint.lexicon.states import states
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document


class DatelineState(Rule):
    id = "places/dateline-state"
    severity = Severity.WARNING
    summary = "A state in a dateline spelled out or written as a postal code"
    what = (
        "Flags the state in a story's dateline when it is spelled out (\"SACRAMENTO, "
        'California —") or written as a postal code ("SACRAMENTO, CA —") and writes AP\'s '
        'abbreviation ("SACRAMENTO, Calif. —"). Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas '
        "and Utah are never abbreviated. A city that stands alone in a dateline is "
        "places/dateline-city's business."
    )
    why = (
        'AP Stylebook, "datelines" and "state names": the state in a dateline takes AP\'s '
        "abbreviation (Ala., Ariz., Calif., ...), not the postal code; eight states are never "
        "abbreviated. The 2014 change that spells states out applies to the body only."
    )
    bad = (
        Example(
            "SACRAMENTO, California — Students lobbied lawmakers Tuesday.",
            fixed="SACRAMENTO, Calif. — Students lobbied lawmakers Tuesday.",
            flags=("California",),
        ),
        Example(
            "BOISE, ID (AP) — The storm hit at dawn.",
            fixed="BOISE, Idaho (AP) — The storm hit at dawn.",
            flags=("ID",),
        ),
    )
    good = (
        Example("SACRAMENTO, Calif. — Students lobbied lawmakers Tuesday."),
        Example("BOISE, Idaho (AP) — The storm hit at dawn."),
        Example("LONDON — The talks resumed."),
    )
    fix_safety = "Safe: only the state's form changes."
    references = ("https://www.apstylebook.com/ (entries: datelines, state names)",)

    def check(self, doc: Document) -> Iterator[Finding]:
        dateline = find_dateline(doc)
        data = states()
        if dateline is None or dateline.region is None or dateline.city in data.dateline_cities:
            return
        name = data.name_of.get(dateline.region, dateline.region)
        if name not in data.abbreviation and name not in data.never_abbreviated:
            return  # a country, or a form this rule does not know
        right = data.dateline_form(name)
        if right == dateline.region:
            return
        yield Finding.replace(
            dateline.region_start,
            dateline.region_end,
            f"Write '{right}': AP's form of the state in a dateline",
            right,
            safe=True,
        )
