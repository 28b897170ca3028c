"""Mentions of people in the prose: titles and names, read left to right, block by block.

A *mention* is an optional chain of titles ("U.S. Secretary of State", "Sec.", "Mr.") and a
name (:class:`~copylint.lexicon.names.Name`). A title with no name after it is a
:class:`LoneTitle` ("the secretary said"). Headlines capitalize every word, so a name in one
ends at a surname the rest of the article names; they are read last.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.analysis.layout import Region, article_regions
from copylint.formats.plain import parse_plain
from copylint.lexicon.names import Name, family_first, name_parts, split_particle, surname_key
from copylint.lexicon.titles import TitleMatch, TitleTable, house_title_table, title_table
from copylint.tokens import HYPHENS, Word

if TYPE_CHECKING:
    from copylint.config import Settings
    from copylint.document import Document

#: Regnal numerals, I to XXIII ("Henry VIII", "Pope Benedict XVI"): a set, not a pattern,
#: which a cold run would compile (2.5M instructions) for one look-up a word.
_ROMAN = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
    | {"X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX"}
    | {"XX", "XXI", "XXII", "XXIII"}
)
_DOTTED_INITIALS = regex.compile(r"^(?:\p{Lu}\.){1,3}$")
_TEXT = operator.itemgetter(2)  # Word.text, read in C


class Mention(NamedTuple):
    """A person named in the article, with the titles written right before the name (a
    named tuple, as :class:`~copylint.lexicon.names.Name` is: one per name read)."""

    name: Name
    titles: tuple[TitleMatch, ...] = ()
    qualified: bool = False  # "former", "then-", "acting" … before the title
    region: Region = "body"
    quoted: bool = False
    implied: bool = False  # "Mark" in "Mark and Mary Smith": a name with no span of its own

    @property
    def title(self) -> TitleMatch | None:
        """The title that names the office: the last of the chain."""
        return self.titles[-1] if self.titles else None

    @property
    def start(self) -> int:
        return self.titles[0].start if self.titles else self.name.start

    @property
    def end(self) -> int:
        return self.name.end

    @property
    def is_reference(self) -> bool:
        """In body copy, where first- and later-reference rules apply."""
        return self.region == "body" and not self.implied


class LoneTitle(NamedTuple):
    """A title with no name after it ("the secretary said", "Netanyahu, the Prime Minister,")."""

    match: TitleMatch
    region: Region
    quoted: bool
    preceded_by: str  # the word right before the title (chain), lowercase: "the"; or ""
    before_name: bool = False  # a capitalized word follows that the table took for no name
    courtesy: bool = False  # "Mr. President", "Madam Secretary": a form of address


def document_titles(doc: Document) -> TitleTable:
    """The titles this document is read with: the built-in table, unless a names rule set
    the newsroom's own first (:func:`use_titles`)."""
    return title_table()


def use_titles(doc: Document, settings: Settings) -> None:
    """Read ``doc`` with the house's titles: the ``titles`` and ``title-files`` options of
    names/title-case, which every names rule shares. Called before the people table is
    built; the first call for a document wins (and the next ones, one a names rule, read
    no settings)."""
    if document_titles not in doc._shared:
        doc._shared[document_titles] = house_titles(settings)


def house_titles(settings: Settings) -> TitleTable:
    """The title table the settings ask for (loaded once; a bad title file is a
    :class:`~copylint.errors.ConfigError` naming it)."""
    options = settings.rule_options.get("names/title-case", {})
    titles = tuple(str(t) for t in options.get("titles", ()))
    files = tuple(str(Path(settings.root) / str(f)) for f in options.get("title-files", ()))
    return house_title_table(titles, files)


def find_mentions(doc: Document) -> tuple[list[Mention], list[LoneTitle]]:
    """Every mention and lone title in ``doc``, in the order of the prose."""
    regions = article_regions(doc)
    # Each block's mentions, in the order of its prose (see _Scanner.load): the blocks in
    # order make the article's, with no sort.
    found: list[list[Mention]] = [[] for _ in doc.blocks]
    lone_titles: list[LoneTitle] = []
    # Headlines last: a name in one ends at a surname the rest of the article names.
    order = sorted(range(len(doc.blocks)), key=lambda index: regions[index] == "headline")
    known: frozenset[str] | None = None
    reading = _Reading(doc)
    scanner = _Scanner(doc, lone_titles)
    for index in order:
        if regions[index] == "headline" and known is None:
            mentions = itertools.chain.from_iterable(found)
            known = frozenset(m.name.key for m in mentions if m.name.full or m.titles)
            scanner.known_surnames = known
        block = doc.blocks[index]
        tokens, codes = reading.block(block.start, block.end)
        quotes = reading.quoted(block.start, block.end)
        scanner.load(tokens, codes, regions[index], quotes, found[index])
        scanner.run()
    lone_titles.sort(key=lambda lone: lone.match.start)
    return list(itertools.chain.from_iterable(found)), lone_titles


def _prose_order(mention: Mention) -> tuple[int, bool]:
    """Mentions in the order of the prose; an implied one ("Mark" of "Mark and Mary Smith")
    after the mention that starts where it does."""
    return mention.start, mention.implied


def parse_name(text: str) -> Name | None:
    """The name written in ``text`` ("Antony J. Blinken", "Zelensky"), read as in an article;
    None when ``text`` holds no name."""
    doc = parse_plain("<name>", text)
    if not doc.blocks:
        return None
    block = doc.blocks[0]
    tokens, codes = _Reading(doc).block(block.start, block.end)
    if not tokens:
        return None
    scanner = _Scanner(doc, [])
    scanner.load(tokens, codes, "body", True, [])
    return scanner.name_at(0)


class _Reading:
    """The words of a document as the scan reads them, worked out for the whole document at
    once (each paragraph takes two slices, not a pass of its own): how each word opens a
    mention (:func:`_opening`), and which words have a hyphen, split off a title word."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.openers = _openers(doc.shared(document_titles).first_words)
        self.codes = self._codes(doc.words)
        self.hyphenated = sorted(_hyphenated(doc))
        self.quotation_starts = [q.start for q in doc.quotations]
        #: The furthest any quotation up to each one reaches.
        self.quotation_reach = list(itertools.accumulate((q.end for q in doc.quotations), max))

    def quoted(self, start: int, end: int) -> bool:
        """Whether a quotation reaches into ``doc.text[start:end]``: when none does (most
        paragraphs), no name in it is quoted, and the scan asks of none."""
        last = bisect.bisect_left(self.quotation_starts, end) - 1
        return last >= 0 and self.quotation_reach[last] > start

    def _codes(self, tokens: list[Word]) -> list[int]:
        return list(map(self.openers.__getitem__, map(_TEXT, tokens)))

    def block(self, start: int, end: int) -> tuple[list[Word], list[int]]:
        """The tokens of ``doc.text[start:end]`` and their codes: its words, with title
        words split off hyphenated qualifiers: "then-Secretary" → "then", "Secretary";
        "President-elect" → "President", "elect"."""
        doc = self.doc
        first = doc.word_index(start)
        tokens = list(doc.words_between(start, end))
        stop = first + len(tokens)
        hyphenated = self.hyphenated
        lo, hi = bisect.bisect_left(hyphenated, first), bisect.bisect_left(hyphenated, stop)
        split = False
        for k in reversed(hyphenated[lo:hi]):  # from the last: a split moves the words after
            if _splits_off_title(doc.words[k].text):
                tokens[k - first : k - first + 1] = doc.words[k].parts()
                split = True
        return tokens, self._codes(tokens) if split else self.codes[first:stop]


def _splits_off_title(text: str) -> bool:
    """Whether a hyphenated word is a qualifier and a title ("then-Secretary") or a title and
    "elect" or "designate": two parts (:meth:`~copylint.tokens.Word.parts`), read from the
    text, with no word built for the many that are neither ("well-known")."""
    head, hyphen, tail = text.replace(HYPHENS[1], HYPHENS[0]).partition(HYPHENS[0])
    if not hyphen or HYPHENS[0] in tail:
        return False
    return head.lower() in name_parts().qualifiers or tail.lower() in ("elect", "designate")


def _hyphenated(doc: Document) -> set[int]:
    """The indices in ``doc.words`` of the words with a hyphen in them, found from the
    hyphens (most paragraphs have none, the rest a few): no step for each word."""
    found: set[int] = set()
    for hyphen in HYPHENS:
        at = doc.text.find(hyphen)
        while at >= 0:
            k = doc.word_index(at) - 1  # a word starts with no hyphen
            if k >= 0 and doc.words[k].end > at:
                found.add(k)
            at = doc.text.find(hyphen, at + 1)
    return found


class _WordTable(dict[str, int]):
    """What ``judge`` says of each word, worked out on the word's first sight, then read in C
    (``__getitem__``), so that the scan takes no Python step for a word it has seen. An
    archive repeats its words; the table is emptied at 16,384 of them, which keeps it to a
    few megabytes."""

    LIMIT = 1 << 14

    def __init__(self, judge: Callable[[str], int]) -> None:
        super().__init__()
        self.judge = judge

    def __missing__(self, text: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[text] = self.judge(text)
        return value


#: How a word can open a mention (:func:`_opening`): not at all; as the scan finds out; as a
#: lone name word, which no title begins and a period after does not change ("Blinken"); or
#: as a part of a name that is no name word and begins no title ("I", "A", "de"), which opens
#: one only when a name part follows ("I. M. Pei", "de la Cruz"; most are the pronoun "I").
_SHUT, _OPENS, _NAME_WORD, _PART = 0, 1, 2, 3


@functools.cache
def _openers(starters: frozenset[str]) -> _WordTable:
    """How each word opens a mention, for the title table whose first words are ``starters``."""
    return _WordTable(functools.partial(_opening, starters=starters))


def _opening(text: str, starters: frozenset[str]) -> int:
    """How a word opens a mention: :data:`_SHUT`, :data:`_OPENS`, :data:`_NAME_WORD` or
    :data:`_PART`. A name word or a part needs the scan only when the word after it can go
    on with the name. Worked out once a word, but for every word an article holds: the
    commonest shapes first."""
    if text.isalpha():
        if text.islower() and text not in starters:  # "said": opens only as a particle
            return _PART if text in name_parts().particles else _SHUT
        if text[1:].islower() and text[0].isupper() and text.lower() not in starters:
            # "Blinken": no initial or numeral, with a period after it or without
            kind = _kind(text, False)
            return _NAME_WORD if kind == "name" else _PART if kind == "particle" else _SHUT
    if not _can_open(text, starters):
        return _SHUT
    if Word(0, len(text), text).base.lower() in starters:
        return _OPENS
    kinds = (_kind(text, False), _kind(text, True))
    if "name" not in kinds:
        return _PART
    return _NAME_WORD if kinds == ("name", "name") else _OPENS


def _name_part(text: str) -> bool:
    """Whether a word can be any part of a name, with or without a period after it."""
    return _kind(text, False) is not None or _kind(text, True) is not None


#: :func:`_name_part` of each word, read in C.
_NAME_PARTS = _WordTable(_name_part)


def _can_open(text: str, starters: frozenset[str]) -> bool:
    """Whether a word can open a mention: the first word of a title (``starters``), or a
    capitalized word or a lowercase one that can begin a name, if it can be part of one at
    all ("The", "But" cannot: ruled out here once, not by the scan at each occurrence)."""
    base = Word(0, len(text), text).base
    if base.lower() in starters:
        return True
    if not (text[:1].isupper() or _opens(text, base)):
        return False
    # A name's first word: any kind but a suffix, with or without a period after it.
    return _kind(text, False) not in (None, "suffix") or _kind(text, True) not in (None, "suffix")


def _opens(text: str, base: str) -> bool:
    """Whether a lowercase word (``base``: without a possessive ending) can begin a name: a
    particle ("de", "van"), or a name with a joined particle ("al-Sudani", "d'Ettorre")."""
    return text in name_parts().particles or split_particle(base) is not None


@functools.lru_cache(maxsize=1 << 14)
def _name_word(text: str) -> bool:
    """A capitalized word that can be part of a name ("al-Sudani" too). Cached as
    :func:`_kind`, which asks twice for a word (a period after it, and none)."""
    if text.isalpha() and text[0].isupper() and text[1:].islower():
        return text not in name_parts().not_names  # most: "Blinken", no digit, not all caps
    token = Word(0, len(text), text)
    base = token.base
    if base[:1].isupper() and not token.is_all_caps and not token.has_digit:
        return base not in name_parts().not_names
    joined = split_particle(base)
    return joined is not None and joined[1][:1].isupper()


@functools.lru_cache(maxsize=1 << 14)
def _kind(text: str, period: bool) -> str | None:
    """What a word can be in a name (``period``: a period follows it): name, particle,
    initial, suffix, numeral, or None. Cached: 16,384 words (an archive's commonest) in a
    few megabytes."""
    parts = name_parts()
    if text + "." in parts.suffixes:
        return "suffix"
    # The pattern runs only on words it may match: dotted ones.
    if (len(text) == 1 and text.isupper() and period) or (
        "." in text and _DOTTED_INITIALS.match(text) and text not in parts.country_abbreviations
    ):
        return "initial"
    if text in parts.particles:
        return "particle"
    if text in _ROMAN:
        return "numeral"
    return "name" if _name_word(text) else None


class _Scanner:
    """Reads a document's blocks, one at a time (:meth:`load`), left to right, into mentions
    and lone titles: one scanner a document, not one a paragraph."""

    def __init__(self, doc: Document, lone_titles: list[LoneTitle]) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions: list[Mention] = []
        self.lone_titles = lone_titles
        self.parts = name_parts()
        self.titles = doc.shared(document_titles)
        #: Whether the text has an ampersand at all ("Procter & Gamble"): most have none.
        self.ampersand = "&" in self.text
        self.tokens: list[Word] = []
        #: How each token opens a mention (:func:`_opening`): a name word begins no title.
        self.codes: list[int] = []
        self.region: Region = "body"
        self.quotes = True
        #: In a headline, the surnames a name may end with (None elsewhere).
        self.known_surnames: frozenset[str] | None = None

    def load(
        self,
        tokens: list[Word],
        codes: list[int],
        region: Region,
        quotes: bool,
        mentions: list[Mention],
    ) -> None:
        """Read the block of ``tokens`` (and their codes) next; ``quotes``: whether a
        quotation reaches into it; its mentions go to ``mentions``, in the order of the
        prose: read left to right, each starts after the last, but for an implied one, put
        in its place (:meth:`_add_implied`)."""
        self.tokens = tokens
        self.codes = codes
        self.region = region
        self.quotes = quotes
        self.mentions = mentions

    def _quoted(self, offset: int) -> bool:
        """Whether ``offset``, in the block, lies in a quotation."""
        return self.quotes and self.doc.in_quotation(offset)

    def run(self) -> None:
        codes, tokens = self.codes, self.tokens
        last = len(tokens) - 1
        # Outside a headline (where a name ends at a known surname only), a name word that
        # no name part follows is a name on its own: the commonest opener by far, told here
        # in the loop, with no method call (what :meth:`_goes_on` asks of the next token).
        alone = self.known_surnames is None
        name_part = _NAME_PARTS.__getitem__
        # The words that can open a mention, in order; the others (most lowercase words: no
        # title, particle or "al-" name) are skipped without a Python step of their own.
        stop = 0
        for i in itertools.compress(itertools.count(), codes):
            if i < stop:
                continue
            code = codes[i]
            if code == _NAME_WORD and alone and (i == last or not name_part(tokens[i + 1].text)):
                self._add(self._one_word(i), (), i)  # most: a surname alone ("Blinken said")
                stop = i + 1
            elif code != _PART or self._goes_on(i + 1):
                stop = self._step(i)

    def _goes_on(self, j: int) -> bool:
        """Token j can go on with a name: there is one, and it can be a part of a name."""
        return j < len(self.tokens) and bool(_NAME_PARTS[self.tokens[j].text])

    def _step(self, i: int) -> int:
        """Read the mention or lone title at token i; the index of the token after it."""
        chain = [] if self.codes[i] == _NAME_WORD else self._title_chain(i)
        if chain:
            start = self._after_place(chain[-1])
            joined = start != chain[-1].stop or self._adjacent(chain[-1].end, start)
            found = self._name(start) if joined else None
            if found is None:
                self._lone_title(chain)
                return chain[-1].stop
        else:
            found = self._name(i)
            if found is None:
                return i + 1
        name, stop = found
        if self._add(name, tuple(chain), i) and chain and chain[0].title.kind == "courtesy":
            self._add_couple(chain[0], name)
        return stop

    def _add_couple(self, title: TitleMatch, name: Name) -> None:
        """ "Mr. and Mrs. Smith": the lone "Mr." before "and" names a second Smith."""
        first = title.first
        if first < 2 or self.tokens[first - 1].lower != "and" or not self.lone_titles:
            return
        partner = self.lone_titles[-1].match
        if partner.stop == first - 1 and partner.title.kind == "courtesy":
            implied = Mention(name, (partner,), region=self.region, implied=True)
            self._add_implied(implied)

    # -- the pieces -------------------------------------------------------------------------

    def _adjacent(self, end: int, j: int) -> bool:
        """Token j follows the prose offset ``end`` after spaces or one line break only."""
        return j < len(self.tokens) and self.doc.space_between(end, self.tokens[j].start)

    def _end(self, j: int, kind: str) -> int:
        """Where token j ends, with the period of an initial or of "Jr."."""
        token = self.tokens[j]
        period = kind in ("initial", "suffix") and self.text[token.end : token.end + 1] == "."
        return token.end + period

    def _is_name_word(self, j: int) -> bool:
        """A capitalized word that can be part of a name ("al-Sudani" too)."""
        return _name_word(self.tokens[j].text)

    def _kind(self, j: int) -> str | None:
        """What token j can be in a name: name, particle, initial, suffix, numeral, or None."""
        token = self.tokens[j]
        return _kind(token.text, self.text[token.end : token.end + 1] == ".")

    # -- titles -----------------------------------------------------------------------------

    def _title_chain(self, i: int) -> list[TitleMatch]:
        """Titles in a row: "U.S." is not one, but "Lt. Gov.", "Mr. President" are."""
        chain: list[TitleMatch] = []
        j = i
        while j < len(self.tokens):
            if chain and not self._adjacent(chain[-1].end, j):
                break
            match = self.titles.match(self.text, self.tokens, j)
            if match is None:
                break
            chain.append(match)
            j = match.stop
        return chain

    def _after_place(self, title: TitleMatch) -> int:
        """The first word of the name after "President of Israel Isaac Herzog": the place
        runs up to the last two name words."""
        j = title.stop
        if j >= len(self.tokens) or self.tokens[j].lower != "of":
            return j
        k = j + 1
        if k < len(self.tokens) and self.tokens[k].lower == "the":
            k += 1
        run = k
        while (
            run < len(self.tokens)
            and self.tokens[run].is_capitalized
            and (run == k or self._adjacent(self.tokens[run - 1].end, run))
        ):
            run += 1
        words = [n for n in range(k, run) if self._kind(n) == "name"]
        return words[-2] if len(words) >= 3 else j

    def _lone_title(self, chain: list[TitleMatch]) -> None:
        match = chain[-1]
        first = chain[0].first
        before = self.tokens[first - 1].lower if first else ""
        follows = match.stop < len(self.tokens) and self._adjacent(match.end, match.stop)
        self.lone_titles.append(
            LoneTitle(
                match,
                self.region,
                self._quoted(match.start),
                before,
                before_name=follows and self.tokens[match.stop].is_capitalized,
                courtesy=before == "madam" or any(m.title.kind == "courtesy" for m in chain[:-1]),
            )
        )

    def _title_ends_name(self, j: int) -> bool:
        """A title at token j ends the name before it. One with a name after it: "Israeli
        Prime Minister Benjamin Netanyahu"; not so the surname King in "Martin Luther King
        Jr.". And a formal title AP capitalizes: "the American President" is no man named
        American President; titles that are also names ("Judge", "Dean") do not. Asked of
        no name word (:data:`_NAME_WORD`): no title begins with one."""
        match = self.titles.match(self.text, self.tokens, j)
        if match is None:
            return False
        if self._adjacent(match.end, match.stop) and self._kind(match.stop) == "name":
            return True
        title = match.title
        return title.kind == "formal" and title.capitalize and not title.also_a_name

    # -- names ------------------------------------------------------------------------------

    def _name(self, i: int) -> tuple[Name, int] | None:
        """The name that starts at token i, and the index of the token after it. The scan's
        innermost loop: each token is read once, into locals (what :meth:`_kind`,
        :meth:`_adjacent` and :meth:`_end` would read)."""
        tokens, text, space_between = self.tokens, self.text, self.doc.space_between
        codes, headline = self.codes, self.known_surnames is not None
        items: list[tuple[int, str]] = []
        has_name = False  # a name word among the items
        end = 0  # where the last item ends, with the period of an initial
        j = i
        while j < len(tokens):
            token = tokens[j]
            period = text[token.end : token.end + 1] == "."
            kind = _kind(token.text, period)  # first: most words after a name are no part
            if kind is None or (kind == "suffix" and not has_name):
                break
            if items and not space_between(end, token.start):
                break
            if kind == "name" and items and codes[j] != _NAME_WORD and self._title_ends_name(j):
                break
            items.append((j, kind))
            has_name = has_name or kind == "name"
            j += 1
            if kind == "suffix" or token.base != token.text:
                break  # "Jr." and a possessive end a name
            if headline and kind == "name" and self._known_surname(j - 1):
                break
            end = token.end + (period and kind == "initial")
        if not has_name:
            return None
        if headline and not self._known_surname(items[-1][0]):
            return None
        if items[-1][1] == "name" and self._comma_suffix(items[-1][0]):
            items.append((j, "suffix"))  # "Martin Luther King, Jr."
            j += 1
        while items[-1][1] in ("particle", "initial"):
            items.pop()  # a name word stays
        stop = items[-1][0] + 1
        return self._build(list(items)), stop

    def name_at(self, i: int) -> Name | None:
        """The name that starts at token i, when it spans every token from there."""
        found = self._name(i)
        return found[0] if found is not None and found[1] == len(self.tokens) else None

    def _known_surname(self, j: int) -> bool:
        known = self.known_surnames
        return known is not None and surname_key(self.tokens[j].base) in known

    def _comma_suffix(self, j: int) -> bool:
        nxt = j + 1
        return (
            nxt < len(self.tokens)
            and self.text[self.tokens[j].end : self.tokens[nxt].start] == ", "
            and self._kind(nxt) == "suffix"
        )

    def _one_word(self, i: int) -> Name:
        """The name of token i alone: a surname ("Blinken", "Blinken's")."""
        token = self.tokens[i]
        base = token.base
        end = token.start + len(base)
        # every field, built in C: a named tuple's own __new__ is a Python call a mention
        fields = (token.start, end, (), (), base, token.start, "", base != token.text, False)
        return tuple.__new__(Name, fields)

    def _build(self, items: list[tuple[int, str]]) -> Name:
        if len(items) == 1:  # the commonest: one word, a surname
            return self._one_word(items[0][0])
        suffix_items: list[tuple[int, str]] = []
        while items[-1][1] in ("suffix", "numeral"):
            suffix_items.insert(0, items.pop())
        kinds = [kind for _, kind in items]
        last = len(kinds) - 1 - kinds[::-1].index("name")
        first_surname = last
        while first_surname and kinds[first_surname - 1] == "particle":
            first_surname -= 1
        tokens = [self.tokens[j] for j, _ in items[: last + 1]]
        bases = [token.base for token in tokens]
        last_token = tokens[-1]
        end = last_token.start + len(bases[-1])
        possessive = bases[-1] != last_token.text
        suffix = ""
        if suffix_items:
            suffix = " ".join(self.tokens[j].text + "." * (k == "suffix") for j, k in suffix_items)
            end = self._end(*suffix_items[-1])
        if (
            not suffix
            and kinds.count("name") == len(tokens)
            and bases[0] == tokens[0].text
            and family_first(tuple(bases))
        ):
            return Name(
                start=tokens[0].start,
                end=end,
                given=(*(t.text for t in tokens[1:-1]), bases[-1]),
                initials=(),
                surname=tokens[0].text,
                surname_start=tokens[0].start,
                possessive=possessive,
                family_first=True,
            )
        given = [(tokens[n].text, kinds[n]) for n in range(first_surname)]
        fields = (  # every field of Name, in order, built in C as in :meth:`_one_word`
            tokens[0].start,  # start
            end,
            tuple(text for text, kind in given if kind != "initial"),  # given
            tuple(text.rstrip(".") + "." for text, kind in given if kind == "initial"),
            " ".join(bases[first_surname:]),  # surname
            tokens[first_surname].start,  # surname_start
            suffix,
            possessive,
            False,  # family_first
        )
        return tuple.__new__(Name, fields)

    def _names_no_one(self, i: int, name: Name, titled: bool, before: str) -> bool:
        """An untitled name after "the" (``before``: the word before token i, lowercase) is
        an institution or a place ("the New York Times"); a surname after "&" is part of a
        firm's or a work's name ("Kermie Worm & Mr. Marbles", "Procter & Gamble")."""
        if not titled and before == "the":
            return self._adjacent(self.tokens[i - 1].end, i)
        return self.ampersand and not name.full and self._after_ampersand(i)

    def _after_ampersand(self, i: int) -> bool:
        before = self.text[max(0, self.tokens[i].start - 3) : self.tokens[i].start]
        return before.rstrip().endswith("&")

    def _add(self, name: Name, chain: tuple[TitleMatch, ...], i: int) -> bool:
        """Record the mention of ``name`` after the titles ``chain``, which start at token i
        (or the name does), unless it names no one; whether it was recorded. The word
        before token i, read once, tells both ("the", "former")."""
        before = self.tokens[i - 1].text.lower() if i else ""
        # Asked only where it may say yes (after "the", in a text with an ampersand), and the
        # quotations only in a block that has one: no call for most mentions.
        maybe_no_one = before == "the" or self.ampersand
        if maybe_no_one and self._names_no_one(i, name, bool(chain), before):
            return False
        qualified = before in self.parts.qualifiers
        quoted = self.quotes and self._quoted(name.start)
        fields = (name, chain, qualified, self.region, quoted, False)
        self.mentions.append(tuple.__new__(Mention, fields))  # in C, as :meth:`_one_word`
        partner = None if chain or not name.given else self._implied_partner(i, name)
        if partner is not None:
            self._add_implied(partner)
        return True

    def _add_implied(self, mention: Mention) -> None:
        """An implied mention starts before the mention that implies it: put in its place."""
        bisect.insort(self.mentions, mention, key=_prose_order)

    def _implied_partner(self, i: int, name: Name) -> Mention | None:
        """ "Mark and Mary Smith" names Mark Smith too (a couple, brothers, sisters)."""
        if i < 1:
            return None
        if self.ampersand and self._after_ampersand(i):
            j = i - 1
        elif i >= 2 and self.tokens[i - 1].lower == "and":
            j = i - 2
        else:
            return None
        if not self._is_name_word(j) or (j and self._is_name_word(j - 1)):
            return None
        partner = self.tokens[j]
        implied = Name(
            partner.start, partner.end, (partner.text,), (), name.surname, name.surname_start
        )
        quoted = self._quoted(partner.start)
        return Mention(implied, region=self.region, quoted=quoted, implied=True)
