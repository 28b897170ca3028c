"""Check that a change meant only for speed leaves every finding as it was.

A speed change must not move a single diagnostic. This script runs ``copylint check`` with
JSON output, no cache and one process over a fixed set of inputs (the fixtures, the seed
draft, the evaluation corpus when it is present, and any archive you name), each with the
default settings, with ``--preview`` and with ``--no-config``, and either saves the outputs
or compares them byte for byte with saved ones:

    python benchmarks/same_findings.py --save /tmp/findings-before /tmp/cbench/archive-100000
    # ... change the code ...
    python benchmarks/same_findings.py --compare /tmp/findings-before /tmp/cbench/archive-100000

It exits 1 and names each run whose output differs (with the first differing line).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VARIANTS: dict[str, list[str]] = {
    "default": [],
    "preview": ["--preview"],
    "no-config": ["--no-config"],
}


def inputs(archives: list[Path]) -> dict[str, Path]:
    """Each input set by a short name: fixtures, seed, corpus (when present), archives."""
    named = {"fixtures": ROOT / "fixtures"}
    for name, path in (("seed", SHARED / "seed"), ("corpus", SHARED / "corpus")):
        if path.is_dir():
            named[name] = path
    for archive in archives:
        named[archive.name] = archive
    return named


def run(path: Path, flags: list[str]) -> bytes:
    """copylint's JSON report on ``path``: one process, no cache, from the project root."""
    command = [sys.executable, "-m", "copylint", "check", "--no-cache", "--jobs", "1"]
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path  # same in any worktree
    command += ["--output-format", "json", *flags, str(shown)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, metavar="DIR", help="write the outputs here")
    mode.add_argument("--compare", type=Path, metavar="DIR", help="compare with outputs here")
    parser.add_argument("archives", type=Path, nargs="*", help="more directories to lint")
    args = parser.parse_args(argv)
    directory: Path = args.save or args.compare
    directory.mkdir(parents=True, exist_ok=True)
    differing = 0
    for name, path in inputs(args.archives).items():
        for variant, flags in VARIANTS.items():
            output = run(path, flags)
            saved = directory / f"{name}.{variant}.json"
            if args.save:
                saved.write_bytes(output)
                findings = output.count(b'"rule":')
                print(f"saved {saved} ({findings} findings)")
                continue
            if not saved.exists():
                print(f"{name} {variant}: nothing saved to compare with ({saved})")
                differing += 1
            elif saved.read_bytes() != output:
                differing += 1
                old, new = saved.read_bytes().splitlines(), output.splitlines()
                pairs = enumerate(zip(old, new, strict=False))
                line = next((i for i, (a, b) in pairs if a != b), None)
                where = f"line {line + 1}" if line is not None else "length"
                print(f"{name} {variant}: DIFFERENT (first at {where})")
            else:
                print(f"{name} {variant}: same")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
