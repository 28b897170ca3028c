"""The wheel carries rules/: an installed, non-editable copylint finds its packs and lists."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO, pip_install_target

pytestmark = pytest.mark.slow  # builds and installs a wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("copylint-*.whl")
    return built


def test_wheel_contains_the_rules_directory(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    expected = {p.relative_to(REPO).as_posix() for p in (REPO / "rules").rglob("*") if p.is_file()}
    assert expected, "rules/ is empty"
    assert {f"copylint/{name}" for name in expected} <= set(names)


def test_installed_wheel_finds_its_data(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    pip_install_target(wheel, site)
    env = dict(os.environ, PYTHONPATH=str(site))
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import copylint, copylint.resources as r; print(copylint.__file__); "
            "print(r.rules_dir())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, rules_dir = probe.stdout.splitlines()
    assert Path(module_file).is_relative_to(site)
    assert Path(rules_dir) == site / "copylint" / "rules"
    (tmp_path / "a.txt").write_text("They met on on Tuesday.\n")
    result = subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--no-config", "a.txt"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "repetition/doubled-word" in result.stdout
