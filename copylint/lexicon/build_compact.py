"""Regenerate ``rules/lexicon/compact/``: the spelling lexicons in the form a run loads.

    python -m copylint.lexicon.build_compact            # after changing a source below
    python -m copylint.lexicon.build_compact --check    # exit 1 when a table is out of date

The sources stay the truth, reviewed in diffs: pyspellchecker's English dictionary (its
``en.json.gz``, from the package the test extra installs) with ``newsroom-words.txt``;
``names.tsv`` (built by :mod:`copylint.lexicon.build_names`); ``misspellings.tsv`` (built by
:mod:`copylint.lexicon.build_misspellings`); the grammar rules' ``grammar/lexicon.tsv`` (built
by :mod:`copylint.checks.grammar.build_lexicon`). This step only changes their form
(:mod:`copylint.lexicon.compact`); the manifest records each source's SHA-256, and the test
suite fails when a table no longer matches its sources.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from copylint.errors import ConfigError
from copylint.lexicon import compact
from copylint.lexicon.dictionary import COMPACT, NEWSROOM_COUNT, PROMINENT, _read_rows
from copylint.resources import data_path, read_word_list


def _english_source() -> Path:
    return Path(str(resources.files("spellchecker") / "resources" / "en.json.gz"))


def english() -> dict[str, int]:
    """pyspellchecker's English dictionary, lowercase word → count in its source texts, with
    the newsroom's own words (``newsroom-words.txt``: lede, graf, dek …) as common words."""
    with gzip.open(_english_source(), "rt", encoding="utf-8") as text:
        counts: dict[str, int] = json.load(text)
    for word in read_word_list(data_path("lexicon", "newsroom-words.txt")):
        counts[word.lower()] = max(counts.get(word.lower(), 0), NEWSROOM_COUNT)
    return counts


def names() -> dict[str, int]:
    """``names.tsv``: ``word<TAB>count`` lines after a ``#`` header."""
    path = data_path("lexicon", "names.tsv")
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


def misspellings() -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """``misspellings.tsv``: lowercase misspelling → its corrections, likeliest first; and the
    misspellings a list gives capitalized (misspelled names: "Tuscon"), lowercase."""
    corrections: dict[str, tuple[str, ...]] = {}
    capitalized = set()
    for wrong, right in _read_rows(data_path("lexicon", "misspellings.tsv"), 2):
        if not wrong.islower():
            capitalized.add(wrong := wrong.lower())
        corrections[wrong] = tuple(right.split(","))
    return corrections, sorted(capitalized)


def grammar() -> dict[str, str]:
    """``grammar/lexicon.tsv`` (built from lemminflect by
    :mod:`copylint.checks.grammar.build_lexicon`): each lowercase word → its parts of speech
    and lemmas, as the grammar rules parse them."""
    path = data_path("lexicon", "grammar", "lexicon.tsv")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(str(path), f"cannot read: {error.strerror or error}") from None
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


def prominent(words: dict[str, int], proper: dict[str, int]) -> list[str]:
    """The words ``words`` (English) or ``proper`` (names) count PROMINENT times or more."""
    return [
        w
        for w in words.keys() | proper.keys()
        if max(words.get(w, 0), proper.get(w, 0)) >= PROMINENT
    ]


#: Each table's source files.
SOURCES: dict[str, Callable[[], list[Path]]] = {
    "english": lambda: [_english_source(), data_path("lexicon", "newsroom-words.txt")],
    "names": lambda: [data_path("lexicon", "names.tsv")],
    "misspellings": lambda: [data_path("lexicon", "misspellings.tsv")],
    "grammar": lambda: [data_path("lexicon", "grammar", "lexicon.tsv")],
    "all-words": lambda: [*SOURCES["english"](), *SOURCES["names"]()],
    "all-words-reversed": lambda: SOURCES["all-words"](),
    "english-reversed": lambda: SOURCES["english"](),
    "prominent": lambda: SOURCES["all-words"](),
}
#: What a table is built with besides its sources (the manifest records it; a change makes
#: the table out of date).
SETTINGS: dict[str, dict[str, Any]] = {"prominent": {"least": PROMINENT}}


def digests(name: str) -> dict[str, str]:
    """The SHA-256 of each source of table ``name``, by file name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SOURCES[name]()}


def build(directory: Path) -> None:
    """Write every table and the manifest into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    words, proper = english(), names()
    corrections, capitalized = misspellings()
    entries: dict[str, dict[str, Any]] = {
        "english": compact.write_counts(directory, "english", words),
        # No search reads the names by first letter and length: the prominent words serve.
        "names": compact.write_counts(directory, "names", proper, grouped=False),
        "misspellings": compact.write_corrections(directory, "misspellings", corrections),
        "grammar": compact.write_strings(directory, "grammar", grammar()),
        "all-words": compact.write_words(directory, "all-words", words.keys() | proper.keys()),
        # Each word spelled backward: spelling reads the words that end as a typed word does.
        "all-words-reversed": compact.write_words(
            directory, "all-words-reversed", {w[::-1] for w in words.keys() | proper.keys()}
        ),
        "english-reversed": compact.write_words(
            directory, "english-reversed", {w[::-1] for w in words}
        ),
        "prominent": compact.write_groups(directory, "prominent", prominent(words, proper)),
    }
    # Misspelled names are slips even where a dictionary lists the word (lexicon.dictionary).
    entries["misspellings"]["capitalized"] = capitalized
    # Spelling compares accented English words without their accents ("cafe"): listed here,
    # they are not searched for among 160,000 words at every start.
    entries["english"]["non-ascii"] = sorted(w for w in words if not w.isascii())
    for name, entry in entries.items():
        entry["sources"] = digests(name)
        entry.update(SETTINGS.get(name, {}))
    compact.write_manifest(directory, entries)


def stale(directory: Path) -> list[str]:
    """The tables in ``directory`` whose sources or settings changed since they were built."""
    shipped = compact.manifest(directory)
    return [
        name
        for name in SOURCES
        if name not in shipped
        or shipped[name].get("sources") != digests(name)
        or any(shipped[name].get(key) != value for key, value in SETTINGS.get(name, {}).items())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=data_path(*COMPACT))
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale(args.output)
        for name in out_of_date:
            print(f"{args.output / name}: out of date; {compact.REBUILD}")
        return 1 if out_of_date else 0
    with tempfile.TemporaryDirectory(dir=args.output.parent) as scratch:
        build(Path(scratch))
        args.output.mkdir(parents=True, exist_ok=True)
        for path in Path(scratch).iterdir():
            path.replace(args.output / path.name)
    print(f"{', '.join(SOURCES)} -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
