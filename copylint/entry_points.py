"""The installed distributions' entry points of one group, without loading
:mod:`importlib.metadata` when none can declare it.

Plugins are on by default, so every run asks for the ``copylint.rules`` entry points; importing
:mod:`importlib.metadata` (it loads the e-mail package to read ``METADATA``) cost a tenth of a
one-draft check. A distribution on ``sys.path`` declares entry points in the
``entry_points.txt`` of its ``*.dist-info`` or ``*.egg-info`` directory, which is where
importlib.metadata reads them; when no such file names the group, there is nothing to find. Any
place this look cannot read as importlib.metadata would (a zip archive or an ``.egg`` on the
path, a finder of its own on ``sys.meta_path``) hands the question to importlib.metadata.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import PathFinder
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

_INFO_SUFFIXES = (".dist-info", ".egg-info")


def entry_points(group: str) -> list[EntryPoint]:
    """``importlib.metadata.entry_points(group=group)``, as a list."""
    if not _may_declare(group):
        return []
    from importlib import metadata

    return list(metadata.entry_points(group=group))


def _may_declare(group: str) -> bool:
    """False only when no distribution on ``sys.path`` can declare entry points of ``group``."""
    if any(
        finder is not PathFinder and hasattr(finder, "find_distributions")
        for finder in sys.meta_path
    ):
        return True  # a finder of its own may know distributions elsewhere
    header = f"[{group}]"
    for entry in sys.path:
        directory = entry or "."
        if directory.lower().endswith(".egg"):
            return True
        try:
            names = os.listdir(directory)
        except OSError:
            if os.path.isfile(directory):
                return True  # a zip archive: importlib.metadata reads inside it
            continue
        for name in names:
            if not name.lower().endswith(_INFO_SUFFIXES):
                continue
            path = os.path.join(directory, name, "entry_points.txt")
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    if header in handle.read():
                        return True
            except OSError:
                continue
    return False
