"""The declarative rule kinds, one module each (their base is :mod:`copylint.packs.kinds.base`)."""

from __future__ import annotations

from typing import Any

from copylint.packs.kinds.base import PackRule
from copylint.packs.kinds.capitalization import CapitalizationRule
from copylint.packs.kinds.consistency import ConsistencyRule
from copylint.packs.kinds.existence import ExistenceRule
from copylint.packs.kinds.occurrence import OccurrenceRule
from copylint.packs.kinds.substitution import SubstitutionRule

__all__ = ["KINDS", "PackRule"]

#: Each kind by the name a pack entry gives in ``kind``.
KINDS: dict[str, type[PackRule[Any]]] = {
    "existence": ExistenceRule,
    "substitution": SubstitutionRule,
    "consistency": ConsistencyRule,
    "occurrence": OccurrenceRule,
    "capitalization": CapitalizationRule,
}
