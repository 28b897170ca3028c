""" "Add to the house dictionary": write a word where the config keeps its words.

The word goes where ``copylint check`` will read it for the document: appended to the
config's first ``word-files`` file when it has one, else into its ``words`` list (top level of
``.copylint.toml``, or ``[tool.copylint]`` of ``pyproject.toml``). With no config, a
``.copylint.toml`` is created in the workspace root. TOML is edited with tomlkit, which keeps
the file's comments, order and layout; every write goes through a temporary file and a rename,
so an editor or ``copylint check`` never reads a half-written config.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from copylint.config import CONFIG_FILE
from copylint.errors import ConfigError


def _write(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _table(document: tomlkit.TOMLDocument, pyproject: bool) -> Any:
    if not pyproject:
        return document
    tool = document.setdefault("tool", tomlkit.table(is_super_table=True))
    return tool.setdefault("copylint", tomlkit.table())


def _append_line(path: Path, word: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if word in (line.split("#", 1)[0].strip() for line in text.splitlines()):
        return
    if text and not text.endswith("\n"):
        text += "\n"
    _write(path, f"{text}{word}\n")


def add_word(word: str, config: Path | None, workspace: Path) -> Path:
    """Add ``word`` to the house dictionary of ``config`` (None: create one in ``workspace``);
    the file written is returned. A config tomlkit cannot read raises ConfigError."""
    path = config if config is not None else workspace / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError, TOMLKitError) as error:
        raise ConfigError(str(path), f"cannot add {word!r}: {error}") from None
    table = _table(document, path.name == "pyproject.toml")
    word_files = table.get("word-files")
    if isinstance(word_files, str):
        word_files = [word_files]
    if word_files:
        target = (path.parent / str(word_files[0])).resolve()
        _append_line(target, word)
        return target
    words = table.get("words")
    if words is None:
        table["words"] = [word]
    elif word not in words:
        words.append(word)
    _write(path, tomlkit.dumps(document))
    return path
