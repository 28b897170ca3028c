"""Pack entries whose patterns hold no letter that reads case compile without IGNORECASE
(``ignore-case = false``, a cheaper scan): each finds what it found in any case, compared on
generated articles with a house copy of itself as first written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.model import Diagnostic
from copylint.resources import rules_dir
from tests.helpers import lint
from tests.packs.support import write_pack

#: Each rewritten entry and its pack file.
REWRITTEN = {
    "headline/quotation-marks": "headlines.toml",
    "punctuation/doubled": "punctuation.toml",
}

PIECES = ["# ", "\n\n", '"', "“", "”", "Our", "town", "ÉTÉ", "ß", "..", ".", ",,", ";;", ",",
          ";", ")", "]", "’", " ", "a", "1", "/", "\n"]  # fmt: skip


def _as_first_written(rule_id: str, pack: str) -> str:
    """The entry's ``[[rule]]`` block, in any case (the default), as ``FAMILY/was-NAME``."""
    text = (rules_dir() / "ap" / pack).read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=\[\[rule\]\])", text)
    (block,) = [b for b in blocks if f'id = "{rule_id}"\n' in b]
    assert "ignore-case = false\n" in block
    family, name = rule_id.split("/")
    block = block.replace("ignore-case = false\n", "")
    return block.replace(f'id = "{rule_id}"', f'id = "{family}/was-{name}"')


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("house")
    write_pack(directory, "".join(_as_first_written(i, p) for i, p in REWRITTEN.items()))
    return directory


def _found(diagnostics: list[Diagnostic], rule_id: str) -> list[tuple[object, ...]]:
    return [(d.span, d.message, d.suggestions) for d in diagnostics if d.rule == rule_id]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_entries_find_what_they_found_in_any_case(house: Path, text: str) -> None:
    old_ids = [i.replace("/", "/was-") for i in REWRITTEN]
    found = lint(text, fmt="markdown", select=[*REWRITTEN, *old_ids], rules_dirs=(house,))
    for rule_id, old_id in zip(REWRITTEN, old_ids, strict=True):
        assert _found(found, rule_id) == _found(found, old_id)
