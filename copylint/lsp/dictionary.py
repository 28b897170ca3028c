""" "Add to the house dictionary": write a word where the config keeps its words.

The word goes where ``copylint check`` will read it for the document: appended to the
config's first ``word-files`` file when it has one, else into its ``words`` list (top level of
``.copylint.toml``, or ``[tool.copylint]`` of ``pyproject.toml``). With no config, a
``.copylint.toml`` is created in the workspace root. The config is edited by
:class:`~copylint.config_edit.ConfigEditor` (tomlkit: comments, order and layout kept), as
``copylint review`` edits it, and every file is replaced atomically, so an editor or
``copylint check`` never reads a half-written one.
"""

from __future__ import annotations

from pathlib import Path

from copylint.config_edit import ConfigEditor
from copylint.errors import ConfigError
from copylint.fix import write_atomically


def _append_line(path: Path, word: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if word in (line.split("#", 1)[0].strip() for line in text.splitlines()):
        return
    if text and not text.endswith("\n"):
        text += "\n"
    write_atomically(str(path), f"{text}{word}\n")


def add_word(word: str, config: Path | None, workspace: Path) -> Path:
    """Add ``word`` to the house dictionary of ``config`` (None: create one in ``workspace``);
    the file written is returned. A file that cannot be read or written raises ConfigError."""
    editor = ConfigEditor.for_config(config, workspace)
    target = editor.word_file()
    try:
        if target is not None:
            target = target.resolve()
            _append_line(target, word)
            return target
        editor.add_word(word)
        editor.save()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(target or editor.path), f"cannot add {word!r}: {error}") from None
    return editor.path
