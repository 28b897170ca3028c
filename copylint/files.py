"""Finding the files to lint and reading them as text.

Directories are walked recursively for files that match ``include`` and not ``exclude``
(gitignore-style globs relative to the config root); version-control and tool directories are
never entered. Files named explicitly are linted whatever their extension, unless excluded.
A file is read as UTF-8 (a byte-order mark is accepted and remembered); a binary or undecodable
file is a :class:`ReadError` with a one-line reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pathspec

from copylint.config import Settings

BOM = "\ufeff"
#: Directories no article lives in.
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".jj",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".copylint_cache",
        "site-packages",
    }
)
#: Larger files are refused rather than read into memory: linting dense prose takes up to about
#: 90 bytes per character, so this bounds one file at about 6 GB; no article comes near it.
MAX_FILE_SIZE = 64 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot be linted; ``str()`` is the reason."""


@dataclass(frozen=True)
class SourceFile:
    """A decoded file: ``text`` without its BOM, and whether it had one."""

    path: str
    text: str
    bom: bool = False


def decode(path: str, data: bytes) -> SourceFile:
    """Decode ``data`` as UTF-8 text; binary data and invalid UTF-8 are a :class:`ReadError`.

    Word documents and web pages have readers of their own (:func:`copylint.formats.decoder_for`).
    """
    from copylint.formats import decoder_for

    reader = decoder_for(path)
    if reader is not None:
        return reader(path, data)
    if b"\x00" in data[:8192]:
        raise ReadError("binary file (contains NUL bytes), not text")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ReadError(f"not valid UTF-8 (byte {error.start}, line {line})") from None
    return SourceFile(path, text, bom)


def read_file(path: str) -> SourceFile:
    return decode(path, read_bytes(path))


def read_bytes(path: str) -> bytes:
    """The contents of the file at ``path``. Anything but a regular file of at most
    :data:`MAX_FILE_SIZE` bytes is a :class:`ReadError` (a FIFO or a link to ``/dev/zero`` in
    an untrusted repository must not hang the run or fill the memory)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # before open: opening a FIFO blocks
            raise ReadError("is a directory" if os.path.isdir(path) else "not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_SIZE + 1)
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_SIZE:
        raise ReadError(
            f"file too large (more than {MAX_FILE_SIZE // (1024 * 1024)} MiB, the limit)"
        )
    return data


class FileFilter:
    """The include and exclude globs of the settings."""

    def __init__(self, settings: Settings) -> None:
        self.root = settings.root
        self.include = pathspec.GitIgnoreSpec.from_lines(settings.include)
        self.exclude = pathspec.GitIgnoreSpec.from_lines(settings.exclude)

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
            return path.as_posix()

    def excluded(self, path: Path, relative: str | None = None, is_dir: bool | None = None) -> bool:
        """``relative`` (the path relative to the root) and ``is_dir`` save a look at the disk
        when the caller knows them."""
        relative = self._relative(path) if relative is None else relative
        if self.exclude.match_file(relative):
            return True
        is_dir = path.is_dir() if is_dir is None else is_dir
        return is_dir and bool(self.exclude.match_file(relative + "/"))

    def included(self, path: Path, relative: str | None = None) -> bool:
        return bool(self.include.match_file(self._relative(path) if relative is None else relative))


def discover(paths: Sequence[str], settings: Settings) -> Iterator[str]:
    """The files to lint, in sorted order per directory, each once; paths stay as given."""
    file_filter = FileFilter(settings)
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _walk(path, file_filter)
        elif file_filter.excluded(path):
            continue
        else:
            found = iter([given])
        for name in found:
            key = os.path.normpath(name)
            if key not in seen:
                seen.add(key)
                yield name


def _walk(top: Path, file_filter: FileFilter) -> Iterator[str]:
    # A directory's path relative to the root is worked out once, not once per file in it:
    # resolving every path would dominate a run whose results come from the cache.
    for directory, subdirs, files in os.walk(top):
        base = Path(directory)
        prefix = file_filter._relative(base)
        prefix = "" if prefix == "." else prefix + "/"
        subdirs[:] = sorted(
            d
            for d in subdirs
            if d not in SKIPPED_DIRS and not file_filter.excluded(base / d, prefix + d, True)
        )
        for name in sorted(files):
            path = base / name
            relative = prefix + name
            if file_filter.included(path, relative) and not file_filter.excluded(
                path, relative, False
            ):
                yield os.path.normpath(path)
