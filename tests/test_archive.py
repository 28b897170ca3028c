"""The archive path: file batches as Dask tasks, findings streamed back as JSON lines that
agree with the command line's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copylint.archive import batches, lint_archive, main
from copylint.config import Settings
from tests.helpers import cli


def _archive(directory: Path, count: int = 12) -> Path:
    directory.mkdir(exist_ok=True)
    for i in range(count):
        (directory / f"story{i:02d}.md").write_text(
            f"# Story {i}\n\nThe council met on on Tuesday {i}.\n", encoding="utf-8"
        )
    return directory


def _cli_json(directory: Path) -> list[dict[str, object]]:
    result = cli("check", "--no-config", "--no-cache", "--format", "json", str(directory))
    diagnostics: list[dict[str, object]] = json.loads(result.stdout)["diagnostics"]
    return diagnostics


def _key(finding: dict[str, object]) -> tuple[str, ...]:
    return tuple(str(finding[k]) for k in ("path", "line", "column", "rule"))


def test_batches_keep_order_and_split_by_size(tmp_path: Path) -> None:
    paths = []
    for i, size in enumerate([100, 100, 250, 10, 10]):
        path = tmp_path / f"{i}.txt"
        path.write_text("x" * size)
        paths.append(str(path))
    parts = batches(paths, batch_bytes=200)
    assert [len(p) for p in parts] == [2, 1, 2]
    assert [p for part in parts for p in part] == paths


def test_archive_lines_are_the_json_diagnostics(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    settings = Settings(root=tmp_path)
    lines = list(lint_archive([archive], config=settings, cache=False, batch_bytes=200))
    found = sorted((json.loads(line) for line in lines), key=_key)
    assert found == sorted(_cli_json(archive), key=_key)
    assert len(found) == 12


def test_an_unreadable_file_is_a_line_of_its_own(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 2)
    (archive / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    lines = [json.loads(line) for line in lint_archive([archive], config=Settings(root=tmp_path))]
    errors = [line for line in lines if "error" in line]
    assert [Path(str(e["path"])).name for e in errors] == ["broken.txt"]
    assert sum("rule" in line for line in lines) == 2


@pytest.mark.slow  # starts a local Dask cluster
def test_on_a_local_cluster_the_lines_match_a_local_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import Client, LocalCluster

    archive = _archive(tmp_path / "archive")
    settings = Settings(root=archive, cache_dir=tmp_path / "cache")
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        remote = list(lint_archive([archive], config=settings, client=client, batch_bytes=150))
        again = list(lint_archive([archive], config=settings, client=client, batch_bytes=150))
    local = list(lint_archive([archive], config=settings, cache=False))
    assert sorted(remote) == sorted(local) == sorted(again)  # the shared cache changes nothing
    assert any((tmp_path / "cache").rglob("*.json"))


def test_command_writes_json_lines_to_a_file(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 3)
    out = tmp_path / "findings.jsonl"
    assert main([str(archive), "--no-cache", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_a_rerun_over_an_unchanged_archive_builds_no_linter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every batch of a warm re-run comes from the shared cache: no worker builds rules."""
    import copylint.archive

    archive = _archive(tmp_path / "archive", 3)
    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path / "cache"))
    settings = Settings(root=tmp_path)
    first = sorted(lint_archive([archive], config=settings))
    built: list[Settings] = []
    real = copylint.archive.linter_for

    def counting(settings: Settings) -> object:
        built.append(settings)
        return real(settings)

    monkeypatch.setattr(copylint.archive, "linter_for", counting)
    assert sorted(lint_archive([archive], config=settings)) == first
    assert built == [] and len(first) == 3
