"""Phrase lists of declarative entries: the fast matcher finds exactly what one alternation of
the phrases finds, and skips texts that cannot hold a phrase without compiling anything."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs.terms import _LEFT, _RIGHT, PhraseMatcher, phrase_source

#: Pieces that make case folding, word boundaries and white space interesting.
PIECES = ["a", "b", "A", "B", "ss", "SS", "ß", "ẞ", "i", "I", "İ", "ı", "σ", "Σ", "ς", "é",
          "e\u0301", "1", "²", " ", "  ", "\n", "-", "'", "’", ".", "ﬁ", "fi"]  # fmt: skip
WORDS = ["a", "b", "ab", "A b", "ss", "ß", "İ", "i", "σς", "fi", "ﬁ", "é", "e\u0301", "a-b",
         "a'b", "1", "b a", "a  b", "ab.", "-a"]  # fmt: skip


def alternation(phrases: list[str], ignore_case: bool) -> regex.Pattern[str]:
    """What the matcher replaces: one pattern of every phrase, longest first."""
    sources = sorted(dict.fromkeys(phrase_source(p) for p in phrases if p.strip()), key=len)
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(f"{_LEFT}(?:{'|'.join(reversed(sources))}){_RIGHT}", flags)


def spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    phrases=st.lists(st.sampled_from(WORDS), min_size=1, max_size=5),
    ignore_case=st.booleans(),
)
def test_matches_are_those_of_one_alternation(
    text: str, phrases: list[str], ignore_case: bool
) -> None:
    if len(set(map(len, map(phrase_source, phrases)))) < len(set(map(phrase_source, phrases))):
        phrases = phrases[:1]  # equal lengths: the alternation's order among them is arbitrary
    matcher = PhraseMatcher(phrases, ignore_case)
    assert spans(matcher.finditer(text)) == spans(alternation(phrases, ignore_case).finditer(text))


def test_longest_phrase_wins_where_several_start() -> None:
    matcher = PhraseMatcher(["past", "past history", "history"], ignore_case=True)
    found = spans(matcher.finditer("Their Past\nHistory matters; history repeats."))
    assert found == [(6, 18, "Past\nHistory"), (28, 35, "history")]


def test_phrase_is_matched_as_whole_words_only() -> None:
    matcher = PhraseMatcher(["cat"], ignore_case=True)
    assert spans(matcher.finditer("concatenate cats, a cat.")) == [(20, 23, "cat")]


def test_case_sensitive_list_ignores_other_cases() -> None:
    matcher = PhraseMatcher(["US"], ignore_case=False)
    assert spans(matcher.finditer("us and US")) == [(7, 9, "US")]


def test_text_without_the_words_compiles_nothing() -> None:
    matcher = PhraseMatcher([f"word{i} phrase" for i in range(500)], ignore_case=True)
    assert list(matcher.finditer("A text about something else entirely.")) == []
    assert matcher._compiled == {}
    assert spans(matcher.finditer("See word7  phrase.")) == [(4, 17, "word7  phrase")]
    assert list(matcher._compiled) == [matcher._sources.index(phrase_source("word7 phrase"))]
