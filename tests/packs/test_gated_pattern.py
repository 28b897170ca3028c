"""A rule module's gated pattern finds what the pattern itself finds, and is not compiled on a
text that lacks what it requires."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.attribution.according_to_overuse import _ACCORDING_TO
from copylint.packs import presence
from copylint.packs.lazy import LazyPattern
from copylint.packs.presence import GatedPattern


@pytest.fixture(autouse=True)
def _own_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns made here stay out of the built-in rules' (compact-requirements.json)."""
    monkeypatch.setattr(presence, "GATED", [])


PIECES = ["according", "According", "ACCORDING", "to", "To", " ", "  ", "\n", "\t", "\u00a0",
          ",", ".", "the", "Reuters", "plan", "x", "accord", "ing", "\u017f", "\u0130"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_it_finds_what_the_pattern_finds(text: str) -> None:
    gated = GatedPattern(_ACCORDING_TO.source, _ACCORDING_TO.flags)
    plain = regex.compile(_ACCORDING_TO.source, _ACCORDING_TO.flags)
    assert [m.span() + m.groups() for m in gated.finditer(text)] == [
        m.span() + m.groups() for m in plain.finditer(text)
    ]


def test_it_is_compiled_only_for_a_text_that_may_match() -> None:
    gated = GatedPattern(r"according\s+to", regex.IGNORECASE | regex.VERSION1)
    assert list(gated.finditer("The talks went on, officials said.")) == []
    assert "compiled" not in vars(gated)
    assert [m.group() for m in gated.finditer("Talks ended, According  to CNN.")] == [
        "According  to"
    ]
    assert "compiled" in vars(gated)


def test_a_lazy_pattern_compiles_on_first_use_and_reads_as_the_pattern() -> None:
    lazy = LazyPattern(r"(?<![\p{L}\p{N}])[KW][A-Z]{2,3}\b", regex.VERSION1)
    assert "compiled" not in vars(lazy)
    text = "NBC affiliate WXYZ reported; KSL and kxyz did too."
    plain = regex.compile(lazy.source, lazy.flags)
    assert [m.span() for m in lazy.finditer(text, 5, 40)] == [
        m.span() for m in plain.finditer(text, 5, 40)
    ]
    assert lazy.search(text, 20) is not None and lazy.search(text, 20).span() == (29, 32)
    assert lazy.match(text, 14) is not None and lazy.match(text) is None
    assert "compiled" in vars(lazy)
