"""Writing to the user's config without losing a comment: house words and per-file ignores.

``copylint review`` adds a word to the house dictionary or ignores a rule for one file by
editing the config that applies to the file; tomlkit keeps every comment, blank line and key
order as the user wrote them. Without a config, ``.copylint.toml`` is created in the directory
the paths are relative to. The file is replaced atomically (temporary file and rename).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.exceptions

from copylint.config import CONFIG_FILE
from copylint.errors import ConfigError
from copylint.fix import write_atomically


class ConfigEditor:
    """One config file, loaded for editing; :meth:`save` writes it back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8") if path.is_file() else ""
            self.document = tomlkit.parse(text)
        except (OSError, UnicodeDecodeError, tomlkit.exceptions.ParseError) as error:
            raise ConfigError(str(path), f"cannot edit the config: {error}") from None
        self.changes: list[str] = []

    @classmethod
    def for_config(cls, config_path: Path | None, root: Path) -> ConfigEditor:
        return cls(config_path if config_path is not None else root / CONFIG_FILE)

    def _table(self) -> Any:
        """The table copylint's keys live in (``[tool.copylint]`` in pyproject.toml)."""
        if self.path.name != "pyproject.toml":
            return self.document
        tool = self.document.setdefault("tool", tomlkit.table(True))
        return tool.setdefault("copylint", tomlkit.table())

    def add_word(self, word: str) -> None:
        table = self._table()
        words = table.setdefault("words", tomlkit.array())
        if word not in words:
            words.append(word)
            self.changes.append(f"added {word!r} to the words of {self.path}")

    def word_file(self) -> Path | None:
        """The config's first ``word-files`` file (relative to the config), None without one:
        where a house word goes when the config keeps its words in files."""
        files = self._table().get("word-files")
        first = files if isinstance(files, str) else next(iter(files or ()), None)
        return self.path.parent / str(first) if first else None

    def ignore_rule(self, glob: str, rule: str) -> None:
        table = self._table()
        ignores = table.setdefault("per-file-ignores", tomlkit.table())
        rules = ignores.setdefault(glob, tomlkit.array())
        if rule not in rules:
            rules.append(rule)
            self.changes.append(f"ignored {rule} for {glob} in {self.path}")

    def save(self) -> None:
        if self.changes:
            write_atomically(str(self.path), tomlkit.dumps(self.document))
