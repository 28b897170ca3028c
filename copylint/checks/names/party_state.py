"""names/party-state: a lawmaker's party and state in AP's form ("R-AZ" → "R-Ariz.")."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
from copylint.resources import data_path, load_toml
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: "R-AZ", "D-NY", "I-VT", and "R-Arizona": a party letter, a hyphen and a state, set off by
#: a comma or a parenthesis after a name.
_PARTY_STATE = regex.compile(r"(?<=[(,]\s?)([RDI])-(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?|\p{Lu}{2})\b")


@functools.cache
def _states() -> dict[str, str]:
    """Postal code and full state name → AP's form."""
    data = load_toml(data_path("lexicon", "postal-codes.toml"))
    codes: dict[str, str] = data["ap"]
    return {**codes, **{name: codes[code] for name, code in data["states"].items()}}


class PartyState(Rule):
    id = "names/party-state"
    severity = Severity.WARNING
    summary = "A lawmaker's party and state not in AP's form"
    what = (
        'Flags a party-and-state label after a name written with a postal code ("Sen. Jo '
        'Kim (R-AZ)") or the state in full ("D-Arizona") and suggests AP\'s form ("R-Ariz."; '
        'the eight states AP never abbreviates stay in full: "R-Texas"). It reads a party '
        "letter (R, D, I), a hyphen and a state right after a comma or an opening parenthesis. "
        "Limits: other party letters and labels in quotations are left alone."
    )
    why = (
        'AP Stylebook, "party affiliation" and "state names": "Sen. Jo Kim, R-Ariz., said"; '
        "use AP's state abbreviations, not the Postal Service's codes."
    )
    bad = (
        Example(
            "Sen. Jo Kim (R-AZ) filed the bill.",
            fixed="Sen. Jo Kim (R-Ariz.) filed the bill.",
            flags=("R-AZ",),
        ),
        Example(
            "Rep. Ann Lee, D-Arizona, voted no.",
            fixed="Rep. Ann Lee, D-Ariz., voted no.",
            flags=("D-Arizona",),
        ),
        Example("Sen. Jo Kim (R-TX) spoke.", fixed="Sen. Jo Kim (R-Texas) spoke.", flags=("R-TX",)),
    )
    good = (
        Example("Sen. Jo Kim, R-Ariz., filed the bill."),
        Example("Rep. Ann Lee, D-Texas, voted no."),
        Example("The plane, a B-52, flew low."),
    )
    fix_safety = "Safe: the same state in AP's form."
    references = ("AP Stylebook: party affiliation; state names",)

    def check(self, doc: Document) -> Iterator[Finding]:
        states = _states()
        for match in _PARTY_STATE.finditer(doc.text):
            state = match.group(2)
            right = states.get(state)
            if right is None or right == state or doc.in_quotation(match.start()):
                continue
            end = match.end()
            if right.endswith(".") and doc.text[end : end + 1] == ".":
                end += 1
            yield Finding.replace(
                match.start(),
                end,
                f'AP writes the party and state "{match.group(1)}-{right}"',
                f"{match.group(1)}-{right}",
            )
