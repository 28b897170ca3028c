"""How the archive path scales: the same archive on a local Dask cluster of 1 and of 2 workers.

Builds an archive of N words from the edited corpus (as benchmarks/bench.py does), then times
``copylint.archive.lint_archive`` cold (no cache) on a ``LocalCluster`` with one worker process
and with two, and ``copylint check --jobs N`` on the same files for comparison. Each worker
builds its linter on its first task, as a worker on a real cluster does, and that start-up is
part of the time.

    python benchmarks/archive_scaling.py --words 200000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import DEFAULT_CORPUS, build_archive

from copylint.archive import lint_archive
from copylint.config import Settings


def time_cluster(archive: Path, workers: int) -> tuple[float, int]:
    """Seconds to lint ``archive`` on a fresh local cluster of ``workers`` processes, and the
    number of findings."""
    from distributed import Client, LocalCluster

    settings = Settings(root=archive)
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        start = time.perf_counter()
        findings = sum(
            1 for _ in lint_archive([archive], config=settings, client=client, cache=False)
        )
        return time.perf_counter() - start, findings


def time_jobs(archive: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "copylint",
            "check",
            "--no-config",
            "--no-cache",
            "-q",
            "--jobs",
            str(jobs),
            str(archive),
        ],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        archive = Path(work) / "archive"
        archive.mkdir()
        words = build_archive(args.corpus, args.words, archive)
        rows = []
        for workers in (1, 2):
            seconds, findings = time_cluster(archive, workers)
            rows.append((f"Dask, {workers} worker(s)", seconds, findings))
        for jobs in (1, 2):
            rows.append((f"copylint check --jobs {jobs}", time_jobs(archive, jobs), -1))
    print(f"{words:,} words")
    print(f"{'run':<28} {'seconds':>8} {'words/s':>10}")
    for name, seconds, _ in rows:
        print(f"{name:<28} {seconds:8.2f} {words / seconds:10,.0f}")
    print(f"Dask scaling, 1 → 2 workers: {rows[0][1] / rows[1][1]:.2f}×")
    if rows[0][2] != rows[1][2]:
        print("findings differ between 1 and 2 workers", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
