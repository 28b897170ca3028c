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


def test_broken_plugin_is_one_line_naming_the_distribution(tmp_path: Path) -> None:
    site = tmp_path / "site"
    info = site / "broken_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[copylint.rules]\nbad = broken_plugin_module:RULES\n")
    (site / "broken_plugin_module.py").write_text("raise ImportError('no such helper')\n")
    result = copylint(site, "check", "--no-config", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "copylint: error: plugin broken-plugin (entry point bad = broken_plugin_module:RULES): "
        "failed to load: ImportError: no such helper\n"
    )
