"""Regenerate ``rules/compact-toml.jsonl``: the built-in TOML files in the form a run loads.

    python -m copylint.compact_toml            # after changing a pack or a word list
    python -m copylint.compact_toml --check    # exit 1 when it is out of date

The TOML files stay the truth, reviewed in diffs; parsing them (tomllib is pure Python) took a
sixth of a one-draft check, so a run reads each from its JSON form instead, which the C JSON
reader parses in a fraction of that time. Each line is ``path<TAB>CRC-32<TAB>data``: a file
whose bytes no longer have that CRC-32 is parsed as TOML (:func:`copylint.resources.load_toml`),
so a stale form costs time, never a wrong answer. Only data, never code: no pickle.
"""

from __future__ import annotations

import argparse
import json
import tomllib
import zlib
from collections.abc import Callable
from pathlib import Path

from copylint.resources import COMPACT_TOML, rules_dir


def sources(root: Path) -> list[Path]:
    """Every built-in TOML file under ``root``, in a stable order."""
    return sorted(root.rglob("*.toml"), key=lambda path: path.relative_to(root).as_posix())


def render(root: Path) -> str:
    """The compact form of the TOML files under ``root``."""
    lines = []
    for path in sources(root):
        data = path.read_bytes()
        parsed = tomllib.loads(data.decode("utf-8"))
        text = json.dumps(parsed, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        if json.loads(text) != parsed:  # a date or a time: JSON has no such value
            raise SystemExit(f"{path}: holds a value JSON cannot represent; keep it out of rules/")
        lines.append(f"{path.relative_to(root).as_posix()}\t{zlib.crc32(data)}\t{text}\n")
    return "".join(lines)


def stale(root: Path, output: Path) -> bool:
    """Whether ``output`` is not what :func:`render` makes of ``root`` now."""
    try:
        return output.read_text(encoding="utf-8") != render(root)
    except OSError:
        return True


def regenerate(
    argv: list[str] | None, doc: str, module: str, output: Path, render: Callable[[], str]
) -> int:
    """The command line of a generated file: with ``--check``, exit 1 when ``output`` is not
    what ``render`` makes now; else write it (whole, through a scratch file)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    if args.check:
        try:
            current = output.read_text(encoding="utf-8") == render()
        except OSError:
            current = False
        if not current:
            print(f"{output}: out of date; run python -m {module}")
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    scratch = output.with_suffix(".tmp")
    scratch.write_text(render(), encoding="utf-8")
    scratch.replace(output)
    print(f"-> {output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    root = rules_dir()
    output = root.joinpath(*COMPACT_TOML)
    return regenerate(argv, __doc__ or "", "copylint.compact_toml", output, lambda: render(root))


if __name__ == "__main__":
    raise SystemExit(main())
