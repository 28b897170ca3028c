"""The public API: the command line's engine as functions whose inputs and outputs cross process
boundaries, so an archive can be linted by any process pool or distributed engine."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

import copylint
from copylint.batch import MIN_PARALLEL_BYTES
from copylint.config import Settings
from copylint.files import ReadError
from tests.helpers import REPO

SETTINGS = Settings(
    root=REPO,
    rule_options={"repetition/doubled-word": {"allow": ["go"]}},
    words=frozenset({"Sudani", "Safadi"}),
)
TEXTS = [
    "They met on on Tuesday.",
    "The  council met.",
    "# Heading\n\nWe saw **the the** report.",
    "A clean sentence.",
]


def lint_one(text: str) -> list[copylint.Diagnostic]:
    return copylint.lint_text(text, path="story.md", config=SETTINGS)


def test_lint_text_finds_what_the_command_line_finds() -> None:
    diagnostics = copylint.lint_text("They met on on Tuesday.\n", config={"select": ["ALL"]})
    assert [(d.rule, d.line, d.column, d.fix is not None) for d in diagnostics] == [
        ("repetition/doubled-word", 1, 13, True)
    ]


def test_inputs_and_outputs_survive_pickling() -> None:
    assert pickle.loads(pickle.dumps(SETTINGS)) == SETTINGS
    diagnostics = [d for text in TEXTS for d in lint_one(text)]
    assert len(diagnostics) == 3 and any(d.fix for d in diagnostics)
    assert pickle.loads(pickle.dumps(diagnostics)) == diagnostics


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_lint_text_runs_in_a_process_pool(method: str) -> None:
    with ProcessPoolExecutor(2, mp_context=get_context(method)) as pool:
        results = list(pool.map(lint_one, TEXTS))
    assert results == [lint_one(text) for text in TEXTS]


def test_lint_paths_in_processes_equals_in_this_process(tmp_path: Path) -> None:
    for i in range(30):
        filler = "The council met to discuss the budget, officials said.\n" * i * 5
        (tmp_path / f"story{i}.txt").write_text(filler + "They met on on Tuesday.\n")
    assert sum(p.stat().st_size for p in tmp_path.iterdir()) > MIN_PARALLEL_BYTES
    config = Settings(root=tmp_path)
    serial = copylint.lint_paths([tmp_path], config=config)
    assert len(serial) == 30
    assert copylint.lint_paths([tmp_path], config=config, jobs=2) == serial
    assert copylint.lint_paths([str(tmp_path)], config=config, cache=True) == serial
    assert copylint.lint_paths([str(tmp_path)], config=config, cache=True) == serial
    assert (tmp_path / ".copylint_cache").is_dir()


def test_lint_paths_raises_for_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9")
    with pytest.raises(ReadError, match=r"latin1\.txt: not valid UTF-8"):
        copylint.lint_paths([tmp_path], config=Settings(root=tmp_path))


def lint_partition(paths: list[str], settings: Settings) -> list[copylint.Diagnostic]:
    """The README's recipe: one call per partition, so each worker builds its linter once."""
    return copylint.lint_paths(paths, config=settings)


@pytest.mark.slow  # starts a local Dask cluster
def test_dask_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    import dask.bag as db
    from distributed import Client, LocalCluster

    for i in range(40):
        (tmp_path / f"story{i:02d}.md").write_text(f"# {i}\n\nThey met on on Tuesday {i}.\n")
    paths = sorted(str(p) for p in tmp_path.glob("*.md"))
    settings = Settings(root=tmp_path)
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence(paths, partition_size=10)
        found = bag.map_partitions(lint_partition, settings).compute()
    assert sorted(found, key=copylint.Diagnostic.sort_key) == copylint.lint_paths(
        paths, config=settings
    )
    assert len(found) == 40


def test_each_process_builds_one_linter_per_settings() -> None:
    from copylint.api import linter_for

    settings = Settings(root=REPO, words=frozenset(f"name{i}" for i in range(5000)))
    same = Settings(root=REPO, words=frozenset(f"name{i}" for i in range(5000)))
    assert linter_for(settings) is linter_for(settings) is linter_for(same)
    assert linter_for(Settings(root=REPO, preview=True)) is not linter_for(settings)
