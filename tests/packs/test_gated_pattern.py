"""A rule module's gated pattern finds what the pattern itself finds, and is not compiled on a
text that lacks what it requires."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.attribution.according_to_overuse import _ACCORDING_TO
from copylint.packs.presence import GatedPattern

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
    assert "_compiled" not in vars(gated)
    assert [m.group() for m in gated.finditer("Talks ended, According  to CNN.")] == [
        "According  to"
    ]
    assert "_compiled" in vars(gated)
