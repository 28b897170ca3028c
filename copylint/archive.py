"""An archive too big for one machine: file batches as tasks on a Dask cluster, the findings
streamed back as JSON lines.

The work is split the way ``--jobs`` splits it on one machine (:mod:`copylint.batch`): into
batches of files of about :data:`BATCH_BYTES` together, large enough that a task's scheduling
cost is small beside its linting, small enough that the workers finish together. Each task
builds its linter once per worker process (:func:`copylint.api.linter_for`) and reads and
writes the result cache, so a cache directory on storage the workers share
(``COPYLINT_CACHE_DIR``) makes a re-run of an unchanged archive cheap on every worker.

Results come back as JSON lines, one finding per line in the shape of ``--format json``'s
diagnostics, plus one ``{"path": …, "error": …}`` line per file that could not be read, in the
order the batches finish: a caller can write them out as they arrive, so memory does not grow
with the archive.

    python -m copylint.archive ARCHIVE/ --scheduler tcp://scheduler:8786 -o findings.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from copylint.api import Config, linter_for, resolve_settings
from copylint.batch import check_files
from copylint.cache import ResultCache
from copylint.config import Settings
from copylint.errors import CopylintError
from copylint.files import discover
from copylint.output.json_format import diagnostic_json

if TYPE_CHECKING:
    from dask.distributed import Client

#: About 40,000 words of news copy (six bytes a word), the batch size at which a task's
#: overhead stops mattering (measured for ``--jobs``; see the README's Speed section).
BATCH_BYTES = 240_000


def batches(paths: Sequence[str], batch_bytes: int = BATCH_BYTES) -> list[tuple[str, ...]]:
    """``paths`` cut, in order, into runs of about ``batch_bytes`` bytes of files each (a file
    larger than that is a batch of its own; a file that cannot be sized counts as empty and is
    reported when it is read)."""
    result: list[tuple[str, ...]] = []
    current: list[str] = []
    size = 0
    for path in paths:
        try:
            length = os.stat(path).st_size
        except OSError:
            length = 0
        if current and size + length > batch_bytes:
            result.append(tuple(current))
            current, size = [], 0
        current.append(path)
        size += length
    if current:
        result.append(tuple(current))
    return result


def lint_batch(paths: Sequence[str], settings: Settings, cache: bool = True) -> list[str]:
    """The JSON lines of one batch of files, linted in this process (a Dask task)."""
    linter = partial(linter_for, settings)  # built only if a file misses the cache
    result_cache = ResultCache.open(settings, linter) if cache and paths else None
    lines = []
    for outcome in check_files(linter, list(paths), jobs=1, cache=result_cache):
        result = outcome.result
        if result.error:
            lines.append(json.dumps({"path": result.path, "error": result.error}))
            continue
        lines.extend(json.dumps(diagnostic_json(d), ensure_ascii=False) for d in result.diagnostics)
    return lines


def lint_archive(
    paths: Iterable[str | Path],
    *,
    config: Config = None,
    client: Client | None = None,
    cache: bool = True,
    batch_bytes: int = BATCH_BYTES,
) -> Iterator[str]:
    """JSON lines for every finding in ``paths`` (files and directories, found as ``copylint
    check`` finds them), batch by batch as each finishes.

    With a Dask ``client`` the batches run as tasks on its cluster; without one they run here,
    one after the other. ``config`` is read here, once, and sent to the workers.
    """
    settings = resolve_settings(config)
    files = sorted(discover([str(p) for p in paths], settings))
    parts = batches(files, batch_bytes)
    if client is None:
        for part in parts:
            yield from lint_batch(part, settings, cache)
        return
    from dask.distributed import as_completed

    futures = client.map(lint_batch, parts, settings=settings, cache=cache, pure=False)
    for future in as_completed(futures):
        lines: list[str] = future.result()
        future.release()
        yield from lines


def _write(lines: Iterable[str], stream: TextIO) -> None:
    for line in lines:
        stream.write(line + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m copylint.archive",
        description="Lint an archive on a Dask cluster; one JSON line per finding.",
    )
    parser.add_argument("paths", nargs="+", help="files and directories of articles")
    parser.add_argument("--scheduler", help="a Dask scheduler address (default: run here)")
    parser.add_argument("--config", help="the config file (default: found from here)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write")
    parser.add_argument("-o", "--output", help="write the JSON lines here (default: stdout)")
    args = parser.parse_args(argv)
    client: Any = None
    try:
        if args.scheduler:
            from dask.distributed import Client

            client = Client(args.scheduler)
        lines = lint_archive(args.paths, config=args.config, client=client, cache=not args.no_cache)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as stream:
                _write(lines, stream)
        else:
            _write(lines, sys.stdout)
    except CopylintError as error:
        print(f"copylint: {error}", file=sys.stderr)
        return 2
    except ImportError:
        print("copylint: --scheduler needs Dask: pip install 'copylint[dask]'", file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
