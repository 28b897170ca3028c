"""The outlet table: news organizations in the form the copy desk writes them.

The built-in table is ``rules/lexicon/outlets.toml``; a newsroom adds or overrides entries in
its config (inline tables or TOML files of ``[[outlet]]`` entries). An entry whose name, without
its article, equals a built-in one replaces it: a house that writes "The Guardian" says so with
``{ name = "The Guardian", kind = "newspaper" }``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copylint.config import did_you_mean
from copylint.errors import ConfigError
from copylint.resources import data_path, load_toml

KINDS = ("newspaper", "magazine", "agency", "broadcaster")
_KEYS = ("name", "kind", "wrong", "short", "network")


@dataclass(frozen=True)
class Outlet:
    """One news organization.

    ``name`` is its proper form with its article as written in mid-sentence ("The New York
    Times", "the Guardian", "Reuters"); ``wrong`` are forms that are always wrong, ``short``
    abbreviations fine only after the name has appeared, ``network`` the parent network's short
    name that should not stand for the news organization as the source of a report.
    """

    name: str
    kind: str
    wrong: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    network: tuple[str, ...] = ()

    @property
    def article(self) -> str:
        """``"The"``, ``"the"`` or ``""``."""
        first = self.name.split(" ", 1)[0]
        return first if first in ("The", "the") and " " in self.name else ""

    @property
    def core(self) -> str:
        """The name without its article: ``New York Times``."""
        return self.name[len(self.article) :].strip() if self.article else self.name


@dataclass(frozen=True, eq=False, repr=False)  # one a process: never compared or shown
class OutletWords:
    """The grammar words the outlet rule reads around a name (see ``outlets.toml``)."""

    nominal_followers: frozenset[str]
    determiners: frozenset[str]
    report_verbs: frozenset[str]


def parse_outlets(entries: Any, where: str) -> list[Outlet]:
    """Outlets from a list of tables, every key checked; errors name ``where``."""
    if not isinstance(entries, list):
        raise ConfigError(where, "outlets must be a list of tables")
    return [_parse_outlet(entry, f"{where}: outlet #{i + 1}") for i, entry in enumerate(entries)]


def _parse_outlet(entry: Any, where: str) -> Outlet:
    if not isinstance(entry, Mapping):
        raise ConfigError(where, "must be a table with at least 'name' and 'kind'")
    for key in entry:
        if key not in _KEYS:
            raise ConfigError(where, f"unknown key {key!r}{did_you_mean(key, _KEYS)}")
    name, kind = entry.get("name"), entry.get("kind")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(where, "'name' must be a non-empty string")
    if kind not in KINDS:
        raise ConfigError(where, f"'kind' must be one of {', '.join(KINDS)}")
    lists = {}
    for key in ("wrong", "short", "network"):
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(where, f"{key!r} must be a list of non-empty strings")
        lists[key] = tuple(" ".join(v.split()) for v in value)
    return Outlet(" ".join(name.split()), kind, lists["wrong"], lists["short"], lists["network"])


def load_outlet_file(path: Path) -> list[Outlet]:
    """The ``[[outlet]]`` entries of a TOML file."""
    data = load_toml(path)
    unknown = [key for key in data if key != "outlet"]
    if unknown:
        raise ConfigError(str(path), f"unknown key {unknown[0]!r} (expected [[outlet]] tables)")
    return parse_outlets(data.get("outlet", []), str(path))


@functools.cache
def _builtin() -> tuple[tuple[Outlet, ...], OutletWords]:
    path = data_path("lexicon", "outlets.toml")
    data = load_toml(path)
    words = OutletWords(
        frozenset(data.pop("nominal-followers")),
        frozenset(data.pop("determiners")),
        frozenset(data.pop("report-verbs")),
    )
    return tuple(parse_outlets(data.pop("outlet"), str(path))), words


def builtin_outlets() -> tuple[Outlet, ...]:
    return _builtin()[0]


def outlet_words() -> OutletWords:
    return _builtin()[1]


def merge_outlets(base: Sequence[Outlet], extra: Iterable[Outlet]) -> tuple[Outlet, ...]:
    """``base`` with ``extra`` added; an extra outlet with a known core name replaces it."""
    table = {outlet.core: outlet for outlet in base}
    for outlet in extra:
        table[outlet.core] = outlet
    return tuple(table.values())
