"""Third-party rules plug in through the ``copylint.rules`` entry-point group.

The example plugin in tests/plugin_example is installed for real (pip, into a private target
directory) and copylint runs in a subprocess that sees it on its path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, pip_install_target

PLUGIN = REPO / "tests" / "plugin_example"


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    pip_install_target(PLUGIN, target)
    return target


def copylint(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(site))
    return subprocess.run(
        [sys.executable, "-m", "copylint", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow  # installs a plugin distribution
def test_installed_plugin_rule_is_listed_and_runs(plugin_site: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('The vote passed! "We won!" she said.\n')
    rules = json.loads(
        copylint(plugin_site, "rules", "--no-config", "--format", "json", cwd=tmp_path).stdout
    )
    plugin = next(r for r in rules if r["id"] == "punctuation/exclamation")
    assert plugin["origin"] == "plugin copylint-example-plugin"
    result = copylint(
        plugin_site, "check", "--no-config", "--format", "json", "a.txt", cwd=tmp_path
    )
    found = [(d["rule"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [("punctuation/exclamation", 16)]  # the one inside the quote is skipped


def test_plugin_rule_is_explained(plugin_site: Path, tmp_path: Path) -> None:
    result = copylint(
        plugin_site, "explain", "--no-config", "punctuation/exclamation", cwd=tmp_path
    )
    assert "Defined in: plugin copylint-example-plugin" in result.stdout


def _fake_plugin(tmp_path: Path, name: str, module: str) -> Path:
    """A site directory with an installed distribution ``name``-plugin whose entry point is
    ``RULES`` of a module with this source."""
    site = tmp_path / "site"
    info = site / f"{name}_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[copylint.rules]\n{name} = {name}_module:RULES\n")
    (site / f"{name}_module.py").write_text(module)
    return site


def _broken_plugin_site(tmp_path: Path) -> Path:
    return _fake_plugin(tmp_path, "broken", "raise ImportError('no such helper')\n")


def test_broken_plugin_is_named_and_the_run_goes_on_without_it(tmp_path: Path) -> None:
    site = _broken_plugin_site(tmp_path)
    (tmp_path / "story.txt").write_text("They met on on Tuesday.\n")
    result = copylint(site, "check", "--no-config", "story.txt", cwd=tmp_path)
    assert result.returncode == 1  # the built-in rules still ran
    assert "repetition/doubled-word" in result.stdout
    assert result.stderr.splitlines()[0] == (
        "copylint: warning: plugin broken-plugin (entry point broken = broken_module:RULES): "
        "failed to load: ImportError: no such helper; continuing without it "
        "(--no-plugins skips every plugin)"
    )


def test_no_plugins_loads_none(plugin_site: Path, tmp_path: Path) -> None:
    site = _broken_plugin_site(tmp_path)
    (tmp_path / "a.txt").write_text("The vote passed!\n")
    result = copylint(site, "check", "--no-config", "--no-plugins", "a.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "broken-plugin" not in result.stderr
    result = copylint(plugin_site, "check", "--no-config", "--no-plugins", "a.txt", cwd=tmp_path)
    assert "punctuation/exclamation" not in result.stdout


def test_plugin_rule_id_equal_to_a_built_in_is_an_error_naming_both(tmp_path: Path) -> None:
    site = _fake_plugin(
        tmp_path,
        "clash",
        "from copylint.checks.repetition.doubled_word import DoubledWord\n"
        "class Mine(DoubledWord):\n"
        "    id = 'repetition/doubled-word'\n"
        "RULES = [Mine]\n",
    )
    (tmp_path / "a.txt").write_text("They met on Tuesday.\n")
    result = copylint(site, "check", "--no-config", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "copylint: error: plugin clash-plugin: rule id 'repetition/doubled-word' is already "
        "defined by built-in; a plugin must use ids of its own\n"
    )
