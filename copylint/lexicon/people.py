"""The people of an article: who is named, in which form, with which title, and where.

Every names rule reads one table, built once per document (``doc.shared(build_people_table)``).
A *mention* is an optional chain of titles ("U.S. Secretary of State", "Sec.", "Mr.") and a
name: given names, middle initials, a surname with its particles ("al-Sudani", "van Gogh",
"von der Leyen") and a generational suffix ("Jr."). A bare surname ("Blinken", "Blinken's")
counts as a mention only when the article also names someone with that surname in full or
with a title. Mentions with the same surname are grouped into *people*: "Anthony J. Blinken"
and "Anthony Blinken" are one person, "Joe Biden" and "Hunter Biden" are two, and a bare
"Biden" next to both belongs to neither.

Everything is counted, headlines, captions and quotations included; each mention records its
region and whether it is quoted, so that the rules decide what they exempt.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from copylint.lexicon.layout import Region, article_regions
from copylint.lexicon.titles import TitleMatch, title_table
from copylint.resources import data_path, load_toml
from copylint.tokens import HYPHENS, Word

if TYPE_CHECKING:
    from copylint.document import Document

#: Title kinds that name a person's office or address them, so the name after them is a
#: surname ("Sec. Blinken", "Mr. Blinken"); after royal and religious titles a single name is
#: a given or regnal name ("Pope Francis", "King Charles").
SURNAME_TITLES = frozenset({"formal", "rank", "academic", "courtesy"})

_ROMAN = regex.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XXI{0,3})$")
_DOTTED_INITIALS = regex.compile(r"^(?:\p{Lu}\.){1,3}$")
_AGE = regex.compile(r"^,\s*\d{1,3}\s*[,.;)]")


@dataclass(frozen=True)
class _NameParts:
    particles: frozenset[str]
    joined_particles: frozenset[str]
    suffixes: frozenset[str]
    qualifiers: frozenset[str]
    not_names: frozenset[str]
    speech_verbs: frozenset[str]
    subject_verbs: frozenset[str]
    place_prepositions: frozenset[str]
    country_abbreviations: frozenset[str]


@functools.cache
def name_parts() -> _NameParts:
    """The grammar of names (``rules/lexicon/name-parts.toml``), loaded once."""
    data = load_toml(data_path("lexicon", "name-parts.toml"))
    abbreviations = load_toml(data_path("lexicon", "abbreviations.toml"))
    return _NameParts(
        particles=frozenset(data["particles"]),
        joined_particles=frozenset(data["joined-particles"]),
        suffixes=frozenset(data["suffixes"]),
        qualifiers=frozenset(data["qualifiers"]),
        not_names=frozenset(data["not-names"]),
        speech_verbs=frozenset(data["speech-verbs"]),
        subject_verbs=frozenset(data["subject-verbs"]),
        place_prepositions=frozenset(data["place-prepositions"]),
        country_abbreviations=frozenset(
            a + "." for a in abbreviations["maybe-final"] if "." in a and a.isupper()
        ),
    )


def fold(text: str) -> str:
    """One apostrophe and one hyphen for comparing names: "O’Brien" and "O'Brien" agree."""
    return text.replace("’", "'").replace("‑", "-")


def surname_key(surname: str) -> str:
    """What two spellings of one surname share: "al-Sudani", "Al-Sudani" and "Sudani" →
    "sudani"; "van Gogh" → "gogh"; "Smith-Jones" stays "smith-jones"."""
    parts = name_parts()
    words = fold(surname).split()
    while len(words) > 1 and words[0].lower() in parts.particles:
        words.pop(0)
    last = words[-1] if words else surname
    joined = split_particle(last)
    return (joined[1] if joined else last).lower()


_JOIN = regex.compile(r"^(\p{L}+)[\-‑'’](\p{L}.*)$")


def split_particle(word: str) -> tuple[str, str] | None:
    """ "al-Sudani" → ("al", "Sudani"); "d'Ettorre" → ("d", "Ettorre"); else None."""
    match = _JOIN.match(word)
    if match is None or match.group(1).lower() not in name_parts().joined_particles:
        return None
    return match.group(1), match.group(2)


@dataclass(frozen=True)
class Name:
    """A person's name as written; ``start``/``end`` span it without a possessive ending."""

    start: int
    end: int
    given: tuple[str, ...]  # given names and regnal numbers: ("Anthony",), ("Nicolaus", "II")
    initials: tuple[str, ...]  # middle initials with their periods: ("J.",)
    surname: str  # with its particles: "al-Sudani", "von der Leyen"
    surname_start: int
    suffix: str = ""  # "Jr.", "III"
    possessive: bool = False

    @property
    def full(self) -> bool:
        """Given name or initial and surname: a first reference."""
        return bool(self.given or self.initials)

    @property
    def key(self) -> str:
        return surname_key(self.surname)

    @property
    def surname_end(self) -> int:
        return self.surname_start + len(self.surname)

    @property
    def written(self) -> str:
        """The name in one line: "Anthony J. Blinken"."""
        return " ".join(
            (*self.given, *self.initials, self.surname, *([self.suffix] * bool(self.suffix)))
        )


@dataclass(frozen=True)
class Mention:
    """A person named in the article, with the titles written right before the name."""

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


@dataclass(frozen=True)
class LoneTitle:
    """A title with no name after it ("the secretary said", "Netanyahu, the Prime Minister,")."""

    match: TitleMatch
    region: Region
    quoted: bool
    preceded_by: str  # the word right before the title (chain), lowercase: "the"; or ""
    before_name: bool = False  # a capitalized word follows that the table took for no name
    courtesy: bool = False  # "Mr. President", "Madam Secretary": a form of address


@dataclass
class Person:
    """Mentions of one person, in the order of the article."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    confirmed: bool = False  # evidence that the name is a person's, not a place's or firm's

    @property
    def full_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.name.full]

    @property
    def first_full(self) -> Mention | None:
        return next((m for m in self.mentions if m.name.full), None)


@dataclass
class PeopleTable:
    """Every mention of a person in a document, and the people they refer to."""

    mentions: list[Mention]
    people: list[Person]
    lone_titles: list[LoneTitle]
    _person_of: dict[Mention, Person] = field(default_factory=dict, repr=False)
    _by_key: dict[str, list[Person]] = field(default_factory=dict, repr=False)

    def person(self, mention: Mention) -> Person | None:
        """The one person ``mention`` refers to; None when the surname is shared and the
        mention alone cannot tell whom it means."""
        return self._person_of.get(mention)

    def people_named(self, key: str) -> list[Person]:
        """The people with this surname key."""
        return self._by_key.get(key, [])

    def shares_surname(self, person: Person) -> bool:
        return len(self._by_key.get(person.key, ())) > 1


def build_people_table(doc: Document) -> PeopleTable:
    """Read the people of ``doc``; rules ask for it with ``doc.shared(build_people_table)``."""
    regions = article_regions(doc)
    mentions: list[Mention] = []
    lone_titles: list[LoneTitle] = []
    # Headlines capitalize every word ("Secretary Blinken Meets With…"), so a name in one is
    # only known by a surname the rest of the article names: they are read last.
    order = sorted(range(len(doc.blocks)), key=lambda index: regions[index] == "headline")
    known: frozenset[str] | None = None
    for index in order:
        if regions[index] == "headline" and known is None:
            known = frozenset(m.name.key for m in mentions if m.name.full or m.titles)
        block = doc.blocks[index]
        tokens = _tokens(doc.words_between(block.start, block.end))
        scanner = _Scanner(doc, tokens, regions[index], mentions, lone_titles)
        scanner.known_surnames = known
        scanner.run()
    mentions.sort(key=lambda m: (m.start, m.implied))
    lone_titles.sort(key=lambda lone: lone.match.start)
    return _group(doc, mentions, lone_titles)


def _tokens(words: Sequence[Word]) -> list[Word]:
    """Words, with title words split off hyphenated qualifiers: "then-Secretary" → "then",
    "Secretary"; "President-elect" → "President", "elect"."""
    parts = name_parts()
    tokens: list[Word] = []
    for word in words:
        pieces = word.parts() if any(h in word.text for h in HYPHENS) else [word]
        if len(pieces) == 2 and (
            pieces[0].lower in parts.qualifiers or pieces[1].lower in ("elect", "designate")
        ):
            tokens.extend(pieces)
        else:
            tokens.append(word)
    return tokens


class _Scanner:
    """Reads one block's tokens, left to right, into mentions and lone titles."""

    def __init__(
        self,
        doc: Document,
        tokens: list[Word],
        region: Region,
        mentions: list[Mention],
        lone_titles: list[LoneTitle],
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = tokens
        self.region = region
        self.mentions = mentions
        self.lone_titles = lone_titles
        self.parts = name_parts()
        self.titles = title_table()
        #: In a headline, the surnames a name may end with (None elsewhere).
        self.known_surnames: frozenset[str] | None = None

    def run(self) -> None:
        i = 0
        while i < len(self.tokens):
            i = self._step(i)

    def _step(self, i: int) -> int:
        chain = self._title_chain(i)
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
        if not self._names_no_one(i, name, bool(chain)):
            self._add(name, tuple(chain), i)
            if chain and chain[0].title.kind == "courtesy":
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
            self.mentions.append(implied)

    # -- the pieces -------------------------------------------------------------------------

    def _adjacent(self, end: int, j: int) -> bool:
        """Token j follows the prose offset ``end`` after spaces or one line break only."""
        if j >= len(self.tokens):
            return False
        gap = self.text[end : self.tokens[j].start]
        return bool(gap) and gap.isspace() and "\n\n" not in gap

    def _end(self, j: int, kind: str) -> int:
        """Where token j ends, with the period of an initial or of "Jr."."""
        token = self.tokens[j]
        period = kind in ("initial", "suffix") and self.text[token.end : token.end + 1] == "."
        return token.end + period

    def _is_name_word(self, j: int) -> bool:
        """A capitalized word that can be part of a name ("al-Sudani" too)."""
        token = self.tokens[j]
        base = token.base
        if base[:1].isupper() and not token.is_all_caps and not token.has_digit:
            return base not in self.parts.not_names
        joined = split_particle(base)
        return joined is not None and joined[1][:1].isupper()

    def _kind(self, j: int) -> str | None:
        """What token j can be in a name: name, particle, initial, suffix, numeral, or None."""
        token = self.tokens[j]
        text = token.text
        period = self.text[token.end : token.end + 1] == "."
        if text + "." in self.parts.suffixes:
            return "suffix"
        if (len(text) == 1 and text.isupper() and period) or (
            _DOTTED_INITIALS.match(text) and text not in self.parts.country_abbreviations
        ):
            return "initial"
        if text in self.parts.particles:
            return "particle"
        if _ROMAN.match(text):
            return "numeral"
        return "name" if self._is_name_word(j) else None

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
                self.doc.in_quotation(match.start),
                before,
                before_name=follows and self.tokens[match.stop].is_capitalized,
                courtesy=before == "madam" or any(m.title.kind == "courtesy" for m in chain[:-1]),
            )
        )

    def _title_starts_name(self, j: int) -> bool:
        """A title with a name after it ends the name before it: "Israeli Prime Minister
        Benjamin Netanyahu"; not so the surname King in "Martin Luther King Jr."."""
        match = self.titles.match(self.text, self.tokens, j)
        return (
            match is not None
            and self._adjacent(match.end, match.stop)
            and self._kind(match.stop) == "name"
        )

    # -- names ------------------------------------------------------------------------------

    def _name(self, i: int) -> tuple[Name, int] | None:
        """The name that starts at token i, and the index of the token after it."""
        items: list[tuple[int, str]] = []
        j = i
        while j < len(self.tokens):
            if items and not self._adjacent(self._end(*items[-1]), j):
                break
            kind = self._kind(j)
            has_name = any(k == "name" for _, k in items)
            if kind is None or (kind == "suffix" and not has_name):
                break
            if kind == "name" and items and self._title_starts_name(j):
                break
            items.append((j, kind))
            j += 1
            if kind == "suffix" or self.tokens[j - 1].base != self.tokens[j - 1].text:
                break  # "Jr." and a possessive end a name
            if kind == "name" and self._known_surname(j - 1):
                break
        if self.known_surnames is not None and not (items and self._known_surname(items[-1][0])):
            return None
        if items and items[-1][1] == "name" and self._comma_suffix(items[-1][0]):
            items.append((j, "suffix"))  # "Martin Luther King, Jr."
            j += 1
        while items and items[-1][1] in ("particle", "initial"):
            items.pop()
        if not any(kind == "name" for _, kind in items):
            return None
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

    def _build(self, items: list[tuple[int, str]]) -> Name:
        suffix_items: list[tuple[int, str]] = []
        while items[-1][1] in ("suffix", "numeral"):
            suffix_items.insert(0, items.pop())
        last = max(n for n, (_, kind) in enumerate(items) if kind == "name")
        items = items[: last + 1]
        first_surname = last
        while first_surname and items[first_surname - 1][1] == "particle":
            first_surname -= 1
        tokens = [self.tokens[j] for j, _ in items]
        surname_tokens = tokens[first_surname:]
        last_token = tokens[-1]
        end = last_token.start + len(last_token.base)
        suffix = ""
        if suffix_items:
            suffix = " ".join(self.tokens[j].text + "." * (k == "suffix") for j, k in suffix_items)
            end = self._end(*suffix_items[-1])
        given_part = list(zip(tokens[:first_surname], items[:first_surname], strict=True))
        return Name(
            start=tokens[0].start,
            end=end,
            given=tuple(t.text for t, (_, k) in given_part if k != "initial"),
            initials=tuple(t.text.rstrip(".") + "." for t, (_, k) in given_part if k == "initial"),
            surname=" ".join(t.base for t in surname_tokens),
            surname_start=surname_tokens[0].start,
            suffix=suffix,
            possessive=last_token.base != last_token.text,
        )

    def _names_no_one(self, i: int, name: Name, titled: bool) -> bool:
        """An untitled name after "the" is an institution or a place ("the New York Times");
        a surname after "&" is part of a firm's or a work's name ("Kermie Worm & Mr.
        Marbles", "Procter & Gamble")."""
        if not titled and i > 0 and self.tokens[i - 1].lower == "the":
            return self._adjacent(self.tokens[i - 1].end, i)
        return not name.full and self._after_ampersand(i)

    def _after_ampersand(self, i: int) -> bool:
        before = self.text[max(0, self.tokens[i].start - 3) : self.tokens[i].start]
        return before.rstrip().endswith("&")

    def _add(self, name: Name, chain: tuple[TitleMatch, ...], i: int) -> None:
        first = chain[0].first if chain else i
        qualified = first > 0 and self.tokens[first - 1].lower in self.parts.qualifiers
        quoted = self.doc.in_quotation(name.start)
        self.mentions.append(Mention(name, chain, qualified, self.region, quoted))
        partner = None if chain else self._implied_partner(i, name)
        if partner is not None:
            self.mentions.append(partner)

    def _implied_partner(self, i: int, name: Name) -> Mention | None:
        """ "Mark and Mary Smith" names Mark Smith too (a couple, brothers, sisters)."""
        if not name.given or i < 1:
            return None
        if self._after_ampersand(i):
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
        quoted = self.doc.in_quotation(partner.start)
        return Mention(implied, region=self.region, quoted=quoted, implied=True)


# -- grouping mentions into people -----------------------------------------------------------


def is_spelling_variant(a: str, b: str) -> bool:
    """One letter added or dropped inside a name, or two letters swapped: "Anthony" and
    "Antony", "Micheal" and "Michael". Not a changed letter ("Mark", "Mary"), a changed first
    letter, or a changed ending ("Louis", "Louise"): those make other names."""
    if a == b or min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [n for n in range(len(a)) if a[n] != b[n]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    n = next((n for n in range(len(short)) if short[n] != long[n]), len(short))
    return n < len(short) and short[n:] == long[n + 1 :]


def same_given_names(a: Name, b: Name) -> bool:
    """Given names that are the same, or one spelling slip apart."""
    if len(a.given) != len(b.given):
        return False
    differences = [(x, y) for x, y in zip(a.given, b.given, strict=True) if fold(x) != fold(y)]
    return not differences or (len(differences) == 1 and is_spelling_variant(*differences[0]))


def _one_person(a: Name, b: Name) -> bool:
    """Two full names of one person: same suffix, same (or slipped) given names, and middle
    initials that do not contradict ("George H.W. Bush" and "George W. Bush" are two). A
    middle name that comes and goes does not make one person: "Pierre L'Enfant" may be
    the father of "Pierre Charles L'Enfant"."""
    initials_agree = not a.initials or not b.initials or a.initials == b.initials
    return a.suffix == b.suffix and initials_agree and same_given_names(a, b)


def _group(doc: Document, mentions: list[Mention], lone_titles: list[LoneTitle]) -> PeopleTable:
    known = {
        m.name.key
        for m in mentions
        if _names_surname(m) and not m.implied and (m.name.full or m.titles)
    }
    kept = [m for m in mentions if m.name.key in known and _names_surname(m)]
    # "Euler and Colin Maclaurin" names no Euler Maclaurin: Euler is someone's surname.
    kept = [
        m for m in kept if not (m.implied and m.name.given and m.name.given[0].lower() in known)
    ]
    table = PeopleTable(kept, [], lone_titles)
    by_key: dict[str, list[Mention]] = {}
    for mention in kept:
        by_key.setdefault(mention.name.key, []).append(mention)
    parts = name_parts()
    for key, group in by_key.items():
        people = _people_of(key, group)
        table._by_key[key] = people
        for person in people:
            person.confirmed = _confirmed(doc, person, parts)
            for mention in person.mentions:
                table._person_of[mention] = person
        table.people.extend(p for p in people if p.mentions)
    return table


def _names_surname(mention: Mention) -> bool:
    """False for a single name after a royal or religious title ("Pope Francis")."""
    title = mention.title
    return mention.name.full or title is None or title.title.kind in SURNAME_TITLES


def _people_of(key: str, group: list[Mention]) -> list[Person]:
    """Split the mentions of one surname into people (see the module docstring)."""
    people: list[Person] = []
    for mention in (m for m in group if m.name.full):
        owner = next(
            (p for p in people if all(_one_person(mention.name, m.name) for m in p.mentions)),
            None,
        )
        if owner is None:
            people.append(Person(key, [mention]))
        else:
            owner.mentions.append(mention)
    _drop_ambiguous(people)
    if not people:
        people.append(Person(key))  # named by surname only: "President Biden"
    if len(people) == 1 and _couple(group):
        people.append(Person(key))  # "Mr. and Mrs. Smith": one of them is not named in full
    for mention in (m for m in group if not m.name.full):
        owner = _owner(mention, people)
        if owner is not None:
            owner.mentions.append(mention)
    for person in people:
        person.mentions.sort(key=lambda m: (m.name.start, m.implied))
    return people


def _drop_ambiguous(people: list[Person]) -> None:
    """ "George Bush" when both "George H.W. Bush" and "George W. Bush" are named: neither."""
    for person in people:
        for mention in list(person.mentions):
            if (
                not mention.name.initials
                and sum(any(_one_person(mention.name, m.name) for m in p.mentions) for p in people)
                > 1
            ):
                person.mentions.remove(mention)


def _couple(group: list[Mention]) -> bool:
    """Different courtesy titles with one surname ("Mr. Smith", "Mrs. Smith"): two people."""
    courtesy = {
        m.titles[0].written.lower()
        for m in group
        if m.titles and m.titles[0].title.kind == "courtesy"
    }
    return len(courtesy) > 1 or "messrs." in courtesy or "mmes." in courtesy


def _owner(mention: Mention, people: list[Person]) -> Person | None:
    """The person a surname-only mention means: the only one, or the only one whose title
    matches ("President Biden" when Joe and Hunter Biden are named)."""
    if len(people) == 1:
        return people[0]
    title = mention.title
    if title is None:
        return None
    matching = [
        p
        for p in people
        if any(m.title is not None and m.title.title.same_office(title.title) for m in p.mentions)
    ]
    return matching[0] if len(matching) == 1 else None


def _confirmed(doc: Document, person: Person, parts: _NameParts) -> bool:
    """Evidence that a run of capitalized words names a person: a title, an initial, a
    suffix, a verb of speech next to the name, or an age after it ("Blinken, 61,"). Only full
    and titled mentions count: a bare "Ford said" may be the company."""
    for mention in person.mentions:
        name = mention.name
        if not (name.full or mention.titles):
            continue
        if mention.titles or name.initials or name.suffix:
            return True
        after = doc.text[name.end + 2 * name.possessive : name.end + 24]
        following = after.lstrip(" ,").split(" ", 1)[0].strip(".,;:").lower()
        if following in parts.speech_verbs or _word_before(doc, name.start) in parts.speech_verbs:
            return True
        if _AGE.match(after):
            return True
    return False


def parse_name(text: str) -> Name | None:
    """The name written in ``text`` ("Antony J. Blinken", "Zelensky"), read as in an article;
    None when ``text`` holds no name."""
    from copylint.formats.plain import parse_plain

    doc = parse_plain("<name>", text)
    if not doc.blocks:
        return None
    block = doc.blocks[0]
    tokens = _tokens(doc.words_between(block.start, block.end))
    return _Scanner(doc, tokens, "body", [], []).name_at(0) if tokens else None


def acts_as_person(doc: Document, name: Name) -> bool:
    """The name is the subject of a verb ("Galois returned", "Blinken will", "Blinken said")
    or the object of "said" ("said Blinken"), as only a person's name is."""
    parts = name_parts()
    if _word_before(doc, name.start) in parts.speech_verbs:
        return True
    after = doc.text[name.end + 2 * name.possessive : name.end + 2 * name.possessive + 20]
    if name.possessive or not after.startswith(" "):
        return False
    word = after[1:].split(" ", 1)[0].rstrip(".,;:")
    if not word.isalpha() or not word.islower():
        return False
    if word in parts.speech_verbs or word in parts.subject_verbs or word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _word_before(doc: Document, start: int) -> str:
    return doc.text[max(0, start - 24) : start].rstrip(" ,").rsplit(" ", 1)[-1].lower()


def named_as_place(doc: Document, surname: str) -> bool:
    """The word also follows a preposition of place in the article ("into Jordan")."""
    prepositions = name_parts().place_prepositions
    words = doc.words
    return any(
        word.base == surname
        and n > 0
        and words[n - 1].lower in prepositions
        and doc.text[words[n - 1].end : word.start] == " "
        for n, word in enumerate(words)
    )
