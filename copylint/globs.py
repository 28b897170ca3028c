"""Git-style path patterns (``include``, ``exclude``, ``per-file-ignores``, ``.gitignore``),
matched the same way on every machine.

pathspec picks its fastest installed regular-expression engine by default (re2 or hyperscan
when present); those engines match UTF-8 bytes and fail on a file name that is not UTF-8,
which Python carries as surrogate escapes. Naming the pure-Python engine keeps such a name a
name to match, and keeps a pattern's meaning independent of what else is installed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec


def gitignore_spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    """The patterns ``lines`` as git reads a ``.gitignore``."""
    import pathspec  # here: a one-file check never matches a pattern, and skips the import

    return pathspec.GitIgnoreSpec.from_lines(list(lines), backend="simple")


#: A pattern that is only a star and a suffix ("*.md"): no slash, no other wildcard, no escape.
_STAR_SUFFIX = re.compile(r"\*[^*?\[\]\\/!#\s]+")


def suffix_matcher(lines: Iterable[str]) -> Callable[[str], bool] | None:
    """A matcher for patterns that are all a star and a suffix (the default ``include``), or
    None when one is anything else.

    Git reads such a pattern against every component of a path, so a file matches when it or
    any folder above it ends with a suffix. Deciding that with ``str.endswith`` spares a
    walk of a cached archive the import of pathspec; tests check it against pathspec.
    """
    patterns = list(lines)
    if not patterns or not all(_STAR_SUFFIX.fullmatch(p) for p in patterns):
        return None
    suffixes = tuple(p[1:] for p in patterns)

    def matches(relative: str) -> bool:
        # The file's own name first: a suffix holds no slash, so the path ends with it only
        # when the name does, and that is the answer for nearly every file.
        return relative.endswith(suffixes) or any(
            part.endswith(suffixes) for part in relative.split("/")[:-1]
        )

    return matches
