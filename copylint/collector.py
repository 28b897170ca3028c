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

When the command is done, :func:`finish` freezes what is left. The interpreter's exit collects
every object the collector still tracks; in a run served from the cache that was everything
alive (no linter was built, so nothing had been frozen), the start-up's modules and the
cache's tens of thousands of lists, and its passes took 4 to 7 ms of a 72 ms run.
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


def finish() -> None:
    """Before the process exits: freeze every object, which the exit then frees without
    traversing them for cycles first (the objects are freed as ever; only cyclic garbage
    left at exit is not, and the operating system takes the memory back)."""
    gc.freeze()
