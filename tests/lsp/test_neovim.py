"""A real editor end to end: Debian's Neovim, headless, configured with the README's block,
opens the seed draft and reports the diagnostics it received; they must be the findings of
`copylint check` on the same file (same rules, same spans).

Without Neovim the test skips, unless COPYLINT_REQUIRE_EDITOR=1 (set by .ci/run, which installs
it) makes a missing editor a failure, so CI cannot pass by skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import FIXTURES
from tests.lsp.lspclient import as_client_ranges
from tests.lsp.test_editor_configs import editor, readme_block

pytestmark = pytest.mark.slow

#: Run once the draft is open (after the README's configuration): wait for copylint's findings
#: and write them as Neovim holds them (0-based lines, byte columns) to $COPYLINT_REPORT.
REPORTER = """
local ok = vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(found, {
    source = d.source, code = lsp.code or d.code,
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
  })
end
local out = io.open(os.getenv("COPYLINT_REPORT"), "w")
out:write(vim.fn.json_encode({ ok = ok, version = vim.version(), found = found }))
out:close()
vim.cmd("qa!")
"""


@pytest.mark.parametrize("name", ["blinken-middle-east.md", "blinken-middle-east.txt"])
def test_neovim_shows_the_findings_of_copylint_check(tmp_path: Path, name: str) -> None:
    """The seed draft, as Markdown and as the plain text it was filed in."""
    nvim = editor("nvim", "neovim")
    draft = tmp_path / name
    shutil.copy(FIXTURES / name, draft)
    init = tmp_path / "init.lua"
    init.write_text(readme_block("Neovim", "lua"), encoding="utf-8")
    reporter = tmp_path / "report.lua"
    reporter.write_text(REPORTER, encoding="utf-8")
    report = tmp_path / "report.json"
    environment = {
        **os.environ,
        # `copylint` as installed beside this interpreter, as the README's block expects.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "COPYLINT_REPORT": str(report),
        "XDG_STATE_HOME": str(tmp_path / "state"),  # Neovim's LSP log stays in the test
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    subprocess.run(
        [
            nvim,
            "--headless",
            "-u",
            str(init),
            "-i",
            "NONE",
            "-c",
            f"luafile {reporter}",
            draft.name,
        ],
        cwd=tmp_path,
        env=environment,
        timeout=180,
        check=True,
        capture_output=True,
    )
    received = json.loads(report.read_text(encoding="utf-8"))
    assert received["ok"], "Neovim received no diagnostics from copylint lsp"
    assert {d["source"] for d in received["found"]} == {"copylint"}
    got = sorted(
        (d["code"], d["lnum"], d["col"], d["end_lnum"], d["end_col"]) for d in received["found"]
    )
    text = draft.read_text(encoding="utf-8")
    # The server sent UTF-16 ranges (Neovim offers no other encoding); Neovim turned them into
    # byte columns, so they are compared with copylint check's spans in UTF-8 bytes.
    expected = sorted(
        (rule, r.start.line, r.start.character, r.end.line, r.end.character)
        for rule, r in as_client_ranges(text, "utf-8", str(draft))
    )
    assert len(expected) > 10
    assert got == expected
