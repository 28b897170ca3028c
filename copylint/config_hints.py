"""Hints for the config mistakes that come from pasting examples between file kinds.

TOML has two traps here. The README shows ``[tool.copylint]`` for ``pyproject.toml``; pasted
into ``.copylint.toml`` it hides every key under ``tool``. And a key written after a table
header belongs to that table: ``fail-on = "error"`` below ``[rules."spelling/misspelling"]``
becomes an option of that rule, not a top-level setting.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _close(word: str, choices: Iterable[str]) -> str:
    import difflib  # here: only a mistake needs it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_key_message(key: str, value: Any, known: Iterable[str]) -> str:
    """Why a top-level config key is unknown, with the fix when it is a pasting mistake."""
    if key == "tool" and isinstance(value, dict) and "copylint" in value:
        return (
            "unknown key 'tool': [tool.copylint] is the table for pyproject.toml; "
            "in .copylint.toml write its keys at the top level, without the [tool.copylint] line"
        )
    return f"unknown key '{key}'{_close(key, known)}"


def misplaced_key_hint(key: str, top_level_keys: Iterable[str]) -> str:
    """A hint when an option of a rule is really a top-level key written below a table."""
    if key not in set(top_level_keys):
        return ""
    return (
        f"; '{key}' is a top-level key: in TOML a key written after a [rules.\"…\"] table "
        "belongs to that table, so move it above the first table"
    )
