"""A progress line for long runs: files done, findings so far, files per second.

It is drawn on standard error only when that is a terminal (never in CI logs, pipes or files),
redrawn at most ten times a second, and erased when the run ends, so the report that follows
is exactly what it would be without it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TextIO

#: Runs over fewer files than this finish before a progress line would help.
MIN_FILES = 20
#: Seconds between two redraws.
INTERVAL = 0.1


class Progress:
    """Counts finished files and findings and shows them on one self-overwriting line."""

    def __init__(
        self,
        total: int,
        stream: TextIO,
        *,
        clock: Callable[[], float] = time.monotonic,
        interval: float = INTERVAL,
    ) -> None:
        self.total = total
        self.files = 0
        self.findings = 0
        self._stream = stream
        self._clock = clock
        self._interval = interval
        self._started = clock()
        self._drawn_at: float | None = None
        self._width = 0

    def advance(self, files: int = 1, findings: int = 0) -> None:
        self.files += files
        self.findings += findings
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= self._interval:
            self._draw(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-9)
        rate = self.files / elapsed
        noun = "finding" if self.findings == 1 else "findings"
        return (
            f"copylint: {self.files}/{self.total} files, {self.findings} {noun}, "
            f"{rate:,.0f} files/s"
        )

    def _draw(self, now: float) -> None:
        self._drawn_at = now
        import shutil  # here: only a progress line on a terminal needs its width

        columns = shutil.get_terminal_size((80, 24)).columns
        text = self.line(now)[: max(columns - 1, 1)]
        self._width = max(self._width, len(text))
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()

    def close(self) -> None:
        """Erase the line, leaving the cursor where the line began."""
        if self._drawn_at is not None:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._drawn_at = None


def progress_for(total: int, stream: TextIO, *, wanted: bool = True) -> Progress | None:
    """A progress line on ``stream`` when the run is long, wanted (a human-readable report)
    and ``stream`` is a terminal that can overwrite a line; otherwise None."""
    if not wanted or total < MIN_FILES or os.environ.get("TERM") == "dumb":
        return None
    if os.environ.get("CI"):  # some CI runners give jobs a terminal; their logs keep every \r
        return None
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return None
    return Progress(total, stream) if interactive else None
