"""Finding the files to lint and reading them as text.

Directories are walked recursively for files that match ``include`` and not ``exclude``
(gitignore-style globs relative to the config root); version-control and tool directories are
never entered. Symbolic links met on the way are not followed unless asked (``follow_links``):
a link committed to an untrusted repository could lead out of the tree (``~``) or into
``.git``; each one skipped is reported. Files named explicitly are linted whatever their
extension, unless excluded.
A file is read as UTF-8 (a byte-order mark is accepted and remembered); a binary or undecodable
file is a :class:`ReadError` with a one-line reason.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from copylint.config import Settings
from copylint.globs import gitignore_spec, suffix_matcher
from copylint.ignore import walked

if TYPE_CHECKING:
    import pathspec

BOM = "\ufeff"
UTF8_BOM = BOM.encode("utf-8")
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
_READ_BUFFER = 64 * 1024
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class ReadError(Exception):
    """A file that cannot be linted; ``str()`` is the reason."""


class SourceFile(NamedTuple):
    """A decoded file: ``text`` without its BOM, and whether it had one."""

    path: str
    text: str
    bom: bool = False


def decode_text(path: str, data: bytes) -> SourceFile:
    """Decode ``data`` as UTF-8 text; binary data and invalid UTF-8 are a :class:`ReadError`.

    Word documents and web pages have readers of their own: :func:`copylint.formats.decode`
    chooses.
    """
    if b"\x00" in data[:8192]:
        from copylint.encoding import not_text_reason  # here: only a file that is not text

        raise ReadError(not_text_reason(path, data))
    bom = data.startswith(UTF8_BOM)
    try:
        text = data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        reason = f"not valid UTF-8 (byte {error.start}, line {line})"
        from copylint.encoding import encoding_hint

        raise ReadError(reason + encoding_hint(path, data)) from None
    return SourceFile(path, text, bom)


def read_bytes(path: str) -> bytes:
    """The contents of the file at ``path``. Anything but a regular file of at most
    :data:`MAX_FILE_SIZE` bytes is a :class:`ReadError` (a FIFO or a link to ``/dev/zero`` in
    an untrusted repository must not hang the run or fill the memory).

    The file is read with the system's calls, not a Python file object, which took a quarter
    of the time of reading an article in a run served from the cache (and two system calls
    more); its size, and a byte more to see whether it grew since, is asked for at once."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):  # before open: opening a device can act on it
            raise ReadError(
                "is a directory" if stat.S_ISDIR(status.st_mode) else "not a regular file"
            )
        handle = os.open(path, _READ_FLAGS)  # a FIFO swapped in meanwhile does not block it
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                raise ReadError("not a regular file")
            data = _read_all(handle, min(status.st_size, MAX_FILE_SIZE) + 1)
        finally:
            os.close(handle)
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_SIZE:
        raise ReadError(
            f"file too large (more than {MAX_FILE_SIZE // (1024 * 1024)} MiB, the limit)"
        )
    return data


def _read_all(handle: int, expected: int) -> bytes:
    """The bytes of ``handle`` to its end, asked for ``expected`` at first (the usual end:
    the file's size, then nothing more), at most one more than :data:`MAX_FILE_SIZE` in all."""
    parts = []
    size = 0
    wanted = expected
    while size <= MAX_FILE_SIZE:
        chunk = os.read(handle, wanted)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
        wanted = min(_READ_BUFFER, MAX_FILE_SIZE + 1 - size)
    return b"".join(parts)


class FileFilter:
    """The include and exclude globs of the settings."""

    def __init__(self, settings: Settings) -> None:
        self.root = settings.root
        self._globs = settings.include, settings.exclude

    @functools.cached_property
    def include(self) -> pathspec.GitIgnoreSpec:
        return gitignore_spec(self._globs[0])

    @functools.cached_property
    def exclude(self) -> pathspec.GitIgnoreSpec:
        return gitignore_spec(self._globs[1])

    def _relative(self, path: str | Path) -> str:
        path = Path(path)
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
            return path.as_posix()

    def excluded(
        self, path: str | Path, relative: str | None = None, is_dir: bool | None = None
    ) -> bool:
        """``relative`` (the path relative to the root) and ``is_dir`` save a look at the disk
        when the caller knows them."""
        if not self._globs[1]:
            return False  # no exclude glob (the default): nothing to match
        relative = self._relative(path) if relative is None else relative
        if self.exclude.match_file(relative):
            return True
        is_dir = os.path.isdir(path) if is_dir is None else is_dir
        return is_dir and bool(self.exclude.match_file(relative + "/"))

    @functools.cached_property
    def _included_by_suffix(self) -> Callable[[str], bool] | None:
        return suffix_matcher(self._globs[0])

    def included(self, path: str | Path, relative: str | None = None) -> bool:
        relative = self._relative(path) if relative is None else relative
        by_suffix = self._included_by_suffix
        if by_suffix is not None:
            return by_suffix(relative)
        return bool(self.include.match_file(relative))


#: Told of a path the walk did not enter or lint, and why.
Reporter = Callable[[str, str], None]


def _raise(path: str, reason: str) -> None:
    raise ReadError(f"{path}: {reason}")


def discover(
    paths: Sequence[str],
    settings: Settings,
    *,
    follow_links: bool = False,
    on_skip: Reporter | None = None,
    on_error: Reporter | None = None,
) -> Iterator[str]:
    """The files to lint, in sorted order per directory, each once; paths stay as given.

    In directories, symbolic links are skipped (``on_skip`` is told) unless ``follow_links``;
    a directory that cannot be listed goes to ``on_error`` (by default a :class:`ReadError`).
    """
    file_filter = FileFilter(settings)
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = walked(
                _walk(path, file_filter, follow_links, on_skip, on_error or _raise), path, settings
            )
        elif file_filter.excluded(path):
            continue
        else:
            found = iter([given])
        for name in found:
            key = os.path.normpath(name)
            if key not in seen:
                seen.add(key)
                yield name


def _walk(
    top: Path,
    file_filter: FileFilter,
    follow_links: bool,
    on_skip: Reporter | None,
    on_error: Reporter,
) -> Iterator[str]:
    # A directory's path relative to the root is worked out once, not once per file in it:
    # resolving every path would dominate a run whose results come from the cache.
    visited: set[tuple[int, int]] = set()  # followed links can lead in a circle

    def unreadable(error: OSError) -> None:
        on_error(error.filename or str(top), f"cannot list directory: {error.strerror or error}")

    for directory, subdirs, files in os.walk(top, onerror=unreadable, followlinks=follow_links):
        base = Path(directory)
        if follow_links:
            try:
                status = os.stat(base)
            except OSError:
                continue
            if (status.st_dev, status.st_ino) in visited:
                subdirs[:] = []
                continue
            visited.add((status.st_dev, status.st_ino))
        prefix = file_filter._relative(base)
        prefix = "" if prefix == "." else prefix + "/"
        subdirs[:] = sorted(
            d
            for d in subdirs
            if d not in SKIPPED_DIRS
            and not file_filter.excluded(base / d, prefix + d, True)
            and _followed(base / d, follow_links, on_skip)
        )
        for name in sorted(files):
            # A string: a path object for every file cost a run from the cache more than
            # looking the file up did.
            path = os.path.join(directory, name)
            relative = prefix + name
            if (
                file_filter.included(path, relative)
                and not file_filter.excluded(path, relative, False)
                and _followed(path, follow_links, on_skip)
            ):
                yield os.path.normpath(path)


def _followed(path: str | Path, follow_links: bool, on_skip: Reporter | None) -> bool:
    """Whether the walk takes ``path``: anything but a symbolic link, unless links are
    followed; a link not taken is reported with where it points."""
    if follow_links or not os.path.islink(path):
        return True
    if on_skip is not None:
        try:
            pointing = os.readlink(path)
        except OSError:
            pointing = "?"
        on_skip(
            os.path.normpath(path),
            f"symbolic link to {pointing} not followed (--follow-links follows links)",
        )
    return False
