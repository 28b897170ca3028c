"""The dictionaries spelling reads: English words, proper nouns, and US/UK variant pairs.

Each loads on first use and once per process (``functools.cache``): pyspellchecker's English
word list with its counts, the proper-noun lexicon ``rules/lexicon/names.tsv`` (built from
wordfreq by :mod:`copylint.lexicon.build_names`), the American/British pairs of
``rules/lexicon/us-uk-variants.tsv`` (built by :mod:`copylint.lexicon.build_variants`), and the
real-world misspellings of ``rules/lexicon/misspellings.tsv`` (built from codespell's and
cspell's published lists by :mod:`copylint.lexicon.build_misspellings`). Checking a word is
one dictionary lookup.
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from copylint.errors import ConfigError
from copylint.resources import data_path, read_word_list

#: The count a newsroom word gets: a common word, so it is never taken for a slip.
NEWSROOM_COUNT = 1000


@functools.cache
def english_counts() -> dict[str, int]:
    """pyspellchecker's English dictionary: lowercase word → count in its source texts, with
    the newsroom's own words (``rules/lexicon/newsroom-words.txt``: lede, graf, dek …)."""
    source = resources.files("spellchecker") / "resources" / "en.json.gz"
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        counts: dict[str, int] = json.load(text)
    for word in read_word_list(data_path("lexicon", "newsroom-words.txt")):
        counts[word.lower()] = max(counts.get(word.lower(), 0), NEWSROOM_COUNT)
    return counts


@functools.cache
def name_counts() -> dict[str, int]:
    """The proper-noun lexicon: lowercase name → count (on pyspellchecker's scale).

    It also lists the English words pyspellchecker undercounts (see build_names), so ask the
    English dictionary first when the question is "is this a word".
    """
    return _read_counts(data_path("lexicon", "names.tsv"))


@dataclass(frozen=True, slots=True)
class Variant:
    """The American and British spellings of one word; ``kind`` is the British ending of a
    regular pair ("our", "re", "ise", "yse", "ence", "elled"…) or "other"."""

    us: str
    uk: str
    kind: str


@functools.cache
def variants() -> tuple[dict[str, Variant], dict[str, Variant]]:
    """``(by_us, by_uk)``: the variant pairs by their American and by their British form."""
    by_us: dict[str, Variant] = {}
    by_uk: dict[str, Variant] = {}
    for us, uk, kind in _read_rows(data_path("lexicon", "us-uk-variants.tsv"), 3):
        variant = Variant(us, uk, kind)
        by_us.setdefault(us, variant)
        by_uk.setdefault(uk, variant)
    return by_us, by_uk


@functools.cache
def misspellings() -> dict[str, tuple[str, ...]]:
    """Known misspellings, lowercase → their corrections, likeliest first ("diety" → deity).

    A correction keeps its capitals: "phillipines" → Philippines."""
    return _misspelling_data()[0]


@functools.cache
def misspelled_names() -> frozenset[str]:
    """The known misspellings a published list gives capitalized, lowercase ("tuscon": the list
    says "Tuscon" → Tucson): misspelled names, not lowercase typos that happen to correct to
    one."""
    return _misspelling_data()[1]


@functools.cache
def _misspelling_data() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """``rules/lexicon/misspellings.tsv`` in one pass (93,000 lines): the corrections by
    lowercase misspelling, and the misspellings written capitalized."""
    corrections: dict[str, tuple[str, ...]] = {}
    names = set()
    for wrong, right in _read_rows(data_path("lexicon", "misspellings.tsv"), 2):
        if not wrong.islower():
            names.add(wrong := wrong.lower())
        corrections[wrong] = tuple(right.split(","))
    return corrections, frozenset(names)


def _read_counts(path: Path) -> dict[str, int]:
    """``word<TAB>count`` lines after a ``#`` header, read in one pass (200,000 lines)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(str(path), f"cannot read: {error.strerror or error}") from None
    start = 0
    while text.startswith("#", start):
        start = text.find("\n", start) + 1 or len(text)
    fields = text[start:].split()
    if len(fields) % 2:
        raise ConfigError(str(path), "expected word<TAB>count on every line")
    try:
        return dict(zip(fields[::2], map(int, fields[1::2]), strict=True))
    except ValueError:
        raise ConfigError(str(path), "a count is not a number") from None


def _read_rows(path: Path, columns: int) -> list[list[str]]:
    """Tab-separated columns, ``columns`` per line; ``#`` lines are comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(str(path), f"cannot read: {error.strerror or error}") from None
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            row = line.split("\t")
            if len(row) != columns:
                raise ConfigError(str(path), f"expected {columns} tab-separated columns: {line!r}")
            rows.append(row)
    return rows
