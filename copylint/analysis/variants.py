"""Name slips: one person's name written two ways, and which form the evidence says is right.

Read from the people table (:mod:`copylint.analysis.people`). Two kinds of slip:

- a **given name** written two ways for one person ("Michael Bloomberg", "Micheal
  Bloomberg"; "Jon"/"John"; "Dmitry"/"Dmytro"): the table already groups such full names as
  one person (:func:`~copylint.lexicon.names.given_variant`);
- a **surname** one slip from a person's ("Ana Kowalczyk" … "Ms. Kowalcyk"; "Tom Mauer" …
  "said Maurer"; "al-Rashid" … "al-Rasheed"; a possessive "Oliviera’s"): a surname-only
  mention, a bare word that acts as a person's name, or a full name with the same given names,
  whose surname is :func:`~copylint.lexicon.names.surname_variant` of exactly one person's.

Relatives and namesakes are not slips: a full name with other given names is another person
("Bill Clinton", "Hillary Clinton"), and so is a name right after a word of kinship ("his
brother Tom Maurer"). A plural after "the" ("the Bernoullis") is a family.

Which form is right is decided from the evidence (:class:`Evidence`): the form of the first
full reference, the form most mentions use, and the form the proper-noun lexicon knows far
better. The form with more evidence is taken for right; when the evidence is split, the later
form is reported. The names rules report slips; spelling/inconsistent leaves every word of a
person's name to them (:func:`names_owned`), and spelling/misspelling every word of a slip
(:func:`in_name_slip`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copylint.analysis.mentions import Mention, use_titles
from copylint.analysis.people import PeopleTable, Person, build_people_table
from copylint.lexicon.dictionary import english_counts, name_counts
from copylint.lexicon.names import (
    Name,
    SurnameIndex,
    acts_as_person,
    fold,
    is_place,
    name_parts,
    named_as_place,
    surname_key,
    surname_variant,
    word_before,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from copylint.config import Settings
    from copylint.document import Document

#: The proper-noun lexicon speaks for a spelling when it knows it this many times more often
#: than the other, and the other hardly at all (fewer than ``_RARE`` times): "Michael" against
#: "Micheal", not "Anthony" against "Antony", which are both names.
_LEXICON_RATIO = 10
_RARE = 1000
#: A spelling the lexicon counts at least this often, and ``_STRONG_RATIO`` times as often as
#: the other, is strong evidence ("Michael" against "Micheal"; not "John" against "Jon"):
#: :func:`_evidence`.
_KNOWN = 100
_STRONG_RATIO = 100


@dataclass(frozen=True)
class Slip:
    """A mention whose given name or surname deviates from another form of the same person's."""

    mention: Mention
    start: int  # the deviating part, in the prose
    end: int
    written: str
    right: str
    other: int  # prose offset of a mention written the right way
    evidence: tuple[str, ...]  # why ``right`` is taken for right; () when the evidence is split
    part: str  # "given" or "surname"


@dataclass(frozen=True)
class Evidence:
    """The mentions of one form of a name, for weighing it against another."""

    text: str
    mentions: tuple[Mention, ...]

    @property
    def first_full(self) -> int | None:
        return next((m.start for m in self.mentions if m.name.full and m.is_reference), None)

    @property
    def first(self) -> tuple[bool, int]:
        """Where the form first appears, below the headline before in it."""
        return min((m.region == "headline", m.start) for m in self.mentions)


def find_slips(doc: Document) -> list[Slip]:
    """Every name slip in ``doc``, in the order of the prose (shared per document)."""
    return doc.shared(_find_slips)


def names_owned(doc: Document) -> frozenset[int]:
    """The prose offsets of the words of every person's name and of every slip, which
    names/inconsistent-name reports: spelling/inconsistent leaves them alone while that rule
    runs (one slip, one finding)."""
    table = doc.shared(build_people_table)
    spans = [(m.name.start, m.name.end) for m in table.mentions if not m.implied]
    spans += [(s.start, s.end) for s in find_slips(doc)]
    words = doc.words
    owned = set()
    for start, end in spans:
        index = doc.word_index(start)
        while index < len(words) and words[index].start < end:
            owned.add(words[index].start)  # "Poissun's" too: the word runs past the name
            index += 1
    return frozenset(owned)


def in_name_slip(doc: Document, settings: Settings, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps a name slip (a possessive's word included):
    names/inconsistent-name reports the slip, so spelling/misspelling leaves the word alone
    (one slip, one finding). ``settings`` gives the house's titles, as the names rules read
    the article."""
    use_titles(doc, settings)
    starts, reach = doc.shared(_slip_spans)
    i = bisect.bisect_left(starts, end) - 1  # the last slip starting before ``end``
    return i >= 0 and start < reach[i]


def _slip_spans(doc: Document) -> tuple[list[int], list[int]]:
    """Where the slips start, and the furthest any slip up to each one reaches (a
    possessive included): a range overlaps a slip when it starts before that reach."""
    slips = find_slips(doc)
    reach = list(itertools.accumulate((s.end + 2 * s.mention.name.possessive for s in slips), max))
    return [s.start for s in slips], reach


def _find_slips(doc: Document) -> list[Slip]:
    table = doc.shared(build_people_table)
    slips: list[Slip] = []
    for person in table.people:
        slips += _given_slips(person)
    slips += _surname_slips(doc, table)
    slips.sort(key=lambda s: s.start)
    return slips


# -- given names ----------------------------------------------------------------------------


def _given_slips(person: Person) -> list[Slip]:
    full = [m for m in person.mentions if m.name.given and not m.implied]  # given: full
    if len(full) < 2:
        return []  # most people: named in full once, in one form
    forms: dict[tuple[str, ...], list[Mention]] = {}
    for mention in full:
        forms.setdefault(tuple(fold(g) for g in mention.name.given), []).append(mention)
    if len(forms) < 2:
        return []
    evidence = [Evidence(" ".join(given), tuple(group)) for given, group in forms.items()]
    right, split = _weigh(evidence, _given_frequency)
    slips = []
    for form in evidence:
        if form is right:
            continue
        reasons = () if split else _reasons(right, form, _given_frequency)
        for mention in form.mentions:
            if mention.quoted:
                continue
            name = mention.name
            slips.append(
                Slip(
                    mention,
                    name.start,
                    name.end,
                    name.written,
                    _respelled(name, right.mentions[0].name.given),
                    right.mentions[0].start,
                    reasons,
                    "given",
                )
            )
    return slips


def _respelled(name: Name, given: tuple[str, ...]) -> str:
    if name.family_first:
        return " ".join((name.surname, *given))
    return " ".join((*given, *name.initials, name.surname))


def _given_frequency(form: Evidence) -> int:
    return min(name_counts().get(g.lower(), 0) for g in form.text.split())


# -- surnames -------------------------------------------------------------------------------


def _surname_slips(doc: Document, table: PeopleTable) -> list[Slip]:
    anchors: dict[str, list[Person]] = {}  # people named in full
    titled: dict[str, list[Person]] = {}  # people named only with a title ("Mr. Okwuosa")
    for person in table.people:
        full = any(m.name.full and not m.implied for m in person.mentions)
        (anchors if full else titled).setdefault(person.key, []).append(person)
    owners = _Owners(anchors, titled)
    candidates: dict[str, list[Mention]] = {}
    for mention in _candidates(doc, table, anchors, owners):
        candidates.setdefault(mention.name.key, []).append(mention)
    slips: list[Slip] = []
    if not candidates:
        return slips  # most articles: the strays by key below would go unread
    strays: dict[str, list[Mention]] = {}
    for stray in table.strays:  # the key as Name.key reads it, with no call of its own
        strays.setdefault(surname_key(stray.name.surname), []).append(stray)
    for key, group in candidates.items():
        owner = owners[key]
        if owner is None:
            continue
        if key in anchors and not _same_given(owner, anchors[key]):
            continue  # "Mary Hansen" and "John Hanson": two people
        mine = [m for m in owner.mentions if not m.implied]
        # Every bare word spelled the same counts as evidence for its form ("Euler" three
        # times against one "Leonhard Euelr"), though only the candidates are reported.
        candidates_here = {id(m) for m in group}
        support = [m for m in strays.get(key, ()) if id(m) not in candidates_here]
        slips += _decide(owner.key, mine, key, group, support)
    return slips


class _Owners(dict[str, "Person | None"]):
    """Surname key → the one person whose surname it is a slip of: someone named in full,
    else someone named only with a title (for a key no titled person bears); None when
    none or several. Worked out once a key, before the costlier reading of whether a
    mention is a candidate at all: most keys have no owner."""

    def __init__(self, anchors: dict[str, list[Person]], titled: dict[str, list[Person]]) -> None:
        super().__init__()
        self.anchors = anchors
        self.titled = titled
        # An index for each: a look-up reads only the keys it may return (the titled are
        # few, and none in most articles).
        self.anchor_index = SurnameIndex(anchors)
        self.titled_index = SurnameIndex(titled)
        #: The first letters of the keys: a slip keeps a surname's first letter
        #: (:func:`surname_variant`), so a key with another has no owner, found with no search.
        self.letters = frozenset(key[:1] for key in itertools.chain(anchors, titled))

    def __missing__(self, key: str) -> Person | None:
        owner = None
        if key[:1] in self.letters:
            owner = _anchor(key, self.anchors, self.anchor_index)
            if owner is None and self.titled and key not in self.titled:
                # a bare word beside a titled surname
                owner = _anchor(key, self.titled, self.titled_index)
        self[key] = owner
        return owner


def _anchor(key: str, people: dict[str, list[Person]], index: SurnameIndex) -> Person | None:
    """The one person whose surname ``key`` is a slip of (``index``: the keys of
    ``people``); None when none or several."""
    matches = [k for k in index.near(key) if surname_variant(k, key)]
    if len(matches) != 1 or len(people[matches[0]]) != 1:
        return None
    return people[matches[0]][0]


def _candidates(
    doc: Document, table: PeopleTable, anchors: dict[str, list[Person]], owners: _Owners
) -> Iterable[Mention]:
    """Mentions whose surname may be a slip of an owner's (``owners``): surname-only people,
    full people with another anchor's given names, and bare words that read as a person's
    name."""
    for person in table.people:
        if person.key not in anchors:
            mentions = (m for m in person.mentions if not m.implied)
        elif len(anchors) > 1:
            mentions = (m for m in person.mentions if m.name.full)
        else:
            continue
        if owners[person.key] is not None:
            yield from (m for m in mentions if not _kin(doc, m))
    for stray in table.strays:
        if stray.name.full or stray.titles or owners[surname_key(stray.name.surname)] is None:
            continue
        if _kin(doc, stray) or _plural(doc, table, stray):
            continue
        if _reads_as_person(doc, stray):
            yield stray


def _same_given(person: Person, others: list[Person]) -> bool:
    first = person.first_full
    return first is not None and any(
        o.first_full is not None
        and tuple(fold(g) for g in o.first_full.name.given)
        == tuple(fold(g) for g in first.name.given)
        for o in others
    )


def _kin(doc: Document, mention: Mention) -> bool:
    """ "his brother Tom Maurer": someone's relative, another person."""
    return word_before(doc, mention.start) in name_parts().kinship


def _plural(doc: Document, table: PeopleTable, mention: Mention) -> bool:
    """ "the Bernoullis", "the younger Bernoullis": a family, not a slip for "Bernoulli"."""
    key = mention.name.key
    if not key.endswith("s"):
        return False
    singular = table.people_named(key[:-1]) or table.people_named(key.removesuffix("es"))
    return bool(singular) or word_before(doc, mention.start) == "the"


def _reads_as_person(doc: Document, mention: Mention) -> bool:
    """A bare word that reads as a person's name: one no lexicon knows ("Brhams", "Eulr": a
    slip, if it is one slip from a surname of the article), or one that acts as a person's
    ("Galois returned", a possessive). An English word ("Water", "Poison") counts only next
    to a verb of speech ("Water said") or as a possessive inside a body sentence, where only
    a name is capitalized ("ignored Poison’s advice")."""
    name = mention.name
    english, unknown = _lexicon_reading(name.surname)
    if unknown and not named_as_place(doc, name.surname):
        return True
    if not (acts_as_person(doc, name) or name.possessive):
        return False
    if not english:
        return True
    if name.possessive and mention.region == "body" and not doc.at_sentence_start(name.start):
        return True
    speech = name_parts().speech_verbs
    after = doc.text[name.end : name.end + 16].lstrip(" ,").split(" ", 1)[0].strip(".,;:")
    return word_before(doc, name.start) in speech or after in speech


@functools.lru_cache(maxsize=1 << 14)
def _lexicon_reading(surname: str) -> tuple[bool, bool]:
    """Whether the dictionary knows ``surname`` better than the name lexicon does (English:
    "Poison"; not "Euler", one of the few names the dictionary lists, rarely), and whether
    neither knows it. Cached: an archive's bare capitalized words repeat, article after
    article; 16,384 of them keep the cache small."""
    names = name_counts().get(surname_key(surname), 0)
    english = english_counts().get(fold(surname).lower(), 0) > names
    return english, not english and not names


def _decide(
    key: str, mine: list[Mention], other_key: str, theirs: list[Mention], support: list[Mention]
) -> list[Slip]:
    """The slips of one surname against another form: the mentions of the form the evidence
    goes against (of the other form, only those that read as a person's)."""
    anchor = Evidence(_surname_text(mine), tuple(mine))
    every = tuple(sorted([*theirs, *support], key=lambda m: m.start))
    variant = Evidence(_surname_text(theirs), every)
    right, split = _weigh([anchor, variant], _surname_frequency)
    wrong = variant if right is anchor else anchor
    reasons = () if split else _reasons(right, wrong, _surname_frequency)
    if wrong is variant:
        wrong = Evidence(variant.text, tuple(theirs))
    other = next((m.start for m in right.mentions if m.name.full), right.mentions[0].start)
    return [
        Slip(
            m,
            m.name.surname_start,
            m.name.surname_end,
            m.name.surname,
            right.text,
            other,
            reasons,
            "surname",
        )
        for m in wrong.mentions
        if not m.quoted and surname_key(m.name.surname) in (key, other_key)
    ]


def _surname_text(mentions: list[Mention]) -> str:
    """The surname as the first full mention writes it (else the first mention)."""
    first = next((m for m in mentions if m.name.full), mentions[0])
    return first.name.surname


def _surname_frequency(form: Evidence) -> int:
    return name_counts().get(surname_key(form.text), 0)


# -- weighing -------------------------------------------------------------------------------


def _reasons(
    right: Evidence, wrong: Evidence, frequency: Callable[[Evidence], int]
) -> tuple[str, ...]:
    """What speaks for ``right`` against ``wrong``, as the message says it."""
    return tuple(text for text, _ in _evidence(right, wrong, frequency))


def _weight(right: Evidence, wrong: Evidence, frequency: Callable[[Evidence], int]) -> int:
    """How much speaks for ``right`` against ``wrong``."""
    return sum(weight for _, weight in _evidence(right, wrong, frequency))


def _evidence(
    right: Evidence, wrong: Evidence, frequency: Callable[[Evidence], int]
) -> list[tuple[str, int]]:
    """Each piece of evidence for ``right`` and its weight. The first full reference, a
    majority and the name lexicon count once each; twice, a clear majority (at least three
    mentions, more than twice the other's: "Marbles" 18 times against one "Jenna Marlbes")
    and a lexicon that knows one spelling a hundred times better than the other, no English
    word ("Bertrand Rusesll" … "Russell said": the first reference is the slip)."""
    found = []
    a, b = right.first_full, wrong.first_full
    if a is not None and (b is None or a < b):
        found.append(("the first full reference", 1))
    n, m = len(right.mentions), len(wrong.mentions)
    if n > m:
        found.append((f"{n} of {n + m} mentions", 2 if n >= 3 and n > 2 * m else 1))
    rare, known = frequency(wrong), frequency(right)
    if known >= _KNOWN and known >= _STRONG_RATIO * max(rare, 1) and not _english(wrong):
        found.append(("the spelling the name lexicon knows far better", 2))
    elif rare < _RARE and known > _LEXICON_RATIO * max(rare, 1):
        found.append(("the spelling the name lexicon knows", 1))
    return found


def _english(form: Evidence) -> bool:
    """A word of the form is one the English dictionary knows better than the name lexicon
    ("Mark", "Bush"): the lexicon's count of names says nothing of it."""
    words = [fold(word).lower() for word in form.text.split()]
    names = name_counts()
    return any(english_counts().get(w, 0) > names.get(surname_key(w), 0) for w in words)


def _weigh(forms: list[Evidence], frequency: Callable[[Evidence], int]) -> tuple[Evidence, bool]:
    """The form taken for right, and whether the evidence is split (then: the earliest form,
    so that the later one is reported)."""
    ranked = sorted(
        forms,
        key=lambda f: (
            -sum(_weight(f, o, frequency) for o in forms if o is not f),
            f.first,
        ),
    )
    best, runner = ranked[0], ranked[1]
    split = _weight(best, runner, frequency) <= _weight(runner, best, frequency)
    if split:
        best = min(forms, key=lambda f: f.first)
    return best, split


# -- given name for surname -----------------------------------------------------------------

#: A given name that the English dictionary counts this often is a word too ("Frank",
#: "Summer", "Jack"), not evidence of a person.
_WORD_COUNT = 5000


def given_name_references(doc: Document) -> list[tuple[Mention, Mention]]:
    """Later references by given name, each with the person's first full reference: "Maria
    wrote" after "Maria Ortega", and "Ms. Wei" after "Wang Wei" (the family name comes first).

    The word must be the given name of exactly one person named in full before it in the body,
    no one's surname, and act as a person's name; the person must be confirmed or the given
    name no common English word. People who share a surname are told apart by given name."""
    return doc.shared(_given_name_references)


def _given_name_references(doc: Document) -> list[tuple[Mention, Mention]]:
    table = doc.shared(build_people_table)
    surnames: set[str] = set()  # of the people named in full
    # Each given name's people: their first full reference, and the person.
    given: dict[str, list[tuple[Mention, Person]]] = {}
    for person in table.people:
        full = person.full_mentions
        if full:
            surnames.add(person.key)
        first = next((m for m in full if m.is_reference), None)
        if first is None or not first.name.given or table.shares_surname(person):
            continue
        if not (looks_like_given_name(first.name.given[0]) or person.confirmed):
            continue  # no given name to refer to this person by (confirmed: read on need)
        given.setdefault(
            fold(first.name.given[-1 if first.name.family_first else 0]).lower(), []
        ).append((first, person))
    found: list[tuple[Mention, Mention]] = []
    if not given:
        return found  # most articles: no one to call by given name
    titled = [  # whether the person is named in full asked only of the few titled mentions
        m
        for p in table.people
        for m in p.mentions
        if m.titles and all(t.title.kind == "courtesy" for t in m.titles) and p.first_full is None
    ]
    for mention in [*table.strays, *titled]:
        name = mention.name
        firsts = given.get(fold(name.surname).lower(), [])
        if (
            len(firsts) != 1
            or name.full
            or not mention.is_reference
            or mention.quoted
            or firsts[0][0].start > mention.start
        ):
            continue
        first, person = firsts[0]
        if mention.titles:
            if not first.name.family_first:
                continue  # "Ms. Maria": not a slip this rule knows
        elif fold(name.surname).lower() in surnames or not _by_given_name(doc, mention, person):
            continue
        found.append((mention, first))
    found.sort(key=lambda pair: pair[0].start)
    return found


def _by_given_name(doc: Document, mention: Mention, person: Person) -> bool:
    """The bare word refers to ``person`` by given name. A given name that is a common word
    ("Jack", "Frank") must act as a person's name ("Jack explains") for a confirmed person;
    any other given name may also stand alone ("Genevieve guest starred", "in Genevieve’s
    hometown") when the article shows the person is one (:func:`_evidenced`)."""
    name = mention.name
    if not looks_like_given_name(name.surname):
        return person.confirmed and acts_as_person(doc, name)
    return acts_as_person(doc, name) or (_evidenced(doc, person) and _bare_given(doc, mention))


def _evidenced(doc: Document, person: Person) -> bool:
    """The article shows ``person`` is one: confirmed, or a mention acts as a person's
    ("Brahms wrote"). Asked only of a person a bare given name may refer to: a few an
    archive, where asking it of everyone named in full cost 5 ms per 100,000 words."""
    return person.confirmed or any(
        m.is_reference and not m.quoted and acts_as_person(doc, m.name) for m in person.mentions
    )


def _bare_given(doc: Document, mention: Mention) -> bool:
    """A given name alone that no preposition, article, owner or place makes a thing:
    "Genevieve guest starred", not "here in Levico", "the Cleveland team", "Debian's Emacs"
    or "Georgia’s governor". A possessive is the person's unless a capitalized word follows
    ("Maria’s Bakery")."""
    name = mention.name
    if not looks_like_given_name(name.surname) or is_place(name.surname):
        return False
    if named_as_place(doc, name.surname):
        return False
    if name.possessive:
        after = doc.text[name.end + 2 : name.end + 4].lstrip()
        return not after[:1].isupper()
    before = word_before(doc, name.start)
    if before.endswith(("'s", "’s")):
        return False  # "Debian's Emacs": a thing someone owns, not a person
    return before not in name_parts().place_prepositions and before not in (
        "the", "a", "an", "of", "by", "for", "on", "with"
    )  # fmt: skip


def looks_like_given_name(word: str) -> bool:
    """A given name that is no common English word ("Maria", not "Frank" or "Summer")."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False  # "GitHub", "YouTube": a brand's capitals, not a given name's
    return english_counts().get(word.lower(), 0) < _WORD_COUNT
