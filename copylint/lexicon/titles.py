"""The title table: which titles stand before a name, and how AP writes them.

The knowledge is data (``rules/lexicon/titles.toml``); this module loads it once and finds
titles in a run of words, ignoring case, so that "foreign minister" is found as well as
"Foreign Minister", and "Sec." as well as "Secretary".
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import regex

from copylint.errors import ConfigError
from copylint.prose import BLOCK_SEPARATOR
from copylint.resources import data_path, load_toml
from copylint.tokens import Word

KINDS = ("formal", "rank", "academic", "courtesy", "religious", "royal")

#: Title kinds that name a person's office or address them, so that a single name after them
#: is a surname ("Sec. Blinken", "Mr. Blinken"); after a royal or religious title it is a
#: given or regnal name ("Pope Francis", "King Charles").
SURNAME_TITLES = frozenset({"formal", "rank", "academic", "courtesy"})

#: Words of a title that stay lowercase when it is capitalized: "Secretary of State".
_MINOR_WORDS = frozenset({"of", "the", "and", "for"})


class Title(NamedTuple):
    """One office or rank, with the forms it is written in before a name (first: in full)."""

    forms: tuple[str, ...]
    kind: str
    capitalize: bool = False
    lowercase: bool = False  # "coach": AP lowercases it before a name too
    distinct: bool = False
    also_a_name: bool = False  # "Dean": a given name too

    @property
    def spelled(self) -> str:
        return self.forms[0]

    @property
    def office(self) -> str:
        return self.spelled.lower()

    @property
    def head(self) -> str:
        """The word that names the office: "secretary" for "Secretary of State"."""
        return self.office.split(" of ", 1)[0].split()[-1]

    @property
    def generic(self) -> bool:
        """A one-word office ("Secretary") that short references use for longer ones."""
        return " " not in self.office

    def same_office(self, other: Title) -> bool:
        """True when both name one office: the same, or one the generic short form of the other
        ("Secretary" and "Secretary of State"; not "President" and "Vice President")."""
        if self.office == other.office:
            return True
        return any(
            short.generic and long.head == short.office and not long.distinct
            for short, long in ((self, other), (other, self))
        )


class Abbreviation(NamedTuple):
    """An abbreviated title ("Sec.") and whether AP abbreviates it before a full name."""

    form: str
    title: Title
    ap: bool
    instead: str  # what AP writes in its place

    @property
    def words(self) -> int:
        return len(self.form.split())


class TitleMatch(NamedTuple):
    """A title found in the prose: ``text[start:end]``, the words ``tokens[first:stop]``."""

    start: int
    end: int
    first: int
    stop: int
    written: str
    title: Title
    abbreviation: Abbreviation | None = None

    @property
    def is_capitalized(self) -> bool:
        """Every word but "of", "the" … begins with a capital ("Foreign Minister")."""
        return all(
            word[:1].isupper() for word in self.written.split() if word.lower() not in _MINOR_WORDS
        )

    @property
    def capitalized(self) -> str:
        """The title as AP writes it directly before a name."""
        return capitalize_title(self.written)


_INSTITUTION_AFTER = regex.compile(
    r"^(?:['’]s)?\s+(?:Office|Residence|Cabinet|Council|Palace|Mansion|Secretariat|Committee"
    r"|Commission|Cup|Award|Prize|Medal|List|Scholars?|Fellows?)\b"
)
_INSTITUTION_BEFORE = regex.compile(
    r"\b(?:Office|Department|Cabinet|Council|Ministry|Bureau|House|Residence)\s+of\s+the\s+$"
)


def in_institution_name(text: str, start: int, end: int) -> bool:
    """A title inside an institution's name ("Office of the President", "the Chancellor's
    Office", "the President's Cup") is no title: its capitals are the name's."""
    return bool(
        _INSTITUTION_AFTER.match(text[end : end + 40])
        or _INSTITUTION_BEFORE.search(text[max(0, start - 40) : start])
    )


def capitalize_title(text: str) -> str:
    """ "foreign minister" → "Foreign Minister"; "secretary of state" → "Secretary of State".
    The white space between the words (a line break, say) is kept."""
    pieces = regex.split(r"(\s+)", text)
    return "".join(
        piece if n % 2 or (n and piece.lower() in _MINOR_WORDS) else piece[:1].upper() + piece[1:]
        for n, piece in enumerate(pieces)
    )


class _Phrase(NamedTuple):
    """A title or abbreviation as the words that spell it, indexed by its first word."""

    words: tuple[str, ...]  # lowercase; an abbreviated word keeps its period: ("lt.", "gov.")
    title: Title
    abbreviation: Abbreviation | None


class TitleTable:
    """All titles and abbreviations, indexed by their first word."""

    def __init__(self, titles: Sequence[Title], abbreviations: Sequence[Abbreviation]) -> None:
        self.titles = tuple(titles)
        self.abbreviations = tuple(abbreviations)
        self._by_first: dict[str, list[_Phrase]] = {}
        phrases = [_Phrase(_words(form), t, None) for t in titles for form in t.forms]
        phrases += [_Phrase(_words(a.form), a.title, a) for a in abbreviations]
        for phrase in phrases:
            self._by_first.setdefault(phrase.words[0].rstrip("."), []).append(phrase)
        for candidates in self._by_first.values():
            candidates.sort(key=lambda p: -len(p.words))  # the longest match wins
        #: The lowercase first words of every title and abbreviation (without a period).
        self.first_words = frozenset(self._by_first)

    def ap_abbreviation(self, title: Title) -> str | None:
        """The abbreviation AP uses for ``title`` before a full name ("Sen.", "Gov.", "Rep."
        for "Congresswoman"), or None."""
        return next(
            (
                a.form
                for a in self.abbreviations
                if a.ap and a.title is title and not a.form.rstrip(".").endswith("s")
            ),
            None,
        )

    def match(self, text: str, tokens: Sequence[Word], index: int) -> TitleMatch | None:
        """The longest title that starts at ``tokens[index]``, or None."""
        for phrase in self._by_first.get(tokens[index].base.lower(), ()):
            stop = index + len(phrase.words)
            if stop <= len(tokens) and _fits(text, tokens, index, phrase.words):
                last = tokens[stop - 1]
                period = 1 if phrase.words[-1].endswith(".") else 0
                written = " ".join(
                    token.base + ("." if word.endswith(".") else "")
                    for token, word in zip(tokens[index:stop], phrase.words, strict=True)
                )
                return TitleMatch(
                    tokens[index].start,
                    last.start + len(last.base) + period,
                    index,
                    stop,
                    written,
                    phrase.title,
                    phrase.abbreviation,
                )
        return None


def _words(form: str) -> tuple[str, ...]:
    return tuple(form.lower().split())


def _fits(text: str, tokens: Sequence[Word], index: int, words: tuple[str, ...]) -> bool:
    for offset, word in enumerate(words):
        token = tokens[index + offset]
        if offset:
            gap = text[tokens[index + offset - 1].end : token.start]
            if words[offset - 1].endswith("."):
                gap = gap.removeprefix(".")
            if not gap.isspace() or BLOCK_SEPARATOR in gap:
                return False
        if offset < len(words) - 1 and token.base != token.text:
            return False  # a possessive ends a title: "Israel's Prime Minister"
        if token.base.lower() != word.rstrip("."):
            return False
        if word.endswith(".") and (
            text[token.end : token.end + 1] != "." or not token.text[:1].isupper()
        ):
            return False  # an abbreviated title is capitalized: "14 ms. Measured" has none
    return True


@functools.cache
def title_table() -> TitleTable:
    """The built-in title table (``rules/lexicon/titles.toml``), loaded once."""
    path = data_path("lexicon", "titles.toml")
    data = load_toml(path)
    titles = [_title(str(path), entry) for entry in data.get("title", [])]
    by_form = {form.lower(): title for title in titles for form in title.forms}
    abbreviations = []
    for entry in data.get("abbreviation", []):
        title = by_form.get(str(entry.get("title", "")).lower())
        if title is None or "form" not in entry:
            raise ConfigError(str(path), f"abbreviation {entry!r}: needs a form and a known title")
        abbreviations.append(
            Abbreviation(
                entry["form"], title, bool(entry.get("ap")), entry.get("instead", title.spelled)
            )
        )
    return TitleTable(titles, abbreviations)


@functools.cache
def house_title_table(titles: tuple[str, ...], files: tuple[str, ...]) -> TitleTable:
    """The built-in titles and a newsroom's own: ``titles`` are formal titles AP capitalizes
    before a name ("Athletic Director"); each of ``files`` is a TOML file of ``[[title]]``
    entries in the form of ``rules/lexicon/titles.toml``."""
    base = title_table()
    if not titles and not files:
        return base
    extra = [Title((title,), "formal", capitalize=True) for title in titles]
    for file in files:
        data = load_toml(Path(file))
        if set(data) - {"title"} or not isinstance(data.get("title"), list):
            raise ConfigError(file, "a title file holds [[title]] entries (forms, kind)")
        extra += [_title(file, entry) for entry in data["title"]]
    return TitleTable([*base.titles, *extra], base.abbreviations)


def _title(where: str, entry: dict[str, Any]) -> Title:
    forms = entry.get("forms") if isinstance(entry, dict) else None
    kind = entry.get("kind") if isinstance(entry, dict) else None
    if not forms or not isinstance(forms, list) or kind not in KINDS:
        raise ConfigError(where, f"title {forms!r}: needs forms and a kind ({', '.join(KINDS)})")
    return Title(
        tuple(forms),
        kind,
        capitalize=bool(entry.get("capitalize", False)),
        lowercase=bool(entry.get("lowercase", False)),
        distinct=bool(entry.get("distinct", False)),
        also_a_name=bool(entry.get("also-a-name", False)),
    )
