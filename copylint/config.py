"""Find and read configuration into one frozen :class:`Settings` object.

Configuration lives in ``.copylint.toml`` (top-level keys) or in the ``[tool.copylint]`` table
of ``pyproject.toml``; the first one found walking up from the working directory wins, and
``.copylint.toml`` wins over ``pyproject.toml`` in the same directory. Relative paths in it are
relative to the file's directory. Rule ids are checked later, once the rule registry is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from copylint.config_hints import misplaced_key_hint, unknown_key_message
from copylint.errors import ConfigError
from copylint.globs import gitignore_spec
from copylint.model import Severity
from copylint.resources import load_toml, read_word_list
from copylint.selectors import selector_error

CONFIG_FILE = ".copylint.toml"
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.docx", "*.html", "*.htm")


#: The baseline's file name, beside the config file, unless the config names another.
BASELINE_FILE = ".copylint-baseline.json"


#: The default of the settings that map names to values: empty, shared, never changed.
_NOTHING: Mapping[str, Any] = {}


class _Fields(NamedTuple):
    """The fields of :class:`Settings` (a named tuple: immutable, and defined without
    compiling anything at import, where a frozen dataclass compiled its methods and loaded
    :mod:`inspect`, costs every run, a cached one too, paid)."""

    root: Path
    config_path: Path | None = None
    select: tuple[str, ...] | None = None  # None: every rule that is on by default
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    style: str = "ap"
    style_declared: bool = False  # the config names the style: its packs apply it strictly
    front_matter: Mapping[str, tuple[str, ...]] | None = None  # None: the built-in fields
    ignore_patterns: tuple[str, ...] = ()  # regexes: source text that is not prose
    ignore_blocks: tuple[str, ...] = ()  # regexes over lines: whole stretches that are not prose
    rules_dirs: tuple[Path, ...] = ()
    rule_options: Mapping[str, Mapping[str, Any]] = _NOTHING
    per_file_ignores: Mapping[str, tuple[str, ...]] = _NOTHING
    words: frozenset[str] = frozenset()
    locale: str = "en-US"
    preview: bool = False
    baseline: Path | None = None  # None: .copylint-baseline.json beside the config
    cache_dir: Path | None = None  # None: .copylint_cache in the root, else a user cache
    extend_select: tuple[str, ...] = ()  # rules or families added to the selection
    unsafe_fixes: bool = False  # --fix applies unsafe fixes too (--unsafe-fixes)
    report_unused_directives: bool = False  # directive/unused runs (--report-unused-directives)
    plugins: bool = True  # load plugin rules (--no-plugins: none)
    respect_gitignore: bool = True  # skip what .gitignore and .ignore ignore when walking
    data_paths: tuple[Path, ...] = ()  # files and directories the config reads: never articles
    html_story: str | None = None  # CSS selector of a web page's story (None: article, main)


class Settings(_Fields):
    """Everything configurable, after defaults, config file and command line are merged."""

    __slots__ = ()

    def __new__(cls, *values: Any, **fields: Any) -> Settings:
        """The settings; ``root`` is the working directory unless given."""
        if not values and "root" not in fields:
            fields["root"] = Path.cwd()
        return super().__new__(cls, *values, **fields)

    def replace(self, **changes: Any) -> Settings:
        return self._replace(**changes)

    @property
    def baseline_path(self) -> Path:
        """Where the baseline lives unless the command line says otherwise: the ``baseline``
        config key, or ``.copylint-baseline.json`` beside the config file (the working
        directory without one)."""
        return self.baseline or self.root / BASELINE_FILE


def did_you_mean(word: str, choices: Any) -> str:
    """`` (did you mean 'x'?)`` when a close choice exists, else an empty string."""
    import difflib  # here: only a mistake needs it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"'{key}' must be a list of strings")
    return tuple(value)


def _string(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(where, f"'{key}' must be a string")
    return value


def _severity(where: str, key: str, value: Any) -> Severity:
    try:
        return Severity.parse(_string(where, key, value))
    except ValueError as error:
        raise ConfigError(where, f"'{key}': {error}") from None


def _paths(where: str, key: str, value: Any, root: Path) -> tuple[Path, ...]:
    return tuple((root / p).resolve() for p in _strings(where, key, value))


def _per_file_ignores(where: str, key: str, value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(where, f"'{key}' must be a table of glob = [rule ids]")
    _globs(where, key, list(value))
    return {glob: _strings(where, f"{key}.{glob}", ids) for glob, ids in value.items()}


def _rule_options(where: str, key: str, value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        table = value if isinstance(value, dict) else {}
        stray = [k for k, v in table.items() if not isinstance(v, dict)]
        hint = misplaced_key_hint(stray[0], TOP_LEVEL_KEYS) if stray else ""
        raise ConfigError(where, f"'{key}' must hold one table per rule id{hint}")
    return {rule: dict(options) for rule, options in value.items()}


def _boolean(where: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(where, f"'{key}' must be true or false")
    return value


#: config key → (Settings field, parser(where, key, value, root))
_KEYS: dict[str, tuple[str, Callable[[str, str, Any, Path], Any]]] = {
    "select": ("select", lambda w, k, v, r: _strings(w, k, v)),
    "ignore": ("ignore", lambda w, k, v, r: _strings(w, k, v)),
    "extend-select": ("extend_select", lambda w, k, v, r: _strings(w, k, v)),
    "unsafe-fixes": ("unsafe_fixes", lambda w, k, v, r: _boolean(w, k, v)),
    "report-unused-directives": ("report_unused_directives", lambda w, k, v, r: _boolean(w, k, v)),
    "fail-on": ("fail_on", lambda w, k, v, r: _severity(w, k, v)),
    "include": ("include", lambda w, k, v, r: _globs(w, k, v)),
    "exclude": ("exclude", lambda w, k, v, r: _globs(w, k, v)),
    "style": ("style", lambda w, k, v, r: _string(w, k, v)),
    "rules-dirs": ("rules_dirs", _paths),
    "rules": ("rule_options", lambda w, k, v, r: _rule_options(w, k, v)),
    "per-file-ignores": ("per_file_ignores", lambda w, k, v, r: _per_file_ignores(w, k, v)),
    "words": ("words", lambda w, k, v, r: frozenset(_strings(w, k, v))),
    "word-files": ("words", lambda w, k, v, r: _word_files(w, k, v, r)),
    "locale": ("locale", lambda w, k, v, r: _string(w, k, v)),
    "preview": ("preview", lambda w, k, v, r: _boolean(w, k, v)),
    "baseline": ("baseline", lambda w, k, v, r: _inside(w, k, v, r)),
    "cache-dir": ("cache_dir", lambda w, k, v, r: _directory(w, k, v, r)),
    "respect-gitignore": ("respect_gitignore", lambda w, k, v, r: _boolean(w, k, v)),
    "html-story": ("html_story", lambda w, k, v, r: _selector(w, k, v)),
    "front-matter-fields": ("front_matter", lambda w, k, v, r: _front_matter(w, k, v)),
    "ignore-patterns": ("ignore_patterns", lambda w, k, v, r: _patterns(w, k, v)),
    "ignore-blocks": ("ignore_blocks", lambda w, k, v, r: _patterns(w, k, v)),
}

#: The keys a config file may have at its top level.
TOP_LEVEL_KEYS = frozenset(_KEYS)


def _selector(where: str, key: str, value: Any) -> str:
    problem = selector_error(_string(where, key, value))
    if problem:
        raise ConfigError(where, f"'{key}': {problem}")
    return str(value)


def _patterns(where: str, key: str, value: Any) -> tuple[str, ...]:
    """Regular expressions, each compiled now so that a bad one fails at load, named."""
    import regex

    patterns = _strings(where, key, value)
    for pattern in patterns:
        try:
            compiled = regex.compile(pattern)
        except regex.error as error:
            raise ConfigError(
                where, f"'{key}': invalid regular expression {pattern!r}: {error}"
            ) from None
        if compiled.fullmatch(""):
            raise ConfigError(where, f"'{key}': {pattern!r} matches empty text")
    return patterns


def _front_matter(where: str, key: str, value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not set(value) <= {"headline", "caption"}:
        raise ConfigError(where, f"'{key}' must be a table with 'headline' and 'caption' lists")
    return {kind: _strings(where, f"{key}.{kind}", names) for kind, names in value.items()}


def _directory(where: str, key: str, value: Any, root: Path) -> Path:
    if not _string(where, key, value).strip():
        raise ConfigError(where, f"'{key}' must name a directory")
    path = (root / Path(value).expanduser()).resolve()
    if path.exists() and not path.is_dir():
        raise ConfigError(where, f"'{key}': {path} is not a directory")
    return path


def _globs(where: str, key: str, value: Any) -> tuple[str, ...]:
    globs = _strings(where, key, value)
    for glob in globs:
        try:
            gitignore_spec([glob])
        except (ValueError, TypeError) as error:
            raise ConfigError(where, f"'{key}': invalid glob {glob!r} ({error})") from None
    return globs


def _inside(where: str, key: str, value: Any, root: Path) -> Path:
    """A path the config's repository may have copylint write: inside that repository."""
    path = (root / _string(where, key, value)).resolve()
    if not path.is_relative_to(root):
        raise ConfigError(where, f"'{key}' must be inside {root} (it is {path})")
    return path


def _word_files(where: str, key: str, value: Any, root: Path) -> frozenset[str]:
    words: set[str] = set()
    for path in _paths(where, key, value, root):
        words.update(read_word_list(path))
    return frozenset(words)


def find_config(start: Path) -> Path | None:
    """The nearest ``.copylint.toml``, or ``pyproject.toml`` with ``[tool.copylint]``."""
    for directory in (start, *start.parents):
        candidate = directory / CONFIG_FILE
        if candidate.is_file() and _trusted(candidate):
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _trusted(pyproject):
            try:
                tool = load_toml(pyproject).get("tool", {})
                has_table = isinstance(tool, dict) and "copylint" in tool
            except ConfigError:
                has_table = False  # someone else's broken pyproject is not our config
            if has_table:
                return pyproject
    return None


def _trusted(path: Path) -> bool:
    """Whether a config file found by searching may be used (see :mod:`copylint.trust`)."""
    from copylint.trust import owned_safely, warn_untrusted

    if owned_safely(path):
        return True
    warn_untrusted(path)
    return False


def parse_config(path: Path, table: Mapping[str, Any]) -> Settings:
    """Settings from a config table; every key is validated."""
    where = str(path)
    root = path.parent.resolve()
    values: dict[str, Any] = {"root": root, "config_path": path}
    words: set[str] = set()
    data_paths: list[Path] = []
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(where, unknown_key_message(key, value, _KEYS))
        name, parse = _KEYS[key]
        parsed = parse(where, key, value, root)
        if key in ("rules-dirs", "word-files"):
            data_paths.extend(_paths(where, key, value, root))
        if name == "words":
            words.update(parsed)
        else:
            values[name] = parsed
    values["words"] = frozenset(words)
    values["data_paths"] = tuple(data_paths)
    values["style_declared"] = "style" in table
    return Settings(**values)


def load_settings(
    config: Path | None = None, *, no_config: bool = False, cwd: Path | None = None
) -> Settings:
    """Settings for a run from ``cwd``: the explicit ``config``, the one found, or defaults."""
    cwd = cwd or Path.cwd()
    if no_config:
        return Settings(root=cwd.resolve())
    path = config if config is not None else find_config(cwd.resolve())
    if path is None:
        return Settings(root=cwd.resolve())
    data = load_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("copylint", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(str(path), "[tool.copylint] must be a table")
        return parse_config(path, table)
    return parse_config(path, data)
