"""Where copylint's data lives: the ``rules/`` directory of packs and word lists.

In an installed wheel ``rules/`` sits inside the package (``copylint/rules``); in a source
checkout or an editable install it is the top-level ``rules/`` beside the package.
"""

from __future__ import annotations

import errno
import functools
import json
import stat
import zlib
from pathlib import Path
from typing import Any

from copylint.errors import ConfigError


@functools.cache
def rules_dir() -> Path:
    """The directory that holds the built-in packs and word lists."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "rules", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise ConfigError(
        str(package / "rules"), "copylint's data directory is missing (broken install)"
    )


def pack_files(directory: Path) -> list[Path]:
    """The pack files of a rules directory, in a stable order. Here rather than in
    ``copylint.packs``, so the cache's key is computed without loading the pack machinery."""
    return sorted(p for p in directory.rglob("*.toml") if p.is_file())


def data_path(*parts: str) -> Path:
    return rules_dir().joinpath(*parts)


#: Config files, packs and word lists larger than this are refused: they come from the
#: repository, which must not make copylint read ``/dev/zero`` or a many-gigabyte file.
MAX_DATA_SIZE = 16 * 1024 * 1024


def read_data(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_DATA_SIZE`; a FIFO, a device or a
    larger file is an :class:`OSError` (opening a FIFO would wait forever)."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise OSError(errno.EINVAL, "not a regular file")
    with path.open("rb") as handle:
        data = handle.read(MAX_DATA_SIZE + 1)
    if len(data) > MAX_DATA_SIZE:
        raise OSError(errno.EFBIG, f"larger than {MAX_DATA_SIZE // (1024 * 1024)} MiB")
    return data


#: The built-in TOML files (packs, word lists) as JSON, one file a line: ``path<TAB>CRC-32 of
#: the TOML<TAB>its data``, written by ``python -m copylint.compact_toml`` (the tests fail when
#: it is out of date). Parsing TOML is pure Python; JSON is read by C, in a fraction of the time.
COMPACT_TOML = ("compact-toml.jsonl",)


@functools.cache
def _compact_toml() -> dict[str, tuple[int, str]]:
    """Each built-in TOML file's path under ``rules/`` → (its CRC-32, its data as JSON)."""
    try:
        lines = data_path(*COMPACT_TOML).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}  # a checkout without it: the TOML files are read
    table: dict[str, tuple[int, str]] = {}
    for line in lines:
        name, crc, data = line.split("\t", 2)
        table[name] = (int(crc), data)
    return table


def _relative_to_rules(path: Path) -> str | None:
    """``path`` under ``rules/`` (as a POSIX path), or None for a file elsewhere."""
    try:
        return path.resolve().relative_to(rules_dir()).as_posix()
    except (ValueError, OSError):
        return None


def load_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning every failure into a one-line :class:`ConfigError`.

    A built-in file is read from its JSON form when that was made from these very bytes
    (the same CRC-32); a file changed since, or any other file, is parsed as TOML."""
    try:
        data = read_data(path)
    except OSError as error:
        raise ConfigError(str(path), f"cannot read: {error.strerror or error}") from None
    name = _relative_to_rules(path)
    compact = _compact_toml().get(name) if name is not None else None
    if compact is not None and compact[0] == zlib.crc32(data):
        loaded: dict[str, Any] = json.loads(compact[1])
        return loaded
    import tomllib  # here: a run that reads no TOML of its own does not load the parser

    try:
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), f"invalid TOML: {error}") from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), "invalid TOML: not UTF-8") from None


def read_word_list(path: Path) -> list[str]:
    """One entry per line; blank lines and ``#`` comments are skipped."""
    try:
        text = read_data(path).decode("utf-8")
    except OSError as error:
        raise ConfigError(str(path), f"cannot read word list: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), "word list is not UTF-8") from None
    words = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words
