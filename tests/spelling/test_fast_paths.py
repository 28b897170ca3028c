"""Spelling's fast paths give what the plainer code they replaced gave: the speed work of
issue 21 must not change a finding."""

from __future__ import annotations

import functools
import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from copylint.analysis import spelling
from copylint.analysis.spelling import (
    _DIGITS_AND_DOT,
    _SKIP_AFTER,
    _SKIP_BEFORE,
    Token,
    Verdict,
    _first_letter,
    _positions,
    _Shown,
    _skipped,
    _token,
    american_form,
    british_forms,
    listed_abbreviations,
    read,
    spelling_tokens,
    strip_accents,
    strip_all_accents,
    tokens_with,
    verdict,
)
from copylint.checks.spelling.inconsistent import _before_period
from copylint.formats import load_document
from copylint.lexicon.dictionary import PROMINENT, english_counts, name_counts
from copylint.lexicon.suggest import all_words, prominent_two_edits, slip_cost


@given(st.lists(st.text().filter(lambda word: "\n" not in word), max_size=12))
def test_accents_are_stripped_in_bulk_as_word_by_word(words: list[str]) -> None:
    assert strip_all_accents(words) == [strip_accents(word) for word in words]


def test_the_lexicons_accented_words_lose_the_same_accents_in_bulk() -> None:
    accented = [*english_counts().non_ascii, *(w for w in name_counts() if not w.isascii())]
    assert len(accented) > 4000
    assert strip_all_accents(accented) == [strip_accents(word) for word in accented]


@functools.cache
def _every_word_by_start() -> dict[tuple[str, int], list[str]]:
    """Every word of both lexicons by first letter and length, grouped by a scan."""
    groups: dict[tuple[str, int], list[str]] = {}
    for word in {*english_counts(), *name_counts()}:
        groups.setdefault((word[:1], len(word)), []).append(word)
    return groups


def _prominent_two_edits_by_scan(word: str) -> set[str]:
    """The search prominent_two_edits replaced: every word of both lexicons with the same
    first letter, two edits away, then only those counted PROMINENT times kept."""
    vocabulary, groups = all_words(), _every_word_by_start()
    return {
        candidate
        for length in range(len(word) - 2, len(word) + 3)
        for candidate in groups.get((word[:1], length), ())
        if OSA.distance(word, candidate) == 2 and vocabulary.count(candidate) >= PROMINENT
    }


@pytest.mark.parametrize(
    "word", ["copanhegen", "guantamano", "sunderlona", "massachussets", "westmimster", "abcd"]
)
def test_two_slips_are_found_among_the_prominent_words_as_among_all(word: str) -> None:
    assert prominent_two_edits(word) == _prominent_two_edits_by_scan(word)


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="aeinorstlcmbh", min_size=9, max_size=12))
def test_two_slips_of_any_long_word_are_the_scans(word: str) -> None:
    assert prominent_two_edits(word) == _prominent_two_edits_by_scan(word)


def _slip_cost_cell_by_cell(typed: str, intended: str) -> float:
    """slip_cost as it was written before issue 21: every cost worked out at every cell."""
    vowels = frozenset("aeiouy")
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    place = {
        c: (r, x + (0.0, 0.25, 0.75)[r]) for r, keys in enumerate(rows) for x, c in enumerate(keys)
    }

    def neighbours(a: str, b: str) -> bool:
        if a not in place or b not in place or a == b:
            return False
        (ra, xa), (rb, xb) = place[a], place[b]
        return (ra == rb and abs(xa - xb) == 1) or (abs(ra - rb) == 1 and abs(xa - xb) <= 0.75)

    def substitution(t: str, w: str) -> float:
        return 0.6 if (t in vowels and w in vowels) or neighbours(t, w) else 1.0

    n, m = len(typed), len(intended)
    row_before: list[float] = []
    previous = [j * 0.8 for j in range(m + 1)]
    for i in range(1, n + 1):
        current = [i * 0.8] + [0.0] * m
        t = typed[i - 1]
        for j in range(1, m + 1):
            w = intended[j - 1]
            if t == w:
                current[j] = previous[j - 1]
                continue
            extra = 0.4 if t in (typed[i - 2 : i - 1] + typed[i : i + 1]) else 0.8
            missing = 0.4 if w in (intended[j - 2 : j - 1] + intended[j : j + 1]) else 0.8
            best = min(
                previous[j] + extra, current[j - 1] + missing, previous[j - 1] + substitution(t, w)
            )
            if i > 1 and j > 1 and t == intended[j - 2] and typed[i - 2] == w:
                best = min(best, row_before[j - 2] + 0.6)
            current[j] = best
        row_before, previous = previous, current
    return previous[m] + (0.4 if typed[:1] != intended[:1] else 0.0)


_SLIPS = st.text(alphabet="aeioushtnrlqwz'é", max_size=10)


@given(_SLIPS, _SLIPS)
def test_the_slip_cost_is_the_cell_by_cell_cost(typed: str, intended: str) -> None:
    assert slip_cost(typed, intended) == _slip_cost_cell_by_cell(typed, intended)


def test_the_slip_cost_of_known_slips_is_the_cell_by_cell_cost() -> None:
    pairs = [("ocurred", "occurred"), ("occurrred", "occurred"), ("isareli", "israeli")]
    pairs += [("teh", "the"), ("hte", "the"), ("jeruselem", "jerusalem"), ("yrk", "york")]
    pairs += [("", "a"), ("b", ""), ("ab", "ba"), ("qa", "wa")]
    for typed, intended in pairs:
        assert slip_cost(typed, intended) == _slip_cost_cell_by_cell(typed, intended)


def _before_period_by_scan(text: str) -> list[Token]:
    """inconsistent's _before_period as it was: a look after every word, and a set of the
    start of every token spelling reads."""
    doc = load_document("draft.txt", text)
    text = doc.text
    found = [
        Token.of(start, end, word, False, False, -1)
        for start, end, word in doc.words
        if len(word) == 4
        and text[end : end + 1] == "."
        and not text[end + 1 : end + 2].isalpha()
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and word not in listed_abbreviations()
    ]
    read = {t.start for t in doc.shared(spelling_tokens)}
    return [t for t in found if t.start not in read]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mosul", "Moul", "Ruiz", "Vols", "Egyt", "U.S", ".", ". ", " ", "a", "com", "\n\n"]
        )
    )
)
def test_the_words_before_a_period_are_found_from_the_periods_as_by_a_scan(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    doc = load_document("draft.txt", text)
    assert _before_period(doc, doc.shared(spelling_tokens)) == _before_period_by_scan(text)


def test_words_before_periods_at_the_edges_are_found_as_by_a_scan() -> None:
    for text in [".Ruiz. Moul.", "Moul..Ruiz.", "Ruiz.com and Moul.", "At U.S. Moul. Ruiz"]:
        doc = load_document("draft.txt", text)
        assert _before_period(doc, doc.shared(spelling_tokens)) == _before_period_by_scan(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Hallston", "hallston", "Mariela", "said", ". ", " ", ", ", "\n\n"]),
        max_size=30,
    )
)
def test_what_the_article_shows_is_what_tables_of_every_form_show(pieces: list[str]) -> None:
    """_Shown searches the article's forms for the few slips asked about; the reading used
    to count every form and collect the names and full names in tables."""
    tokens = load_document("draft.txt", "".join(pieces)).shared(spelling_tokens)
    typed = Counter(t.text for t in tokens)
    names = {t.text for t in tokens if t.capitalized and not t.initial}
    full_names = {
        t.text
        for previous, t in itertools.pairwise(tokens)
        if t.capitalized
        and previous.capitalized
        and previous.sentence == t.sentence
        and t.start - previous.end == 1
    }
    shown = _Shown(tokens)
    for text in ["Hallston", "hallston", "Mariela", "said", "absent"]:
        assert shown.uses(text) == typed[text]
        assert shown.as_name(text) == (text in names)
        assert shown.after_name(text) == (text in full_names)


_FORMS = ["colour", "color", "organise", "organised", "digitise", "analyses", "premises"]
_FORMS += ["harbour", "travelled", "the", "theatre", "centre", "ours", "rise", "weaponisation"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sets(st.sampled_from(_FORMS)), max_size=4))
def test_british_forms_remembered_across_articles_are_those_tested_afresh(
    articles: list[set[str]],
) -> None:
    """british_forms keeps the forms without an American form from article to article; each
    article still gets what testing every one of its forms gives."""
    for forms in articles:
        expected = {f: us for f in forms if (us := american_form(f)) is not None}
        assert british_forms(frozenset(forms)) == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from([*_FORMS, "Colour", "COLOUR", ". ", " ", "\n\n", '"']), max_size=30),
    st.sets(st.sampled_from(_FORMS)),
)
def test_the_tokens_of_listed_forms_are_those_a_scan_of_every_token_finds(
    pieces: list[str], forms: set[str]
) -> None:
    """tokens_with finds a few listed forms' tokens by a scan in C per form; the variant rules
    used to test every token."""
    doc = load_document("draft.md", "".join(pieces))
    expected = [t for t in doc.shared(spelling_tokens) if t.lower in forms]
    assert tokens_with(doc, forms) == expected


def _tokens_by_neighbours(text: str) -> list[Token]:
    """spelling_tokens as it was: each plain word's neighbours looked at for a sigil, a period
    or an "@" (now found once in the text)."""
    from copylint.analysis import spelling

    doc = load_document("draft.txt", text)
    text = doc.text
    starts = [spelling._first_letter(text, s.start, s.end) for s in doc.sentences]
    tokens: list[Token] = []
    sentence, next_start = -1, starts[0] if starts else len(text) + 1
    for start, end, word in doc.words:
        while start >= next_start:
            sentence += 1
            next_start = starts[sentence + 1] if sentence + 1 < len(starts) else len(text) + 1
        if not word.isascii():
            tokens.append(Token.of(start, end, word, False, False, sentence, True))
        elif word.isalpha():
            if len(word) < 2 or word.isupper() or (word[0].islower() and not word.islower()):
                continue
            marked = (start and text[start - 1] in "@#$\ufffc.") or text[end : end + 1] in (
                "@",
                "\ufffc",
                ".",
            )
            if not (marked and spelling._skipped(word, text, start, end)):
                tokens.append(Token.of(start, end, word, start in starts, False, sentence))
        elif spelling._DIGITS_AND_DOT.isdisjoint(word) and not spelling._skipped(
            word, text, start, end
        ):
            parts = word.replace("‑", "-").split("-")
            offset = start
            for index, part in enumerate(parts):
                initial = index == 0 and start in starts
                token = spelling._token(part, offset, initial, len(parts) > 1, sentence)
                if token is not None:
                    tokens.append(token)
                offset += len(part) + 1
    return tokens


_PIECES = ["Moul", "said", "a", "KTVU", "iPhone", "@desk", "#news", "$AAPL", "vol", "Egyt"]
_PIECES += ["example.org", ".", ". ", " ", "-", "co-op", "café", "\n\n", "'", "U.S.", "x@y"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_spelling_reads_the_words_it_read_looking_at_each_words_neighbours(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    tokens = load_document("draft.txt", text).shared(spelling_tokens)
    assert tokens == _tokens_by_neighbours(text)


def _spelling_tokens_by_tests(text: str) -> list[Token]:
    """spelling_tokens as it was before round 9 of issue 21: each word's letters tested at
    every word, where the model now looks its shape up."""
    doc = load_document("draft.md", text)
    starts = [_first_letter(doc.text, s.start, s.end) for s in doc.sentences]
    marked_starts = {at + 1 for at in _positions(doc.text, _SKIP_BEFORE)}
    marked_ends = set(_positions(doc.text, _SKIP_AFTER))
    tokens: list[Token] = []
    for start, end, word in doc.words:
        sentence = sum(1 for s in starts if s <= start) - 1
        if not word.isascii():
            tokens.append(Token.of(start, end, word, False, False, sentence, True))
        elif word.isalpha():
            if len(word) < 2 or word.isupper() or (word[0].islower() and not word.islower()):
                continue
            marked = start in marked_starts or end in marked_ends
            if not (marked and _skipped(word, doc.text, start, end)):
                tokens.append(Token.of(start, end, word, start in starts, False, sentence))
        elif _DIGITS_AND_DOT.isdisjoint(word) and not _skipped(word, doc.text, start, end):
            parts = word.replace("\u2011", "-").split("-")
            offsets = itertools.accumulate([len(part) + 1 for part in parts], initial=start)
            found = [
                _token(part, at, at == start and at in starts, len(parts) > 1, sentence)
                for part, at in zip(parts, offsets, strict=False)
            ]
            tokens += [token for token in found if token is not None]
    return tokens


_WORDS = ["Hallston", "the", "a", "I", "NATO", "iPhone", "eBay", "café", "don't", "Egyt", "div"]
_WORDS += ["U.S.", "podiobooks.com", "@handle", "#tag", "$AAPL", "well-known", "co\u2011op"]
_WORDS += ["3.5", "Moul", "O'Brien", "Kazimhir\u2019s", "x", "Ab", "AB", "ab", "\ufffc"]
_GAPS = [". ", " ", ", ", "\n\n", ' "', "(", ".", "? ", "@", "'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _GAPS), max_size=40))
def test_the_spelling_model_reads_the_words_the_letter_tests_read(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = _spelling_tokens_by_tests(text)
    for _ in range(2):  # a word's shape first worked out, then looked up
        assert load_document("draft.md", text).shared(spelling_tokens) == expected


_READ = ["Hallston", "the", "teh", "Teh", "Goverment", "goverment", "recieve", "Isareli", "café"]
_READ += ["photo-op", "neo-noir", "Rahmallah", "aerogel", "Mariela", "said", "colour", "Ruiz"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from([*_READ, ". ", " ", ", ", "\n\n", '"']), max_size=30),
    st.sets(st.sampled_from(["", "teh", "hallston", "aerogel"])),
)
def test_the_reading_gives_each_word_the_dictionaries_verdict(
    pieces: list[str], words: set[str]
) -> None:
    """The reading looks up the verdict on a word in no special place by its text (see
    _PLACELESS); it must be what verdict says of the word where it stands."""
    doc = load_document("draft.md", "".join(pieces))
    custom = {w for w in words if w}
    expected = [
        Verdict.KNOWN
        if t.foreign or t.lower in custom
        else verdict(t.text, t.initial, t.in_compound)
        for t in doc.shared(spelling_tokens)
    ]
    assert list(read(doc, custom).verdicts) == expected


def test_the_tables_kept_from_article_to_article_are_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The word shapes and the placeless verdicts are emptied when they hold MEMO_LIMIT words;
    emptied, they give what the letter tests and verdict give."""
    monkeypatch.setattr(spelling, "_SHAPES", {})
    monkeypatch.setattr(spelling, "_PLACELESS", {})
    monkeypatch.setattr(spelling, "MEMO_LIMIT", 4)
    text = "Hallston met the envoy. Later Moul said teh talks went well, and goverment too."
    for _ in range(3):
        doc = load_document("draft.md", text)
        tokens = doc.shared(spelling_tokens)
        assert tokens == _spelling_tokens_by_tests(text)
        assert list(read(doc, ()).verdicts) == [
            verdict(t.text, t.initial, t.in_compound) for t in tokens
        ]
        assert len(spelling._SHAPES) <= 4 + len(doc.words)
        assert len(spelling._PLACELESS) <= 4 + len(tokens)
