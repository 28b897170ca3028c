"""Phrase lists of declarative entries: one Aho-Corasick pass finds the places of every
phrase, each phrase's own pattern confirms them, and that finds exactly what a scan with each
phrase's pattern finds, chosen as one pattern of every phrase would choose."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs.entry import Entry
from copylint.packs.matching import FOLDS_TO_WORD_CHAR, Matcher, word_char
from copylint.packs.patterns import WORD_CHAR, flags, normalize, phrase_pattern
from copylint.packs.phrases import (
    OTHER_SPACE,
    OTHER_SPACE_OUTSIDE_ASCII,
    fold,
    fold_text,
    origins,
    spaced,
)

#: Pieces that make case folding, word boundaries and white space interesting.
PIECES = ["a", "b", "A", "B", "ss", "SS", "ß", "ẞ", "i", "I", "İ", "ı", "σ", "Σ", "ς", "é",
          "e\u0301", "1", "²", " ", "  ", "\n", "-", "'", "’", ".", "ﬁ", "fi", "\u0307", "ſ",
          "\u212a", "k", "\u00a0", "\u0345", "ι"]  # fmt: skip
WORDS = ["a", "b", "ab", "A b", "ss", "ß", "İ", "i", "σς", "fi", "ﬁ", "é", "e\u0301", "a-b",
         "a'b", "1", "b a", "a  b", "ab.", "-a", "ı", "i\u0307", "s", "K", "ſk"]  # fmt: skip


def matcher(phrases: list[str], ignore_case: bool, **conditions: object) -> Matcher:
    entry = Entry(Path("test.toml"), 0, {"id": "usage/test", **conditions})
    return Matcher.compile(entry, phrases, ignore_case=ignore_case)


def spans(hits: object) -> list[tuple[int, int, int]]:
    return [(h.start, h.end, h.term) for h in hits]  # type: ignore[attr-defined]


def phrase_by_phrase(m: Matcher, text: str) -> list[tuple[int, int, int]]:
    """What the automaton replaces: a scan of the whole text with each phrase's own pattern,
    the matches chosen leftmost first, then in the alternation's order."""
    candidates = []
    for index, rank in enumerate(m.literal_priority):
        if rank < len(m.literals):
            for match in m.phrase(index).finditer(text, overlapped=True):
                if match.end() > match.start():
                    candidates.append((match.start(), rank, match.end(), index))
    candidates.sort()
    chosen, end = [], 0
    for start, _, stop, index in candidates:
        if start >= end:
            chosen.append((start, stop, index))
            end = stop
    return chosen


def one_pattern(m: Matcher, text: str, ignore_case: bool) -> list[tuple[int, int, int]]:
    """What the order of the phrases stands for: every phrase in one alternation."""
    first: dict[str, int] = {}
    for index, phrase in enumerate(m.literals):
        first.setdefault(normalize(phrase, ignore_case), index)
    found = []
    for match in phrase_pattern(m.literals, ignore_case).finditer(text):
        if match.end() > match.start():
            term = first.get(normalize(match.group(), ignore_case))
            if term is not None:
                found.append((match.start(), match.end(), term))
    return found


TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
PHRASES = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, phrases=PHRASES, ignore_case=st.booleans())
def test_one_pass_of_the_automaton_finds_what_each_phrase_pattern_finds(
    text: str, phrases: list[str], ignore_case: bool
) -> None:
    m = matcher(phrases, ignore_case)
    assert spans(m._hits(text)) == phrase_by_phrase(m, text)


def _single_folds(pieces: list[str]) -> list[str]:
    """The pieces without special case folding. The regex module folds "ß" to "ss", "ﬁ" to
    "fi" and "ς" to "σ" in a pattern of its own but not inside an alternation's group, so there
    the phrase-by-phrase search (the consistent one) and the one pattern differ; the test above
    covers those pieces."""
    special = set("ßẞﬁİıσΣςſ\u212a\u0307")
    return [p for p in pieces if not special & set(p)]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(_single_folds(PIECES)), max_size=30).map("".join),
    phrases=st.lists(st.sampled_from(_single_folds(WORDS)), min_size=1, max_size=5),
    ignore_case=st.booleans(),
)
def test_phrases_are_chosen_as_one_alternation_would_choose_them(
    text: str, phrases: list[str], ignore_case: bool
) -> None:
    m = matcher(phrases, ignore_case)
    assert spans(m._hits(text)) == one_pattern(m, text, ignore_case)


def test_longest_phrase_wins_where_several_start() -> None:
    m = matcher(["past", "past history", "history"], ignore_case=True)
    text = "Their Past\nHistory matters; history repeats."
    assert [text[h.start : h.end] for h in m._hits(text)] == ["Past\nHistory", "history"]


def test_phrase_is_matched_as_whole_words_only() -> None:
    m = matcher(["cat"], ignore_case=True)
    assert spans(m._hits("concatenate cats, a cat.")) == [(20, 23, 0)]


def test_plain_phrases_compile_no_pattern() -> None:
    m = matcher([f"word{i} phrase" for i in range(500)], ignore_case=True)
    assert list(m._hits("A text about something else entirely.")) == []
    assert spans(m._hits("See WORD7  phrase.")) == [(4, 17, 7)]
    assert m._phrases == {}  # compared as plain text, as its pattern would compare it


def test_a_phrase_compiles_its_pattern_only_where_plain_comparison_cannot_decide() -> None:
    m = matcher(["first", "café crème"], ignore_case=True)
    assert spans(m._hits("A CAFÉ CRÈME first.")) == [(2, 12, 1), (13, 18, 0)]
    assert list(m._phrases) == [1]  # case folding outside ASCII is the regex module's


CONDITIONS = [
    {"followed-by": r"\s"},
    {"not-followed-by": r"\s"},
    {"preceded-by": r"\s"},
    {"not-preceded-by": r"\s"},
    {"followed-by": r"\s+\d"},
    {"not-followed-by": r"[ -]b"},
    {"preceded-by": r"\b(?:a|ss)\s"},
    {"not-preceded-by": r"[\p{N}'-]"},
    {"preceded-by": r"\s", "followed-by": r"\."},
]


@settings(max_examples=400, deadline=None)
@given(
    text=TEXTS,
    phrases=PHRASES,
    ignore_case=st.booleans(),
    conditions=st.sampled_from(CONDITIONS),
)
def test_context_conditions_tested_at_the_ends_decide_as_each_phrase_pattern_does(
    text: str, phrases: list[str], ignore_case: bool, conditions: dict[str, str]
) -> None:
    """A phrase found by plain comparison is kept when the entry's lookbehinds hold at its
    start and its lookaheads at its end: what its own pattern, conditions included, finds."""
    m = matcher(phrases, ignore_case, **conditions)
    assert spans(m._hits(text)) == phrase_by_phrase(m, text)


def test_context_conditions_compile_once_for_the_entry() -> None:
    m = matcher(["two", "three", "four"], ignore_case=True, **{"followed-by": r"\s+\p{Ll}+s\b"})
    assert spans(m._hits("Two dogs, three cats and four.")) == [(0, 3, 0), (10, 15, 1)]
    assert m._phrases == {}  # the phrases compared as text, the condition compiled once


def test_conditions_still_apply_to_the_subset() -> None:
    m = matcher(["Nov"], ignore_case=False, **{"followed-by": r"\s+\d"})
    assert spans(m._hits("In Nov the vote. On Nov 5 it passed.")) == [(20, 23, 0)]


def test_dotted_and_dotless_i_are_found_as_each_phrase_pattern_finds_them() -> None:
    """Python folds "İ" to "i" and a combining dot, the regex module matches it with "i": the
    automaton's view is coarser, so no place the pattern matches is missed."""
    text = "İstanbul, Istanbul, istanbul and ıstanbul; ISTANBUL."
    for phrase in ("İstanbul", "Istanbul", "istanbul", "ıstanbul"):
        m = matcher([phrase], ignore_case=True)
        assert spans(m._hits(text)) == phrase_by_phrase(m, text), phrase
    assert (20, 28, 0) in spans(matcher(["İstanbul"], ignore_case=True)._hits(text))


def test_word_boundary_is_seen_as_the_phrase_pattern_sees_it() -> None:
    """In any case, the combining ypogegrammeni folds to a letter ("ι"), so it continues a
    word for a phrase matched in any case and not for one matched exactly."""
    text = "an a\u0345 here"
    for ignore_case in (True, False):
        m = matcher(["a"], ignore_case=ignore_case)
        assert spans(m._hits(text)) == phrase_by_phrase(m, text)
    assert spans(matcher(["a"], ignore_case=False)._hits(text)) == [(3, 4, 0)]
    assert spans(matcher(["a"], ignore_case=True)._hits(text)) == []


@pytest.mark.slow
def test_a_word_character_in_any_case_is_what_the_pattern_in_any_case_matches() -> None:
    """word_char(c, True) stands for WORD_CHAR compiled in any case, on every code point."""
    any_case = regex.compile(WORD_CHAR.pattern, flags(True))
    differ = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if (any_case.match(c) is not None) != (WORD_CHAR.match(c) is not None)
    ]
    assert frozenset(differ) == FOLDS_TO_WORD_CHAR
    assert all(word_char(c, True) and not word_char(c, False) for c in differ)


#: Regular expression terms with groups (and a back-reference), and preceding contexts, one
#: with a group of its own.
TERM_PATTERNS = [r"(a)b", r"(\d+) (ab|b)", r"(?P<x>b)\s*a", r"(a|b)\1", r"ss?\b"]
PRECEDING = [
    {"not-preceded-by": r"[\p{N}a]"},
    {"preceded-by": r"\s|^"},
    {"preceded-by": r"(b)\s?", "not-preceded-by": "1"},
    {"not-preceded-by": r"\p{L}", "followed-by": r"\s"},
]
CONTEXT_TEXTS = st.lists(st.sampled_from(["a", "b", "ab", " ", "1", "12 ", "ss", "ß", "A"]),
                         max_size=20).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    text=CONTEXT_TEXTS,
    pattern=st.sampled_from(TERM_PATTERNS),
    conditions=st.sampled_from(PRECEDING),
    ignore_case=st.booleans(),
    origin=st.sampled_from(["built-in pack test", "house/test.toml"]),
)
def test_a_term_scanned_without_its_preceding_context_matches_as_with_it(
    text: str, pattern: str, conditions: dict[str, str], ignore_case: bool, origin: str
) -> None:
    """The term is scanned without the entry's lookbehinds, which are tested at each match's
    start: the hits and their groups are those of the term's pattern with the lookbehinds."""
    entry = Entry(Path("test.toml"), 0, {"id": "usage/test", **conditions}, origin=origin)
    m = Matcher.compile(entry, [], [pattern], ignore_case=ignore_case)
    full = m.search().branch(0)
    expected, end = [], 0
    for match in full.finditer(text, overlapped=True):
        if match.start() >= end and match.end() > match.start():
            expected.append((match.span(), match.groups()))
            end = match.end()
    found = [((h.start, h.end), h.match.groups()) for h in m._hits(text) if h.match is not None]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBs ßẞİıﬁﬃŉǰΐ\u0307\u0345Σς.\n")), max_size=40))
def test_offsets_of_folded_characters_match_folding_each_one(text: str) -> None:
    assert origins(text) == [n for n, char in enumerate(text) for _ in fold(char)]


def test_other_white_space_listed_for_re_is_what_the_regex_module_matches() -> None:
    """The view's white space class, written for ``re``, against the regex module's own."""
    listed = re.compile(f"[{OTHER_SPACE}]")
    by_regex = regex.compile(r"[^\S ]", regex.VERSION1)
    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if bool(listed.match(chr(code))) != bool(by_regex.match(chr(code)))
    ]
    assert differ == []
    outside_ascii = {chr(code) for code in range(128, sys.maxunicode + 1)}
    assert {c for c in outside_ascii if by_regex.match(c)} == OTHER_SPACE_OUTSIDE_ASCII


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("aB5 \t\n\r\x0b\x1c\x85\xa0\u2009\u3000\u201cßİ\ud800\U0001f600")
        ),
        max_size=30,
    )
)
def test_the_spaced_folding_is_what_substituting_the_other_white_space_gives(text: str) -> None:
    """The byte-by-byte path (no white space outside ASCII) and the substitution agree."""
    assert spaced(text) == re.sub(f"[{OTHER_SPACE}]", " ", fold(text))


@given(st.text(alphabet=st.sampled_from(list("a \n")), max_size=30))
def test_runs_of_spaces_are_found_as_a_pattern_finds_them(text: str) -> None:
    from copylint.packs.phrases import _space_runs

    assert list(_space_runs(text)) == [m.span() for m in regex.finditer(" {2,}", text)]


def test_the_text_the_packs_read_is_folded_once_and_afresh_for_the_next_text() -> None:
    first, second = "STRASSE und Straße", "İstanbul"
    assert fold_text(first) == fold(first)
    assert fold_text(first) is fold_text(first)  # the view and the shape share one folding
    assert fold_text(second) == fold(second)
