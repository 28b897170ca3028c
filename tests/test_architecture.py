"""The import layering of pyproject's ``[tool.importlinter]`` holds: no cycle, no upward import
(rules read analyses, analyses read the document and lexicon, never the reverse)."""

from __future__ import annotations

import shutil
import subprocess

from tests.helpers import REPO


def test_import_layers_hold() -> None:
    lint_imports = shutil.which("lint-imports")
    assert lint_imports, "import-linter is a test dependency: pip install -e '.[test]'"
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
