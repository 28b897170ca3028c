"""The people of an article: the one table every names rule reads.

Built once per document (``doc.shared(build_people_table)``) from the mentions
(:mod:`copylint.analysis.mentions`). A bare surname ("Blinken", "Blinken's") counts only when
the article also names someone with that surname in full or with a title. Mentions with one
surname are grouped into *people*: "Anthony J. Blinken" and "Anthony Blinken" are one person;
"Joe Biden" and "Hunter Biden", "George H.W. Bush" and "George W. Bush", "John Smith" and
"John Smith Jr.", "Mr. and Mrs. Smith" are two; and a bare "Biden" next to two Bidens belongs
to neither.

Everything is counted, headlines, captions and quotations included; each mention records its
region and whether it is quoted, so that the rules decide what they exempt.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from copylint.analysis.mentions import LoneTitle, Mention, find_mentions
from copylint.lexicon.names import (
    Name,
    SurnameIndex,
    fold,
    name_parts,
    same_given_names,
    surname_key,
    surname_variant,
    word_before,
)
from copylint.lexicon.titles import SURNAME_TITLES

if TYPE_CHECKING:
    from copylint.document import Document

_AGE = regex.compile(r"^,\s*\d{1,3}\s*[,.;)]")


@dataclass
class Person:
    """Mentions of one person, in the order of the article."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    #: The article the person is named in, where :attr:`confirmed` looks for its evidence.
    document: Document | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def confirmed(self) -> bool:
        """Evidence that the name is a person's, not a place's or firm's (:func:`_confirmed`).
        Read on first need: the rules ask it of few of an article's people."""
        return self.document is not None and _confirmed(self.document, self)

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
    #: Bare capitalized words read as surnames that no one in the article bears ("Maurer"
    #: beside "Tom Mauer"): not people, but where a misspelled surname hides.
    strays: list[Mention] = field(default_factory=list)
    _person_of: dict[Mention, Person] = field(default_factory=dict, repr=False)
    _by_key: dict[str, list[Person]] = field(default_factory=dict, repr=False)

    def person(self, mention: Mention) -> Person | None:
        """The one person ``mention`` refers to; None when the surname is shared and the
        mention alone cannot tell whom it means. (Indexed on the first question: the rules
        go by person, not by mention.)"""
        if not self._person_of:
            self._person_of = {m: person for person in self.people for m in person.mentions}
        return self._person_of.get(mention)

    def people_named(self, key: str) -> list[Person]:
        """The people with this surname key."""
        return self._by_key.get(key, [])

    def shares_surname(self, person: Person) -> bool:
        return len(self._by_key.get(person.key, ())) > 1


def build_people_table(doc: Document) -> PeopleTable:
    """Read the people of ``doc``; rules ask for it with ``doc.shared(build_people_table)``."""
    mentions, lone_titles = find_mentions(doc)
    return _group(doc, mentions, lone_titles)


#: What decides whether two full names are one person's: given names (apostrophes and hyphens
#: folded), middle initials and suffix.
Form = tuple[tuple[str, ...], tuple[str, ...], str]


def _form(name: Name) -> Form:
    return tuple(fold(g) for g in name.given), name.initials, name.suffix


def _one_person(a: Name, b: Name) -> bool:
    """Two full names of one person: same suffix, same (or slipped) given names, and middle
    initials that do not contradict ("George H.W. Bush" and "George W. Bush" are two). A
    middle name that comes and goes does not make one person: "Pierre L'Enfant" may be
    the father of "Pierre Charles L'Enfant"."""
    initials_agree = not a.initials or not b.initials or a.initials == b.initials
    return a.suffix == b.suffix and initials_agree and same_given_names(a, b)


def _group(doc: Document, mentions: list[Mention], lone_titles: list[LoneTitle]) -> PeopleTable:
    mentions = _sentence_particles(doc, mentions)
    # Each worked out once, with no Python call for what most mentions need none for: the
    # key read as Name.key reads it, and an untitled mention names a surname.
    keyed = [(m, surname_key(m.name.surname), not m.titles or _names_surname(m)) for m in mentions]
    known = {
        key for m, key, named in keyed if named and not m.implied and (m.name.full or m.titles)
    }
    kept = [m for m, key, named in keyed if named and key in known]
    kept = _two_word_surnames(doc, kept)
    strays = [m for m, key, _ in keyed if key not in known and not m.implied]
    # "Euler and Colin Maclaurin" names no Euler Maclaurin: Euler is someone's surname; and
    # "Eulr and Colin Maclaurin" names none either: "Eulr" is a stray, where slips are sought.
    index = SurnameIndex(known) if any(m.implied for m in kept) else None
    partners = [m for m in kept if m.implied and m.name.given and _a_surname(m.name, index)]
    if partners:  # most articles: no "X and Y Z" at all
        dropped = {id(m) for m in partners}
        kept = [m for m in kept if id(m) not in dropped]
    bare = [_bare(m) for m in partners if surname_key(m.name.given[0]) not in known]
    if bare:  # the rest are in the order of the prose already, as the mentions are
        strays = sorted(strays + bare, key=lambda m: m.start)
    table = PeopleTable(kept, [], lone_titles, strays)
    by_key: dict[str, list[Mention]] = {}
    for mention in kept:
        by_key.setdefault(mention.name.key, []).append(mention)
    for key, group in by_key.items():
        people = _people_of(key, group)
        table._by_key[key] = people
        for person in people:
            person.document = doc
        table.people.extend(p for p in people if p.mentions)
    return table


def _a_surname(name: Name, index: SurnameIndex | None) -> bool:
    """The partner word of "X and Y Z" is a surname of the article, or one slip from one."""
    key = surname_key(name.given[0])
    return index is not None and any(k == key or surname_variant(k, key) for k in index.near(key))


def _bare(partner: Mention) -> Mention:
    """The partner word of "X and Y Z" as a bare surname of its own."""
    word, start = partner.name.given[0], partner.name.start
    name = Name(start, start + len(word), (), (), word, start)
    return partner._replace(name=name, implied=False)


def _sentence_particles(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """ "Von der Leyen said" opening a sentence is a surname with its particle capitalized,
    not a man named Von, when the article writes a surname with that particle ("Ursula von
    der Leyen"); elsewhere "Van Morrison" keeps his given name."""
    particles = name_parts().particles
    used = {  # a space first: most surnames have none, and Name.full is a Python call
        m.name.surname.split()[0]
        for m in mentions
        if " " in m.name.surname and m.name.full and m.name.surname.split()[0] in particles
    }
    if not used:
        return mentions
    result = []
    for mention in mentions:
        name = mention.name
        if (
            len(name.given) == 1
            and not name.initials
            and not name.family_first
            and name.given[0].lower() in used
            and not mention.titles
            and doc.at_sentence_start(name.start)
        ):
            surname = doc.text[name.start : name.surname_end]
            name = name._replace(given=(), surname=surname, surname_start=name.start)
            mention = mention._replace(name=name)
        result.append(mention)
    return result


def _two_word_surnames(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """ "Mayor Patricia Lock Dawson" … "Lock Dawson": when a later name is the last two words
    of a longer one, those two words are a surname, in both."""
    pairs = {
        (m.name.given[-1], m.name.surname)
        for m in mentions
        if len(m.name.given) >= 2 and not m.name.initials and not m.name.family_first
    }
    if not pairs:
        return mentions  # most articles: no name of three words, so no two-word surname
    shorts = {
        (m.name.given[0], m.name.surname)
        for m in mentions
        if len(m.name.given) == 1 and not m.name.initials and not m.name.family_first
    }
    particles = name_parts().particles
    longs: dict[str, list[str]] = {}
    for word, surname in pairs:
        longs.setdefault(word, []).append(surname)
    # The later name may misspell the last word: "Lock Dawsen" is a slip of "Lock Dawson".
    two_word = {
        (word, surname)
        for word, surname in shorts
        if word.lower() not in particles
        and any(s == surname or _slip(s, surname) for s in longs.get(word, ()))
    }
    shorter: dict[str, list[str]] = {}
    for word, surname in two_word:
        shorter.setdefault(word, []).append(surname)
    two_word |= {(w, s) for w, s in pairs if any(s == y or _slip(s, y) for y in shorter.get(w, ()))}
    if not two_word:
        return mentions
    result = []
    for mention in mentions:
        name = mention.name
        if name.given and not name.initials and (name.given[-1], name.surname) in two_word:
            first = doc.text.rfind(name.given[-1], name.start, name.surname_start)
            surname = f"{name.given[-1]} {name.surname}"
            name = name._replace(given=name.given[:-1], surname=surname, surname_start=first)
            mention = mention._replace(name=name)
        result.append(mention)
    return result


def _slip(a: str, b: str) -> bool:
    return surname_variant(surname_key(a), surname_key(b))


def _names_surname(mention: Mention) -> bool:
    """False for a single name after a royal or religious title ("Pope Francis")."""
    title = mention.title  # most mentions have none: no need to ask whether the name is full
    return title is None or mention.name.full or title.title.kind in SURNAME_TITLES


def _people_of(key: str, group: list[Mention]) -> list[Person]:
    """Split the mentions of one surname into people (see the module docstring)."""
    if len(group) == 1 and not group[0].titles and group[0].name.full:
        return [Person(key, [group[0]])]  # most surnames: one full name, no title, once
    people: list[Person] = []
    # Each person's distinct forms of name (see _form): a person named a thousand times the
    # same way is compared once, not a thousand times.
    forms: list[dict[Form, Name]] = []
    for mention in (m for m in group if m.name.full):
        name = mention.name
        form = _form(name)
        index = next(
            (
                i
                for i, known in enumerate(forms)
                if form in known or all(_one_person(name, other) for other in known.values())
            ),
            None,
        )
        if index is None:
            people.append(Person(key, [mention]))
            forms.append({form: name})
        else:
            people[index].mentions.append(mention)
            forms[index].setdefault(form, name)
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
    if len(people) < 2:
        return  # most surnames: one person, whom no other can share a name with
    counts = [Counter(_form(m.name) for m in p.mentions) for p in people]
    names = [{_form(m.name): m.name for m in p.mentions} for p in people]

    def holds(j: int, name: Name) -> bool:
        return any(n and _one_person(name, names[j][f]) for f, n in counts[j].items())

    for i, person in enumerate(people):
        for mention in list(person.mentions):
            name = mention.name
            if not name.initials and sum(holds(j, name) for j in range(len(people))) > 1:
                person.mentions.remove(mention)
                counts[i][_form(name)] -= 1


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


def _confirmed(doc: Document, person: Person) -> bool:
    """Evidence that a run of capitalized words names a person: a title, an initial, a
    suffix, a verb of speech next to the name, or an age after it ("Blinken, 61,"). Only full
    and titled mentions count: a bare "Ford said" may be the company."""
    parts = name_parts()
    for mention in person.mentions:
        name = mention.name
        if not (name.full or mention.titles):
            continue
        if mention.titles or name.initials or name.suffix:
            return True
        after = doc.text[name.end + 2 * name.possessive : name.end + 24]
        following = after.lstrip(" ,").split(" ", 1)[0].strip(".,;:").lower()
        if following in parts.speech_verbs or word_before(doc, name.start) in parts.speech_verbs:
            return True
        if _AGE.match(after):
            return True
    return False


def titled_later_references(doc: Document) -> frozenset[Mention]:
    """Later body references with a title AP drops ("Sec. Blinken", "Mr. Blinken", "Dr
    Okafor" after the first full reference): names/later-reference reports them, and the
    title rules leave them alone, so that one slip gets one finding and a fix sticks.

    Not: people who share a surname (titles tell them apart), quotations, a past title
    ("former Sen. Obama"), royal and religious titles, and an office the first reference did
    not give ("Donald Trump's campaign" … "President Trump": the title carries news)."""
    return doc.shared(_titled_later_references)


def _titled_later_references(doc: Document) -> frozenset[Mention]:
    table = doc.shared(build_people_table)
    found = set()
    for person in table.people:
        if len(person.mentions) < 2 or table.shares_surname(person):
            continue  # named once (most people): no later reference
        first = next((m for m in person.mentions if m.is_reference and m.name.full), None)
        if first is None:
            continue
        for mention in person.mentions:
            title = mention.title
            if (
                title is None
                or mention.start <= first.start
                or not mention.is_reference
                or mention.quoted
                or mention.name.full
                or mention.qualified
                or not all(t.title.kind in SURNAME_TITLES for t in mention.titles)
            ):
                continue
            news = title.title.kind in ("formal", "rank") and not any(
                t.title.same_office(title.title) for t in first.titles
            )
            if not news:
                found.add(mention)
    return frozenset(found)
