"""``-o FILE``: the report file, opened so that a repository cannot choose what it overwrites.

In CI the working tree is the pull request's: a committed ``report.sarif -> ~/.bashrc`` link
would have the report written over the link's target, and a report path that names an article
would replace the article with the report. The file is opened without following a link (and
refused when it is one), and never when it is one of the files this run checked.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from copylint.errors import CopylintError


def open_report(path: Path, articles: Sequence[str]) -> TextIO:
    """``path`` opened for writing the report (its directory made if need be)."""

    def refuse(reason: str) -> CopylintError:
        return CopylintError(f"{path}: cannot write the report: {reason}")

    try:
        status: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise refuse(error.strerror or str(error)) from None
    if status is not None:
        if stat.S_ISLNK(status.st_mode):
            raise refuse("it is a symbolic link; copylint never writes through a link")
        if not stat.S_ISREG(status.st_mode):
            raise refuse("not a regular file")
        for article in articles:
            try:
                if os.path.samefile(article, path):
                    raise refuse(f"it is {article}, an article this run checked")
            except OSError:
                continue
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        handle = os.open(path, flags, 0o666)
    except OSError as error:
        raise refuse(error.strerror or str(error)) from None
    return open(handle, "w", encoding="utf-8", errors="backslashreplace")
