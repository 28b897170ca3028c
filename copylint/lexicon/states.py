"""U.S. states in AP style: AP's abbreviations, postal codes, the cities that stand alone in a
dateline (data in ``rules/lexicon/states.toml``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from copylint.resources import data_path, load_toml


@dataclass(frozen=True)
class States:
    """The AP state names, abbreviations and dateline cities, loaded once."""

    abbreviation: dict[str, str]  # state name → AP abbreviation (42 states)
    name_of: dict[str, str]  # AP abbreviation or postal code → state name
    never_abbreviated: frozenset[str]
    dateline_cities: frozenset[str]

    def dateline_form(self, state: str) -> str:
        """How AP writes the state ``state`` (a name) in a dateline."""
        return self.abbreviation.get(state, state)


@functools.cache
def states() -> States:
    data = load_toml(data_path("lexicon", "states.toml"))
    abbreviation: dict[str, str] = dict(data["ap-state-abbreviation"])
    name_of = {abbr: name for name, abbr in abbreviation.items()}
    name_of.update(data["postal-code"])
    return States(
        abbreviation,
        name_of,
        frozenset(data["never-abbreviated"]),
        frozenset(data["dateline-cities"]),
    )
