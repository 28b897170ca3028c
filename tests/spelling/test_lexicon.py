"""The spelling dictionaries: real data, loaded once, fast to ask."""

from __future__ import annotations

import time

from copylint.lexicon import dictionary
from copylint.lexicon.suggest import slip_cost


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
