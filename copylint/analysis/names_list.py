"""House names lists: the canonical spelling of a person's name and its known wrong forms.

A list is a TOML file with one table, ``[names]``, of ``"Canonical Name" = ["Wrong Form", …]``
(``rules/lexicon/names.toml`` is the built-in sample). Each form is read with the same name
grammar as an article, so "Anthony J. Blinken" in copy matches the wrong form "Anthony
Blinken".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from copylint.analysis.mentions import parse_name
from copylint.errors import ConfigError
from copylint.lexicon.names import Name, fold
from copylint.resources import data_path, load_toml


class WrongForm(NamedTuple):
    """A wrong form of a name and the canonical name it stands for."""

    written: str
    name: Name
    canonical: Name


class NamesList:
    """Wrong forms indexed for matching: full names by (given names, surname), and one-word
    forms (surnames) by the word."""

    def __init__(self, forms: list[WrongForm]) -> None:
        self.full: dict[tuple[tuple[str, ...], str], WrongForm] = {}
        self.single: dict[str, WrongForm] = {}
        for form in forms:
            if form.name.full:
                self.full[self.key(form.name)] = form
            else:
                self.single[fold(form.name.surname)] = form

    @staticmethod
    def key(name: Name) -> tuple[tuple[str, ...], str]:
        """How a full name is looked up: given names and surname, apostrophes folded."""
        return tuple(fold(given) for given in name.given), fold(name.surname)

    def __len__(self) -> int:
        return len(self.full) + len(self.single)


def read_names_file(path: Path) -> dict[str, list[str]]:
    """The ``[names]`` table of a names list file, checked."""
    data = load_toml(path)
    names = data.get("names")
    if set(data) - {"names"} or not isinstance(names, dict):
        raise ConfigError(str(path), 'a names list holds one table, [names] ("Name" = [forms])')
    return validate_names(str(path), names)


def validate_names(where: str, names: Mapping[str, Any]) -> dict[str, list[str]]:
    checked: dict[str, list[str]] = {}
    for canonical, wrong in names.items():
        if isinstance(wrong, str):
            wrong = [wrong]
        if not isinstance(wrong, list) or not all(isinstance(w, str) for w in wrong):
            raise ConfigError(where, f"names: {canonical!r} must map to a list of wrong forms")
        checked[canonical] = list(wrong)
    return checked


def build_names_list(where: str, names: Mapping[str, list[str]]) -> list[WrongForm]:
    forms = []
    for canonical, wrong_forms in names.items():
        canonical_name = parse_name(canonical)
        if canonical_name is None:
            raise ConfigError(where, f"names: {canonical!r} is not a name")
        for wrong in wrong_forms:
            name = parse_name(wrong)
            if name is None or name.initials:
                raise ConfigError(
                    where, f"names: {wrong!r} (for {canonical!r}) is not a name without initials"
                )
            forms.append(WrongForm(wrong, name, canonical_name))
    return forms


@functools.cache
def builtin_names() -> tuple[WrongForm, ...]:
    """The sample list shipped in ``rules/lexicon/names.toml``."""
    path = data_path("lexicon", "names.toml")
    return tuple(build_names_list(str(path), read_names_file(path)))
