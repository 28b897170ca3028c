"""The editor configurations of the README's "In your editor" section are what they claim:
each block parses in its own language and starts `copylint lsp` (the Neovim block runs for
real in test_neovim.py; the Emacs Lisp one is evaluated by Debian's Emacs)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.helpers import REPO

COMMAND = ["copylint", "lsp"]


def readme_block(editor: str, language: str) -> str:
    """The first ``language`` code block after the bold ``editor`` label of the section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## In your editor\n", 1)[1].split("\n## ", 1)[0]
    after = section.split(f"**{editor}**", 1)[1]
    return after.split(f"```{language}\n", 1)[1].split("```", 1)[0]


def editor(command: str, package: str) -> str:
    """The editor's executable; a skip where it is absent, unless COPYLINT_REQUIRE_EDITOR=1
    (set by .ci/run, which installs it) makes that a failure, so CI cannot pass by skipping."""
    found = shutil.which(command)
    if found is None:
        reason = f"{command} is not installed (apt-get install {package})"
        if os.environ.get("COPYLINT_REQUIRE_EDITOR") == "1":
            pytest.fail(f"COPYLINT_REQUIRE_EDITOR=1 but {reason}")
        pytest.skip(reason)
    return found


def test_helix_languages_toml() -> None:
    config = tomllib.loads(readme_block("Helix", "toml"))
    server = config["language-server"]["copylint"]
    assert [server["command"], *server["args"]] == COMMAND
    [markdown] = [lang for lang in config["language"] if lang["name"] == "markdown"]
    assert "copylint" in markdown["language-servers"]


def test_vs_code_settings_json() -> None:
    settings = json.loads(readme_block("VS Code", "json"))
    assert [settings["glspc.serverCommand"], *settings["glspc.serverCommandArguments"]] == COMMAND
    assert settings["glspc.languageId"] == "markdown"


def test_sublime_text_lsp_settings() -> None:
    client = json.loads(readme_block("Sublime Text", "json"))["clients"]["copylint"]
    assert client["command"] == COMMAND and client["enabled"] is True
    assert set(client["selector"].split(" | ")) == {"text.html.markdown", "text.plain"}


def test_zed_settings_json() -> None:
    binary = json.loads(readme_block("Zed", "json"))["lsp"]["copylint"]["binary"]
    assert [binary["path"], *binary["arguments"]] == COMMAND


#: Evaluates the README's block, then loads a stand-in for eglot's variable (Debian's Emacs 28
#: has no eglot; 29 has it built in) and prints the entry the block added for copylint.
EMACS_CHECK = """
(with-temp-buffer
  (insert-file-contents (getenv "COPYLINT_ELISP"))
  (condition-case nil
      (while t (eval (read (current-buffer)) t))
    (end-of-file nil)))
(defvar eglot-server-programs nil)
(provide 'eglot)
(princ (format "%S\\n%S\\n" (car eglot-server-programs) (memq 'eglot-ensure markdown-mode-hook)))
"""


def test_emacs_eglot_block_evaluates(tmp_path: Path) -> None:
    emacs = editor("emacs", "emacs-nox")
    block = tmp_path / "copylint.el"
    block.write_text(readme_block("Emacs", "elisp"), encoding="utf-8")
    done = subprocess.run(
        [emacs, "-Q", "--batch", "--eval", f"(progn {EMACS_CHECK})"],
        env={**os.environ, "COPYLINT_ELISP": str(block)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    entry, hooked = done.stdout.splitlines()
    assert entry == '((markdown-mode text-mode) "copylint" "lsp")'
    assert hooked.startswith("(eglot-ensure")
