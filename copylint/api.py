"""The public Python API: lint text or files with the same engine the command line uses.

Inputs and outputs are plain, picklable values (strings, :class:`~copylint.config.Settings`,
:class:`~copylint.model.Diagnostic`), so the calls can run inside any process pool or
distributed engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from copylint.config import Settings, load_settings, parse_config
from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.files import SourceFile
from copylint.model import Diagnostic
from copylint.outcome import InternalError
from copylint.runner import lint_source

Config = Settings | Mapping[str, Any] | str | Path | None


class RuleError(CopylintError):
    """Rules failed on the text (a plugin crashed, a pack pattern ran away): the diagnostics
    are incomplete, so they are not returned as if the text were checked. ``errors`` holds
    the failures, ``diagnostics`` what the other rules found."""

    def __init__(self, errors: list[InternalError], diagnostics: list[Diagnostic]) -> None:
        self.errors = errors
        self.diagnostics = diagnostics
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(errors[0].describe() + more)


_linters: dict[str, Linter] = {}


def resolve_settings(config: Config) -> Settings:
    """Settings from a Settings object, a config table (as in ``.copylint.toml``), a config
    file path, or None (the config found from the working directory)."""
    if isinstance(config, Settings):
        return config
    if isinstance(config, Mapping):
        return parse_config(Path.cwd() / "<api>", config)
    if config is None:
        return load_settings()
    return load_settings(Path(config))


#: The last settings objects seen and their linters: a caller that passes the same Settings to
#: every call (one per article) skips even comparing them, which costs a millisecond with a big
#: ``words`` list. Kept small: callers that build new settings per call fall through to the key.
_recent: dict[int, tuple[Settings, Linter]] = {}
_RECENT_SIZE = 16


def linter_for(settings: Settings) -> Linter:
    """A linter for ``settings``, built once per process and reused."""
    seen = _recent.get(id(settings))
    if seen is not None and seen[0] is settings:
        return seen[1]
    key = repr(settings)
    if key not in _linters:
        _linters[key] = Linter(settings)
    if len(_recent) >= _RECENT_SIZE:
        _recent.clear()
    _recent[id(settings)] = (settings, _linters[key])
    return _linters[key]


def lint_text(
    text: str, *, path: str | None = None, config: Config = None, format: str | None = None
) -> list[Diagnostic]:
    """Diagnostics for ``text``; ``path`` names it (and picks Markdown for ``.md``). A rule
    that fails raises :class:`RuleError`."""
    linter = linter_for(resolve_settings(config))
    result = lint_source(linter, SourceFile(path or "<text>", text), format)
    if result.internal_errors:
        raise RuleError(result.internal_errors, result.diagnostics)
    return result.diagnostics


def lint_paths(
    paths: Iterable[str | Path],
    *,
    config: Config = None,
    jobs: int | None = 1,
    cache: bool = False,
) -> list[Diagnostic]:
    """Diagnostics for files and directories, found as ``copylint check`` finds them, sorted by
    path and position.

    ``jobs`` is the number of worker processes: 1 (the default) lints in this process, which is
    right inside a distributed engine that already runs a task per core; None uses every core.
    ``cache`` reads and writes the result cache that ``copylint check`` uses. A file that cannot
    be read raises :class:`~copylint.files.ReadError`; a rule that fails raises
    :class:`RuleError` (with every failure, and the diagnostics of every file).
    """
    from copylint.files import ReadError
    from copylint.orchestrate import check_paths
    from copylint.project import Project

    project = Project(settings=resolve_settings(config), build=linter_for)
    run = check_paths(project, [str(p) for p in paths], jobs=jobs, cache=cache, allow_empty=True)
    diagnostics: list[Diagnostic] = []
    errors: list[InternalError] = []
    for outcome in run.outcomes:
        if outcome.result.error:
            raise ReadError(f"{outcome.result.path}: {outcome.result.error}")
        diagnostics.extend(outcome.result.diagnostics)
        errors.extend(outcome.result.internal_errors)
    diagnostics.sort(key=Diagnostic.sort_key)
    if errors:
        raise RuleError(errors, diagnostics)
    return diagnostics
