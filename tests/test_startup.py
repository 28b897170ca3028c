"""A one-draft check loads only what it needs: the start-up is most of its time (issue 21)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copylint import collector
from copylint.entry_points import entry_points

#: Modules a check of one plain-text draft, without the cache, must not load.
NOT_FOR_A_DRAFT = (
    "copylint.formats.docx",
    "copylint.formats.html",
    "copylint.lsp",
    "copylint.review",
    "copylint.git",
    "copylint.output.sarif_format",
    "copylint.output.html_format",
    "importlib.metadata",  # the plugin look-up reads entry_points.txt files first
    "pathspec",  # no include or exclude glob is matched for a file named on the command line
    "hashlib",  # OpenSSL: the cache takes its BLAKE2b from Python's own _blake2
    "tomllib",  # the built-in TOML files load from their JSON form
    "copylint.baseline",  # no baseline file: nothing to read
    "shutil",  # the progress line's terminal width, for many files on a terminal
    "rapidfuzz",  # spelling searches two edits away only for a slip with nothing nearer
    "copylint.encoding",  # why a file is not text: only for one that is not
    "traceback",  # a rule's crash report
    "signal",  # worker processes ignore Ctrl-C and die with the parent
)


def _probe(
    script: str, cwd: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[str, list[str]]:
    """Run ``script`` in a fresh interpreter: its standard output and its standard error's
    lines (where the probes print what they saw, last)."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )
    return result.stdout, result.stderr.splitlines()


#: Checks the draft named by the probe's argument, as the command would.
_CHECK_DRAFT = """
from copylint.cli import main
try:
    main(["check", "--no-cache", "--no-config", "-q", sys.argv[1]], prog_name="copylint")
except SystemExit:
    pass
"""

_PROBE = """
import json, sys
import ahocorasick_rs, marisa_trie, regex  # what copylint's own imports need
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
""" + _CHECK_DRAFT + """print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.slow
def test_a_draft_check_loads_no_reader_server_or_report_it_does_not_use(tmp_path: Path) -> None:
    draft = tmp_path / "story.txt"
    draft.write_text('The mayor said on on Monday that "taxes will not rise this year."\n')
    output, errors = _probe(_PROBE, tmp_path, str(draft))
    assert "repetition/doubled-word" in output
    dependencies, loaded = (set(json.loads(line)) for line in errors[-2:])
    assert "copylint.checks" in loaded  # the probe did run a check
    # A module the libraries copylint uses load anyway (on another Python, say) is not
    # copylint's doing.
    assert sorted(m for m in NOT_FOR_A_DRAFT if m in loaded - dependencies) == []


_READERS_PROBE = """
import json, sys
""" + _CHECK_DRAFT + """readers = ("copylint.formats.front_matter", "yaml", "tomllib")
print(json.dumps([m for m in readers if m in sys.modules]), file=sys.stderr)
"""


@pytest.mark.slow
def test_front_matter_readers_load_only_for_a_file_with_front_matter(tmp_path: Path) -> None:
    plain = tmp_path / "story.md"
    plain.write_text("# Budget\n\nThe mayor said on on Monday that taxes will not rise.\n")
    output, errors = _probe(_READERS_PROBE, tmp_path, str(plain))
    assert "repetition/doubled-word" in output
    assert json.loads(errors[-1]) == []
    headed = tmp_path / "headed.md"
    headed.write_text("---\ntitle: The the budget\n---\n\nTaxes will not rise.\n")
    output, errors = _probe(_READERS_PROBE, tmp_path, str(headed))
    assert "headed.md:2:12:" in output  # the doubled word in the title, read from the YAML
    assert json.loads(errors[-1]) == ["copylint.formats.front_matter", "yaml"]


def test_entry_points_of_a_group_no_distribution_declares_are_none() -> None:
    assert entry_points("copylint.no-such-group") == []


def test_entry_points_are_found_where_importlib_metadata_finds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "Example_Plugin-0.1.DIST-INFO"  # the suffix in any case, as it reads it
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: example-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[copylint.rules]\nexample = example_module:RULES\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = entry_points("copylint.rules")
    assert [(ep.name, ep.value) for ep in found] == [("example", "example_module:RULES")]


_COLLECTOR_PROBE = """
import gc, json, sys
from copylint import collector

default = gc.get_threshold()
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
release = collector.release
seen = {}

def noting():
    seen.update(passes=len(passes), held=gc.get_threshold())
    release()
    seen.update(frozen=gc.get_freeze_count(), restored=gc.get_threshold())

collector.release = noting
sys.argv = ["copylint", "check", "--no-cache", "--no-config", "-q", sys.argv[1]]
from copylint.__main__ import run
try:
    run()
except SystemExit:
    pass
print(json.dumps({**seen, "default": default, "after": gc.get_threshold()}), file=sys.stderr)
"""


@pytest.mark.slow
def test_the_command_starts_without_collecting_and_lints_with_the_collector_on(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "story.txt"
    draft.write_text("The mayor said on on Monday that taxes will not rise.\n")
    output, errors = _probe(_COLLECTOR_PROBE, tmp_path, str(draft))
    assert "repetition/doubled-word" in output
    seen = json.loads(errors[-1])
    assert seen["passes"] == 0  # no collection while modules loaded and rules were built
    assert seen["held"][0] == collector.HELD_THRESHOLD
    assert seen["frozen"] > 10_000  # start-up's objects: never traversed again
    assert seen["restored"] == seen["default"] == seen["after"]


def test_a_held_collector_still_collects_and_release_restores_it() -> None:
    default = gc.get_threshold()
    try:
        collector.hold()
        assert gc.isenabled()  # a run that builds no linter still frees cycles
        assert gc.get_threshold() == (collector.HELD_THRESHOLD, *default[1:])
        collector.hold()  # a second hold does not lose the thresholds saved
        collector.release()
        assert gc.get_threshold() == default
        assert gc.get_freeze_count() > 0
        frozen = gc.get_freeze_count()
        collector.release()  # nothing held: nothing done
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.set_threshold(*default)


_EXIT_PROBE = """
import atexit, gc, sys
atexit.register(lambda: print(gc.get_freeze_count(), file=sys.stderr))
sys.argv = ["copylint", "--version"]
from copylint.__main__ import run
run()
"""


def test_the_command_exits_without_a_last_pass_of_the_collector(tmp_path: Path) -> None:
    """A run that builds no linter (``--version``, a run served from the cache) froze
    nothing; the exit then collected every object it held. :func:`collector.finish` freezes
    them first (the exit hooks run after the command, before the interpreter's collection)."""
    output, errors = _probe(_EXIT_PROBE, tmp_path)
    assert output.startswith("copylint")
    assert int(errors[-1]) > 5_000


#: Patterns a check of a plain draft (no config, no state abbreviation, no URL) does not compile.
_LAZY_PROBE = """
import json, sys
""" + _CHECK_DRAFT + """from copylint import selectors
from copylint.checks.places import state_name
from copylint.formats import inline
lazy = {"selector": selectors._selector, "selector part": selectors._part,
        "state abbreviations": state_name._pattern, "addresses": inline.non_prose}
print(json.dumps({name: f.cache_info().currsize for name, f in lazy.items()}), file=sys.stderr)
"""


@pytest.mark.slow
def test_a_draft_check_compiles_no_pattern_it_cannot_use(tmp_path: Path) -> None:
    draft = tmp_path / "story.txt"
    draft.write_text("The mayor of Tulsa, Oklahoma, said on on Monday that taxes will not rise.\n")
    output, errors = _probe(_LAZY_PROBE, tmp_path, str(draft))
    assert "repetition/doubled-word" in output
    compiled = json.loads(errors[-1])
    assert compiled == dict.fromkeys(compiled, 0)


_WARM_PROBE = """
import json, sys
from copylint.cli import main
try:
    main(["check", "--no-config", "-q", "news"], prog_name="copylint")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.slow
def test_a_run_answered_from_the_cache_loads_no_linting_machinery(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for number in range(3):
        (news / f"story{number}.md").write_text(f"Story {number} ran on on Monday.\n")
    environment = {**os.environ, "COPYLINT_CACHE_DIR": str(tmp_path / "cache")}

    def run() -> tuple[str, set[str]]:
        output, errors = _probe(_WARM_PROBE, tmp_path, env=environment)
        return output, set(json.loads(errors[-1]))

    cold_output, cold_modules = run()
    warm_output, warm_modules = run()
    assert warm_output == cold_output
    assert "repetition/doubled-word" in warm_output
    linting = {"copylint.packs", "copylint.engine", "copylint.document", "regex"}
    assert linting <= cold_modules  # the rules ran the first time
    assert (linting | {"pathspec"}) & warm_modules == set()
    # Nor what defining a dataclass or a command-line framework would load.
    assert {"dataclasses", "inspect", "click", "shutil"} & warm_modules == set()
    # Nor OpenSSL's hashes (the cache's BLAKE2b is Python's own) or threads (no pool starts).
    assert {"hashlib", "_hashlib", "threading"} & warm_modules == set()
