"""Many files through the engine: the result cache, worker processes and progress.

The third level of a run (see :mod:`copylint.orchestrate`): the files of one configuration in,
their :class:`~copylint.outcome.FileOutcome` objects out, in order.

Files are read here, in order. A file whose content, settings and rules are unchanged since the
last run comes from the cache, with no parsing and no rules run. The others are linted in this
process when there is little to do (one draft, a handful of files: a pool would only add its
start-up time), and otherwise in batches by a pool of worker processes, each of which builds its
linter once. Where processes can be forked, the linter is built and warmed up here, before the
workers start, and they inherit it, dictionaries and all. Outcomes come back in the order of the
paths whatever order the workers finish in, so the output is deterministic.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING, NamedTuple

from copylint.cache import ResultCache, digest
from copylint.errors import CopylintError
from copylint.files import UTF8_BOM, ReadError, read_bytes
from copylint.formats import decode, decoder_for
from copylint.model import Diagnostic
from copylint.outcome import FileOutcome, FileResult

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

    from copylint.config import Settings
    from copylint.engine import Linter
    from copylint.progress import Progress

#: Less new text than this (about 5,000 words) is linted faster here than by starting a pool.
MIN_PARALLEL_BYTES = 32 * 1024
#: A batch sent to a worker: enough text (about 40,000 words) that the round trip to the worker
#: costs little beside linting it, and at least four batches per worker; batches shrink toward
#: the end of a run (see _batches), so that the workers all finish at about the same time.
BATCH_BYTES = 256 * 1024
BATCHES_PER_WORKER = 4
#: Workers (and a run in one process) collect the young generation once after each document
#: instead of every 700 new objects, which scanned the live document several times over
#: (collections took 0.15 s of a worker's 2 s per 100,000 words, then 0.06 s; the peak RSS
#: fell by 7 MB); a long document still triggers a collection every this many new objects.
#: (A linted document is freed by reference counting, see Document.release: the collection
#: catches what a rule may leave in a cycle.)
WORKER_GC_THRESHOLD = 20_000


class Task(NamedTuple):
    """A file to lint, read by the parent so that the cache key is exactly what was linted;
    ``position`` is its place among the paths of the run."""

    position: int
    path: str
    data: bytes


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_files(
    linter: Linter | Callable[[], Linter],
    paths: Sequence[str],
    *,
    fix: bool = False,
    jobs: int | None = None,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
) -> list[FileOutcome]:
    """The outcome of every file in ``paths``, in that order.

    With ``fix``, each outcome holds the fixed text (nothing is written). ``jobs`` is the
    largest number of worker processes (None: one per core). ``linter`` may be a function that
    builds it: it is called only if a file is not served from the cache.
    """
    run = _Run(linter, paths, fix, cache, progress)
    jobs = default_jobs() if jobs is None else max(jobs, 1)
    workers = min(jobs, len(paths))
    try:
        if workers > 1:
            run.in_parallel(workers)
        else:
            run.here(run.tasks())
    finally:
        if progress is not None:
            progress.close()
        if cache is not None:  # also after Ctrl-C: the next run goes on from here
            cache.save()
    return run.results()


def check_task(linter: Linter, task: Task, fix: bool) -> FileOutcome:
    """Lint one file read by the parent; the outcome keeps only what the report needs."""
    try:
        source = decode(task.path, task.data)
    except ReadError as error:
        return FileOutcome(FileResult(task.path, error=str(error)))
    from copylint.runner import check_source  # here: a run served from the cache lints nothing

    outcome = check_source(linter, source, fix=fix)
    if not fix:
        outcome.original = None  # only fixing compares with the original
    if not outcome.result.diagnostics:
        outcome.result.source = None  # only flagged lines are shown
    return outcome


class _Run:
    def __init__(
        self,
        linter: Linter | Callable[[], Linter],
        paths: Sequence[str],
        fix: bool,
        cache: ResultCache | None,
        progress: Progress | None,
    ) -> None:
        self._linter = linter
        self.paths = paths
        self.fix = fix
        self.cache = cache
        self.progress = progress
        self.outcomes: list[FileOutcome | None] = [None] * len(paths)
        self.digests: dict[int, str] = {}

    @property
    def linter(self) -> Linter:
        """The linter, built on first use (never, when every file comes from the cache)."""
        if callable(self._linter):
            self._linter = self._linter()
        return self._linter

    def tasks(self) -> Iterator[Task]:
        """The files that need linting; unreadable files and cache hits are finished here."""
        for index, path in enumerate(self.paths):
            try:
                data = read_bytes(path)
            except ReadError as error:
                self._finish(index, FileOutcome(FileResult(path, error=str(error))))
                continue
            if self.cache is not None:
                content = digest(data)
                cached = self._from_cache(path, data, content)
                if cached is not None:
                    self._finish(index, cached)
                    continue
                self.digests[index] = content
            yield Task(index, path, data)

    def _from_cache(self, path: str, data: bytes, content: str) -> FileOutcome | None:
        assert self.cache is not None
        diagnostics = self.cache.lookup(path, content)
        if diagnostics is None or (
            self.fix and _fixable(diagnostics, self.linter.settings.unsafe_fixes)
        ):
            return None  # fixing needs the real run
        if not diagnostics and not self.fix:
            return FileOutcome(FileResult(path))
        if not self.fix and decoder_for(path) is None:
            # UTF-8 text that decoded when it was linted (a result is cached only then): its
            # bytes are the text the report shows, with no decoding unless it is shown.
            return FileOutcome(FileResult.of_utf8(path, diagnostics, data.removeprefix(UTF8_BOM)))
        try:
            source = decode(path, data)
        except ReadError:
            return None
        result = FileResult(path, diagnostics, source=source.text if diagnostics else None)
        if self.fix:
            return FileOutcome(result, source, source.text)
        return FileOutcome(result)

    def _finish(self, index: int, outcome: FileOutcome) -> None:
        self.outcomes[index] = outcome
        if self.progress is not None:
            self.progress.advance(1, len(outcome.result.diagnostics))

    def _linted(self, index: int, outcome: FileOutcome) -> None:
        """A freshly linted outcome: remember it unless something went wrong or it changed."""
        self._finish(index, outcome)
        result = outcome.result
        content = self.digests.pop(index, None)
        if (
            self.cache is not None
            and content is not None
            and result.error is None
            and not result.internal_errors
            and not outcome.changed
        ):
            self.cache.store(result.path, content, result.diagnostics)

    def here(self, tasks: Iterable[Task]) -> None:
        """Lint ``tasks`` in this process, collecting as a worker does (see
        :data:`WORKER_GC_THRESHOLD`): at the default threshold the collector went over the
        lexicons loaded on first use again and again (0.2 s of 2.3 s per 100,000 words)."""
        tasks = iter(tasks)
        first = next(tasks, None)
        if first is None:
            return
        linter = self.linter  # built first: building it sets the collector's thresholds
        saved = gc.get_threshold()
        gc.set_threshold(WORKER_GC_THRESHOLD, *saved[1:])
        try:
            for count, task in enumerate(chain([first], tasks)):
                if count:
                    gc.collect(0)  # the document linted before, at once
                self._linted(task.position, check_task(linter, task, self.fix))
        finally:
            gc.set_threshold(*saved)

    def in_parallel(self, workers: int) -> None:
        tasks = self.tasks()
        waiting: list[Task] = []
        size = 0
        for task in tasks:
            waiting.append(task)
            size += len(task.data)
            if len(waiting) > 1 and size >= MIN_PARALLEL_BYTES:
                break
        if len(waiting) < 2 or size < MIN_PARALLEL_BYTES:  # little to do: no pool
            self.here(waiting)
            return
        try:
            pool = _Pool(self.linter, workers)
        except (OSError, NotImplementedError):  # no process support here (some sandboxes)
            self.here(chain(waiting, tasks))
            return
        with pool:
            per_batch = -(-len(self.paths) // (workers * BATCHES_PER_WORKER))
            batches = _batches(chain(waiting, tasks), per_batch, len(self.paths), workers)
            for index, outcome in pool.run(batches, self.fix):
                self._linted(index, outcome)

    def results(self) -> list[FileOutcome]:
        missing = [self.paths[i] for i, o in enumerate(self.outcomes) if o is None]
        if missing:  # cannot happen; never drop a file silently
            raise CopylintError(f"internal error: no result for {missing[0]}")
        return [o for o in self.outcomes if o is not None]


def _fixable(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> bool:
    return any(d.fix is not None and (d.fix.is_safe or unsafe) for d in diagnostics)


def _batches(
    tasks: Iterable[Task], files: int, total: int | None = None, workers: int = 1
) -> Iterator[list[Task]]:
    """Batches of at most ``files`` files and about :data:`BATCH_BYTES`.

    Given the ``total`` number of paths, a batch also takes at most a ``2 × workers``-th of
    the files still to come, so batches shrink toward the end of the run (to one file): the
    workers finish together, instead of one linting a last large batch while the others wait,
    which a loaded machine (one worker getting less of a core) made common.
    """
    batch: list[Task] = []
    size = 0
    limit = files
    for task in tasks:
        if not batch and total is not None:
            limit = min(files, max(1, (total - task.position) // (2 * workers)))
        batch.append(task)
        size += len(task.data)
        if size >= BATCH_BYTES or len(batch) >= limit:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# -- worker processes -------------------------------------------------------------------------

_PR_SET_PDEATHSIG = 1

#: The linter of this process: set in the parent before the workers fork (they inherit it), or
#: built by each worker from the settings where processes are spawned.
_linter: Linter | None = None


def _start_worker(settings: Settings | None, parent: int | None = None) -> None:
    global _linter
    import signal  # here, as the process machinery: a run in one process does not load it

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent)
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    if settings is not None:
        from copylint.engine import Linter

        _linter = Linter(settings)


def _die_with_parent(parent: int | None) -> None:
    """Have the kernel end this worker when the parent dies, however it dies (SIGTERM from CI
    cancelling a job, SIGKILL from the out-of-memory killer): a worker blocked waiting for its
    next batch would otherwise live on. Linux only (``prctl``); elsewhere the pool's own
    shutdown is all there is."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)


def _check_batch(tasks: list[Task], fix: bool) -> list[tuple[int, FileOutcome]]:
    if _linter is None:  # pragma: no cover - the initializer always runs first
        raise CopylintError("internal error: worker started without a linter")
    outcomes = []
    for task in tasks:
        outcomes.append((task.position, check_task(_linter, task, fix)))
        gc.collect(0)  # the document just linted, at once (see WORKER_GC_THRESHOLD)
    return outcomes


def _context() -> BaseContext:
    """Fork where it is safe (inherits the warmed-up linter for free), else spawn."""
    import multiprocessing
    import threading

    forkable = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    if forkable and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Pool:
    """Worker processes fed a few batches ahead; stopped at once on Ctrl-C or an error.

    (The process machinery is imported here: a run that needs no pool does not pay for it.)
    """

    def __init__(self, linter: Linter, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.linter = linter
        self.workers = workers
        context = _context()
        forking = context.get_start_method() == "fork"
        global _linter
        _linter = linter
        # Unfrozen afterwards only when nothing was frozen before: the command froze its
        # start-up (copylint.collector), and unfreezing that too left the collection at exit
        # to traverse every lexicon (57 million instructions after a 40-article run).
        self._unfreeze = forking and not gc.get_freeze_count()
        if forking:
            linter.warm_up()  # rule data loaded once; the workers share it
            gc.freeze()  # keep the collector in the workers off the inherited pages
        try:
            self.executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=context,
                initializer=_start_worker,
                initargs=(None if forking else linter.settings, os.getpid()),
            )
        except BaseException:
            self._release()
            raise

    def __enter__(self) -> _Pool:
        return self

    def run(self, batches: Iterator[list[Task]], fix: bool) -> Iterator[tuple[int, FileOutcome]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending: set[Future[list[tuple[int, FileOutcome]]]] = {
            self.executor.submit(_check_batch, batch, fix)
            for batch in islice(batches, 2 * self.workers)
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    raise CopylintError(
                        "a worker process died (out of memory?); run with --jobs 1 to find the file"
                    ) from None
                yield from outcomes
                following = next(batches, None)
                if following is not None:
                    pending.add(self.executor.submit(_check_batch, following, fix))

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        try:
            if error is not None:  # interrupted or failed: do not wait for the workers
                processes = getattr(self.executor, "_processes", None) or {}
                for process in list(processes.values()):
                    process.terminate()
                self.executor.shutdown(wait=False, cancel_futures=True)
            else:
                self.executor.shutdown(wait=True)
        finally:
            self._release()

    def _release(self) -> None:
        global _linter
        _linter = None
        if self._unfreeze:
            gc.unfreeze()
