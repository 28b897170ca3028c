"""Lexicons in a compact form that loads in a millisecond and is shared between processes.

Parsing the word lists at every start cost a third of a one-draft run (pyspellchecker's
JSON, 160,000 words; ``names.tsv``, 200,000 lines; ``misspellings.tsv``, 60,000 lines). The
build step (:mod:`copylint.lexicon.build_compact`) turns each into files under
``rules/lexicon/compact/``, which a run maps into memory instead of parsing:

- ``NAME.marisa``: the words, in a MARISA trie (marisa-trie), which gives every word an id;
- ``NAME.counts``: for a table of counts, one unsigned 32-bit little-endian count per id;
- ``NAME.starts``: for a table of counts (or alone, for a list that is only searched:
  ``prominent``, the words spelling looks for two slips away), its words grouped by first
  letter and length:
  where spelling searches for a word two edits from a typed one (grouping 370,000 words at
  the first search took a quarter of a second). A header line names each group ("a5": the
  words of five letters that start with "a") and the byte offset where it ends; then one
  group a line, its words sorted and separated by spaces, decoded only when asked for. The
  manifest's CRC-32 ties the file to the build;
- a set of words (``all-words``: the English words and the names, which spelling looks a
  candidate up in at once; ``all-words-reversed`` and ``english-reversed``: those and the
  English words spelled backward, where spelling reads the words that end as a typed word
  does) is a trie alone;
- a table of corrections (``misspellings``) is a trie alone too, a marisa ``BytesTrie`` that
  holds each word with its corrections;
- ``NAME.values``: for a table of text (a word's parts of speech), one line per id;
  ``NAME.offsets``: where each line starts, one unsigned 32-bit little-endian count of
  characters per id and one past the end, so that a run slices the text it reads instead
  of splitting 90,000 lines at every start (the manifest's CRC-32 of the values ties the two:
  offsets made for other values are not used, the text is split as before);
- ``manifest.json``: per table, the SHA-256 of the sources it was built from (the test suite
  checks that the files are current), its number of words and its longest word.

The trie is memory-mapped, so the operating system loads only the pages a run touches and
``--jobs`` workers share them. Nothing here is pickle: a damaged file fails to load, it cannot
run code. The tables are read-only mappings with the ``dict`` methods the rules use.
"""

from __future__ import annotations

import functools
import itertools
import json
import sys
import zlib
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar, overload

import marisa_trie

from copylint.errors import ConfigError

MANIFEST = "manifest.json"
_T = TypeVar("_T")
_V = TypeVar("_V")
FORMAT = 1
REBUILD = "run python -m copylint.lexicon.build_compact"


class _Table(Mapping[str, _V]):
    """A read-only table: the trie of words, each word's value by its id, the manifest's facts."""

    def __init__(self, trie: marisa_trie.Trie, entry: dict[str, Any]) -> None:
        self._trie = trie
        #: The table's entry in the manifest (what the build recorded about it).
        self.entry = entry
        #: The length of the longest word (spelling expands no word longer than every known one).
        self.longest = int(entry["longest"])
        self._non_ascii: list[str] | None = entry.get("non-ascii")

    def _at(self, index: int) -> _V:
        """The value of the word with id ``index``."""
        raise NotImplementedError

    def __getitem__(self, word: str) -> _V:
        index = self._trie.get(word) if isinstance(word, str) else None
        if index is None:
            raise KeyError(word)
        return self._at(index)

    @overload
    def get(self, word: str, /) -> _V | None: ...
    @overload
    def get(self, word: str, /, default: _V) -> _V: ...
    @overload
    def get(self, word: str, /, default: _T) -> _V | _T: ...
    def get(self, word: str, /, default: object = None) -> object:
        index = self._trie.get(word)
        return default if index is None else self._at(index)

    def __contains__(self, word: object) -> bool:
        try:  # called for every word of every article: no isinstance on the common path
            return word in self._trie
        except (TypeError, AttributeError):  # not a string
            return False

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())

    def among(self, words: Iterable[str]) -> Iterator[str]:
        """Those of the strings ``words`` the table lists: spelling tests candidate spellings
        by the hundred, and this asks the trie without a Python call per string."""
        return filter(self._trie.__contains__, words)

    def opens(self, prefix: str) -> bool:
        """Whether a word the table lists starts with ``prefix`` (see _opens)."""
        return _opens(self._trie, prefix)

    def starting_with(self, prefix: str, limit: int) -> list[str] | None:
        """The words that start with ``prefix``, or None when there are more than ``limit``
        (see _starting_with)."""
        return _starting_with(self._trie, prefix, limit)

    def __len__(self) -> int:
        return len(self._trie)

    @property
    def non_ascii(self) -> list[str]:
        """The words with a letter outside ASCII ("café"): from the manifest when the build
        listed them, else found by a scan of every word."""
        if self._non_ascii is None:
            self._non_ascii = [w for w in self if not w.isascii()]
        return self._non_ascii

    def with_prefix(self, prefix: str) -> list[str]:
        """The words that start with ``prefix``, from the trie (no scan of the table)."""
        return list(self._trie.keys(prefix))


class Counts(_Table[int]):
    """A ``word → count`` table, with its words by first letter and length when the build
    wrote them (``NAME.starts``, read on first use: most runs never search two edits away)."""

    def __init__(
        self, trie: marisa_trie.Trie, counts: array[int], entry: dict[str, Any], starts: Path
    ) -> None:
        super().__init__(trie, entry)
        self._counts = counts
        self._starts = starts
        self._starts_crc32: int | None = entry.get("starts-crc32")

    def _at(self, index: int) -> int:
        count: int = self._counts[index]
        return count

    def starting(self, first: str, length: int) -> list[str]:
        """The words that start with the letter ``first`` and have ``length`` letters, sorted."""
        return self._groups.starting(first, length)

    @functools.cached_property
    def _groups(self) -> Groups:
        if self._starts_crc32 is None:
            raise ConfigError(str(self._starts), f"the table was built without it; {REBUILD}")
        return _load_groups(self._starts, self._starts_crc32)


class Groups:
    """The groups of a ``NAME.starts`` file by name ("a5"), each decoded when asked for."""

    __slots__ = ("_body", "_spans")

    def __init__(self, body: bytes, spans: dict[str, tuple[int, int]]) -> None:
        self._body = body
        self._spans = spans

    @classmethod
    def parse(cls, data: bytes) -> Groups | None:
        """The groups of ``data``, or None when its header does not describe it: a name and
        an end for every group, the last ending where the file does."""
        header, _, body = data.partition(b"\n")
        fields = header.decode("utf-8", "replace").split(" ")
        if len(fields) % 2 or not all(end.isdigit() for end in fields[1::2]):
            return None
        ends = [int(end) for end in fields[1::2]]
        if ends[-1] != len(body):
            return None
        starts = [0, *(end + 1 for end in ends[:-1])]
        return cls(body, dict(zip(fields[0::2], zip(starts, ends, strict=True), strict=True)))

    def words(self, name: str) -> list[str]:
        span = self._spans.get(name)
        return self._body[span[0] : span[1]].decode("utf-8").split(" ") if span else []

    def starting(self, first: str, length: int) -> list[str]:
        """The words that start with the letter ``first`` and have ``length`` letters, sorted."""
        return self.words(f"{first}{length}")


def _load_groups(path: Path, crc32: int | None) -> Groups:
    """The groups of the ``NAME.starts`` file ``path``, whose CRC-32 the manifest gives."""
    data = _read(path)
    groups = Groups.parse(data) if zlib.crc32(data) == crc32 else None
    if groups is None:
        raise ConfigError(str(path), f"does not match the manifest; {REBUILD}")
    return groups


class Words:
    """A set of words in a trie (``NAME.marisa``, no values): the union of the tables that
    spelling asks about together, so that a candidate spelling is one lookup, not one per
    table."""

    __slots__ = ("_trie",)

    def __init__(self, trie: marisa_trie.Trie) -> None:
        self._trie = trie

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._trie

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())

    def __len__(self) -> int:
        return len(self._trie)

    def among(self, words: Iterable[str]) -> Iterator[str]:
        """Those of the strings ``words`` the set holds (see _Table.among)."""
        return filter(self._trie.__contains__, words)

    def opens(self, prefix: str) -> bool:
        """Whether a word of the set starts with ``prefix`` (see _opens)."""
        return _opens(self._trie, prefix)

    def starting_with(self, prefix: str, limit: int) -> list[str] | None:
        """The words that start with ``prefix``, or None when there are more than ``limit``
        (see _starting_with)."""
        return _starting_with(self._trie, prefix, limit)


def _opens(trie: marisa_trie.Trie, prefix: str) -> bool:
    """Whether a key of ``trie`` starts with ``prefix``: the first key the trie walks to from
    it, if any (no key is listed beyond it). Spelling asks how far a typed word's letters
    begin a known word: no edit after them makes one."""
    return next(trie.iterkeys(prefix), None) is not None


def _starting_with(trie: marisa_trie.Trie, prefix: str, limit: int) -> list[str] | None:
    """The keys of ``trie`` that start with ``prefix``, or None when there are more than
    ``limit``: no more than ``limit`` + 1 keys are walked. Spelling reads a typed word's
    neighbours from them when they are few (see suggest.Vocabulary._near)."""
    keys = list(itertools.islice(trie.iterkeys(prefix), limit + 1))
    return keys if len(keys) <= limit else None


class _Lines(_Table[_V]):
    """A table whose value for each word is read from one line of text (``NAME.values``,
    read at the first value asked for)."""

    def __init__(self, trie: marisa_trie.Trie, entry: dict[str, Any], values: Path) -> None:
        super().__init__(trie, entry)
        self._values = values

    @functools.cached_property
    def _lines(self) -> list[str] | _Sliced:
        return _read_lines(self._values, self._trie, self.entry)


class _Sliced:
    """The lines of a text by number, sliced from it at the offsets the build recorded."""

    __slots__ = ("_offsets", "_text")

    def __init__(self, text: str, offsets: array[int]) -> None:
        self._text = text
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str:
        offsets = self._offsets  # index: a trie id, from 0 to len(self) - 1
        return self._text[offsets[index] : offsets[index + 1] - 1]


class Strings(_Lines[str]):
    """A ``word → text`` table."""

    def _at(self, index: int) -> str:
        return self._lines[index]


class Corrections(_Table[tuple[str, ...]]):
    """A ``misspelling → corrections`` table in one trie (``NAME.marisa``, a marisa
    ``BytesTrie``: each word with its corrections, comma-separated). Spelling asks whether the
    table lists a word at every unknown one, but for a correction only at a listed
    misspelling: a lookup reads the pages of the mapped trie it touches, where a values file
    beside a plain trie was read and checked whole (a megabyte, 2 ms of a one-draft check) at
    the first listed misspelling of a run."""

    def __getitem__(self, word: str) -> tuple[str, ...]:
        values = self._trie.get(word) if isinstance(word, str) else None
        if values is None:
            raise KeyError(word)
        return _corrections(values)

    @overload
    def get(self, word: str, /) -> tuple[str, ...] | None: ...
    @overload
    def get(self, word: str, /, default: tuple[str, ...]) -> tuple[str, ...]: ...
    @overload
    def get(self, word: str, /, default: _T) -> tuple[str, ...] | _T: ...
    def get(self, word: str, /, default: object = None) -> object:
        values = self._trie.get(word)
        return default if values is None else _corrections(values)


def _corrections(values: list[bytes]) -> tuple[str, ...]:
    """The corrections a ``BytesTrie`` holds for a word (its one value)."""
    return tuple(values[0].decode("utf-8").split(","))


def longest_word(words: Collection[str]) -> int:
    """The length of the longest of ``words``: from the manifest for a compact table, else
    counted (a scan of 200,000 words takes 50 ms)."""
    if isinstance(words, _Table):
        return words.longest
    return max(map(len, words), default=0)


def manifest(directory: Path) -> dict[str, Any]:
    """The manifest of the compact tables in ``directory`` (empty when there is none)."""
    path = directory / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise ConfigError(str(path), f"cannot read: {error}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(str(path), f"not a format-{FORMAT} manifest; {REBUILD}")
    tables: dict[str, Any] = data.get("tables", {})
    return tables


def _open(
    directory: Path, name: str, kind: type[marisa_trie.Trie] = marisa_trie.Trie
) -> tuple[marisa_trie.Trie, dict[str, Any]]:
    """The trie ``name`` (a ``kind``: a plain trie, or a ``BytesTrie`` with values), mapped
    into memory, and its manifest entry."""
    entry = manifest(directory).get(name)
    path = directory / f"{name}.marisa"
    if entry is None:
        raise ConfigError(str(path), f"not in the manifest; {REBUILD}")
    trie = kind()
    try:
        trie.mmap(str(path))
    except Exception as error:  # marisa raises plain Exceptions for bad or missing files
        raise ConfigError(str(path), f"cannot map the trie: {error}") from None
    if len(trie) != entry["words"]:
        raise ConfigError(str(path), f"does not match the manifest; {REBUILD}")
    return trie, entry


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(str(path), f"cannot read: {error.strerror or error}") from None


def load_counts(directory: Path, name: str) -> Counts:
    """The ``word → count`` table ``name`` from ``directory``."""
    trie, entry = _open(directory, name)
    path = directory / f"{name}.counts"
    counts = array("I")
    counts.frombytes(_read(path))
    if sys.byteorder == "big":
        counts.byteswap()
    if len(counts) != len(trie):
        raise ConfigError(str(path), f"does not match its trie; {REBUILD}")
    return Counts(trie, counts, entry, directory / f"{name}.starts")


def load_words(directory: Path, name: str) -> Words:
    """The set of words ``name`` from ``directory``."""
    return Words(_open(directory, name)[0])


def load_groups(directory: Path, name: str) -> tuple[Groups, dict[str, Any]]:
    """The words ``name`` by first letter and length (a ``NAME.starts`` file alone, no trie:
    a list that is only searched, never asked about one word) from ``directory``, with their
    manifest entry."""
    path = directory / f"{name}.starts"
    entry = manifest(directory).get(name)
    if entry is None:
        raise ConfigError(str(path), f"not in the manifest; {REBUILD}")
    return _load_groups(path, entry.get("starts-crc32")), entry


def load_strings(directory: Path, name: str) -> Strings:
    """The ``word → text`` table ``name`` from ``directory``."""
    return Strings(*_open(directory, name), directory / f"{name}.values")


def load_corrections(directory: Path, name: str) -> Corrections:
    """The ``misspelling → corrections`` table ``name`` from ``directory``."""
    return Corrections(*_open(directory, name, marisa_trie.BytesTrie))


def _lines(
    directory: Path, name: str
) -> tuple[marisa_trie.Trie, list[str] | _Sliced, dict[str, Any]]:
    """The trie, the lines and the manifest entry of the text table ``name``, read at once."""
    trie, entry = _open(directory, name)
    return trie, _read_lines(directory / f"{name}.values", trie, entry), entry


def _read_lines(path: Path, trie: marisa_trie.Trie, entry: dict[str, Any]) -> list[str] | _Sliced:
    """The lines of the values file ``path``, one per word of ``trie``: sliced at the offsets
    beside it when its CRC-32 is the manifest's, else split."""
    data = _read(path)
    lines: list[str] | _Sliced | None = None
    if entry.get("values-crc32") == zlib.crc32(data):
        lines = _offsets(path.with_suffix(".offsets"), data.decode("utf-8"))
    if lines is None:
        lines = data.decode("utf-8").split("\n")
    if len(lines) != len(trie):
        raise ConfigError(str(path), f"does not match its trie; {REBUILD}")
    return lines


def _offsets(path: Path, text: str) -> _Sliced | None:
    """The lines of ``text`` at the offsets in ``path``, or None when they do not fit it."""
    offsets = array("I")
    try:
        offsets.frombytes(path.read_bytes())
    except (OSError, ValueError):
        return None
    if sys.byteorder == "big":
        offsets.byteswap()
    if not offsets or offsets[-1] != len(text) + 1:
        return None
    return _Sliced(text, offsets)


def write_counts(
    directory: Path, name: str, table: Mapping[str, int], *, grouped: bool = True
) -> dict[str, int]:
    """Write the ``word → count`` table ``name`` into ``directory``, with its words by first
    letter and length when ``grouped`` (a table no search reads needs none); returns its
    manifest entry (without the sources, which the caller knows)."""
    by_id = _write_trie(directory, name, table)
    counts = array("I", (table[w] for w in by_id))
    if sys.byteorder == "big":
        counts.byteswap()
    (directory / f"{name}.counts").write_bytes(counts.tobytes())
    entry = {"words": len(by_id), "longest": longest_word(by_id)}
    if grouped:
        entry.update(write_groups(directory, name, by_id))
    return entry


def _starts(words: Collection[str]) -> bytes:
    """The content of ``NAME.starts`` for ``words`` (see the module's docstring)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        if not word or any(c.isspace() for c in word):
            raise ValueError(f"{word!r}: no word of a table of counts is empty or holds a space")
        groups.setdefault(f"{word[0]}{len(word)}", []).append(word)
    names = sorted(groups)
    lines = [" ".join(groups[name]).encode("utf-8") for name in names]
    header, end = [], -1
    for name, line in zip(names, lines, strict=True):
        end += 1 + len(line)
        header.append(f"{name} {end}")
    return " ".join(header).encode("utf-8") + b"\n" + b"\n".join(lines)


def write_groups(directory: Path, name: str, words: Collection[str]) -> dict[str, int]:
    """Write ``words`` by first letter and length (``NAME.starts`` alone) into ``directory``."""
    starts = _starts(words)
    (directory / f"{name}.starts").write_bytes(starts)
    return {"words": len(words), "longest": longest_word(words), "starts-crc32": zlib.crc32(starts)}


def write_words(directory: Path, name: str, words: Collection[str]) -> dict[str, int]:
    """Write the set of ``words`` (a trie alone) as ``name`` into ``directory``."""
    by_id = _write_trie(directory, name, words)
    return {"words": len(by_id), "longest": longest_word(by_id)}


def write_strings(directory: Path, name: str, table: Mapping[str, str]) -> dict[str, int]:
    """Write the ``word → text`` table ``name`` (one line of text a word, and where each line
    starts) into ``directory``."""
    by_id = _write_trie(directory, name, table)
    if any("\n" in table[w] for w in by_id):
        raise ValueError(f"{name}: a value holds a line break")
    text = "\n".join(table[w] for w in by_id)
    data = text.encode("utf-8")
    (directory / f"{name}.values").write_bytes(data)
    offsets = array("I", [0])
    for word in by_id:
        offsets.append(offsets[-1] + len(table[word]) + 1)
    if sys.byteorder == "big":
        offsets.byteswap()
    (directory / f"{name}.offsets").write_bytes(offsets.tobytes())
    return {"words": len(by_id), "longest": longest_word(by_id), "values-crc32": zlib.crc32(data)}


def write_corrections(
    directory: Path, name: str, table: Mapping[str, tuple[str, ...]]
) -> dict[str, int]:
    """Write the ``misspelling → corrections`` table ``name`` (one ``BytesTrie``) into
    ``directory``."""
    if any(not c or any("," in w for w in c) for c in table.values()):
        raise ValueError(f"{name}: a word has no correction, or a correction holds a comma")
    trie = marisa_trie.BytesTrie((w, ",".join(c).encode("utf-8")) for w, c in table.items())
    trie.save(str(directory / f"{name}.marisa"))
    return {"words": len(trie), "longest": longest_word(table)}


def _write_trie(directory: Path, name: str, words: Collection[str]) -> list[str]:
    """Save the trie of ``words``; returns them in the order of their ids."""
    trie = marisa_trie.Trie(words)
    trie.save(str(directory / f"{name}.marisa"))
    return [trie.restore_key(n) for n in range(len(trie))]


def write_manifest(directory: Path, tables: dict[str, Any]) -> None:
    text = json.dumps({"format": FORMAT, "tables": tables}, indent=1, sort_keys=True)
    (directory / MANIFEST).write_text(text + "\n", encoding="utf-8")
