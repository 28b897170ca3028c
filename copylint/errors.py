"""Errors that end a run with exit status 2 and one clear line on stderr."""

from __future__ import annotations


class CopylintError(Exception):
    """A problem the user must fix before copylint can run; its text is the whole message."""


class ConfigError(CopylintError):
    """A broken config file, rule pack or word list; names the file (and entry) at fault."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class UsageError(CopylintError):
    """A command-line mistake: unknown rule id, bad option value."""
