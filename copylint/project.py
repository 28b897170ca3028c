"""Which configuration applies to which file, and one linter per configuration.

As in ruff, a file's configuration is the one nearest to the file itself, found walking up
from the file's own directory, not from the working directory: ``cd /tmp && copylint check
~/paper/stories/x.md`` uses the paper's config, word lists, packs, baseline and cache. Several
configs in one run (a monorepo of sections) each apply to their own files. Precedence, highest
first: command-line options, then the nearest config file (``.copylint.toml`` before
``pyproject.toml`` in the same directory; configs are not merged), then the defaults. With
``--config FILE`` or ``--no-config`` every file uses that one configuration.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from copylint.config import Settings, find_config, load_settings

if TYPE_CHECKING:
    from copylint.engine import Linter

#: What the command line changes in every file's settings.
Overrides = Callable[[Settings], Settings]


class Project:
    """Settings and linters for the files of one run, each built once."""

    def __init__(
        self,
        overrides: Overrides = lambda settings: settings,
        *,
        config_path: Path | None = None,
        no_config: bool = False,
        cwd: Path | None = None,
        selectors: tuple[str, ...] = (),
        settings: Settings | None = None,
        build: Callable[[Settings], Linter] | None = None,
    ) -> None:
        """``settings`` gives every file that one configuration (the Python API's); ``build``
        makes a configuration's linter (the API's, reused across calls) instead of a new one."""
        self.overrides = overrides
        self._build = build
        self.selectors = selectors  # from the command line: a bad one is a usage error
        self.cwd = (cwd or Path.cwd()).resolve()
        self._fixed: Settings | None = None
        if settings is not None:
            self._fixed = overrides(settings)
        elif config_path is not None or no_config:
            self._fixed = overrides(load_settings(config_path, no_config=no_config, cwd=self.cwd))
        self._by_config: dict[Path | None, Settings] = {}
        self._by_directory: dict[str, Settings] = {}
        self._linters: dict[int, Linter] = {}

    def settings_for(self, path: str | None) -> Settings:
        """The settings of the file at ``path`` (None: of the working directory)."""
        if self._fixed is not None:
            return self._fixed
        directory = str(self.cwd) if path is None else _directory_of(os.path.join(self.cwd, path))
        found = self._by_directory.get(directory)
        if found is None:
            config = find_config(Path(directory))
            found = self._by_config.get(config)
            if found is None:
                found = self.overrides(load_settings(config, cwd=self.cwd))
                self._by_config[config] = found
            self._by_directory[directory] = found
        return found

    @property
    def default(self) -> Settings:
        """The settings of the working directory (rules, explain, standard input)."""
        return self.settings_for(None)

    @property
    def linters(self) -> list[Linter]:
        """The linters built so far."""
        return list(self._linters.values())

    def linter(self, settings: Settings) -> Linter:
        """The linter of ``settings`` (one of this project's), built on first use."""
        from copylint.engine import Linter
        from copylint.registry import Registry

        linter = self._linters.get(id(settings))
        if linter is None and self._build is not None:
            linter = self._linters[id(settings)] = self._build(settings)
        if linter is None:
            registry = Registry.load(settings)
            for selector in self.selectors:
                registry.expand(selector)  # "command line" errors, before the config's
            linter = self._linters[id(settings)] = Linter(settings, registry)
        return linter


def _directory_of(path: str) -> str:
    """The directory ``path`` is or is in, absolute. Strings, not ``Path`` objects: a run asks
    this for every file it lints, and building paths cost a warm run a tenth of its time."""
    absolute = os.path.abspath(path)
    return absolute if os.path.isdir(absolute) else os.path.dirname(absolute)
