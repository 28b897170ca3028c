"""The README's rule table lists every rule of the default registry, as the registry says."""

from __future__ import annotations

import re

from copylint.config import Settings
from copylint.registry import Registry
from tests.helpers import REPO

ROW = re.compile(r"^\| `([^`]+)` \| (error|warning|info) \| (.+) \|$")


def test_rule_table_matches_the_registry() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): (m.group(2), m.group(3)) for m in map(ROW.match, readme.splitlines()) if m}
    expected = {
        spec.info.id: (
            spec.info.severity.label,
            spec.info.summary + (" (preview)" if spec.info.preview else ""),
        )
        for spec in Registry.load(Settings())
    }
    assert rows == expected
