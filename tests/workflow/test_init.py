"""``copylint init`` and the pre-commit ``rev`` the README and the scaffold tell people to use."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, run_copylint
from tests.workflow.gitrepo import GitRepo
from tests.workflow.test_action import action
from tests.workflow.test_pre_commit import snapshot_of_this_checkout

yaml = pytest.importorskip("yaml")


def test_init_scaffolds_a_config_the_hooks_and_the_workflow(tmp_path: Path) -> None:
    result = run_copylint("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        ".copylint.toml: written",
        ".pre-commit-config.yaml: written",
        ".github/workflows/copylint.yml: written",
    ]
    (tmp_path / "story.md").write_text("They met on on Tuesday.\n", encoding="utf-8")
    checked = run_copylint("check", "story.md", cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr  # the scaffolded config loads and applies

    from pre_commit.clientlib import load_config

    config = load_config(str(tmp_path / ".pre-commit-config.yaml"))
    assert [h["id"] for h in config["repos"][0]["hooks"]] == ["copylint"]
    workflow = yaml.safe_load((tmp_path / ".github/workflows/copylint.yml").read_text())
    (step,) = [s for s in workflow["jobs"]["copylint"]["steps"] if "copylint/" in s["uses"]]
    assert set(step["with"]) <= set(action()["inputs"])

    (tmp_path / ".copylint.toml").write_text('fail-on = "error"  # ours\n', encoding="utf-8")
    again = run_copylint("init", cwd=tmp_path)
    assert ".copylint.toml: exists, left alone" in again.stdout.decode()
    assert (tmp_path / ".copylint.toml").read_text() == 'fail-on = "error"  # ours\n'


@pytest.mark.slow
def test_the_documented_rev_pins_a_commit_with_autoupdate_freeze(tmp_path: Path) -> None:
    """No release tag exists: the README says to pin a commit with ``autoupdate --freeze``;
    run exactly that against a tagless copy of this repository."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "pre-commit autoupdate --freeze" in readme
    hooks = snapshot_of_this_checkout(tmp_path / "copylint")
    head = hooks.git("rev-parse", "HEAD").stdout.strip()
    news = GitRepo(tmp_path / "newsroom", env={"PRE_COMMIT_HOME": str(tmp_path / "cache")})
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
    (documented,) = [b for b in blocks if "id: copylint" in b and "repos:" in b]
    news.write(
        ".pre-commit-config.yaml",
        documented.replace("https://github.com/copylint/copylint", str(hooks.root)),
    )
    updated = subprocess.run(
        [sys.executable, "-m", "pre_commit", "autoupdate", "--freeze"],
        cwd=news.root,
        env=news.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert f"rev: {head}" in (news.root / ".pre-commit-config.yaml").read_text()
