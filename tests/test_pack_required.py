"""A pack entry's regular expressions are skipped on a text that lacks what they require: the
strings read from a pattern's source must be in the shape of every text it matches in, so the
skip never loses a match."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from copylint.packs.entry import Entry
from copylint.packs.matching import Matcher
from copylint.packs.required import met, requirements, shape

#: Characters whose case folding is unusual (several characters, no upper case, a sign that
#: folds to a letter), beside plain ones.
CHARS = ["a", "b", "A", "B", "s", "S", "ß", "ẞ", "i", "I", "İ", "ı", "σ", "ς", "Σ", "ﬁ", "f",
         "k", "\u212a", "1", "0", "\u0663", " ", "\t", "\u00a0", ".", ",", "-", "'",
         "%"]  # fmt: skip
ATOMS = [*CHARS, r"\.", r"\d", r"\s", r"\w", r"\b", "[ab]", "[^a]", "[sß]", "[İk]", "[a-c]",
         "[-a]", "[a-]", "[\u212a.]", "[a&&b]", "[\\d,]", ".", r"\p{L}", r"\1", "^",
         "$", r"\-", r"\n", r"\x41", r"\u00a0", "[0-9]", "[1-3]", "[\\d,]", "[ \\t\\u00a0]",
         "[!-/]", r"[\x20-\x2f]", "[ab-]", r"\t", "[%,]", r"\N{DIGIT ONE}"]  # fmt: skip
QUANTIFIERS = ["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "{,2}", "??", "++", "{1,3}",
               "{5}"]  # fmt: skip


def _patterns() -> st.SearchStrategy[str]:
    atom = st.sampled_from(ATOMS)

    def grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        sequence = st.lists(inner, min_size=1, max_size=4).map("".join)
        alternation = st.lists(sequence, min_size=1, max_size=3).map("|".join)
        opening = st.sampled_from(["(?:", "(", "(?=", "(?!", "(?<=", "(?<!", "(?i:", "(?-i:",
                                   "(?|", "(?>", "(?P<n>"])  # fmt: skip
        group = st.tuples(opening, alternation).map(lambda pair: f"{pair[0]}{pair[1]})")
        quantified = st.tuples(group | inner, st.sampled_from(QUANTIFIERS)).map("".join)
        return quantified | inner

    items = st.recursive(atom, grow, max_leaves=8)
    sequence = st.lists(items, min_size=1, max_size=5).map("".join)
    return st.lists(sequence, min_size=1, max_size=3).map("|".join)


TEXTS = st.lists(
    st.sampled_from([*CHARS, "ss", "SS", "fi", "ab", "AB", "\n", "12", "\u2009"]), max_size=25
).map("".join)


def _matches(pattern: regex.Pattern[str], text: str) -> bool:
    return any(m.end() > m.start() for m in pattern.finditer(text, overlapped=True))


@pytest.mark.slow
@settings(max_examples=1500, deadline=None)
@given(source=_patterns(), text=TEXTS, ignore_case=st.booleans())
def test_a_text_without_the_required_literals_has_no_match(
    source: str, text: str, ignore_case: bool
) -> None:
    try:
        pattern = regex.compile(source, regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0))
    except (regex.error, OverflowError):
        assume(False)
        return
    needs = requirements(source)
    if needs is not None and not met(needs, shape(text)):
        assert not _matches(pattern, text)


def _read(source: str) -> list[set[str]] | None:
    found = requirements(source)
    return None if found is None else [set(strings) for strings in found]


def test_the_requirements_read_from_pack_like_patterns() -> None:
    assert _read(r"(\$\d[\d,]*(?:\.\d+)?) dollars\b") == [{" dollars"}, {"$0"}]
    assert _read(r"(?:AM|A\.M\.|am|a\.m\.)") == [{"am", "a.m."}]
    assert _read(r",{2,}") == [{",,"}]  # at least two: the first two, together
    assert _read(r"(a|bc){2,}x") == [{"aax", "abcx", "bcax", "bcbcx"}]
    assert _read(r"(?i)Tow the") == [{"tow the"}]
    # A digit before an ordinal's letters, a space before punctuation: joined across items.
    assert _read(r"(?<![\p{N}.,])(\d*(?:1[1-3]|[04-9]))(?:st|nd|rd)\b") == [{"0st", "0nd", "0rd"}]
    assert _read(r"(?<=\p{L})[ \t\u00a0]+([,;])") == [{" ,", " ;"}]
    # Every string, when they are few; a positive lookaround's text is required too.
    assert _read(r"\bjive(s|d) with\b") == [{"jives with", "jived with"}]
    assert _read(r"(?<=\b(?:Jan|Feb)\.\s+)(\d{1,2})th") == [{"jan. ", "feb. "}, {"0th"}]
    assert _read(r"(?<=\s)[–-](?=\s)") == [{" "}, {"–", "-"}]
    assert _read(r"(?<!\d)x(?!y)") == [{"x"}]  # a negative one requires nothing
    assert _read(r"[a-c]x?") == [{"a", "b", "c"}]
    assert _read(r"[!-\/]x") == [{"x"}]  # a range ending in an escape: any character
    assert _read(r"\p{L}+") is None  # nothing known


def test_a_text_is_compared_in_its_shape() -> None:
    assert shape("In 1999,\tMAY\u00a0\u0663") == "in 0000, may 0"
    assert met((frozenset({"0 may", "may 0"}),), shape("May\u20095"))
    assert not met((frozenset({"0th"}), frozenset({"may"})), shape("the 5th of June"))


SHAPE_CHARS = ["a", "Z", "5", " ", "\t", "\n", "\u201c", "\u2014", "é", "ß", "İ", "ı", "\u0307",
               "\u00a0", "\u2009", "\u0663", "\uff15", "\ud800", "\U0001f600", "\x1c"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(SHAPE_CHARS), max_size=12).map("".join))
def test_the_shape_is_the_folded_text_with_digits_and_spaces_written_once(text: str) -> None:
    """The quick paths (ASCII, a text whose only other characters are neither digits nor
    white space) give what folding and two substitutions give."""
    folded = text.casefold().translate(str.maketrans({"\u0307": None, "ı": "i"}))
    expected = regex.sub(r"\s", " ", regex.sub(r"\d", "0", folded, flags=regex.V1), flags=regex.V1)
    assert shape(text) == expected


def _matcher(patterns: list[str]) -> Matcher:
    """An entry of a built-in pack, whose patterns compile on first use."""
    entry = Entry(Path("test.toml"), 0, {"id": "usage/test"}, origin="built-in pack test")
    return Matcher.compile(entry, [], patterns, ignore_case=True)


def _compiled(m: Matcher) -> list[object]:
    """What the matcher compiled of its regular expressions: the combined scan, each alone."""
    search = m.search()
    return [*([search.pattern] if "pattern" in vars(search) else []), *search._branches]


def test_a_pattern_is_not_compiled_on_a_text_without_its_literals() -> None:
    m = _matcher([r"(\d+) dollars\b", r"\d+ bucks"])
    assert not list(m._hits("It cost 5 euros."))
    assert _compiled(m) == []  # skipped before compiling
    assert [h.text for h in m._hits("It cost 5 DOLLARS.")] == ["5 DOLLARS"]
    assert _compiled(m) == [0]  # the one whose literal is there, alone


MONEY_PIECES = ["5", " ", "dollars", "Dollars", "DOLLARS", "bucks", "1st", "a.m.", "AM", ",",
                ",,", "x", "ß", "\n"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(MONEY_PIECES), max_size=12).map("".join))
def test_the_filtered_scan_finds_what_the_full_scan_finds(text: str) -> None:
    """Each pattern scanned alone where its literals are finds what one combined scan of all
    of them finds, each match settled as the first pattern that matches there."""
    m = _matcher([r"(\d+) dollars\b", r"(\d{1,2})(?:st|nd|rd|th)\b", r"\d (?:AM|a\.m\.)", ",{2,}",
                  r"\d+ (?:dollars|bucks)"])  # fmt: skip
    search = m.search()
    combined = [
        (hit.start, hit.end, hit.term)
        for match in search.pattern.finditer(text, overlapped=True)
        if match.end() > match.start() and (hit := m._resolve(search, text, match)) is not None
    ]
    chosen, end = [], 0
    for start, stop, term in combined:
        if start >= end:
            chosen.append((start, stop, term))
            end = stop
    assert [(h.start, h.end, h.term) for h in m._hits(text)] == chosen


def test_a_context_condition_is_not_compiled_on_a_text_without_what_it_requires() -> None:
    entry = Entry(
        Path("test.toml"),
        0,
        {"id": "usage/test", "followed-by": r"-(?:year|month)-olds?\b"},
        origin="built-in pack test",
    )
    m = Matcher.compile(entry, ["five"], ignore_case=True)
    assert [h.text for h in m._hits("Five years later, five of them left.")] == []
    assert m._context == {}  # no "-year-old" anywhere: the lookahead cannot hold
    assert [h.text for h in m._hits("The five-year-old and the five-month-olds.")] == [
        "five",
        "five",
    ]
    assert list(m._context) == [m.after]
