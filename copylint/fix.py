"""Applying fixes: edits to text, and text to files without ever leaving half a file.

Only safe fixes are applied. Edits of different diagnostics that overlap are not applied in the
same pass; the caller re-lints and applies again until nothing more is fixable, as ruff does.
A file is written to a temporary file in the same directory, flushed to disk, given the
original's permissions and renamed over it, so a crash leaves the old file or the new one,
never a mix. A symbolic link is followed and its target rewritten; the link stays a link. A file
that changed on disk since it was read, or that has other hard links, is left alone.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from copylint.files import BOM
from copylint.model import Diagnostic, Edit


def accepted_fixes(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[Diagnostic]:
    """The diagnostics whose safe fixes one pass applies: in source order, skipping any fix
    that overlaps one already taken. ``unsafe`` (``--unsafe-fixes``) takes unsafe fixes too."""
    accepted: list[Diagnostic] = []
    taken: list[tuple[int, int]] = []
    for diagnostic in sorted(diagnostics, key=lambda d: (d.span.start, d.span.end, d.rule)):
        fix = diagnostic.fix
        if fix is None or not (fix.is_safe or unsafe):
            continue
        ranges = [(e.span.start, e.span.end) for e in fix.edits]
        if any(_overlaps(r, t) for r in ranges for t in taken):
            continue
        taken.extend(ranges)
        accepted.append(diagnostic)
    return accepted


def apply_edits(
    text: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False
) -> tuple[str, int]:
    """``text`` with the safe fixes of ``diagnostics`` applied; also how many were applied."""
    accepted = accepted_fixes(diagnostics, unsafe)
    edits: list[Edit] = [edit for d in accepted if d.fix for edit in d.fix.edits]
    pieces = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        pieces.append(text[position : edit.span.start])
        pieces.append(edit.replacement)
        position = edit.span.end
    pieces.append(text[position:])
    return "".join(pieces), len(accepted)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Ranges that share a character conflict; so do two insertions at one point (their order
    would be arbitrary) and an insertion strictly inside another edit."""
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] == b[0] or a[0] < b[0] < a[1] or b[0] < a[0] < b[1]
    return a[0] < b[1] and b[0] < a[1]


#: The suffix of the temporary file a fix is written to before it replaces the article.
TEMP_SUFFIX = ".copylint-tmp"


class FileChangedError(OSError):
    """The file changed on disk after copylint read it; writing the fixes would lose that."""


class RefusedError(OSError):
    """A file copylint will not replace (not a regular file, or one with other hard links)."""


def _temporary_of(name: str) -> str | None:
    """The file name whose temporary file ``name`` is (``.NAME.XXXXXXXX.copylint-tmp``)."""
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    target, _, random = name[1 : -len(TEMP_SUFFIX)].rpartition(".")
    return target if len(random) == 8 else None


def write_atomically(path: str, text: str, bom: bool = False, expected: str | None = None) -> None:
    """Replace (or create) the file at ``path`` with ``text`` (UTF-8, with a BOM if it had one).

    The text goes to a temporary file beside the target, is flushed to disk, gets the target's
    mode (and owner, where allowed) and is renamed over it; then the directory is flushed so the
    rename itself survives a crash. With ``expected`` (the text the fixes were computed from),
    a file that no longer holds it is left alone (:class:`FileChangedError`). A symbolic link
    is followed: its target is rewritten and the link stays a link. A failure at any step
    leaves the old file whole and removes the temporary file.
    """
    target = Path(os.path.realpath(path))
    data = ((BOM if bom else "") + text).encode("utf-8")
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None  # a new file, such as a baseline written for the first time
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise RefusedError("not a regular file")
    if status is not None and status.st_nlink > 1:
        raise RefusedError(
            f"it has {status.st_nlink} hard links; replacing it would split them "
            "(apply the fixes by hand, see --diff)"
        )
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:
        try:
            _write_all(handle, data)
            os.fsync(handle)
            if status is None:  # the permissions open() would give a new file
                umask = os.umask(0o022)
                os.umask(umask)
                os.fchmod(handle, 0o666 & ~umask)
            else:
                _keep_owner(handle, status)  # before the mode: a new owner clears set-id bits
                os.fchmod(handle, stat.S_IMODE(status.st_mode))
        finally:
            os.close(handle)
        if expected is not None and not _holds(target, (BOM if bom else "") + expected):
            raise FileChangedError("it changed on disk since copylint read it; not fixed")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _sync_directory(target.parent)


def _keep_owner(handle: int, status: os.stat_result) -> None:
    """Give the new file the old one's owner and group, where the process may (root may)."""
    created = os.fstat(handle)
    if hasattr(os, "fchown") and (created.st_uid, created.st_gid) != (
        status.st_uid,
        status.st_gid,
    ):
        with contextlib.suppress(PermissionError):
            os.fchown(handle, status.st_uid, status.st_gid)


def _write_all(handle: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a write may take only part of its buffer)."""
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def _holds(path: Path, text: str) -> bool:
    """Whether the file at ``path`` holds exactly ``text`` in UTF-8."""
    with open(path, "rb") as stream:
        return stream.read() == text.encode("utf-8")


def _sync_directory(directory: Path) -> None:
    """Flush a directory entry to disk (where the platform allows opening directories)."""
    try:
        handle = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def remove_stale_temporaries(paths: Iterable[str]) -> list[str]:
    """Remove the temporary files that a killed ``--fix`` run left beside ``paths``.

    A run killed between writing its temporary file and renaming it leaves the article whole
    and the temporary file behind; the next fix of the same article removes it. Each directory
    is listed once. Returns the removed paths.
    """
    by_directory: dict[Path, set[str]] = {}
    for path in paths:
        target = Path(os.path.realpath(path))
        by_directory.setdefault(target.parent, set()).add(target.name)
    removed: list[str] = []
    for directory, names in by_directory.items():
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            if _temporary_of(entry.name) in names:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.path)
    return removed
