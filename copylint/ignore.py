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
from typing import Any

import pathspec

from copylint.config import Settings

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
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _repository_root(directory: Path) -> Path | None:
    for candidate in (directory, *directory.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


class GitIgnore:
    """The ignore files met by one walk, each read once."""

    def __init__(self) -> None:
        self._specs: dict[str, pathspec.PathSpec[Any] | None] = {}
        self._roots: dict[Path, Path] = {}

    def root(self, top: Path) -> Path:
        """The repository root above ``top``, or ``top`` itself outside a repository."""
        if top not in self._roots:
            self._roots[top] = _repository_root(top) or top
        return self._roots[top]

    def spec(self, directory: str) -> pathspec.PathSpec[Any] | None:
        if directory not in self._specs:
            self._specs[directory] = _spec(directory)
        return self._specs[directory]

    def ignored(self, path: str, top: Path) -> bool:
        """True when the ignore files between the repository root (or the walk's ``top``
        outside a repository) and ``path`` ignore it."""
        return _ignored(self, path, top)


def _ignored(ignores: GitIgnore, path: str, top: Path) -> bool:
    absolute = Path(os.path.abspath(path))
    root = ignores.root(Path(os.path.abspath(top)))
    try:
        parts = absolute.relative_to(root).parts
    except ValueError:
        return False
    verdict = False
    for depth in range(len(parts)):
        spec = ignores.spec(str(root.joinpath(*parts[:depth])))
        if spec is None:
            continue
        relative = "/".join(parts[depth:])
        # each leading directory of the path can be ignored as a directory
        for end in range(depth + 1, len(parts)):
            if spec.match_file("/".join(parts[depth:end]) + "/"):
                return True
        result = spec.check_file(relative)
        if result.include is not None:
            verdict = result.include
    return verdict


def data_files(settings: Settings) -> frozenset[str]:
    """copylint's own files in these settings: never linted as articles."""
    paths = {*settings.data_paths}
    if settings.config_path is not None:
        paths.add(Path(settings.config_path))
    if settings.baseline is not None:
        paths.add(settings.baseline)
    else:
        from copylint.baseline import default_path

        paths.add(default_path(settings))
    return frozenset(os.path.abspath(p) for p in paths)


def walked(found: Iterable[str], top: Path, settings: Settings) -> Iterator[str]:
    """The files of a directory walk that are articles: not ignored, not copylint's data."""
    own = data_files(settings)
    ignores = GitIgnore()
    for name in found:
        absolute = os.path.abspath(name)
        if absolute in own or any(absolute.startswith(d + os.sep) for d in own):
            continue
        if settings.respect_gitignore and ignores.ignored(name, top):
            continue
        yield name
