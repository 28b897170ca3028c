"""One whole check, shared by ``copylint check``, ``copylint baseline``, the Python API
(:func:`copylint.api.lint_paths`) and the language server: which inputs, which configuration
each file has, and every file's outcome.

A run has four levels, each in its own module, from the inside out:

- :mod:`copylint.engine`: one :class:`~copylint.document.Document` through the selected rules
  gives a :class:`~copylint.outcome.FileResult` (diagnostics, rule failures);
- :mod:`copylint.runner`: one file's text becomes its document and, with fixing on, goes
  through the fix loop: a :class:`~copylint.outcome.FileOutcome` (the result, the fixed text);
- :mod:`copylint.batch`: many files of one configuration: reading them, the result cache,
  worker processes and progress give their outcomes in order;
- here: the inputs of a run (paths and standard input), each file's own configuration (see
  :mod:`copylint.project`), the files grouped by it: a :class:`CheckRun`.

Nothing here prints or exits: notes go to the caller's callbacks and a misuse is raised as a
:class:`~copylint.errors.UsageError`, so each front end decides how to show them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TextIO

from copylint.batch import check_files
from copylint.cache import ResultCache
from copylint.config import Settings
from copylint.errors import UsageError
from copylint.files import FileFilter, ReadError, Reporter, discover
from copylint.formats import decode
from copylint.ignore import data_files
from copylint.outcome import FileOutcome, FileResult
from copylint.progress import progress_for
from copylint.project import Project


class CheckRun:
    """Every input's outcome, in the order given, and the settings each file was checked with.

    (A plain class, as the records of :mod:`copylint.outcome` are.)"""

    __slots__ = ("default", "outcomes", "settings")

    def __init__(
        self,
        outcomes: list[FileOutcome],
        default: Settings,
        settings: dict[str, Settings] | None = None,
    ) -> None:
        self.outcomes = outcomes
        self.default = default  # for a path the run did not check
        self.settings: dict[str, Settings] = {} if settings is None else settings

    def settings_of(self, path: str) -> Settings:
        return self.settings.get(path, self.default)


def require_existing(paths: Sequence[str]) -> None:
    """A usage error for the first path given that does not exist (``-`` is standard input)."""
    for given in paths:
        if given != "-" and not os.path.exists(given):
            raise UsageError(f"{given}: no such file or directory")


def discover_files(
    project: Project,
    targets: Sequence[str],
    *,
    follow_links: bool = False,
    on_skip: Reporter | None = None,
    on_error: Reporter | None = None,
) -> list[str]:
    """The files under ``targets``; each kept only when its own config includes it. Links
    are skipped (``on_skip`` is told) unless ``follow_links``; unreadable directories go to
    ``on_error``."""
    found: list[str] = []
    for given in targets:
        walk_settings = project.settings_for(given)
        for name in discover(
            [given],
            walk_settings,
            follow_links=follow_links,
            on_skip=on_skip,
            on_error=on_error,
        ):
            own = project.settings_for(name)
            if own is not walk_settings and (
                os.path.abspath(name) in data_files(own)
                or (os.path.isdir(given) and not FileFilter(own).included(Path(name)))
                or FileFilter(own).excluded(Path(name))
            ):
                continue
            found.append(name)
    return found


def require_files(
    found: Sequence[str],
    targets: Sequence[str],
    project: Project,
    allow_empty: bool,
    on_note: Callable[[str], None] = lambda note: None,
) -> None:
    """Zero files to check is a misconfiguration (a CI job must not go green on nothing)."""
    if found or allow_empty:
        return
    if targets and all(os.path.isfile(t) for t in targets):
        # Files named one by one (pre-commit passes the staged ones) that the config excludes:
        # nothing to do, and not a misconfiguration.
        on_note("every file given is excluded by its configuration")
        return
    globs = ", ".join(project.settings_for(targets[0] if targets else None).include)
    raise UsageError(
        f"no files to check in {', '.join(targets)} (include globs: {globs}); "
        "pass --allow-empty if that is expected"
    )


def check_input(project: Project, name: str, data: bytes, *, fix: bool = False) -> FileOutcome:
    """The outcome of one text that is not read from disk (standard input, an editor's
    buffer), named ``name``: the name chooses its format and its configuration."""
    try:
        source = decode(name, data)
    except ReadError as error:
        return FileOutcome(FileResult(name, error=str(error)))
    from copylint.runner import check_source  # here: a run served from the cache lints nothing

    return check_source(project.linter(project.settings_for(name)), source, fix=fix)


def unreadable(path: str, reason: str) -> FileOutcome:
    """The outcome of a path that could not be read or listed."""
    return FileOutcome(FileResult(path, error=reason))


def check_paths(
    project: Project,
    paths: Sequence[str],
    *,
    fix: bool = False,
    stdin_filename: str | None = None,
    read_stdin: Callable[[], bytes] = lambda: sys.stdin.buffer.read(),
    jobs: int | None = None,
    cache: bool = True,
    progress: TextIO | None = None,
    allow_empty: bool = False,
    follow_links: bool = False,
    on_skip: Reporter | None = None,
    on_note: Callable[[str], None] = lambda note: None,
) -> CheckRun:
    """Every input's outcome, in order: ``-`` is standard input (named ``stdin_filename``),
    other paths are files or directories (a front end that wants a usage error for a path that
    does not exist calls :func:`require_existing` first; otherwise it is a file that cannot be
    read). Files are grouped by their configuration and each
    group goes through :func:`copylint.batch.check_files` (cache, worker processes). With
    ``fix`` each outcome holds the fixed text; nothing is written. ``progress`` is the stream
    a progress line may go to (None: none)."""
    items: list[FileOutcome | str] = []  # in order: outcomes of standard input, file paths
    run = CheckRun([], project.default)
    for given in paths:
        if given == "-":
            name = stdin_filename or "<stdin>"
            run.settings[name] = project.settings_for(stdin_filename)
            data = read_stdin()
            outcome = check_input(project, name, data, fix=fix)
            outcome.stdin = True
            outcome.stdin_data = data
            items.append(outcome)
            continue
        items.extend(
            discover_files(
                project,
                [given],
                follow_links=follow_links,
                on_skip=on_skip,
                on_error=lambda path, reason: items.append(unreadable(path, reason)),
            )
        )
    files = [item for item in items if isinstance(item, str)]
    if not items:
        require_files(files, paths, project, allow_empty, on_note)
    groups: dict[int, list[str]] = {}
    for name in files:
        settings = run.settings[name] = project.settings_for(name)
        groups.setdefault(id(settings), []).append(name)
    reporter = progress_for(len(files), progress, wanted=True) if progress else None
    done: dict[str, FileOutcome] = {}
    for names in groups.values():
        settings = run.settings[names[0]]
        linter = partial(project.linter, settings)  # built only if a file misses the cache
        outcomes = check_files(
            linter,
            names,
            fix=fix,
            jobs=jobs,
            cache=ResultCache.open(settings, linter) if cache else None,
            progress=reporter if len(groups) == 1 else None,
        )
        done.update(zip(names, outcomes, strict=True))
    if len(groups) != 1 and reporter is not None:
        reporter.close()
    run.outcomes = [done[item] if isinstance(item, str) else item for item in items]
    return run
