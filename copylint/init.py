"""``copylint init``: scaffold a newsroom repository's copylint setup.

Writes ``.copylint.toml`` (commented defaults), ``.pre-commit-config.yaml`` (the copylint
hook) and ``.github/workflows/copylint.yml`` (the Action on pull requests). A file that exists
is left alone and named, so running it again never loses an edit. copylint has no release tag
yet, so the pre-commit ``rev`` and the Action's ref say ``main``; ``pre-commit autoupdate
--freeze`` pins the newest commit.
"""

from __future__ import annotations

from pathlib import Path

from copylint.fix import write_atomically

CONFIG = """\
# copylint: the house settings (see `copylint rules` and `copylint explain RULE`).
# Files are checked with the config nearest to them; command-line options win over this file.
# error | warning | info. "error": confident mistakes fail CI; warnings (a word with
# no likely correction, often a name or another language) are shown without failing it.
fail-on = "error"
include = ["*.md", "*.markdown", "*.txt"]
exclude = []                     # e.g. ["archive/2009/**"]
words = []                       # the house dictionary: names and terms the desk accepts
# word-files = ["house-words.txt"]

# [per-file-ignores]
# "wire/**" = ["attribution"]

# [rules."repetition/doubled-word"]
# severity = "warning"
"""

PRE_COMMIT = """\
# pre-commit hooks (https://pre-commit.com); run `pre-commit install` once.
# copylint has no release tag yet: `pre-commit autoupdate --freeze` pins the newest commit.
repos:
  - repo: https://github.com/copylint/copylint
    rev: main
    hooks:
      - id: copylint          # block a commit whose articles have problems
      # - id: copylint-fix    # or: apply the safe fixes, then report what is left
"""

WORKFLOW = """\
# copylint on every pull request: annotations, a job summary of every finding.
name: copylint
on:
  pull_request:
permissions:
  contents: read
jobs:
  copylint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # --changed-since needs the history back to the base branch
      - uses: copylint/copylint@main  # pin a commit SHA for reproducible runs
        with:
          changed-since: origin/${{ github.base_ref }}
"""

FILES = {
    ".copylint.toml": CONFIG,
    ".pre-commit-config.yaml": PRE_COMMIT,
    ".github/workflows/copylint.yml": WORKFLOW,
}


def scaffold(root: Path) -> list[str]:
    """Write the files that do not exist yet under ``root``; one line per file."""
    lines = []
    for name, text in FILES.items():
        path = root / name
        if path.exists():
            lines.append(f"{name}: exists, left alone")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(str(path), text)
        lines.append(f"{name}: written")
    return lines
