"""What a directory walk leaves out besides the include and exclude globs.

* ``.gitignore`` and ``.ignore`` files, as git reads them (pathspec's gitwildmatch): a file
  found by walking a directory is skipped when the ignore files of its own directory or of any
  directory above it, up to the repository root (the directory holding ``.git``), ignore it;
  a deeper file's patterns win over a shallower one's. ``respect-gitignore = false`` in the
  config or ``--no-respect-gitignore`` turns this off. A file named on the command line is
  linted whatever the ignore files say, as in ruff.
* copylint's own files: the config file, word files, names lists, packs, the baseline. They
  are data, never articles, even when their names match the include globs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copylint.config import Settings
from copylint.globs import gitignore_spec

if TYPE_CHECKING:
    import pathspec

IGNORE_FILES = (".gitignore", ".ignore")


def _spec(directory: str) -> pathspec.PathSpec[Any] | None:
    """The patterns of the ignore files in ``directory``, or None when it has none."""
    lines: list[str] = []
    for name in IGNORE_FILES:
        try:
            with open(os.path.join(directory, name), encoding="utf-8", errors="replace") as f:
                lines.extend(f.read().splitlines())
        except OSError:
            continue
    return gitignore_spec(lines) if lines else None


def _repository_root(directory: Path) -> Path | None:
    for candidate in (directory, *directory.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


#: The ignore files that apply inside a directory: (their directory, their patterns).
_Levels = tuple[tuple[str, "pathspec.PathSpec[Any]"], ...]


class GitIgnore:
    """The ignore files met by one walk, each read once; each directory's verdict is worked
    out once too, so a file costs one match per ignore file above it."""

    def __init__(self) -> None:
        self._roots: dict[str, str] = {}
        self._levels: dict[str, _Levels] = {}
        self._ignored_dirs: dict[str, bool] = {}

    def root(self, top: str) -> str:
        """The repository root above ``top``, or ``top`` itself outside a repository."""
        if top not in self._roots:
            found = _repository_root(Path(top))
            self._roots[top] = str(found) if found is not None else top
        return self._roots[top]

    def _levels_of(self, directory: str, root: str) -> _Levels:
        """The ignore files of ``directory`` and of every directory up to ``root``."""
        if directory not in self._levels:
            above = () if directory == root else self._levels_of(os.path.dirname(directory), root)
            spec = _spec(directory)
            self._levels[directory] = above if spec is None else (*above, (directory, spec))
        return self._levels[directory]

    def _verdict(self, path: str, levels: _Levels, suffix: str = "") -> bool:
        verdict = False
        for directory, spec in levels:
            result = spec.check_file(os.path.relpath(path, directory).replace(os.sep, "/") + suffix)
            if result.include is not None:
                verdict = result.include
        return verdict

    def _directory_ignored(self, directory: str, root: str) -> bool:
        if directory == root:
            return False
        if directory not in self._ignored_dirs:
            parent = os.path.dirname(directory)
            self._ignored_dirs[directory] = self._directory_ignored(parent, root) or (
                self._verdict(directory, self._levels_of(parent, root), "/")
            )
        return self._ignored_dirs[directory]

    def ignored(self, absolute: str, top: str) -> bool:
        """True when the ignore files between the repository root (or the walk's ``top``
        outside a repository) and ``absolute`` ignore it (both paths absolute: a walk works
        out its top's once, not once per file)."""
        root = self.root(top)
        if not absolute.startswith(root.rstrip(os.sep) + os.sep):
            return False
        parent = os.path.dirname(absolute)
        if self._directory_ignored(parent, root):
            return True
        return self._verdict(absolute, self._levels_of(parent, root))


def data_files(settings: Settings) -> frozenset[str]:
    """copylint's own files in these settings: never linted as articles."""
    paths = {*settings.data_paths}
    if settings.config_path is not None:
        paths.add(Path(settings.config_path))
    paths.add(settings.baseline_path)
    return frozenset(os.path.abspath(p) for p in paths)


def walked(found: Iterable[str], top: Path, settings: Settings) -> Iterator[str]:
    """The files of a directory walk that are articles: not ignored, not copylint's data."""
    own = data_files(settings)
    inside_own = tuple(directory + os.sep for directory in own)
    ignores = GitIgnore() if settings.respect_gitignore else None
    absolute_top = os.path.abspath(top)
    for name in found:
        absolute = os.path.abspath(name)
        if absolute in own or absolute.startswith(inside_own):
            continue
        if ignores is not None and ignores.ignored(absolute, absolute_top):
            continue
        yield name
