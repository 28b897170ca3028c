"""The result cache: an unchanged file is not linted again; a change to its content, the
config, the rules or copylint is never served a stale result; a damaged cache is ignored."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import copylint.cache
from copylint.batch import check_files
from copylint.cache import ResultCache, cache_directory, run_key
from copylint.config import Settings, load_settings
from copylint.engine import Linter
from copylint.registry import Registry, builtin_rules
from tests.helpers import cli, run_copylint

DOUBLED = "They met on on Tuesday.\n"
SPACED = "They met  on Tuesday.\n"
CLEAN = "They met on Tuesday.\n"


@pytest.fixture
def lints(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The paths of the documents the engine lints (a cache hit lints nothing)."""
    linted: list[str] = []
    real = Linter.lint

    def counting(self: Linter, doc: object) -> object:
        linted.append(doc.path)  # type: ignore[attr-defined]
        return real(self, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(Linter, "lint", counting)
    yield linted


def project(tmp_path: Path, config: str = "") -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / ".copylint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "b.md").write_text(SPACED, encoding="utf-8")
    (tmp_path / "c.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def check(directory: Path, *args: str) -> tuple[int, str]:
    result = cli("check", *args, ".", cwd=directory)
    return result.exit_code, result.stdout


def test_second_run_lints_nothing_and_reports_the_same(tmp_path: Path, lints: list[str]) -> None:
    project(tmp_path)
    first = check(tmp_path)
    assert sorted(lints) == ["a.txt", "b.md", "c.txt"]
    lints.clear()
    assert check(tmp_path) == first
    assert lints == []
    assert "a.txt:1:13: error repetition/doubled-word" in first[1]
    assert " 1 | They met on on Tuesday." in first[1]  # the source line, read again on a hit


def test_a_cached_file_with_a_bom_and_curly_quotes_shows_the_same_lines(
    tmp_path: Path, lints: list[str]
) -> None:
    """A hit shows the flagged line from the file's own bytes: a byte-order mark is not part
    of the first line, and text beyond ASCII is shown as written."""
    project(tmp_path)
    (tmp_path / "d.md").write_bytes(
        "\ufeff“They met on on Tuesday,” she said.\r\nThe  café closed.\n".encode()
    )
    first = check(tmp_path)
    lints.clear()
    assert check(tmp_path) == first
    assert lints == []
    assert " 1 | “They met on on Tuesday,” she said.\n" in first[1]
    assert " 2 | The  café closed.\n" in first[1]


def test_a_digest_is_blake2b_as_hashlib_computes_it() -> None:
    """The cache takes BLAKE2b from Python's own module, not through hashlib; the digests are
    the same, so caches written before stay valid."""
    import hashlib

    data = "Lede: the council met on Tuesday. Café owners objected.\n".encode()
    assert copylint.cache.digest(data) == hashlib.blake2b(data, digest_size=16).hexdigest()


def test_cache_directory_is_marked_and_ignored_by_git(tmp_path: Path) -> None:
    check(project(tmp_path))
    directory = tmp_path / ".copylint_cache"
    assert (directory / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")
    assert (directory / ".gitignore").read_text().splitlines()[-1] == "*"
    (cache_file,) = (directory / "v1").glob("*.json")
    assert set(json.loads(cache_file.read_text())["files"]) == {
        str(tmp_path / name) for name in ("a.txt", "b.md", "c.txt")
    }


def test_changed_file_alone_is_linted_again(tmp_path: Path, lints: list[str]) -> None:
    check(project(tmp_path))
    lints.clear()
    (tmp_path / "c.txt").write_text(DOUBLED, encoding="utf-8")
    _, output = check(tmp_path)
    assert lints == ["c.txt"]
    assert "c.txt:1:13: error repetition/doubled-word" in output


def test_same_content_under_another_path_is_not_confused(tmp_path: Path) -> None:
    check(project(tmp_path))
    (tmp_path / "d.txt").write_text(DOUBLED, encoding="utf-8")
    assert "d.txt:1:13: error repetition/doubled-word" in check(tmp_path)[1]


@pytest.mark.parametrize(
    ("config", "gone"),
    [
        ('ignore = ["whitespace"]', "b.md:1:9: warning"),
        ('[rules."repetition/doubled-word"]\nseverity = "info"', "a.txt:1:13: error"),
        ('[rules."repetition/doubled-word"]\nallow = ["on"]', "a.txt:1:13: error"),
        ('words = ["Tuesday"]', None),
        ('style = "none"', None),
    ],
)
def test_config_change_lints_everything_again(
    tmp_path: Path, lints: list[str], config: str, gone: str | None
) -> None:
    first = check(project(tmp_path))
    lints.clear()
    (tmp_path / ".copylint.toml").write_text(config, encoding="utf-8")
    second = check(tmp_path)
    assert sorted(lints) == ["a.txt", "b.md", "c.txt"]
    if gone is not None:
        assert gone in first[1] and gone not in second[1]


def test_settings_that_do_not_change_findings_keep_the_cache(
    tmp_path: Path, lints: list[str]
) -> None:
    check(project(tmp_path))
    lints.clear()
    (tmp_path / ".copylint.toml").write_text('fail-on = "error"\nexclude = ["x/"]\n')
    check(tmp_path)
    assert lints == []


def test_command_line_selection_is_part_of_the_key(tmp_path: Path, lints: list[str]) -> None:
    check(project(tmp_path))
    lints.clear()
    _, output = check(tmp_path, "--select", "whitespace")
    assert sorted(lints) == ["a.txt", "b.md", "c.txt"]
    assert "doubled-word" not in output


def test_new_copylint_version_lints_everything_again(
    tmp_path: Path, lints: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check(project(tmp_path))
    lints.clear()
    monkeypatch.setattr(copylint.cache, "__version__", "99.0.0")
    check(tmp_path)
    assert sorted(lints) == ["a.txt", "b.md", "c.txt"]


PACK = """
[[rule]]
id = "usage/tuesday"
kind = "existence"
summary = "Days of the week"
why = "A test rule."
tokens = ["{word}"]
bad = ["On {word}."]
good = ["On Monday."]
"""


def test_pack_change_lints_everything_again(tmp_path: Path, lints: list[str]) -> None:
    (tmp_path / "house").mkdir()
    pack = tmp_path / "house" / "days.toml"
    pack.write_text(PACK.format(word="Tuesday"), encoding="utf-8")
    first = check(project(tmp_path, 'rules-dirs = ["house"]'))
    assert first[1].count("usage/tuesday") == 3
    lints.clear()
    pack.write_text(PACK.format(word="Wednesday"), encoding="utf-8")
    second = check(tmp_path)
    assert sorted(lints) == ["a.txt", "b.md", "c.txt"]
    assert "usage/tuesday" not in second[1]


def test_editing_a_rule_module_changes_the_key(tmp_path: Path) -> None:
    module = tmp_path / "house_rule.py"
    module.write_text(
        "from copylint.checks.repetition.doubled_word import DoubledWord\n"
        "class HouseRule(DoubledWord):\n    id = 'repetition/house'\n",
        encoding="utf-8",
    )
    import importlib.util

    spec = importlib.util.spec_from_file_location("house_rule", module)
    assert spec is not None and spec.loader is not None
    house = importlib.util.module_from_spec(spec)
    import sys

    sys.modules["house_rule"] = house
    try:
        spec.loader.exec_module(house)
        from copylint.registry import _class_spec

        settings = Settings(root=tmp_path)
        registry = Registry([*builtin_rules(), _class_spec(house.HouseRule, "plugin house")])
        before = run_key(settings, Linter(settings, registry))
        os.utime(module, ns=(1, 1))
        assert run_key(settings, Linter(settings, registry)) != before
    finally:
        del sys.modules["house_rule"]


def test_upgrading_a_plugin_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib import metadata

    from copylint.checks.repetition.doubled_word import DoubledWord
    from copylint.registry import _class_spec

    settings = Settings(root=tmp_path)
    registry = Registry([*builtin_rules(), _class_spec(DoubledWord, "plugin house-rules")])
    keys = []
    for version in ("1.0", "1.1"):
        monkeypatch.setattr(metadata, "version", lambda name, v=version: v)
        keys.append(run_key(settings, Linter(settings, registry)))
    assert keys[0] != keys[1]


def test_fix_is_not_skipped_by_a_cached_result(tmp_path: Path) -> None:
    project(tmp_path)
    check(tmp_path)
    result = cli("check", "--diff", ".", cwd=tmp_path)
    assert result.exit_code == 1 and "+They met on Tuesday." in result.stdout
    result = cli("check", "--fix", ".", cwd=tmp_path)
    assert "Fixed 2 problems." in result.stderr
    assert (tmp_path / "a.txt").read_text() == CLEAN
    assert (tmp_path / "b.md").read_text() == CLEAN
    assert check(tmp_path)[0] == 0


def test_fix_uses_the_cache_for_files_with_nothing_to_fix(tmp_path: Path, lints: list[str]) -> None:
    check(project(tmp_path))
    lints.clear()
    cli("check", "--fix", ".", cwd=tmp_path)
    assert sorted(lints) == ["a.txt", "a.txt", "b.md", "b.md"]  # lint, fix, lint again


def test_no_cache_neither_reads_nor_writes(tmp_path: Path, lints: list[str]) -> None:
    project(tmp_path)
    check(tmp_path, "--no-cache")
    assert not (tmp_path / ".copylint_cache").exists()
    check(tmp_path)
    lints.clear()
    check(tmp_path, "--no-cache")
    assert len(lints) == 3


def test_cache_dir_in_config_is_relative_to_the_config(tmp_path: Path) -> None:
    project(tmp_path, 'cache-dir = "build/lint-cache"')
    check(tmp_path)
    assert list((tmp_path / "build" / "lint-cache" / "v1").glob("*.json"))
    assert not (tmp_path / ".copylint_cache").exists()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("3", "'cache-dir' must be a string"),
        ('""', "'cache-dir' must name a directory"),
        ('"a.txt"', "is not a directory"),
    ],
)
def test_bad_cache_dir_is_a_config_error(tmp_path: Path, value: str, message: str) -> None:
    project(tmp_path, f"cache-dir = {value}")
    result = run_copylint("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr.decode()


def test_environment_variable_sets_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path / "elsewhere"))
    check(project(tmp_path / "project"))
    assert list((tmp_path / "elsewhere" / "v1").glob("*.json"))


def test_unwritable_project_falls_back_to_the_user_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root = tmp_path / "project"
    root.mkdir()
    (root / ".copylint_cache").write_text("not a directory")  # cannot be created
    directory = cache_directory(Settings(root=root))
    assert directory is not None
    assert directory.parent == tmp_path / "user-cache" / "copylint"


def cache_file(directory: Path) -> Path:
    (path,) = (directory / ".copylint_cache" / "v1").glob("*.json")
    return path


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        b'{"layout": 1, "files": {"x": ',  # cut off mid-write
        b"[1, 2, 3]",
        b'{"layout": 1, "files": []}',
        b'{"layout": 999, "files": {}}',
    ],
)
def test_corrupt_cache_file_is_ignored_and_rewritten(
    tmp_path: Path, lints: list[str], damage: bytes
) -> None:
    first = check(project(tmp_path))
    cache_file(tmp_path).write_bytes(damage)
    lints.clear()
    assert check(tmp_path) == first
    assert len(lints) == 3
    lints.clear()
    assert check(tmp_path) == first
    assert lints == []


def test_damaged_entry_is_a_miss_not_a_crash(tmp_path: Path, lints: list[str]) -> None:
    first = check(project(tmp_path))
    path = cache_file(tmp_path)
    document = json.loads(path.read_text())
    entry = document["files"][str(tmp_path / "a.txt")]
    entry[2][0][1] = "not a severity"
    document["files"][str(tmp_path / "b.md")] = "nonsense"
    path.write_text(json.dumps(document))
    lints.clear()
    assert check(tmp_path) == first
    assert sorted(lints) == ["a.txt", "b.md"]


def test_results_round_trip_exactly(tmp_path: Path) -> None:
    project(tmp_path)
    settings = load_settings(cwd=tmp_path)
    linter = Linter(settings)
    paths = [str(tmp_path / name) for name in ("a.txt", "b.md", "c.txt")]
    fresh = check_files(linter, paths, jobs=1, cache=ResultCache.open(settings, linter))
    cached = check_files(linter, paths, jobs=1, cache=ResultCache.open(settings, linter))
    assert [o.result.diagnostics for o in cached] == [o.result.diagnostics for o in fresh]
    assert any(d.fix is not None for o in cached for d in o.result.diagnostics)


def _store_many(path: str, worker: int) -> None:
    for round_ in range(5):
        cache = ResultCache(Path(path))
        for i in range(50):
            cache.store(f"/w{worker}/f{i}.txt", f"{round_}", [])
        cache.save()


def test_concurrent_writers_never_leave_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "v1" / "key.json"
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_store_many, args=(str(path), w)) for w in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0
    files = json.loads(path.read_text())["files"]
    assert {key.split("/")[1] for key in files} <= {"w0", "w1", "w2", "w3"}
    assert len(files) >= 50  # at least the last writer's, usually everyone's
    assert not list(path.parent.glob(".*.tmp"))


def _unbuildable() -> Linter:
    raise AssertionError("the linter was built although every file came from the cache")


def test_all_hits_build_no_linter(tmp_path: Path) -> None:
    """A warm run over unchanged files loads no rules: the run key comes from the shortcut."""
    project(tmp_path)
    settings = load_settings(tmp_path / ".copylint.toml")
    paths = [str(tmp_path / name) for name in ("a.txt", "b.md", "c.txt")]
    linter = Linter(settings)
    first = check_files(linter, paths, jobs=1, cache=ResultCache.open(settings, linter))
    cache = ResultCache.open(settings, _unbuildable)
    again = check_files(_unbuildable, paths, jobs=1, cache=cache)
    assert [o.result.diagnostics for o in again] == [o.result.diagnostics for o in first]
    assert any(o.result.diagnostics for o in again)


def test_a_miss_builds_the_linter_on_demand(tmp_path: Path, lints: list[str]) -> None:
    project(tmp_path)
    settings = load_settings(tmp_path / ".copylint.toml")
    paths = [str(tmp_path / name) for name in ("a.txt", "c.txt")]
    check_files(Linter(settings), paths, jobs=1, cache=ResultCache.open(settings, Linter(settings)))
    (tmp_path / "c.txt").write_text(DOUBLED, encoding="utf-8")
    built: list[Linter] = []

    def build() -> Linter:
        built.append(Linter(settings))
        return built[-1]

    lints.clear()
    outcomes = check_files(build, paths, jobs=1, cache=ResultCache.open(settings, build))
    assert len(built) == 1 and lints == [str(tmp_path / "c.txt")]
    assert outcomes[1].result.diagnostics[0].rule == "repetition/doubled-word"


def test_editing_a_data_file_a_rule_reads_misses_the_shortcut(
    tmp_path: Path, lints: list[str]
) -> None:
    """The shortcut to the run key checks the files the rules read (here an outlets file)."""
    config = '[rules."attribution/outlet-name"]\noutlet-files = ["outlets.toml"]\n'
    project(tmp_path, config)
    outlets = tmp_path / "outlets.toml"
    outlets.write_text("", encoding="utf-8")
    check(tmp_path)
    lints.clear()
    outlets.write_text("\n# a change\n", encoding="utf-8")
    check(tmp_path)
    assert sorted(lints) == ["a.txt", "b.md", "c.txt"]


def test_a_damaged_shortcut_is_ignored(tmp_path: Path, lints: list[str]) -> None:
    project(tmp_path)
    first = check(tmp_path)
    (shortcut,) = (tmp_path / ".copylint_cache" / "v1").glob("*.key")
    shortcut.write_text('{"layout": 1, "key": "x", "data": {}, "modules": [[]]}')
    lints.clear()
    assert check(tmp_path) == first
    assert lints == []


def test_the_plugin_group_is_the_registry_s() -> None:
    from copylint.registry import ENTRY_POINT_GROUP

    assert copylint.cache.PLUGIN_GROUP == ENTRY_POINT_GROUP


def test_sarif_lists_the_rules_on_a_warm_run(tmp_path: Path) -> None:
    project(tmp_path)
    cold = json.loads(check(tmp_path, "--format", "sarif")[1])
    warm = json.loads(check(tmp_path, "--format", "sarif")[1])
    rules = warm["runs"][0]["tool"]["driver"]["rules"]
    assert len(rules) > 10 and rules == cold["runs"][0]["tool"]["driver"]["rules"]
