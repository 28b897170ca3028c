"""The result cache: a file's diagnostics, kept until its content or the run's rules change.

An entry is looked up by the file's path and used only when the file's bytes hash to what they
hashed to when it was linted. Entries live in one file per *run key*, a hash of everything else
the diagnostics depend on: the copylint version, the settings (config and command line, except
what only decides which files are read or whether the run fails), and the rule set (each rule's
id and origin, the version of each plugin, the content of every pack file, the size and time of
every module that defines a rule and of copylint's own code and data). A change to any of them
is a different run key, so a stale result can never be served; old cache files age out.

The cache is a plain JSON file, never pickle, so a cache directory that came with a cloned
repository cannot run code. A file that is corrupt, truncated or of another layout counts as
empty. Writes go to a temporary file renamed into place, so concurrent runs never see half a
file; the last writer merges what is on disk before it writes.

The directory is ``$COPYLINT_CACHE_DIR``, else ``cache-dir`` from the config, else
``.copylint_cache`` in the project root; when that cannot be written, a directory of the user's
platform cache.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copylint import __version__
from copylint.blake2 import hexdigest
from copylint.model import Applicability, Diagnostic, Edit, Fix, Severity, Span

if TYPE_CHECKING:
    from copylint.config import Settings
    from copylint.engine import Linter

#: The layout of the cache files; bump it when it changes.
LAYOUT = 1
DIRECTORY_NAME = ".copylint_cache"
ENVIRONMENT_VARIABLE = "COPYLINT_CACHE_DIR"
#: Entries and cache files unused for this many days are dropped.
MAX_AGE_DAYS = 30
#: The entry-point group of rule plugins (:data:`copylint.registry.ENTRY_POINT_GROUP`, not
#: imported: that would import every rule, which a warm run does not need).
PLUGIN_GROUP = "copylint.rules"
#: Settings that decide which files are read or whether the run fails, not what is found.
_NOT_IN_KEY = frozenset({"config_path", "include", "exclude", "fail_on", "cache_dir"})

_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by copylint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def digest(data: bytes) -> str:
    """What a file's content is known by in the cache."""
    return hexdigest(data, 16)


def run_key(settings: Settings, linter: Linter) -> str:
    """A hash of everything besides a file's content that its diagnostics depend on."""
    parts = {
        **_fixed_parts(settings),
        "rules": _rule_set(linter),
        "data": {path: _content(path) for path in linter.data_files},  # names, outlets files
    }
    return _hash(parts)


def _fixed_parts(settings: Settings) -> dict[str, Any]:
    return {
        "layout": LAYOUT,
        "version": __version__,
        "python": sys.version_info[:2],
        "settings": _canonical(
            {name: value for name, value in settings._asdict().items() if name not in _NOT_IN_KEY}
        ),
    }


def _hash(parts: Mapping[str, Any]) -> str:
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"))
    return hexdigest(text.encode("utf-8"), 16)


def shortcut_key(settings: Settings) -> str:
    """A hash of what decides the rule set, known without building it: the settings, the
    code and data of copylint (size and time), the content of the configured packs and the
    installed rule plugins with their versions. With the same shortcut key, the rules are the
    same, so the run key is the one recorded last time, provided the files the rules read
    and the modules of the plugins are unchanged (:func:`_recorded_key` checks them)."""
    from copylint.entry_points import entry_points
    from copylint.resources import pack_files, rules_dir

    plugins = sorted(
        [ep.name, ep.value, ep.dist.name if ep.dist else "", ep.dist.version if ep.dist else ""]
        for ep in entry_points(PLUGIN_GROUP)
    )
    packs = {
        str(path): _content(str(path))
        for directory in settings.rules_dirs
        if directory.is_dir()
        for path in pack_files(directory)
    }
    package = Path(__file__).resolve().parent
    code = _stat_tree(package, ".py") + _stat_tree(rules_dir(), "")
    return _hash({**_fixed_parts(settings), "plugins": plugins, "packs": packs, "code": code})


def _recorded_key(path: Path) -> str | None:
    """The run key a shortcut file names, if every file it depends on is as it was then."""
    document = _read_json(path)
    if not isinstance(document, dict) or document.get("layout") != LAYOUT:
        return None
    key, data, modules = document.get("key"), document.get("data"), document.get("modules")
    if not (isinstance(key, str) and isinstance(data, dict) and isinstance(modules, list)):
        return None
    if any(not isinstance(m, list) or not m or _stat(str(m[0])) != m for m in modules):
        return None
    if any(_content(str(p)) != d for p, d in data.items()):
        return None
    return key


def _canonical(value: Any) -> Any:
    """``value`` as JSON that is the same in every process (sets sorted, paths as text)."""
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, set | frozenset):
        return sorted(_canonical(v) for v in value)
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.name
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _rule_set(linter: Linter) -> dict[str, Any]:
    modules: set[str] = set()
    packs: set[str] = set()
    rules = []
    for spec, rule in zip(linter.specs, linter.rules, strict=True):
        info = spec.info  # a Python rule's own info does not know where it was loaded from
        rules.append([info.id, info.origin, _plugin_version(info.origin)])
        module = sys.modules.get(type(rule).__module__)
        if module is not None and getattr(module, "__file__", None):
            modules.add(str(module.__file__))
        if os.path.isfile(info.origin):
            packs.add(info.origin)
    from copylint.resources import rules_dir

    package = Path(__file__).resolve().parent
    return {
        "rules": rules,
        "code": _stat_tree(package, ".py") + _stat_tree(rules_dir(), ""),
        "modules": [_stat(m) for m in sorted(modules)],
        "packs": {path: _content(path) for path in sorted(packs)},
    }


def _plugin_version(origin: str) -> str | None:
    """The installed version of the distribution a plugin rule comes from (``plugin NAME``)."""
    if not origin.startswith("plugin "):
        return None
    from importlib import metadata

    try:
        return metadata.version(origin.removeprefix("plugin "))
    except (metadata.PackageNotFoundError, ValueError):
        return None


def _stat(path: str) -> list[Any]:
    try:
        status = os.stat(path)
    except OSError:
        return [path]
    return [path, status.st_size, status.st_mtime_ns]


def _stat_tree(top: Path, suffix: str) -> list[list[Any]]:
    found: list[list[Any]] = []
    for directory, subdirs, files in os.walk(top):
        subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
        found.extend(_stat(os.path.join(directory, f)) for f in sorted(files) if f.endswith(suffix))
    return found


def _content(path: str) -> str:
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return ""


def cache_directory(settings: Settings) -> Path | None:
    """The directory to keep cache files in, created if need be; None when none is writable."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE) or settings.cache_dir
    if configured:
        chosen = Path(configured).expanduser()
        return chosen if _prepare(chosen) else None
    default = settings.root / DIRECTORY_NAME
    if _prepare(default):
        return default
    project = hexdigest(str(settings.root).encode(), 8)
    fallback = _user_cache_root() / "copylint" / project
    return fallback if _prepare(fallback) else None


def _user_cache_root() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def _prepare(directory: Path) -> bool:
    """Make the directory usable as a cache; True when it can be written.

    The cache directory may be named by an untrusted repository's config, or come committed
    in it, so nothing is replaced and no link is followed: a directory copylint creates is
    marked as a cache (``CACHEDIR.TAG``, and a ``.gitignore`` of ``*``), an existing one gets
    nothing but the cache files in its ``v1`` folder; a symbolic link at either level is not
    used.
    """
    try:
        created = not os.path.lexists(directory)
        if created:
            directory.mkdir(parents=True)
        elif directory.is_symlink() or not directory.is_dir():
            return False
        if created:
            _create(directory / "CACHEDIR.TAG", _CACHEDIR_TAG)
            _create(directory / ".gitignore", "# Created by copylint.\n*\n")
        layout = directory / f"v{LAYOUT}"
        if not os.path.lexists(layout):
            layout.mkdir()
        elif layout.is_symlink() or not layout.is_dir():
            return False
        return os.access(directory, os.W_OK) and os.access(layout, os.W_OK)
    except OSError:
        return False


def _create(path: Path, text: str) -> None:
    """Write a new file; one that exists (or a link there) is left as it is."""
    try:
        handle = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644
        )
    except FileExistsError:
        return
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)


def _write_atomically(path: Path, text: str) -> None:
    import tempfile  # here: a run without the cache never writes one

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide the cache from the team
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class ResultCache:
    """The cached diagnostics of one run key: looked up by path and content digest."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, list[Any]] = _load(path)
        self._touched: dict[str, list[Any]] = {}
        self._today = int(time.time() // 86400)

    @classmethod
    def open(cls, settings: Settings, linter: Linter | Callable[[], Linter]) -> ResultCache | None:
        """The cache for this run, or None when no cache directory can be written.

        ``linter`` may be a function that builds it: it is then called only when the run key
        is not known from an earlier run with the same rules (see :func:`shortcut_key`), so a
        run whose every file hits the cache builds no rules and loads no lexicons.
        """
        directory = cache_directory(settings)
        if directory is None:
            return None
        folder = directory / f"v{LAYOUT}"
        shortcut = folder / f"{shortcut_key(settings)}.key"
        key = _recorded_key(shortcut)
        if key is None:
            built = linter() if callable(linter) else linter
            key = run_key(settings, built)
            record = {
                "layout": LAYOUT,
                "key": key,
                "data": {path: _content(path) for path in built.data_files},
                "modules": _rule_set(built)["modules"],
            }
            with contextlib.suppress(OSError):
                _write_atomically(shortcut, json.dumps(record, separators=(",", ":")))
        return cls(folder / f"{key}.json")

    def lookup(self, path: str, content_digest: str) -> list[Diagnostic] | None:
        """The diagnostics of ``path`` when it was linted with this content, else None."""
        key = os.path.abspath(path)
        entry = self._entries.get(key)
        if not isinstance(entry, list) or len(entry) != 3 or entry[0] != content_digest:
            return None
        try:
            diagnostics = [_decode(path, row) for row in entry[2]]
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError):
            return None  # a damaged entry is a miss
        if entry[1] != self._today:
            self._touched[key] = [content_digest, self._today, entry[2]]
        return diagnostics

    def store(self, path: str, content_digest: str, diagnostics: Iterable[Diagnostic]) -> None:
        rows = [_encode(d) for d in diagnostics]
        self._touched[os.path.abspath(path)] = [content_digest, self._today, rows]

    def save(self) -> None:
        """Write what this run learned, merged with what other runs wrote meanwhile. A cache
        that cannot be written is not an error: the next run lints again."""
        if not self._touched:
            return
        entries = _load(self.path)  # another run may have written since we read
        entries.update(self._touched)
        oldest = self._today - MAX_AGE_DAYS
        kept = {
            key: entry
            for key, entry in entries.items()
            if isinstance(entry, list) and len(entry) == 3 and _day(entry[1]) >= oldest
        }
        document = {"copylint": __version__, "layout": LAYOUT, "files": kept}
        with contextlib.suppress(OSError):
            if not _prepare(self.path.parent.parent):
                return
            _write_atomically(self.path, json.dumps(document, separators=(",", ":")))
            self._touched.clear()
            _remove_old_files(self.path.parent, keep=self.path)


def _day(value: Any) -> int:
    return value if isinstance(value, int) else -1


def _read_json(path: Path) -> Any:
    """The JSON of a cache file; anything but a regular file (a link, a FIFO) or damaged JSON
    is None."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
        with os.fdopen(handle, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return None
            return json.loads(stream.read())
    except (OSError, ValueError, RecursionError):
        return None


def _load(path: Path) -> dict[str, list[Any]]:
    """The entries of a cache file; anything but a regular file of the right layout (a link,
    a FIFO, damaged JSON) counts as empty."""
    document = _read_json(path)
    if not isinstance(document, dict) or document.get("layout") != LAYOUT:
        return {}
    files = document.get("files")
    return files if isinstance(files, dict) else {}


def _remove_old_files(directory: Path, keep: Path) -> None:
    """Cache files of run keys unused for :data:`MAX_AGE_DAYS` (an old config or version)."""
    limit = time.time() - MAX_AGE_DAYS * 86400
    for candidate in chain(directory.glob("*.json"), directory.glob("*.key")):
        with contextlib.suppress(OSError):
            if candidate != keep and candidate.lstat().st_mtime < limit:
                candidate.unlink()


def _encode_span(span: Span) -> list[int]:
    return [span.start, span.end, span.line, span.column, span.end_line, span.end_column]


def _decode_span(row: list[Any]) -> Span:
    start, end, line, column, end_line, end_column = map(int, row)
    if not (0 <= start <= end and 1 <= line <= end_line and column >= 1 and end_column >= 1):
        raise ValueError("not a span")
    return Span(start, end, line, column, end_line, end_column)


def _encode(d: Diagnostic) -> list[Any]:
    fix = None
    if d.fix is not None:
        edits = [[*_encode_span(e.span), e.replacement] for e in d.fix.edits]
        fix = [d.fix.applicability.value, edits]
    return [d.rule, int(d.severity), d.message, list(d.suggestions), _encode_span(d.span), fix]


#: The members by stored value, looked up in a dict: calling an enum class is a slow path of
#: :mod:`enum`, and a warm run decodes every diagnostic of the archive.
_SEVERITIES = {member.value: member for member in Severity}
_APPLICABILITIES = {member.value: member for member in Applicability}


def _decode(path: str, row: list[Any]) -> Diagnostic:
    rule, severity, message, suggestions, stored_span, fix = row
    span = _decode_span(stored_span)
    if fix is not None:
        # Most fixes replace the flagged text itself: its span is read once.
        edits = tuple(
            Edit(span if e[:6] == stored_span else _decode_span(e[:6]), str(e[6]))
            for e in fix[1]
        )
        fix = Fix(edits, _APPLICABILITIES[fix[0]])
    # Positional: a named tuple built by keywords takes the slow path of its __new__.
    return Diagnostic(
        path,
        span,
        str(rule),
        _SEVERITIES[severity],
        str(message),
        tuple(map(str, suggestions)),
        fix,
    )
