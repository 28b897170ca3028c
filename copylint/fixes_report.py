"""``--show-fixes``: what ``--fix`` changed, per file and rule, as ruff lists it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copylint.outcome import FileOutcome


def fixes_listing(outcomes: Sequence[FileOutcome]) -> str:
    """One block per fixed file: its path, then ``N × rule`` lines; "No fixes applied." else."""
    lines: list[str] = []
    for outcome in outcomes:
        if not outcome.fixed_rules or not outcome.changed:
            continue
        lines.append(f"{outcome.result.path}:")
        for rule, count in sorted(outcome.fixed_rules.items()):
            lines.append(f"    {count} × {rule}")
    if not lines:
        return "No fixes applied.\n"
    return "\n".join(lines) + "\n"
