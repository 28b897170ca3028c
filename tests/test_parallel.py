"""--jobs: worker processes give exactly the serial result, in the same order, every time; a
draft or a handful of files never pays for a pool; workers do not rebuild the linter."""

from __future__ import annotations

import gc
import json
import pickle
import shutil
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from copylint import batch
from copylint.batch import MIN_PARALLEL_BYTES, check_files
from copylint.config import Settings
from copylint.engine import Linter
from copylint.outcome import FileResult
from tests.helpers import REPO, run_copylint

PARAGRAPH = (
    "The council met on Tuesday to discuss the budget, officials said. The mayor spoke for "
    "an hour about roads, schools and the new library, and residents asked questions.\n\n"
)


def archive(directory: Path, files: int = 40) -> Path:
    """An archive of articles with a doubled word and a double space in varying places, more
    text in all than :data:`MIN_PARALLEL_BYTES` so that a pool is used."""
    for i in range(files):
        body = PARAGRAPH * (3 + i % 5)
        places = [n for n in range(len(body)) if body.startswith(" the ", n)]
        slip = places[i % len(places)]
        body = body[:slip] + " the" + body[slip:]
        if i % 3 == 0:
            body = body.replace("roads, schools", "roads,  schools", 1)
        suffix = ".md" if i % 2 else ".txt"
        path = directory / f"section{i % 4}" / f"story{i:03d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# Story {i}\n\n{body}", encoding="utf-8")
    assert sum(p.stat().st_size for p in directory.rglob("story*")) > MIN_PARALLEL_BYTES
    return directory


def test_parallel_output_is_the_serial_output_in_the_same_order(tmp_path: Path) -> None:
    archive(tmp_path)
    runs = {
        jobs: run_copylint("check", "--no-config", "--no-cache", "-j", jobs, ".", cwd=tmp_path)
        for jobs in ("1", "2", "3")
    }
    serial = runs["1"]
    assert serial.returncode == 1
    assert serial.stdout.count(b"repetition/doubled-word") == 40
    for jobs, run in runs.items():
        assert (run.returncode, run.stdout, run.stderr) == (1, serial.stdout, b""), jobs


def test_parallel_json_is_deterministic(tmp_path: Path) -> None:
    archive(tmp_path)
    outputs = [
        run_copylint(
            "check", "--no-config", "--no-cache", "-j", "2", "--format", "json", ".", cwd=tmp_path
        ).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]
    paths = [d["path"] for d in json.loads(outputs[0])["diagnostics"]]
    assert paths == sorted(paths) and len(set(paths)) == 40


def test_parallel_fix_writes_what_serial_fix_writes(tmp_path: Path) -> None:
    serial, parallel = archive(tmp_path / "serial"), tmp_path / "parallel"
    shutil.copytree(serial, parallel)
    for directory, jobs in ((serial, "1"), (parallel, "2")):
        result = run_copylint(
            "check", "--no-config", "--no-cache", "--fix", "-j", jobs, ".", cwd=directory
        )
        assert (result.returncode, result.stderr) == (0, b"Fixed 54 problems.\n")
    for path in serial.rglob("story*"):
        fixed = path.read_text(encoding="utf-8")
        assert "the the" not in fixed
        assert (parallel / path.relative_to(serial)).read_text(encoding="utf-8") == fixed


def test_unreadable_file_in_a_parallel_run_is_named_and_the_rest_is_linted(
    tmp_path: Path,
) -> None:
    archive(tmp_path)
    (tmp_path / "section1" / "latin1.txt").write_bytes("Caf\xe9 society.\n".encode("latin-1"))
    result = run_copylint(
        "check", "--no-config", "--no-cache", "-j", "2", "--format", "json", ".", cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "copylint: error: section1/latin1.txt: not valid UTF-8 (byte 3, line 1); it looks like "
        "Latin-1 (ISO-8859-1): convert it with "
        "'iconv -f ISO-8859-1 -t UTF-8 section1/latin1.txt > converted.txt'\n"
    )
    assert json.loads(result.stdout)["summary"]["files"] == 41


def test_jobs_must_be_positive(tmp_path: Path) -> None:
    result = run_copylint("check", "--no-config", "-j", "0", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert b"--jobs" in result.stderr


class NoPool:
    def __init__(self, *args: object) -> None:
        raise AssertionError("a pool was started")


def test_one_file_never_starts_a_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_Pool", NoPool)
    draft = tmp_path / "draft.txt"
    draft.write_text(PARAGRAPH * 1000 + "on on\n", encoding="utf-8")
    assert draft.stat().st_size > 4 * MIN_PARALLEL_BYTES
    (outcome,) = check_files(Linter(Settings(root=tmp_path)), [str(draft)], jobs=8)
    assert [d.rule for d in outcome.result.diagnostics] == ["repetition/doubled-word"]


def test_a_few_small_files_are_linted_without_a_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_Pool", NoPool)
    paths = []
    for i in range(5):
        path = tmp_path / f"brief{i}.txt"
        path.write_text("Brief: they met on on Monday.\n", encoding="utf-8")
        paths.append(str(path))
    outcomes = check_files(Linter(Settings(root=tmp_path)), paths, jobs=4)
    assert [o.result.path for o in outcomes] == paths
    assert all(len(o.result.diagnostics) == 1 for o in outcomes)


WORKER_SCRIPT = """
import os, sys
from pathlib import Path
from copylint import batch, engine
from copylint.config import Settings

built, linted_in = [], set()
real_init, real_batch = engine.Linter.__init__, batch._check_batch

def counting_init(self, *args, **kwargs):
    built.append(os.getpid())
    real_init(self, *args, **kwargs)

def recording_batch(tasks, fix):
    return [(i, (o, os.getpid())) for i, o in real_batch(tasks, fix)]

engine.Linter.__init__ = counting_init
batch._check_batch = recording_batch
linter = engine.Linter(Settings(root=Path(sys.argv[1])))
paths = sorted(str(p) for p in Path(sys.argv[1]).rglob("story*"))
run = batch._Run(linter, paths, False, None, None)
with batch._Pool(linter, 2) as pool:
    pids = {pid for _, (outcome, pid) in pool.run(batch._batches(run.tasks(), 10), False)}
print(len(built), built[0] == os.getpid(), len(pids), os.getpid() in pids)
"""


def test_workers_inherit_the_linter_instead_of_building_their_own(tmp_path: Path) -> None:
    archive(tmp_path, files=200)  # enough batches that both workers get some
    script = tmp_path / "workers.py"
    script.write_text(textwrap.dedent(WORKER_SCRIPT), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # One linter, built in the parent; two worker processes, neither of them the parent.
    assert result.stdout.split() == ["1", "True", "2", "False"]


def test_without_process_support_the_run_stays_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures
    import gc

    def unsupported(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")  # no semaphores in this sandbox

    archive(tmp_path)
    paths = sorted(str(p) for p in tmp_path.rglob("story*"))
    linter = Linter(Settings(root=tmp_path))
    expected = [o.result.diagnostics for o in check_files(linter, paths, jobs=1)]
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", unsupported)
    outcomes = check_files(linter, paths, jobs=2)
    assert [o.result.diagnostics for o in outcomes] == expected
    assert gc.get_freeze_count() == 0 and batch._linter is None


def test_a_pool_leaves_frozen_what_was_frozen_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command freezes its start-up (copylint.collector); a pool that unfroze everything
    when it ended left the collection at exit to go over every lexicon again."""
    import concurrent.futures
    import multiprocessing

    def unsupported(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")  # the pool ends as soon as it starts

    archive(tmp_path)
    paths = sorted(str(p) for p in tmp_path.rglob("story*"))
    linter = Linter(Settings(root=tmp_path))
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", unsupported)
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("fork"))
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        check_files(linter, paths, jobs=2)
        assert gc.get_freeze_count() >= frozen  # the pool's own freeze stays as well
    finally:
        gc.unfreeze()


def test_spawned_workers_build_their_own_linter_and_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    archive(tmp_path)
    paths = sorted(str(p) for p in tmp_path.rglob("story*"))
    linter = Linter(Settings(root=tmp_path, rule_options={"repetition/doubled-word": {}}))
    expected = [o.result.diagnostics for o in check_files(linter, paths, jobs=1)]
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("spawn"))
    outcomes = check_files(linter, paths, jobs=2)
    assert [o.result.diagnostics for o in outcomes] == expected


def test_batches_shrink_toward_the_end_so_the_workers_finish_together() -> None:
    tasks = [batch.Task(i, f"story{i}.md", b"x" * 100) for i in range(100)]
    sizes = [len(b) for b in batch._batches(iter(tasks), 13, total=100, workers=2)]
    assert sizes[0] == 13  # the cap, while plenty is left
    assert sizes == sorted(sizes, reverse=True) and sizes[-3:] == [1, 1, 1]
    assert sum(sizes) == 100
    flat = [t.position for b in batch._batches(iter(tasks), 13, total=100, workers=2) for t in b]
    assert flat == list(range(100))
    # Without the total, every batch but the last is full (what the archive API asks for).
    assert [len(b) for b in batch._batches(iter(tasks), 13)] == [13] * 7 + [9]


def test_a_run_in_one_process_collects_as_a_worker_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"story{i}.md"
        path.write_text(PARAGRAPH, encoding="utf-8")
        paths.append(str(path))
    linter = Linter(Settings(root=tmp_path))
    default = gc.get_threshold()
    seen: list[int] = []
    real_check_task = batch.check_task

    def noting(*args: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return real_check_task(*args)

    monkeypatch.setattr(batch, "check_task", noting)
    outcomes = check_files(linter, paths, jobs=1)
    assert len(outcomes) == 3
    assert seen == [batch.WORKER_GC_THRESHOLD] * 3  # not at every 700 new objects
    assert gc.get_threshold() == default


@pytest.mark.parametrize(
    "text",
    ["Plain ASCII copy.\n", "“Quoted,” she said of the café. 🎉\n", "a lone \ud800 surrogate\n"],
)
def test_a_result_crosses_from_a_worker_with_its_text_intact(text: str) -> None:
    result = FileResult("story.md", source=text * 50)
    assert pickle.loads(pickle.dumps(result)).source == text * 50


def test_a_flagged_article_is_held_in_about_its_own_size() -> None:
    """The parent keeps every flagged file's text until the report is written, for a whole
    archive: in UTF-8, about the file's own size, where a ``str`` takes two bytes a character
    for an article with one curly quote (a 5-million-word archive's parent went from 153 MB to
    80 MB)."""
    text = "“We will decide on Tuesday,” the mayor said of the plan. " * 400
    sent = pickle.dumps(FileResult("story.md", source=text))
    tracemalloc.start()
    try:
        received = pickle.loads(sent)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received.source == text
    assert held < 1.1 * len(text.encode("utf-8"))
