"""The spelling lexicons in their compact form: current, equal to their sources, fast to load."""

from __future__ import annotations

import shutil
import time
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from copylint.errors import ConfigError
from copylint.lexicon import build_compact, compact, dictionary
from copylint.resources import data_path

SHIPPED = data_path(*dictionary.COMPACT)


def test_shipped_tables_are_built_from_the_current_sources() -> None:
    assert build_compact.stale(SHIPPED) == [], "run python -m copylint.lexicon.build_compact"


@pytest.mark.parametrize(
    ("name", "source", "table"),
    [
        ("english", build_compact.english, dictionary.english_counts),
        ("names", build_compact.names, dictionary.name_counts),
        ("misspellings", lambda: build_compact.misspellings()[0], dictionary.misspellings),
        ("grammar", build_compact.grammar, lambda: compact.load_strings(SHIPPED, "grammar")),
    ],
)
def test_table_holds_exactly_what_its_source_says(
    name: str, source: Callable[[], Mapping[str, object]], table: Callable[[], Mapping[str, object]]
) -> None:
    expected, shipped = source(), table()
    assert len(shipped) == len(expected)
    assert all(shipped[word] == value for word, value in expected.items()), name
    assert set(shipped) == set(expected)
    assert shipped.longest == max(map(len, expected))
    assert sorted(shipped.non_ascii) == sorted(w for w in expected if not w.isascii())


def test_a_table_of_counts_groups_its_words_by_first_letter_and_length() -> None:
    """The groups the two-edit search reads are the table's words, grouped as a scan of every
    word groups them (as spelling did at its first search, in a quarter of a second)."""
    words = dictionary.english_counts()
    scanned: dict[tuple[str, int], list[str]] = {}
    for word in words:
        scanned.setdefault((word[:1], len(word)), []).append(word)
    assert all(words.starting(*key) == sorted(group) for key, group in scanned.items())
    assert sum(map(len, scanned.values())) == len(words)
    assert words.starting("q", 40) == [] and words.starting("", 3) == []
    assert "café" in dictionary.english_counts().starting("c", 4)


def test_the_set_of_all_words_is_the_english_words_and_the_names() -> None:
    """Spelling looks a capitalized word's candidates up in one trie, not in each table: it
    must hold exactly the words of both."""
    union = dictionary.known_words()
    english, names = dictionary.english_counts(), dictionary.name_counts()
    assert set(union) == set(english) | set(names)
    assert len(union) < len(english) + len(names)  # the tables share words
    assert "café" in union and "ramallah" in union and "isareli" not in union
    assert 3 not in union
    assert sorted(union.among(["paris", "xqzv", "colour"])) == ["colour", "paris"]


def test_the_reversed_set_is_every_known_word_spelled_backward() -> None:
    """Spelling reads the words that end as a typed word does from this trie (see
    suggest.Vocabulary._edits_before): it must hold exactly the known words, reversed."""
    reversed_words = dictionary.known_endings()
    assert set(reversed_words) == {w[::-1] for w in dictionary.known_words()}
    assert "hallamar" in (reversed_words.starting_with("hallam", 50) or ())  # ramallah
    assert reversed_words.starting_with("gni", 10) is None
    english = dictionary.english_endings()
    assert set(english) == {w[::-1] for w in dictionary.english_counts()}


def test_misspelled_names_come_from_the_manifest_as_the_source_gives_them() -> None:
    assert dictionary.misspelled_names() == frozenset(build_compact.misspellings()[1])
    assert "tuscon" in dictionary.misspelled_names()  # "Tuscon" → Tucson, given capitalized


def test_tables_map_into_memory_in_milliseconds() -> None:
    started = time.process_time()
    for _ in range(3):
        compact.load_counts(SHIPPED, "english")
        compact.load_counts(SHIPPED, "names")
        compact.load_corrections(SHIPPED, "misspellings")
    assert (time.process_time() - started) / 3 < 0.05  # parsing the sources took 0.3 s
    started = time.process_time()
    for _ in range(3):
        compact.load_counts(SHIPPED, "english").starting("s", 8)
        compact.load_groups(SHIPPED, "prominent")[0].starting("s", 8)
    assert (time.process_time() - started) / 3 < 0.05  # grouping every word took 0.25 s


def test_a_table_reads_like_a_dict() -> None:
    english = dictionary.english_counts()
    assert english["the"] > english["lede"] >= dictionary.NEWSROOM_COUNT
    assert english.get("colour") is None and english.get("colour", 0) == 0
    assert "color" in english and "Color" not in english and 3 not in english
    with pytest.raises(KeyError):
        english["colour"]
    assert dictionary.misspellings()["diety"][0] == "deity"
    assert dictionary.misspellings().get("deity", ()) == ()
    assert "deity" in english.with_prefix("deit")


def test_a_damaged_table_is_one_clear_error(tmp_path: Path) -> None:
    shutil.copytree(SHIPPED, tmp_path, dirs_exist_ok=True)
    counts = tmp_path / "names.counts"
    counts.write_bytes(counts.read_bytes()[:-4])
    with pytest.raises(ConfigError, match=r"names\.counts"):
        compact.load_counts(tmp_path, "names")
    (tmp_path / "english.marisa").write_bytes(b"not a trie")
    with pytest.raises(ConfigError, match=r"english\.marisa"):
        compact.load_counts(tmp_path, "english")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-1],  # truncated
        lambda data: data.replace(b"abacus", b"abucas", 1),  # another build's
        lambda data: b"",  # emptied
        lambda data: b"a1 x\na",  # no offset in the header
        lambda data: b"a1 1 b1\na",  # a group without its end
    ],
)
def test_a_damaged_file_of_groups_is_one_clear_error(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    shutil.copytree(SHIPPED, tmp_path, dirs_exist_ok=True)
    starts = tmp_path / "english.starts"
    starts.write_bytes(damage(starts.read_bytes()))
    english = compact.load_counts(tmp_path, "english")  # read on first use, not here
    with pytest.raises(ConfigError, match=r"english\.starts: does not match"):
        english.starting("a", 6)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data + b" extra",  # the header does not cover the file
        lambda data: b"",
        lambda data: b"a5 x\nalpha",
        lambda data: b"a5 5 b4\nalpha",
    ],
)
def test_groups_the_header_does_not_describe_are_refused(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    """The manifest's CRC-32 matches (a file written by hand, or by a build with another
    layout), but the header does not describe the file: one clear error, no traceback."""
    table = {"alpha": 3, "beta": 2, "bravo": 1}
    compact.write_manifest(tmp_path, {"words": compact.write_counts(tmp_path, "words", table)})
    assert compact.load_counts(tmp_path, "words").starting("b", 5) == ["bravo"]
    assert compact.load_counts(tmp_path, "words").starting("b", 4) == ["beta"]
    starts = tmp_path / "words.starts"
    data = damage(starts.read_bytes())
    starts.write_bytes(data)
    entry = compact.manifest(tmp_path)["words"]
    compact.write_manifest(tmp_path, {"words": {**entry, "starts-crc32": zlib.crc32(data)}})
    with pytest.raises(ConfigError, match=r"words\.starts: does not match"):
        compact.load_counts(tmp_path, "words").starting("b", 4)


def test_check_names_a_table_whose_source_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(SHIPPED, tmp_path, dirs_exist_ok=True)
    manifest = tmp_path / compact.MANIFEST
    manifest.write_text(manifest.read_text().replace('"names.tsv": "', '"names.tsv": "0'))
    assert build_compact.main(["--check", "--output", str(tmp_path)]) == 1
    assert "names: out of date" in capsys.readouterr().out


def test_text_tables_slice_their_lines_at_the_recorded_offsets() -> None:
    """The grammar lexicon is read by slicing at the build's offsets (splitting 90,000 lines
    took a tenth of a one-draft check), and holds what splitting gives."""
    for name in ("grammar",):
        trie, lines, _ = compact._lines(SHIPPED, name)
        assert isinstance(lines, compact._Sliced), name
        split = (SHIPPED / f"{name}.values").read_text(encoding="utf-8").split("\n")
        assert len(lines) == len(split) == len(trie)
        assert all(lines[i] == line for i, line in enumerate(split)), name


def test_offsets_made_for_other_values_are_not_used(tmp_path: Path) -> None:
    """A values file rebuilt without its offsets (another build, a merge) is split as before."""
    table = {"colour": "color", "centre": "center", "café": "cafe,caff"}
    directory = tmp_path / "tables"
    directory.mkdir()
    entry = compact.write_strings(directory, "words", table)
    compact.write_manifest(directory, {"words": entry})
    assert isinstance(compact._lines(directory, "words")[1], compact._Sliced)
    assert dict(compact.load_strings(directory, "words")) == table
    values = directory / "words.values"
    changed = {word: value.upper() for word, value in table.items()}  # same words, new values
    values.write_text("\n".join(changed[w] for w in compact.load_strings(directory, "words")))
    lines = compact._lines(directory, "words")[1]
    assert isinstance(lines, list)  # the CRC-32 no longer matches: split, not sliced
    assert dict(compact.load_strings(directory, "words")) == changed
    compact.write_strings(directory, "words", table)  # the values again, as built ...
    (directory / "words.offsets").write_bytes(b"\x00\x00\x00\x00")  # ... offsets damaged
    assert isinstance(compact._lines(directory, "words")[1], list)
    assert dict(compact.load_strings(directory, "words")) == table


def test_the_prominent_words_are_those_a_table_counts_prominent_times() -> None:
    """The list the two-slip search reads holds every word the English dictionary or the names
    lexicon counts PROMINENT times or more, and no other, grouped by first letter and length."""
    english, names = dictionary.english_counts(), dictionary.name_counts()
    expected: dict[tuple[str, int], list[str]] = {}
    for word in set(english) | set(names):
        if max(english.get(word, 0), names.get(word, 0)) >= dictionary.PROMINENT:
            expected.setdefault((word[:1], len(word)), []).append(word)
    prominent = dictionary.prominent_words()
    assert all(prominent.starting(*key) == sorted(group) for key, group in expected.items())
    assert prominent.starting("q", 40) == []
    total = compact.manifest(SHIPPED)["prominent"]["words"]
    assert sum(map(len, expected.values())) == total < len(english) + len(names)


def test_check_names_a_table_built_with_another_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The prominent words depend on PROMINENT as well as on the sources: a table built for
    another count is out of date."""
    shutil.copytree(SHIPPED, tmp_path, dirs_exist_ok=True)
    entries = compact.manifest(tmp_path)
    entries["prominent"]["least"] = dictionary.PROMINENT + 1
    compact.write_manifest(tmp_path, entries)
    assert build_compact.main(["--check", "--output", str(tmp_path)]) == 1
    assert "prominent: out of date" in capsys.readouterr().out


def test_corrections_are_read_from_their_trie_alone(tmp_path: Path) -> None:
    """The misspellings keep their corrections in the trie (a ``BytesTrie``): a correction
    is read without a values file (reading it whole cost a one-draft check 2 ms), and a
    correction with a comma, which the trie could not give back, is refused at the build."""
    table = {"diety": ("deity",), "wich": ("which", "witch"), "cafe": ("café",)}
    entry = compact.write_corrections(tmp_path, "fixes", table)
    compact.write_manifest(tmp_path, {"fixes": entry})
    assert {p.name for p in tmp_path.iterdir()} == {compact.MANIFEST, "fixes.marisa"}
    fixes = compact.load_corrections(tmp_path, "fixes")
    assert dict(fixes) == table and len(fixes) == 3 and fixes.longest == 5
    assert "wich" in fixes and "which" not in fixes and 3 not in fixes
    assert fixes.get("wich") == ("which", "witch") and fixes.get("which", ()) == ()
    with pytest.raises(KeyError):
        fixes["which"]
    with pytest.raises(ValueError, match="comma"):
        compact.write_corrections(tmp_path, "bad", {"teh": ("the,", "ten")})


def test_a_table_built_without_its_groups_says_so(tmp_path: Path) -> None:
    """The names are not grouped (no search reads them so): asking for a group is one clear
    error naming the file, not a traceback."""
    entry = compact.write_counts(tmp_path, "words", {"alpha": 3}, grouped=False)
    compact.write_manifest(tmp_path, {"words": entry})
    assert not (tmp_path / "words.starts").exists()
    assert compact.load_counts(tmp_path, "words")["alpha"] == 3
    with pytest.raises(ConfigError, match=r"words\.starts: the table was built without it"):
        compact.load_counts(tmp_path, "words").starting("a", 5)
