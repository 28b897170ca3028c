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
    good = ["Their history matters."]

An entry that gives only ``id`` and ``enabled = false`` switches that rule off, so a house pack
can drop a built-in rule; an entry whose id is already registered replaces the earlier rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copylint.config import Settings, did_you_mean
from copylint.errors import ConfigError
from copylint.model import Severity
from copylint.packs.convention import BUILT_IN
from copylint.resources import load_toml, rules_dir
from copylint.rule import RULE_ID, Example, RuleDocs, RuleInfo, RuleSpec

#: Keys every entry may carry, whatever its kind.
COMMON_KEYS = frozenset(
    {
        "id",
        "kind",
        "severity",
        "summary",
        "what",
        "why",
        "message",
        "bad",
        "good",
        "fixed",
        "fix-safety",
        "references",
        "reads-quotes",
        "preview",
        "enabled",
        "ignore-case",
        "format",
    }
)

#: Directories of ``rules/`` that are data for Python rules, not a style.
NOT_STYLES = frozenset({"lexicon"})


@dataclass(frozen=True)
class PackSet:
    """What the packs of a run add to the registry and what they switch off."""

    specs: tuple[RuleSpec, ...]
    disabled: Mapping[str, str]  # rule id → the pack file that switches it off


class Entry:
    """One ``[[rule]]`` table, with typed accessors that name the file and entry on error."""

    def __init__(
        self, path: Path, index: int, table: Mapping[str, Any], origin: str | None = None
    ) -> None:
        self.path = path
        self.origin = origin or str(path)
        self.table = table
        self.id = table.get("id", f"#{index + 1}")

    def error(self, message: str) -> ConfigError:
        return ConfigError(f"{self.path}", f"rule {self.id!r}: {message}")

    def get(self, key: str, default: Any = None) -> Any:
        return self.table.get(key, default)

    def string(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise self.error(f"missing '{key}' (a required key)")
        if not isinstance(value, str):
            raise self.error(f"'{key}' must be a string")
        return value

    def strings(self, key: str, default: list[str] | None = None) -> list[str]:
        value = self.table.get(key, default if default is not None else [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(f"'{key}' must be a list of strings")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise self.error(f"'{key}' must be true or false")
        return value

    def table_of(self, key: str) -> dict[str, Any]:
        value = self.table.get(key, {})
        if not isinstance(value, dict):
            raise self.error(f"'{key}' must be a table")
        return value

    def check_keys(self, allowed: Iterable[str]) -> None:
        known = COMMON_KEYS | set(allowed)
        for key in self.table:
            if key not in known:
                raise self.error(f"unknown key '{key}'{did_you_mean(key, known)}")

    def info(self, allowed: Iterable[str] = ()) -> RuleInfo:
        """The metadata and documentation of the entry."""
        self.check_keys(allowed)
        rule_id = self.string("id")
        if not RULE_ID.match(rule_id):
            raise self.error("id must be family/name in lowercase with hyphens")
        try:
            severity = Severity.parse(self.string("severity", "warning"))
        except ValueError as error:
            raise self.error(str(error)) from None
        summary = self.string("summary")
        bad, good, fixed = self.strings("bad"), self.strings("good"), self.strings("fixed")
        if not bad or not good:
            raise self.error("needs at least one 'bad' and one 'good' example")
        if fixed and len(fixed) != len(bad):
            raise self.error("'fixed' must give one text per 'bad' example")
        fmt = self.string("format", "text")
        # An entry that runs only under a declared style shows its examples under one.
        settings = {"style_declared": True} if self.table.get("declared-style-only") else {}
        docs = RuleDocs(
            what=self.string("what", summary),
            why=self.string("why"),
            bad=tuple(
                Example(text, (fixed[i] or None) if fixed else None, fmt, settings=settings)
                for i, text in enumerate(bad)
            ),
            good=tuple(Example(text, None, fmt, settings=settings) for text in good),
            fix_safety=self.string("fix-safety", ""),
            references=tuple(self.strings("references")),
        )
        return RuleInfo(
            id=rule_id,
            severity=severity,
            summary=summary,
            docs=docs,
            reads_quotes=self.boolean("reads-quotes", False),
            preview=self.boolean("preview", False),
            origin=self.origin,
        )


def load_pack_file(path: Path, origin: str | None = None) -> tuple[list[RuleSpec], set[str]]:
    """The rule specs of one pack file, and the ids it switches off; ``origin`` is where
    ``copylint explain`` says its rules are defined (default: the path)."""
    from copylint.packs.kinds import KINDS

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


def pack_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.toml") if p.is_file())


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
