"""headline/sentence-case: a headline in title case."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import regex

from copylint.analysis.layout import article_regions
from copylint.checks.headline import headlines
from copylint.lexicon.dictionary import english_counts, name_counts
from copylint.model import Severity
from copylint.resources import data_path, load_toml
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
#: A word after one of these opens a new phrase, and AP capitalizes it ("Budget: What's next").
_OPENERS = frozenset(":—–?!")
#: Always capitalized, and common words in lowercase too ("may", "sun").
_CALENDAR = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
    }
)
#: Fewer capitalized common words than this is more likely a proper noun than title case.
_MIN_TITLE_CASED = 2


_BOUNDARY = regex.compile(r"\b")


@functools.cache
def proper_phrases() -> tuple[str, ...]:
    """Names made of common words ("Middle East", "White House") and the multiword places,
    longest first."""
    phrases = set(load_toml(data_path("lexicon", "proper-phrases.toml"))["phrases"])
    for names in load_toml(data_path("lexicon", "places.toml")).values():
        phrases.update(n for n in names if " " in n)
    return tuple(sorted(phrases, key=len, reverse=True))


def proper_phrases_in(text: str, start: int, end: int) -> Iterator[str]:
    """The proper phrases between ``start`` and ``end``, whole words, as one alternation of
    them (longest first) would find them: at the leftmost place, the longest, then on after
    it. (Sixty phrases are found with ``str.find``; their pattern took 4 ms to compile.)"""
    places: dict[int, list[str]] = {}
    for phrase in proper_phrases():
        at = text.find(phrase, start, end)
        while at >= 0:
            places.setdefault(at, []).append(phrase)
            at = text.find(phrase, at + 1, end)
    after = start
    for at in sorted(places):
        if at < after or _BOUNDARY.match(text, at, end) is None:
            continue
        for phrase in places[at]:  # longest first
            if _BOUNDARY.match(text, at + len(phrase), end) is not None:
                yield phrase
                after = at + len(phrase)
                break


def _proper_words(doc: Document) -> frozenset[str]:
    """Words the body capitalizes in mid-sentence: names and parts of names ("New" in "New
    York", "Council" in "City Council")."""
    regions = article_regions(doc)
    starts = {s.start for s in doc.sentences}
    found = set()
    for block, region in zip(doc.blocks, regions, strict=True):
        if region == "headline":
            continue
        for match in _WORD.finditer(doc.text, block.start, block.end):
            word = match.group()
            if word[0].isupper() and match.start() not in starts:
                found.add(word)
    for block in doc.blocks:
        for phrase in proper_phrases_in(doc.text, block.start, block.end):
            found.update(phrase.split())
    return frozenset(found)


class SentenceCase(Rule):
    id = "headline/sentence-case"
    severity = Severity.WARNING
    summary = "A headline in title case"
    what = (
        'Flags a headline that capitalizes common words ("Council Approves New Budget For '
        "Parks\") and suggests AP's sentence case: the first word, the first word after a "
        "colon, and proper nouns capitalized, everything else lowercase. A word the story "
        "capitalizes in mid-sentence is taken for a name; words the dictionary does not know "
        "(names) and abbreviations keep their capitals. Two or more such words make a title-case "
        "headline; one alone may be a name and is left alone. Subheads (level 2 and deeper) are "
        "not read."
    )
    why = (
        'AP Stylebook, "headlines": "Capitalize the first word and all proper nouns", '
        "lowercase everything else (sentence case); the AP converts headlines to title case "
        "only for clients that ask for it."
    )
    bad = (
        Example(
            "# Council Approves New Budget For Parks\n\nThe council voted Monday.\n",
            format="markdown",
            flags=("Approves New Budget For Parks",),
        ),
    )
    good = (
        Example(
            "# Council approves new budget for parks\n\nThe council voted.\n", format="markdown"
        ),
        Example(
            "# New York Council approves budget\n\nThe New York Council voted.\n", format="markdown"
        ),
        Example("# Budget: What comes next\n\nThe council voted.\n", format="markdown"),
    )
    fix_safety = (
        "Unsafe (a suggestion): a capitalized word the story never uses again may be a name."
    )
    references = ("https://writingexplained.org/ap-style/ap-style-headlines",)

    @staticmethod
    def _common(word: str, english: Mapping[str, int]) -> bool:
        """A common word in lowercase: known to the dictionary, more common as a word than as a
        name, not a day or month, with no capitals inside (abbreviations, McGuire)."""
        stem = regex.sub(r"['’]s$", "", word)
        lower = stem.lower()
        return (
            stem[1:].islower()
            and stem not in _CALENDAR
            and english.get(lower, 0) > name_counts().get(lower, 0)
        )

    def check(self, doc: Document) -> Iterator[Finding]:
        english = english_counts()
        proper: frozenset[str] | None = None
        for block in headlines(doc):
            title_cased = []
            for index, match in enumerate(_WORD.finditer(doc.text, block.start, block.end)):
                word = match.group()
                before = doc.text[block.start : match.start()].rstrip()
                if index == 0 or before[-1:] in _OPENERS or not word[0].isupper():
                    continue
                if doc.in_quotation(match.start()) or not self._common(word, english):
                    continue  # a quoted title, an abbreviation, a name
                proper = proper if proper is not None else _proper_words(doc)
                if word not in proper:
                    title_cased.append(match)
            if len(title_cased) < _MIN_TITLE_CASED:
                continue
            edits = tuple(
                TextEdit(m.start(), m.start() + 1, m.group()[0].lower()) for m in title_cased
            )
            yield Finding(
                title_cased[0].start(),
                title_cased[-1].end(),
                "AP headlines use sentence case: capitalize only the first word and proper "
                f"nouns ({', '.join(repr(m.group()) for m in title_cased)})",
                edits=edits,
                safe=False,
            )
