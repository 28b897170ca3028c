"""``copylint check-packs DIR``: a house pack's examples run as the test suite runs built-ins.

Every ``[[rule]]`` entry documents itself with ``bad``, ``good`` and (optionally) ``fixed``
texts. Loading validates the keys; this runs the examples: each bad text must be flagged by
its rule, each good text must not be, and each fixed text must be what ``--fix`` makes of the
bad one. A pack whose examples fail would teach the desk one thing and do another.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from copylint.config import Settings
from copylint.engine import Linter
from copylint.files import SourceFile
from copylint.packs import load_pack_file
from copylint.registry import Registry
from copylint.resources import pack_files
from copylint.rule import Example, RuleInfo
from copylint.runner import fix_source, lint_source


def _settings(base: Settings, info: RuleInfo, example: Example, directory: Path) -> Settings:
    values = dict(example.settings)
    words = frozenset(values.pop("words", ())) | base.words
    return base.replace(
        select=(info.id,),
        extend_select=(),
        ignore=(),
        rules_dirs=(*base.rules_dirs, directory.resolve()),
        rule_options={info.id: dict(example.options)} if example.options else {},
        per_file_ignores={},
        words=words,
        **values,
    )


def _run(registry: Registry, settings: Settings, example: Example) -> tuple[list[str], str]:
    """The rule ids the example's text is flagged with, and the text after ``--fix``."""
    linter = Linter(settings, registry)
    name = "example.md" if example.format == "markdown" else "example.txt"
    source = SourceFile(name, example.text)
    found = [d.rule for d in lint_source(linter, source, example.format).diagnostics]
    fixed, _, _ = fix_source(linter, source, example.format)
    return found, fixed


def check_packs(directory: Path, base: Settings) -> Iterator[str]:
    """One line per failing example (nothing when every example holds)."""
    registry = Registry.load(base.replace(rules_dirs=(*base.rules_dirs, directory.resolve())))
    for path in pack_files(directory):
        specs, _ = load_pack_file(path)
        for spec in specs:
            info = spec.info
            for number, example in enumerate(info.docs.bad, 1):
                found, fixed = _run(registry, _settings(base, info, example, directory), example)
                if info.id not in found:
                    yield f"{path}: rule {info.id!r}: bad example {number} is not flagged: " + repr(
                        example.text
                    )
                elif example.fixed is not None and fixed != example.fixed:
                    yield (
                        f"{path}: rule {info.id!r}: bad example {number} fixes to {fixed!r}, "
                        f"not the documented {example.fixed!r}"
                    )
            for number, example in enumerate(info.docs.good, 1):
                found, _ = _run(registry, _settings(base, info, example, directory), example)
                if info.id in found:
                    yield f"{path}: rule {info.id!r}: good example {number} is flagged: " + repr(
                        example.text
                    )
