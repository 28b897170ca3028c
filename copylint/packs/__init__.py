"""Declarative rule packs: TOML files whose ``[[rule]]`` entries become rules.

Each entry names its ``kind``; the kind's class (one module per kind in ``copylint.packs.kinds``)
reads the kind-specific keys and compiles the check once. Every entry carries the same
metadata and documentation as a Python rule::

    [[rule]]
    id = "usage/redundancy"
    kind = "substitution"
    severity = "info"                 # error | warning | info; default warning
    summary = "A phrase that says the same thing twice"
    why = "AP: …"                     # the style-guide reason
    message = "'{match}' is redundant; write '{replacement}'"
    swap = { "past history" = "history" }
    bad = ["Their past history matters."]
    fixed = ["Their history matters."]   # optional: the bad texts after --fix ("": no safe fix)
    flags = ["past history"]          # the text each bad example flags (a list if several)
    good = ["Their history matters."]

An entry that gives only ``id`` and ``enabled = false`` switches that rule off, so a house pack
can drop a built-in rule; an entry whose id is already registered replaces the earlier rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from copylint.config import Settings, did_you_mean
from copylint.errors import ConfigError
from copylint.packs.convention import BUILT_IN
from copylint.packs.entry import Entry
from copylint.packs.kinds import KINDS
from copylint.resources import load_toml, pack_files, rules_dir
from copylint.rule import RuleSpec

#: Directories of ``rules/`` that are data for Python rules, not a style.
NOT_STYLES = frozenset({"lexicon"})


class PackSet(NamedTuple):
    """What the packs of a run add to the registry and what they switch off."""

    specs: tuple[RuleSpec, ...]
    disabled: Mapping[str, str]  # rule id → the pack file that switches it off


def load_pack_file(path: Path, origin: str | None = None) -> tuple[list[RuleSpec], set[str]]:
    """The rule specs of one pack file, and the ids it switches off; ``origin`` is where
    ``copylint explain`` says its rules are defined (default: the path)."""
    data = load_toml(path)
    unknown = set(data) - {"rule", "pack"}
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(
            str(path),
            f"unknown top-level key '{key}' (a pack holds [[rule]] "
            "entries and an optional [pack] table)",
        )
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise ConfigError(str(path), "'rule' must be an array of tables ([[rule]])")
    specs: list[RuleSpec] = []
    disabled: set[str] = set()
    for index, table in enumerate(entries):
        entry = Entry(path, index, table, origin)
        if "id" not in table:
            raise entry.error("missing 'id'")
        if table.get("enabled", True) is False:
            disabled.add(entry.string("id"))
            continue
        kind_name = table.get("kind")
        if kind_name not in KINDS:
            raise entry.error(
                f"unknown kind {kind_name!r}{did_you_mean(str(kind_name), KINDS)} "
                f"(kinds: {', '.join(sorted(KINDS))})"
            )
        kind = KINDS[kind_name]
        info = dataclasses.replace(entry.info(kind.KEYS), options=kind.offered_options(entry))
        specs.append(RuleSpec(info, kind.factory(entry, info)))
    return specs, disabled


def style_dir(style: str, where: str = "configuration") -> Path | None:
    """The built-in directory of packs for ``style``; None for ``"none"``. ``where`` names the
    config file that chose the style, for the error."""
    if style == "none":
        return None
    directory = rules_dir() / style
    if style in NOT_STYLES or not _plain_name(style) or not directory.is_dir():
        styles = sorted(
            d.name for d in rules_dir().iterdir() if d.is_dir() and d.name not in NOT_STYLES
        )
        raise ConfigError(where, f"unknown style {style!r} (available: {', '.join(styles)}, none)")
    return directory


def _plain_name(style: str) -> bool:
    """A style is a folder of ``rules/`` by name: not empty, no path (``..``, ``/``)."""
    return bool(style) and style not in (".", "..") and "/" not in style and "\\" not in style


def load_packs(settings: Settings) -> PackSet:
    """The style's built-in packs, then the packs of each configured rules directory."""
    directories: list[tuple[Path, bool]] = []  # (directory, built in)
    built_in = style_dir(settings.style, str(settings.config_path or "configuration"))
    if built_in is not None:
        directories.append((built_in, True))
    for directory in settings.rules_dirs:
        if not directory.is_dir():
            raise ConfigError(str(directory), "rules directory does not exist")
        directories.append((directory, False))
    specs: list[RuleSpec] = []
    disabled: dict[str, str] = {}
    for directory, is_built_in in directories:
        for path in pack_files(directory):
            origin = (
                f"{BUILT_IN} pack rules/{path.relative_to(rules_dir()).as_posix()}"
                if is_built_in
                else None
            )
            file_specs, file_disabled = load_pack_file(path, origin)
            specs.extend(file_specs)
            disabled.update(dict.fromkeys(file_disabled, str(path)))
    return PackSet(tuple(specs), disabled)
