"""action.yml (the GitHub Action) and the README's workflow: their structure, and the action's
run script executed with bash against a real git repository, as a runner would run it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO
from tests.workflow.gitrepo import GIT_ENV, GitRepo

yaml = pytest.importorskip("yaml")  # PyYAML comes with pre-commit (the test extra)

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def action() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    return data


def step(name: str) -> dict[str, Any]:
    (found,) = [s for s in action()["runs"]["steps"] if s.get("name") == name]
    return found


def readme_workflow() -> dict[str, Any]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
    (workflow,) = [b for b in blocks if "upload-sarif" in b]
    data: dict[str, Any] = yaml.safe_load(workflow)
    return data


def test_action_is_a_composite_action_with_documented_inputs() -> None:
    data = action()
    assert data["name"] and data["description"] and data["runs"]["using"] == "composite"
    inputs = data["inputs"]
    for name, spec in inputs.items():
        assert spec["description"] and "default" in spec and spec["required"] is False, name
    for s in data["runs"]["steps"]:
        assert "uses" in s or ("run" in s and s["shell"] == "bash"), s
        for value in [*(s.get("with") or {}).values(), *(s.get("env") or {}).values()]:
            for expression in EXPRESSION.findall(str(value)):
                if expression.startswith("inputs."):
                    assert expression.removeprefix("inputs.") in inputs, expression
        # Inputs reach scripts only through the environment: never spliced into shell code.
        assert "${{" not in s.get("run", ""), s["name"]


def test_action_sets_up_python_and_installs_copylint_from_its_own_checkout() -> None:
    setup = step("Set up Python for copylint")
    assert setup["uses"].startswith("actions/setup-python@")
    assert setup["with"]["update-environment"] is False  # the job's own Python is untouched
    install = step("Install copylint")["run"]
    assert 'pip install --quiet --disable-pip-version-check "$GITHUB_ACTION_PATH"' in install
    checked = subprocess.run(["bash", "-n"], input=install, text=True, capture_output=True)
    assert checked.returncode == 0, checked.stderr


def test_readme_workflow_uses_the_action_as_documented() -> None:
    workflow = readme_workflow()
    assert "pull_request" in workflow[True] or "pull_request" in workflow.get("on", {})
    assert workflow["permissions"]["security-events"] == "write"
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    ours = next(s for s in steps if s.get("uses", "").startswith("copylint/copylint@"))
    assert set(ours["with"]) <= set(action()["inputs"])
    assert ours["with"]["changed-since"] == "origin/${{ github.base_ref }}"
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == ours["with"]["sarif-file"]
    assert upload["if"].startswith("always()")


# -- the run step, executed -----------------------------------------------------------------


@pytest.fixture
def pull_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """A newsroom repository on a branch that adds one doubled word to legacy copy."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    repo = GitRepo(tmp_path / "repo")
    repo.write("archive/old story.md", "Old old copy.\n")
    repo.commit("legacy")
    repo.git("checkout", "-q", "-b", "pr")
    repo.write("stories/new story.md", "# Vote\n\nThe vote was was delayed.\n")
    repo.commit("new story")
    return repo


def run_step(repo: GitRepo, **inputs: str) -> subprocess.CompletedProcess[str]:
    copylint = shutil.which("copylint", path=str(Path(sys.executable).parent))
    assert copylint, "copylint is not installed beside this Python"
    env = {**repo.env, "COPYLINT": copylint}
    for name in ("paths", "changed-since", "baseline", "fail-on", "sarif-file", "html-file"):
        env[f"INPUT_{name.upper().replace('-', '_')}"] = inputs.get(name, "")
    env["INPUT_ARGS"] = inputs.get("args", "")
    env.setdefault("INPUT_PATHS", ".")
    if "paths" not in inputs:
        env["INPUT_PATHS"] = str(action()["inputs"]["paths"]["default"])
    return subprocess.run(
        ["bash", "-c", step("Run copylint")["run"]],
        cwd=repo.root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_run_step_annotates_only_the_new_line_and_writes_reports(pull_request: GitRepo) -> None:
    result = run_step(
        pull_request,
        **{"changed-since": "main", "sarif-file": "out/copylint.sarif", "html-file": "r.html"},
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "::error file=stories/new story.md,line=3,col=14,endLine=3,endColumn=17,"
        'title=repetition/doubled-word::Doubled word "was" (suggestion: was)'
    ]
    sarif = json.loads((pull_request.root / "out/copylint.sarif").read_text())
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["repetition/doubled-word"]
    assert "<mark class='hl sev-error'" in (pull_request.root / "r.html").read_text()


def test_run_step_passes_options_and_paths_with_spaces(pull_request: GitRepo) -> None:
    result = run_step(
        pull_request,
        paths="archive/old story.md\n  \n",
        args="--select whitespace",
    )
    assert (result.returncode, result.stdout) == (0, "")
    result = run_step(pull_request, paths="archive/old story.md\r\n", **{"fail-on": "info"})
    assert result.returncode == 1 and "file=archive/old story.md" in result.stdout


def test_run_step_exits_two_on_a_usage_error(pull_request: GitRepo) -> None:
    result = run_step(pull_request, **{"changed-since": "no-such-ref", "sarif-file": "x.sarif"})
    assert result.returncode == 2
    assert "no-such-ref" in result.stderr


def test_the_action_path_is_the_repository_root() -> None:
    # pip installs "$GITHUB_ACTION_PATH": the directory of action.yml must be the project.
    assert (REPO / "action.yml").parent == (REPO / "pyproject.toml").parent
    assert os.path.isfile(REPO / "pyproject.toml")


def test_run_step_runs_copylint_once_and_writes_the_job_summary(
    pull_request: GitRepo, tmp_path: Path
) -> None:
    calls = tmp_path / "calls.log"
    real = shutil.which("copylint", path=str(Path(sys.executable).parent))
    wrapper = tmp_path / "copylint-wrapper"
    wrapper.write_text(f'#!/bin/bash\necho run >> "{calls}"\nexec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n")
    script = step("Run copylint")["run"]
    env = {
        **pull_request.env,
        "COPYLINT": str(wrapper),
        "GITHUB_STEP_SUMMARY": str(summary),
        "INPUT_PATHS": ".",
        "INPUT_CHANGED_SINCE": "",
        "INPUT_BASELINE": "",
        "INPUT_FAIL_ON": "",
        "INPUT_SARIF_FILE": "c.sarif",
        "INPUT_HTML_FILE": "c.html",
        "INPUT_ARGS": "",
    }
    result = subprocess.run(
        ["bash", "-c", script], cwd=pull_request.root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 1, result.stderr
    assert calls.read_text() == "run\n"  # one run renders every report
    assert result.stdout.count("::error ") == 2  # the legacy story and the new one
    sarif = json.loads((pull_request.root / "c.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == 2
    assert (pull_request.root / "c.html").read_text().count("<mark class='hl sev-error'") == 2
    text = summary.read_text()
    assert text.startswith("earlier step\n## copylint\n")  # appended, not overwritten
    assert "| repetition/doubled-word | error | 2 |" in text
    assert "| stories/new story.md | 3 | error | repetition/doubled-word |" in text


def test_summary_cells_cannot_break_the_table_or_inject_markup() -> None:
    from copylint.output.summary_format import cell

    assert cell("a | b\n<script>*x*</script> [l](u)") == (
        "a &#124; b &lt;script&gt;&#42;x&#42;&lt;/script&gt; &#91;l&#93;(u)"
    )
