"""Each document's settings and linter, found as ``copylint check`` finds them, kept warm.

A document is linted with the config found upward from its directory (``.copylint.toml``, or
``pyproject.toml`` with ``[tool.copylint]``), exactly as ``copylint check`` run there would.
Building a :class:`~copylint.engine.Linter` loads the registry and packs, so one is built per
config and reused for every edit; it is rebuilt only when a file it was built from changes:
the config file, a word file, a pack in a rules directory or a names list. Those files are
watched by their modification time and size, which costs a few ``stat`` calls per check.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copylint.config import Settings, find_config, load_settings
from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.lsp.paragraphs import ParagraphCache
from copylint.resources import load_toml

Stamp = tuple[int, int] | None  # (mtime in ns, size), None when the file is missing


def _stamp(path: Path) -> Stamp:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _config_table(path: Path) -> dict[str, Any]:
    data = load_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("copylint", {})
        return table if isinstance(table, dict) else {}
    return data


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def dependencies(config: Path) -> list[Path]:
    """The files a config reads besides itself: word files, the packs of its rules
    directories, and files named in rule options (house names lists)."""
    try:
        table = _config_table(config)
    except CopylintError:
        return []
    root = config.parent
    found = [root / p for p in _strings(table.get("word-files"))]
    for directory in _strings(table.get("rules-dirs")):
        found.append(root / directory)  # a pack added or removed changes the directory
        found.extend(sorted((root / directory).glob("*.toml")))
    rules = table.get("rules")
    for options in rules.values() if isinstance(rules, dict) else ():
        if isinstance(options, dict):
            found.extend(root / p for p in _strings(options.get("files")))
    return found


@dataclass
class Loaded:
    """The outcome of loading one config: a linter, or the error that stopped it."""

    config: Path | None
    stamps: dict[Path, Stamp] = field(default_factory=dict)
    linter: Linter | None = None
    error: CopylintError | None = None
    #: The linter's paragraph-level findings, kept across edits (see copylint.lsp.paragraphs).
    paragraphs: ParagraphCache | None = None

    @property
    def settings(self) -> Settings | None:
        return self.linter.settings if self.linter else None

    def stale(self) -> bool:
        return any(_stamp(path) != stamp for path, stamp in self.stamps.items())

    @property
    def files(self) -> Iterable[Path]:
        return self.stamps.keys()


def load(config: Path | None, directory: Path) -> Loaded:
    """Settings and a warm linter for ``config`` (None: the defaults, rooted at ``directory``)."""
    watched = [config, *dependencies(config)] if config is not None else []
    loaded = Loaded(config, {path: _stamp(path) for path in watched})
    try:
        settings = load_settings(config, cwd=directory)
        loaded.linter = Linter(settings)
        loaded.linter.warm_up()
        loaded.paragraphs = ParagraphCache(loaded.linter)
    except CopylintError as error:
        loaded.error = error
    return loaded


class ConfigStore:
    """The loaded configs of a session, by config file (None: no config found)."""

    def __init__(self, fallback_root: Path) -> None:
        self.fallback_root = fallback_root
        self._by_config: dict[Path | None, Loaded] = {}
        self._found: dict[Path, Path | None] = {}

    def for_directory(self, directory: Path | None) -> Loaded:
        """The config a document in ``directory`` uses; ``None`` for an unsaved buffer, which
        uses the workspace's."""
        directory = (directory or self.fallback_root).resolve()
        if directory not in self._found:
            self._found[directory] = find_config(directory)
        config = self._found[directory]
        loaded = self._by_config.get(config)
        if loaded is None or loaded.stale():
            loaded = load(config, directory if config is None else config.parent)
            self._by_config[config] = loaded
        return loaded

    def forget_locations(self) -> None:
        """Look for configs afresh: one may have been created or deleted since."""
        self._found.clear()

    def home_for(self, directory: Path | None) -> Path:
        """Where a new config for a document in ``directory`` goes: the workspace root when
        the document lies in it (or is unsaved), else the document's directory."""
        if directory is None or directory.resolve().is_relative_to(self.fallback_root.resolve()):
            return self.fallback_root
        return directory

    def __iter__(self) -> Iterator[Loaded]:
        return iter(self._by_config.values())
