"""The dictionaries spelling reads: English words, proper nouns, and US/UK variant pairs.

Each loads on first use and once per process (``functools.cache``): pyspellchecker's English
word list with its counts, the proper-noun lexicon ``rules/lexicon/names.tsv`` (built from
wordfreq by :mod:`copylint.lexicon.build_names`), the American/British pairs of
``rules/lexicon/us-uk-variants.tsv`` (built by :mod:`copylint.lexicon.build_variants`), and the
real-world misspellings of ``rules/lexicon/misspellings.tsv`` (built from codespell's and
cspell's published lists by :mod:`copylint.lexicon.build_misspellings`). The English words, the
names and the misspellings are read from ``rules/lexicon/compact/``, the same tables in a form
that maps into memory in a millisecond instead of being parsed (:mod:`copylint.lexicon.compact`;
``build_compact`` writes it from the sources above, and the tests check that it is current).
Checking a word is one trie lookup.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from copylint.errors import ConfigError
from copylint.lexicon.compact import (
    REBUILD,
    Corrections,
    Counts,
    Groups,
    Words,
    load_corrections,
    load_counts,
    load_groups,
    load_words,
)
from copylint.resources import data_path

#: The count a newsroom word gets: a common word, so it is never taken for a slip.
NEWSROOM_COUNT = 1000
#: A word the English dictionary or the names lexicon counts this often is prominent: spelling
#: looks for the words two slips from a long unknown one among these alone (prominent_words).
PROMINENT = 150
#: Where the English, names and misspellings tables live in the form a run loads
#: (:mod:`copylint.lexicon.compact`, built from their sources by ``build_compact``).
COMPACT = ("lexicon", "compact")


@functools.cache
def english_counts() -> Counts:
    """pyspellchecker's English dictionary: lowercase word → count in its source texts, with
    the newsroom's own words (``rules/lexicon/newsroom-words.txt``: lede, graf, dek …)."""
    return load_counts(data_path(*COMPACT), "english")


@functools.cache
def name_counts() -> Counts:
    """The proper-noun lexicon: lowercase name → count (on pyspellchecker's scale).

    It also lists the English words pyspellchecker undercounts (see build_names), so ask the
    English dictionary first when the question is "is this a word".
    """
    return load_counts(data_path(*COMPACT), "names")


@functools.cache
def known_words() -> Words:
    """Every word of the English dictionary and of the proper-noun lexicon, in one trie: a
    capitalized word's candidate spellings are looked up there, one lookup each instead of
    one per table."""
    return load_words(data_path(*COMPACT), "all-words")


@functools.cache
def known_endings() -> Words:
    """Every word of known_words spelled backward, in one trie: the words that end as a typed
    word does are read there (see suggest.Vocabulary._edits_before)."""
    return load_words(data_path(*COMPACT), "all-words-reversed")


@functools.cache
def english_endings() -> Words:
    """Every word of english_counts spelled backward, in one trie (see known_endings)."""
    return load_words(data_path(*COMPACT), "english-reversed")


@functools.cache
def prominent_words() -> Groups:
    """The words of the English dictionary and the names lexicon counted PROMINENT times or
    more (the higher of the two counts), by first letter and length: a fifth of the words
    both list, so the search two slips away reads a fifth as much (``prominent.starts``)."""
    directory = data_path(*COMPACT)
    groups, entry = load_groups(directory, "prominent")
    if entry.get("least") != PROMINENT:
        path = directory / "prominent.starts"
        raise ConfigError(str(path), f"built for another PROMINENT count; {REBUILD}")
    return groups


class Variant(NamedTuple):
    """The American and British spellings of one word; ``kind`` is the British ending of a
    regular pair ("our", "re", "ise", "yse", "ence", "elled"…) or "other".

    A named tuple, not a frozen dataclass: a run builds 700 of them at its first word, and a
    tuple is made without a Python call per field (a frozen dataclass's ``__init__`` sets each
    through ``object.__setattr__``)."""

    us: str
    uk: str
    kind: str


@functools.cache
def variants() -> tuple[dict[str, Variant], dict[str, Variant]]:
    """``(by_us, by_uk)``: the variant pairs by their American and by their British form."""
    by_us: dict[str, Variant] = {}
    by_uk: dict[str, Variant] = {}
    for variant in map(Variant._make, _read_rows(data_path("lexicon", "us-uk-variants.tsv"), 3)):
        by_us.setdefault(variant.us, variant)
        by_uk.setdefault(variant.uk, variant)
    return by_us, by_uk


@functools.cache
def misspellings() -> Corrections:
    """Known misspellings, lowercase → their corrections, likeliest first ("diety" → deity).

    A correction keeps its capitals: "phillipines" → Philippines."""
    return load_corrections(data_path(*COMPACT), "misspellings")


@functools.cache
def misspelled_names() -> frozenset[str]:
    """The known misspellings a published list gives capitalized, lowercase ("tuscon": the list
    says "Tuscon" → Tucson): misspelled names, not lowercase typos that happen to correct to
    one. The compact table's manifest entry lists them (read with the table: the manifest is
    not parsed again)."""
    return frozenset(misspellings().entry["capitalized"])


def _read_rows(path: Path, columns: int) -> list[list[str]]:
    """Tab-separated columns, ``columns`` per line; ``#`` lines are comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(str(path), f"cannot read: {error.strerror or error}") from None
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    for row in rows:  # checked apart: the split above runs without a Python call per line
        if len(row) != columns:
            line = "\t".join(row)
            raise ConfigError(str(path), f"expected {columns} tab-separated columns: {line!r}")
    return rows
