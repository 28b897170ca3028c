"""Regenerate ``rules/compact-requirements.json``: what the built-in packs' expressions require.

    python -m copylint.compact_requirements            # after changing a pack
    python -m copylint.compact_requirements --check    # exit 1 when it is out of date

A pack expression is compiled only for a text that has what it requires
(:mod:`copylint.packs.required`); reading that from the seventy expressions a check meets took
about 6 ms, 3% of a one-draft check. The file lists each built-in expression's requirements,
read here, and the CRC-32 of the code that read them
(:func:`copylint.packs.required.reader_version`): after that code changes, the file is not
used, so a stale file costs time, never an answer; an expression it does not list is read at
run time. Only data, never code.
"""

from __future__ import annotations

import json

from copylint.compact_toml import regenerate
from copylint.packs import required
from copylint.resources import rules_dir


def expressions() -> list[str]:
    """Every expression the built-in rules ask the requirements of when they check a text
    (each pack entry's regular expressions, met on any text; context conditions, met where
    one of their phrases is: those of the warm-up text; the rule modules' gated patterns)."""
    from copylint.config import Settings
    from copylint.engine import Linter
    from copylint.packs.presence import GATED

    seen: dict[str, None] = {}
    required.ASKED.append(seen)
    try:
        Linter(Settings(select=("ALL",), preview=True)).warm_up()
    finally:
        required.ASKED.remove(seen)
    return sorted({*seen, *GATED})


def render() -> str:
    table = {}
    for source in expressions():
        found = required.read_requirements(source)
        table[source] = None if found is None else [sorted(strings) for strings in found]
    saved = {"reader": required.reader_version(), "requirements": table}
    return json.dumps(saved, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    output = rules_dir().joinpath(*required.COMPACT_REQUIREMENTS)
    return regenerate(argv, __doc__ or "", "copylint.compact_requirements", output, render)


if __name__ == "__main__":
    raise SystemExit(main())
