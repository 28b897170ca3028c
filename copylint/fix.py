"""Applying fixes: edits to text, and text to files without ever leaving half a file.

Only safe fixes are applied. Edits of different diagnostics that overlap are not applied in the
same pass; the caller re-lints and applies again until nothing more is fixable, as ruff does.
A file is written to a temporary file in the same directory, flushed to disk, given the
original's owner, group, permissions and extended attributes and renamed over it, so a crash
leaves the old file or the new one, never a mix. Nothing is written through a symbolic link (a
link committed to an untrusted repository could point anywhere, such as ``~/.bashrc``), nor to a
file the user could not open for writing. A file that changed on disk since it was read, or that
has other hard links, is left alone.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from copylint.files import BOM
from copylint.model import Diagnostic, Edit


def accepted_fixes(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[Diagnostic]:
    """The diagnostics whose safe fixes one pass applies: in source order, skipping any fix
    that overlaps one already taken, and any fix whose own edits overlap (a malformed fix, from
    a plugin: what applying it means is undefined). The ranges taken are kept sorted, so each
    check looks only at its neighbours: linear in the number of fixes, not quadratic. ``unsafe``
    (``--unsafe-fixes``) takes unsafe fixes too."""
    accepted: list[Diagnostic] = []
    taken: list[tuple[int, int]] = []  # disjoint ranges, sorted
    for diagnostic in sorted(diagnostics, key=lambda d: (d.span.start, d.span.end, d.rule)):
        fix = diagnostic.fix
        if fix is None or not (fix.is_safe or unsafe):
            continue
        ranges = sorted((e.span.start, e.span.end) for e in fix.edits)
        if _self_overlapping(ranges) or any(_conflicts(r, taken) for r in ranges):
            continue
        for r in ranges:
            bisect.insort(taken, r)
        accepted.append(diagnostic)
    return accepted


def _conflicts(candidate: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether ``candidate`` overlaps one of the sorted, disjoint ``taken`` ranges."""
    index = max(bisect.bisect_left(taken, (candidate[0], -1)) - 1, 0)
    while index < len(taken) and taken[index][0] <= candidate[1]:
        if _overlaps(candidate, taken[index]):
            return True
        index += 1
    return False


def _self_overlapping(ranges: list[tuple[int, int]]) -> bool:
    """Whether any two of the sorted ``ranges`` overlap (neighbours suffice once sorted)."""
    return any(_overlaps(a, b) for a, b in itertools.pairwise(ranges))


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
#: Longer file names are known in the temporary file's name by a hash: a name may have 255
#: bytes, and the temporary file adds its own to it.
_MAX_STEM = 150


class FileChangedError(OSError):
    """The file changed on disk after copylint read it; writing the fixes would lose that."""


class RefusedError(OSError):
    """A file copylint will not replace: a symbolic link, not a regular file, one with other
    hard links, one the user cannot write, or one whose owner or attributes cannot be kept."""


def _stem(name: str) -> str:
    """What the temporary files of the file ``name`` are named after."""
    if len(name.encode("utf-8", "surrogateescape")) <= _MAX_STEM:
        return name
    from copylint.blake2 import hexdigest  # here: only a long name needs it

    return "~" + hexdigest(name.encode("utf-8", "surrogateescape"), 8)


def _temporary_of(name: str) -> tuple[str, int] | None:
    """The stem and process id of temporary file ``name`` (``.STEM.PID.XXXXXXXX.copylint-tmp``),
    or None when it is not one."""
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    rest, _, random = name[1 : -len(TEMP_SUFFIX)].rpartition(".")
    stem, _, pid = rest.rpartition(".")
    if len(random) != 8 or not pid.isdigit() or not stem:
        return None
    return stem, int(pid)


def write_atomically(path: str, text: str, bom: bool = False, expected: str | None = None) -> None:
    """Replace (or create) the file at ``path`` with ``text`` (UTF-8, with a BOM if it had one).

    The text goes to a temporary file beside the target, is flushed to disk, gets the target's
    owner, group, mode and extended attributes and is renamed over it; then the directory is
    flushed so the rename itself survives a crash. With ``expected`` (the text the fixes were
    computed from), a file that no longer holds it is left alone (:class:`FileChangedError`).
    A symbolic link, a file the user could not open for writing, and a file whose owner or
    attributes cannot be kept are refused (:class:`RefusedError`). A failure at any step leaves
    the old file whole and removes the temporary file.
    """
    target = Path(os.path.abspath(path))
    data = ((BOM if bom else "") + text).encode("utf-8")
    try:
        status: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        status = None  # a new file, such as a baseline written for the first time
    if status is not None:
        _check_replaceable(target, status)
    import tempfile  # here: a check that writes nothing does not load it

    handle, temporary = tempfile.mkstemp(
        prefix=f".{_stem(target.name)}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:
        try:
            _write_all(handle, data)
            if status is None:  # the permissions open() would give a new file
                umask = os.umask(0o022)
                os.umask(umask)
                os.fchmod(handle, 0o666 & ~umask)
            else:
                _keep_owner(handle, status)  # before the mode: a new owner clears set-id bits
                _keep_attributes(handle, target)
                os.fchmod(handle, stat.S_IMODE(status.st_mode))
            os.fsync(handle)
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


def inside_given(path: str, given: Iterable[str]) -> None:
    """Refuse ``path`` unless it is one of the ``given`` paths (files named on the command line)
    or lies, links resolved, inside one of the given directories: a link in the tree that led
    the walk elsewhere must not lead the fixes there too."""
    absolute = os.path.abspath(path)
    directory = os.path.realpath(os.path.dirname(absolute))
    for name in given:
        if name == "-":
            continue
        if os.path.abspath(name) == absolute:
            return
        top = os.path.realpath(name)
        if os.path.isdir(top) and (
            directory == top or directory.startswith(top.rstrip(os.sep) + os.sep)
        ):
            return
    raise RefusedError("it lies outside the paths given on the command line; not fixed")


def _check_replaceable(target: Path, status: os.stat_result) -> None:
    """Refuse what replacing would harm: a link (its target may lie anywhere), anything but a
    regular file, a file with other hard links, and a file the user may not write (renaming
    over it in a writable folder would succeed, and take it from its owner)."""
    if stat.S_ISLNK(status.st_mode):
        raise RefusedError("it is a symbolic link; copylint never writes through a link")
    if not stat.S_ISREG(status.st_mode):
        raise RefusedError("not a regular file")
    if status.st_nlink > 1:
        raise RefusedError(
            f"it has {status.st_nlink} hard links; replacing it would split them "
            "(apply the fixes by hand, see --diff)"
        )
    try:
        os.close(os.open(target, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)))
    except OSError as error:
        raise RefusedError(
            f"it cannot be opened for writing ({error.strerror or error}); not fixed"
        ) from None


def _keep_owner(handle: int, status: os.stat_result) -> None:
    """Give the new file the old one's owner and group, or refuse: a file that changed owner
    would lock its author out of a shared folder."""
    created = os.fstat(handle)
    wanted = (status.st_uid, status.st_gid)
    if (created.st_uid, created.st_gid) == wanted or not hasattr(os, "fchown"):
        return
    try:
        os.fchown(handle, *wanted)
    except PermissionError:
        raise RefusedError(
            f"copylint cannot give the fixed file its owner and group (uid {wanted[0]}, "
            f"gid {wanted[1]}); not fixed (apply the fixes by hand, see --diff)"
        ) from None


def _keep_attributes(handle: int, target: Path) -> None:
    """Copy the extended attributes (and with them ACLs and security labels), or refuse."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(target, follow_symlinks=False)
    except OSError:  # a file system without extended attributes
        return
    for name in names:
        try:
            os.setxattr(handle, name, os.getxattr(target, name, follow_symlinks=False))
        except OSError as error:
            raise RefusedError(
                f"copylint cannot keep its extended attribute {name} "
                f"({error.strerror or error}); not fixed"
            ) from None


def _write_all(handle: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a write may take only part of its buffer)."""
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def _holds(path: Path, text: str) -> bool:
    """Whether the file at ``path`` (not a link) holds exactly ``text`` in UTF-8."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with open(handle, "rb") as stream:
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
    and the temporary file behind; the next fix of the same article removes it. The temporary
    file of a run still going (its process is alive) is left alone: two runs fixing at once
    must not delete each other's. Each directory is listed once. Returns the removed paths.
    """
    by_directory: dict[Path, set[str]] = {}
    for path in paths:
        target = Path(os.path.abspath(path))
        by_directory.setdefault(target.parent, set()).add(_stem(target.name))
    removed: list[str] = []
    for directory, names in by_directory.items():
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            found = _temporary_of(entry.name)
            if found is not None and found[0] in names and not _running(found[1]):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.path)
    return removed


def _running(pid: int) -> bool:
    """Whether another process with this id is alive (this one's temporary files are stale:
    it is not writing while it looks for them)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # no such process, or no such id
        return False
    except PermissionError:  # another user's process
        return True
    return True
