"""Applying fixes: edits to text, and text to files without ever leaving half a file.

Only safe fixes are applied. Edits of different diagnostics that overlap are not applied in the
same pass; the caller re-lints and applies again until nothing more is fixable, as ruff does.
A file is written to a temporary file in the same directory, flushed to disk, given the
original's permissions and renamed over it, so a crash leaves the old file or the new one,
never a mix. A symbolic link is followed and its target rewritten; the link stays a link.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from copylint.files import BOM
from copylint.model import Diagnostic, Edit


def accepted_fixes(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics whose safe fixes one pass applies: in source order, skipping any fix
    that overlaps one already taken."""
    accepted: list[Diagnostic] = []
    taken: list[tuple[int, int]] = []
    for diagnostic in sorted(diagnostics, key=lambda d: (d.span.start, d.span.end, d.rule)):
        fix = diagnostic.fix
        if fix is None or not fix.is_safe:
            continue
        ranges = [(e.span.start, e.span.end) for e in fix.edits]
        if any(_overlaps(r, t) for r in ranges for t in taken):
            continue
        taken.extend(ranges)
        accepted.append(diagnostic)
    return accepted


def apply_edits(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """``text`` with the safe fixes of ``diagnostics`` applied; also how many were applied."""
    accepted = accepted_fixes(diagnostics)
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


def write_atomically(path: str, text: str, bom: bool = False) -> None:
    """Replace the file at ``path`` with ``text`` (UTF-8, with a BOM if it had one)."""
    target = Path(os.path.realpath(path))
    data = ((BOM if bom else "") + text).encode("utf-8")
    mode = target.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".copylint-tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
