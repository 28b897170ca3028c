"""A pattern tried only where the phrase index found one of its phrases finds what a scan of
the whole text finds: attribution/inverted's own pattern, on generated articles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.attribution.inverted import _pattern
from copylint.lexicon.attribution import attribution_words

PIECES = ["said", "Said", "SAID", "says", "asked", "added", "replied", " ", "  ", "\t", "\n",
          "he", "she", "I", "it", "in", "we", "you", "they", ".", ",", '"', "”", "x", "ß",
          "ﬁ", "İ", "—"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_anchored_pattern_finds_what_its_scan_finds(text: str) -> None:
    pattern = _pattern(attribution_words().inverted)
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in pattern.compiled.finditer(text)]


def test_a_text_without_the_phrases_finds_nothing() -> None:
    pattern = _pattern(attribution_words().inverted)
    assert list(pattern.finditer("The minister spoke; he left.")) == []
    assert [m.group() for m in pattern.finditer('"No," said  she.')] == ["said  she"]
