"""The garbage collector during start-up: put off until the rules are built.

Starting a check creates some 40,000 objects that live as long as the process (modules,
functions, classes, compiled patterns, lexicons) and frees almost no cycle: the collector's
passes over them (about 80 at its default threshold) found a few hundred objects to free and
cost about 12 ms, a twentieth of a one-draft check (issue 21). The ``copylint`` command calls
:func:`hold` before it imports anything; :func:`release`, called once the linter is built,
moves every object then alive to the permanent generation (``gc.freeze``: never traversed
again) and restores the thresholds, so the documents are linted with the collector as usual.

Held, the collector is not off: it runs after :data:`HELD_THRESHOLD` new objects instead of
700, so that a run that never builds a linter (every file from the cache) still frees cycles.
"""

from __future__ import annotations

import gc

#: New objects (allocations less deallocations) before a collection while held: above what a
#: start-up creates, so that none runs during it.
HELD_THRESHOLD = 200_000

_saved: list[tuple[int, ...]] = []  # the thresholds hold() replaced, until release()


def hold() -> None:
    """Collect only after :data:`HELD_THRESHOLD` new objects until :func:`release`."""
    if not _saved and gc.isenabled():
        thresholds = gc.get_threshold()
        _saved.append(thresholds)
        gc.set_threshold(HELD_THRESHOLD, *thresholds[1:])


def release() -> None:
    """After start-up: freeze what is alive and collect at the usual thresholds (nothing is
    done unless :func:`hold` was called)."""
    if _saved:
        gc.freeze()
        gc.set_threshold(*_saved.pop())
