"""Phrase lists of declarative entries: a document is searched only for the phrases whose
words it holds, each phrase on its own, and that finds exactly what the one pattern of every
phrase finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs import Entry, terms
from copylint.packs.terms import Hit, Matcher

#: Pieces that make case folding, word boundaries and white space interesting.
PIECES = ["a", "b", "A", "B", "ss", "SS", "ß", "ẞ", "i", "I", "İ", "ı", "σ", "Σ", "ς", "é",
          "e\u0301", "1", "²", " ", "  ", "\n", "-", "'", "’", ".", "ﬁ", "fi"]  # fmt: skip
WORDS = ["a", "b", "ab", "A b", "ss", "ß", "İ", "i", "σς", "fi", "ﬁ", "é", "e\u0301", "a-b",
         "a'b", "1", "b a", "a  b", "ab.", "-a"]  # fmt: skip


def matcher(phrases: list[str], ignore_case: bool, **conditions: object) -> Matcher:
    entry = Entry(Path("test.toml"), 0, {"id": "usage/test", **conditions})
    return Matcher.compile(entry, phrases, ignore_case=ignore_case)


def spans(hits: object) -> list[tuple[int, int, int]]:
    return [(h.start, h.end, h.term) for h in hits]  # type: ignore[attr-defined]


def full_search(m: Matcher, text: str) -> list[Hit]:
    """What the subset search replaces: every phrase in one pattern, whatever the text."""
    search = m._search(tuple(range(len(m.literals))))
    found = []
    for match in search.pattern.finditer(text):
        if match.end() > match.start():
            hit = m._resolve(search, text, match)
            if hit is not None:
                found.append(hit)
    return found


TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
PHRASES = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, phrases=PHRASES, ignore_case=st.booleans())
def test_skipping_phrases_whose_words_are_absent_loses_no_match(
    text: str, phrases: list[str], ignore_case: bool
) -> None:
    m = matcher(phrases, ignore_case)
    found = spans(m._hits(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(terms, "text_atoms", lambda text, fold: _EVERYTHING)
        assert found == spans(m._hits(text))


class _Everything(frozenset[str]):
    """A set that holds every word: with it, no phrase is skipped."""

    def __ge__(self, other: object) -> bool:
        return True


_EVERYTHING = _Everything()


def _single_folds(pieces: list[str]) -> list[str]:
    """The pieces without special case folding. The regex module folds "ß" to "ss", "ﬁ" to
    "fi" and "ς" to "σ" in a pattern of its own but not inside an alternation's group, so there
    the phrase-by-phrase search (the consistent one) and the one pattern differ; the test above
    covers those pieces for the skipping of absent phrases."""
    special = set("ßẞﬁİıσΣς")
    return [p for p in pieces if not special & set(p)]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(_single_folds(PIECES)), max_size=30).map("".join),
    phrases=st.lists(st.sampled_from(_single_folds(WORDS)), min_size=1, max_size=5),
    ignore_case=st.booleans(),
)
def test_phrase_by_phrase_search_finds_what_the_one_pattern_finds(
    text: str, phrases: list[str], ignore_case: bool
) -> None:
    m = matcher(phrases, ignore_case)
    assert spans(m._hits(text)) == spans(full_search(m, text))


def test_longest_phrase_wins_where_several_start() -> None:
    m = matcher(["past", "past history", "history"], ignore_case=True)
    text = "Their Past\nHistory matters; history repeats."
    assert [text[h.start : h.end] for h in m._hits(text)] == ["Past\nHistory", "history"]


def test_phrase_is_matched_as_whole_words_only() -> None:
    m = matcher(["cat"], ignore_case=True)
    assert spans(m._hits("concatenate cats, a cat.")) == [(20, 23, 0)]


def test_text_without_the_words_compiles_nothing() -> None:
    m = matcher([f"word{i} phrase" for i in range(500)], ignore_case=True)
    assert list(m._hits("A text about something else entirely.")) == []
    assert m._phrases == {}
    assert spans(m._hits("See word7  phrase.")) == [(4, 17, 7)]
    assert list(m._phrases) == [7]


def test_conditions_still_apply_to_the_subset() -> None:
    m = matcher(["Nov"], ignore_case=False, **{"followed-by": r"\s+\d"})
    assert spans(m._hits("In Nov the vote. On Nov 5 it passed.")) == [(20, 23, 0)]
