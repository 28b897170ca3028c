"""Config and packs from an untrusted repository cannot run code.

copylint reads them as TOML data only: no value is evaluated, compiled or imported, rule code
comes only from copylint itself and from installed distributions' entry points, and messages
take only plain placeholders (no attribute lookups, no format specs). The end-to-end test runs
the real command under a Python audit hook that records every compile, exec, import and
process start, and checks that none of them involves the repository's strings.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import REPO, cli

MARK = "PWNED"
PAYLOAD = f"__import__('os').system('touch {MARK}')"

HOSTILE_PACK = f'''
[[rule]]
id = "usage/hostile"
kind = "substitution"
summary = "{PAYLOAD}"
what = "{{match.__class__.__mro__}} {PAYLOAD}"
why = "eval({PAYLOAD})"
message = "Write '{{replacement}}' for '{{match}}' {{{{ {PAYLOAD} }}}}"
swap = {{ "{MARK.lower()}" = "{PAYLOAD}", "exec" = "{{match.__init__.__globals__}}" }}
references = ["{PAYLOAD}"]
bad = ["A {MARK.lower()} here."]
good = ["{PAYLOAD}"]

[[rule]]
id = "usage/hostile-patterns"
kind = "existence"
summary = "x"
why = "y"
message = "{{match}} {{{{match.__class__}}}}"
patterns = ["(?#{MARK} os.system)pwned"]
tokens = ["{PAYLOAD}", "os.system"]
bad = ["pwned"]
good = ["fine"]
'''

HOSTILE_CONFIG = f"""
rules-dirs = ["house"]
words = ["{PAYLOAD}", "{{0.__class__}}"]
exclude = ["{PAYLOAD}"]
locale = "{PAYLOAD}"

[rules."usage/hostile"]
severity = "info"
"""

#: Runs copylint under an audit hook; prints the audited events that touch the payload.
_AUDITED_RUN = textwrap.dedent(
    """
    import json, sys
    seen = []

    def hook(event, args):
        if event in ("exec", "compile", "import", "os.system", "subprocess.Popen",
                     "os.exec", "os.posix_spawn", "ctypes.dlopen") and "PWNED" in repr(args):
            seen.append([event, repr(args)[:200]])

    sys.addaudithook(hook)
    from copylint.cli import main
    try:
        main(sys.argv[1:])
    finally:
        print(json.dumps(seen), file=sys.stderr)
    """
)


def hostile_repository(directory: Path) -> None:
    (directory / "house").mkdir()
    (directory / "house" / "hostile.toml").write_text(HOSTILE_PACK)
    # Python files in a rules directory are never imported: only *.toml is read.
    (directory / "house" / "__init__.py").write_text(f"open('{MARK}-init', 'w')\n")
    (directory / "house" / "hostile.py").write_text(f"open('{MARK}-module', 'w')\n")
    (directory / ".copylint.toml").write_text(HOSTILE_CONFIG)
    (directory / "story.txt").write_text(f"A {MARK.lower()} story on on exec day.\n")


def test_hostile_config_and_pack_are_only_data(tmp_path: Path) -> None:
    hostile_repository(tmp_path)
    for command in (
        ["check", "--format", "json", "story.txt"],
        ["rules"],
        ["explain", "usage/hostile"],
    ):
        result = subprocess.run(
            [sys.executable, "-c", _AUDITED_RUN, *command],
            cwd=tmp_path,
            capture_output=True,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
            timeout=120,
        )
        events = json.loads(result.stderr.decode().strip().splitlines()[-1])
        assert events == [], events
        assert not list(tmp_path.glob(f"{MARK}*")), "code from the repository ran"
    report = json.loads(
        subprocess.run(
            [sys.executable, "-m", "copylint", "check", "--format", "json", "story.txt"],
            cwd=tmp_path,
            capture_output=True,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
            timeout=120,
        ).stdout
    )
    messages = sorted((d["rule"], d["message"]) for d in report["diagnostics"])
    # The payloads are shown as the text they are, braces and all; nothing was looked up.
    assert messages == [
        ("repetition/doubled-word", 'Doubled word "on"'),
        ("usage/hostile", f"Write '{PAYLOAD}' for '{MARK.lower()}' {{ {PAYLOAD} }}"),
        ("usage/hostile", f"Write '{{match.__init__.__globals__}}' for 'exec' {{ {PAYLOAD} }}"),
        ("usage/hostile-patterns", "pwned {match.__class__}"),
    ]


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("{match.__class__}", "unknown placeholder {match.__class__}"),
        ("{match.__class__.__init__.__globals__}", "unknown placeholder"),
        ("{match[0]}", "unknown placeholder {match[0]}"),
        ("{0}", "unknown placeholder {0}"),
        ("{}", "unknown placeholder {}"),
        ("{__builtins__}", "unknown placeholder {__builtins__}"),
        ("{match:>999999999}", "write placeholders as plain {match}"),
        ("{match!r}", "write placeholders as plain {match}"),
        ("{match:{match}}", "write placeholders as plain {match}"),
        ("{match", "is malformed"),
    ],
)
def test_message_placeholders_cannot_reach_into_objects(
    tmp_path: Path, message: str, error: str
) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "p.toml").write_text(
        '[[rule]]\nid = "usage/x"\nkind = "existence"\nsummary = "s"\nwhy = "w"\n'
        f"tokens = ['pwned']\nmessage = {json.dumps(message)}\nbad = ['pwned']\ngood = ['b']\n"
    )
    (tmp_path / ".copylint.toml").write_text('rules-dirs = ["house"]\n')
    (tmp_path / "a.txt").write_text("pwned\n")
    result = cli("check", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("copylint: error: ")
    assert "p.toml: rule 'usage/x': message" in result.stderr and error in result.stderr


@pytest.mark.parametrize(
    "config",
    [
        'plugins = ["os"]\n',
        'import = "os"\n',
        '[tool]\nplugin = "evil:main"\n',
        'rules = { "usage/x" = { module = "os" } }\n',
    ],
)
def test_config_cannot_name_code_to_import(tmp_path: Path, config: str) -> None:
    (tmp_path / ".copylint.toml").write_text(config)
    (tmp_path / "a.txt").write_text("Clean.\n")
    result = cli("check", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and ".copylint.toml" in result.stderr
