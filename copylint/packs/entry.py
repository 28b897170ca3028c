"""One ``[[rule]]`` table of a pack, read with typed accessors that name the file and entry.

Both the loader (:mod:`copylint.packs`) and each kind (:mod:`copylint.packs.kinds`) read
entries, so the entry lives below both of them: ``rule`` ← ``packs.entry`` ← ``packs.kinds``
← ``packs``, with no import going back up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from copylint.config import did_you_mean
from copylint.errors import ConfigError
from copylint.model import Severity
from copylint.rule import RULE_ID, Example, RuleDocs, RuleInfo

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
        "flags",
        "fix-safety",
        "references",
        "reads-quotes",
        "preview",
        "enabled",
        "ignore-case",
        "format",
    }
)


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

    def flags(self, n_bad: int) -> list[tuple[str, ...]]:
        """``flags``: per bad example, the text it flags (a string, or a list when the example
        flags several spans); empty when the entry does not say."""
        value = self.table.get("flags", [])
        if not isinstance(value, list):
            raise self.error("'flags' must be a list, one item per 'bad' example")
        flags: list[tuple[str, ...]] = []
        for item in value:
            spans = [item] if isinstance(item, str) else item
            if not isinstance(spans, list) or not all(isinstance(s, str) for s in spans):
                raise self.error("each item of 'flags' must be a string or a list of strings")
            flags.append(tuple(spans))
        if flags and len(flags) != n_bad:
            raise self.error("'flags' must give one item per 'bad' example")
        return flags

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
        flags = self.flags(len(bad))
        fmt = self.string("format", "text")
        # An entry that runs only under a declared style shows its examples under one.
        settings = {"style_declared": True} if self.table.get("declared-style-only") else {}
        docs = RuleDocs(
            what=self.string("what", summary),
            why=self.string("why"),
            bad=tuple(
                Example(
                    text,
                    (fixed[i] or None) if fixed else None,
                    fmt,
                    settings=settings,
                    flags=flags[i] if flags else None,
                )
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
