"""The one registry of rules: built-in Python rules, plugins and declarative packs.

Built-in rules are the :class:`~copylint.rule.Rule` subclasses listed in
:data:`copylint.checks.BUILTIN_RULES`. Plugins are installed distributions that name a Rule
subclass (or a list of them) in the entry-point group ``copylint.rules``; they load in sorted
order so that runs are deterministic. Packs are the TOML files of the style's directory in
``rules/`` and of each directory in ``rules-dirs``; a later pack entry with the id of an
earlier rule replaces it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from copylint.checks import BUILTIN_RULES
from copylint.checks.directive.unused import ID as UNUSED_DIRECTIVE
from copylint.config import TOP_LEVEL_KEYS, Settings, did_you_mean
from copylint.config_hints import misplaced_key_hint
from copylint.entry_points import entry_points
from copylint.errors import ConfigError, UsageError
from copylint.model import Severity
from copylint.options import expected_type, problem
from copylint.packs import load_packs
from copylint.rule import FAMILIES, RULE_ID, Rule, RuleSpec

ENTRY_POINT_GROUP = "copylint.rules"

#: Option keys every rule accepts in ``[tool.copylint.rules."family/name"]``.
COMMON_OPTIONS = ("severity",)


def _class_spec(cls: type[Rule], origin: str = "built-in") -> RuleSpec:
    return RuleSpec(replace(cls.info, origin=origin), cls)


def builtin_rules() -> list[RuleSpec]:
    """The built-in Python rules, as :data:`copylint.checks.BUILTIN_RULES` lists them."""
    return [_class_spec(cls) for cls in BUILTIN_RULES]


def plugin_rules() -> list[RuleSpec]:
    """Rules named by installed distributions in the ``copylint.rules`` entry-point group."""
    specs: list[RuleSpec] = []
    for entry_point in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda ep: (ep.name, ep.value)):
        dist = entry_point.dist.name if entry_point.dist else "unknown distribution"
        where = f"plugin {dist} (entry point {entry_point.name} = {entry_point.value})"
        try:
            loaded: Any = entry_point.load()
        except Exception as error:  # a broken plugin is named and left out; the run goes on
            _skip_plugin(where, f"failed to load: {type(error).__name__}: {error}")
            continue
        classes = loaded if isinstance(loaded, list | tuple) else [loaded]
        bad = [
            cls
            for cls in classes
            if not (isinstance(cls, type) and issubclass(cls, Rule) and "id" in cls.__dict__)
        ]
        if bad:
            _skip_plugin(where, f"{bad[0]!r} is not a copylint Rule subclass with an id")
            continue
        specs.extend(_class_spec(cls, origin=f"plugin {dist}") for cls in classes)
    return specs


_skipped_plugins: set[str] = set()


def _skip_plugin(where: str, reason: str) -> None:
    """Say once per process that a plugin is left out, and why."""
    if where not in _skipped_plugins:
        _skipped_plugins.add(where)
        sys.stderr.write(
            f"copylint: warning: {where}: {reason}; continuing without it "
            "(--no-plugins skips every plugin)\n"
        )


def _no_clashes(specs: Iterable[RuleSpec]) -> None:
    """Two Python rules (built-in or plugin) with one id: an error naming both origins. (A pack
    entry may replace a rule on purpose; a plugin must not replace one by accident.)"""
    origins: dict[str, str] = {}
    for spec in specs:
        earlier = origins.get(spec.info.id)
        origins[spec.info.id] = spec.info.origin
        if earlier is not None:
            raise ConfigError(
                spec.info.origin,
                f"rule id {spec.info.id!r} is already defined by {earlier}; "
                "a plugin must use ids of its own",
            )


class Registry:
    """All known rules by id, and the selection logic over them."""

    def __init__(self, specs: Iterable[RuleSpec]) -> None:
        self._specs: dict[str, RuleSpec] = {}
        for spec in specs:
            if not RULE_ID.match(spec.info.id):
                raise ConfigError(
                    spec.info.origin,
                    f"invalid rule id {spec.info.id!r} "
                    "(expected family/name in lowercase with hyphens)",
                )
            self._specs[spec.info.id] = spec

    @classmethod
    def load(cls, settings: Settings) -> Registry:
        packs = load_packs(settings)
        python = [*builtin_rules(), *(plugin_rules() if settings.plugins else [])]
        _no_clashes(python)
        specs = [*python, *packs.specs]
        known = {spec.info.id for spec in specs}
        for rule_id, path in packs.disabled.items():
            if rule_id not in known:
                raise ConfigError(
                    path,
                    f"rule {rule_id!r}: 'enabled = false' names no known rule"
                    f"{did_you_mean(rule_id, known)}",
                )
        return cls(spec for spec in specs if spec.info.id not in packs.disabled)

    def __iter__(self) -> Iterator[RuleSpec]:
        return iter(sorted(self._specs.values(), key=lambda s: s.info.id))

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self._specs

    def __getitem__(self, rule_id: str) -> RuleSpec:
        return self._specs[rule_id]

    @property
    def families(self) -> set[str]:
        return {spec.info.family for spec in self._specs.values()} | set(FAMILIES)

    def expand(self, selector: str, where: str = "command line") -> list[str]:
        """The rule ids a selector names: a rule id, a family, or ``ALL``."""
        if selector == "ALL":
            return list(self._specs)
        if selector in self._specs:
            return [selector]
        if "/" not in selector and selector in self.families:
            return [i for i, s in self._specs.items() if s.info.family == selector]
        message = (
            f"unknown rule or family {selector!r}"
            f"{did_you_mean(selector, [*self._specs, *self.families])}"
        )
        if where == "command line":
            raise UsageError(message)
        raise ConfigError(where, message)

    def validate(self, settings: Settings) -> None:
        """Check every rule id and option the settings name (config errors with hints)."""
        where = str(settings.config_path or "configuration")
        for selector in (*(settings.select or ()), *settings.extend_select, *settings.ignore):
            self.expand(selector, where)
        for selectors in settings.per_file_ignores.values():
            for selector in selectors:
                self.expand(selector, where)
        for rule_id, options in settings.rule_options.items():
            if rule_id not in self._specs:
                raise ConfigError(
                    where, f"unknown rule {rule_id!r}{did_you_mean(rule_id, self._specs)}"
                )
            defaults = self._specs[rule_id].info.options
            for key, value in options.items():
                if key == "severity":
                    try:
                        Severity.parse(value if isinstance(value, str) else repr(value))
                    except ValueError as error:
                        raise ConfigError(where, f"rule {rule_id!r}: {error}") from None
                    continue
                if key not in defaults:
                    raise ConfigError(
                        where,
                        f"rule {rule_id!r} has no option {key!r}"
                        f"{did_you_mean(key, [*defaults, *COMMON_OPTIONS])}"
                        f"{misplaced_key_hint(key, TOP_LEVEL_KEYS)}",
                    )
                kind = expected_type(defaults[key], self._specs[rule_id].info.option_types.get(key))
                wrong = problem(value, kind)
                if wrong is not None:
                    raise ConfigError(where, f"option {key!r} of rule {rule_id!r} {wrong}")

    def selected(self, settings: Settings) -> list[RuleSpec]:
        """The rules a run uses, in id order.

        With no ``select``, every rule that is not preview and fits the style, but
        directive/unused, which reports on request (``report-unused-directives``); an explicit
        selection may name preview rules and directive/unused. ``ignore`` always wins.
        """
        if settings.select is None:
            chosen = {
                rule_id
                for rule_id, spec in self._specs.items()
                if (settings.preview or not spec.info.preview)
                and (spec.info.styles is None or settings.style in spec.info.styles)
                and rule_id != UNUSED_DIRECTIVE
            }
        else:
            chosen = set()
            for selector in settings.select:
                ids = self.expand(selector)
                if len(ids) > 1 or selector == "ALL":  # a family: preview rules need opting in
                    ids = [i for i in ids if settings.preview or not self._specs[i].info.preview]
                chosen.update(ids)
        for selector in settings.extend_select:
            chosen.update(self.expand(selector))
        if settings.report_unused_directives and UNUSED_DIRECTIVE in self._specs:
            chosen.add(UNUSED_DIRECTIVE)  # report-unused-directives: whatever the selection
        for selector in settings.ignore:
            chosen.difference_update(self.expand(selector))
        return [self._specs[rule_id] for rule_id in sorted(chosen)]
