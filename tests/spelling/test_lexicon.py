"""The spelling dictionaries: real data, loaded once, fast to ask."""

from __future__ import annotations

import time

from copylint.lexicon import dictionary
from copylint.lexicon.suggest import all_words, common_words, edits1, slip_cost


def test_proper_noun_lexicon_knows_names_in_the_news() -> None:
    names = dictionary.name_counts()
    for name in ("netanyahu", "blinken", "ramallah", "ktvu", "safadi", "sudani"):
        assert name in names
    assert len(names) > 100_000


def test_english_dictionary_is_american() -> None:
    english = dictionary.english_counts()
    assert "color" in english
    assert "colour" not in english


def test_variant_pairs_map_both_ways() -> None:
    by_us, by_uk = dictionary.variants()
    assert by_us["color"].uk == "colour"
    assert by_uk["organise"].us == "organize"
    assert by_uk["colour"].kind == "our"


def test_dictionaries_are_loaded_once() -> None:
    dictionary.name_counts()
    start = time.perf_counter()
    for _ in range(1000):
        dictionary.name_counts()
        dictionary.english_counts()
    assert time.perf_counter() - start < 0.05


def test_cheap_slips_cost_less_than_arbitrary_changes() -> None:
    assert slip_cost("isareli", "israeli") < slip_cost("isxaeli", "israeli")
    assert slip_cost("occured", "occurred") < slip_cost("occured", "occupied")
    assert slip_cost("rahmallah", "ramallah") <= 0.8


def _edits_one_by_one(word: str, reach: int | None, first: int = 0) -> set[str]:
    """Every edit of ``word`` in the plainest words: each kind at each place the reach allows."""
    letters = set("abcdefghijklmnopqrstuvwxyz") | set(word)
    last = len(word) if reach is None else min(reach, len(word))
    found = set()
    for i in range(first, last + 1):
        head, tail = word[:i], word[i:]
        found.update(head + c + tail for c in letters)  # an insertion
        if tail:
            found.add(head + tail[1:])  # a deletion
            found.update(head + c + tail[1:] for c in letters if c != tail[0])  # a substitution
        if len(tail) > 1:
            found.add(head + tail[1] + tail[0] + tail[2:])  # a transposition
    return found


def test_edits1_is_every_single_edit_within_the_reach() -> None:
    """edits1 joins each inserted or substituted letter's head once for both of its edits; it
    finds exactly the edits made one at a time, wherever the reach stops, for words with
    doubled letters, accents, one letter or none."""
    for word in ("rahmallah", "isareli", "naïve", "o'brien", "aa", "q", ""):
        for reach in (None, 0, 1, 3, len(word), len(word) + 2):
            assert edits1(word, reach) == _edits_one_by_one(word, reach), (word, reach)
            for first in (1, 4, len(word)):
                expected = _edits_one_by_one(word, reach, first)
                assert edits1(word, reach, first) == expected, (word, reach, first)


def test_words_one_edit_away_are_every_edit_a_dictionary_lists() -> None:
    """``near`` asks the tries for its candidates in bulk (``Counts.among``), and only about
    the edits that keep the letters a known word begins with (``Vocabulary._reach``); it finds
    exactly the edits that a lookup of each, one at a time, finds, in one dictionary and in
    two, wherever the slip is; the edits after a word's first letters are read from the words
    that start with them where those are few (``Vocabulary._starting_with``: "rahm", "hall"),
    and looked up where they are many ("gove", "stat")."""
    english, names = dictionary.english_counts(), dictionary.name_counts()
    typed = ["Rahmallah", "isareli", "goverment", "teh", "Copanhegen", "naïve", "o'brien", "qz"]
    typed += ["Hallston", "Hallstom", "Okwousa", "Jeruselem", "Massachussets", "intrest", "consel"]
    typed += ["Tuscon", "Yrk", "Carribean", "seperate", "abcd", "abcde", "fooo", "Zzzz"]
    assert all_words()._starting_with("rahm") is not None
    assert all_words()._starting_with("inte") is None
    assert all_words()._ending_with("allah") is not None  # read backward: "Rahmallah"
    assert all_words()._ending_with("ing") is None
    assert common_words()._ending_with("rment") is not None  # "goverment"
    for vocabulary, tables in ((common_words(), (english,)), (all_words(), (english, names))):
        for word in (w.lower() for w in typed):
            expected = {e for e in edits1(word) if any(e in t for t in tables)} - {word}
            assert vocabulary.near(word) == expected, word
    assert "israeli" in common_words().near("isareli")
    assert "ramallah" in all_words().near("rahmallah")
