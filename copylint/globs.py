"""Git-style path patterns (``include``, ``exclude``, ``per-file-ignores``, ``.gitignore``),
matched the same way on every machine.

pathspec picks its fastest installed regular-expression engine by default (re2 or hyperscan
when present); those engines match UTF-8 bytes and fail on a file name that is not UTF-8,
which Python carries as surrogate escapes. Naming the pure-Python engine keeps such a name a
name to match, and keeps a pattern's meaning independent of what else is installed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec


def gitignore_spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    """The patterns ``lines`` as git reads a ``.gitignore``."""
    import pathspec  # here: a one-file check never matches a pattern, and skips the import

    return pathspec.GitIgnoreSpec.from_lines(list(lines), backend="simple")
