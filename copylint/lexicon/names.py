"""How personal names are built, and what tells a name is a person's.

The grammar is data (``rules/lexicon/name-parts.toml``): particles that belong to a surname
("van", "al-", "d'"), suffixes, words that are never given names, verbs of speech. This module
holds the :class:`Name` a mention carries, the surname key that two spellings of one surname
share, the spelling-slip test, and the clues in the text around a name.
"""

from __future__ import annotations

import functools
import itertools
import operator
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.resources import data_path, load_toml

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from copylint.document import Document


class _NameParts(NamedTuple):
    """The word lists that tell a name's parts, loaded once from the names data. Records
    here and in the title table are named tuples: a frozen dataclass costs a draft's cold
    run some 4 million instructions to make at import, a named tuple a fifth of that."""

    particles: frozenset[str]
    joined_particles: frozenset[str]
    suffixes: frozenset[str]
    qualifiers: frozenset[str]
    not_names: frozenset[str]
    speech_verbs: frozenset[str]
    subject_verbs: frozenset[str]
    place_prepositions: frozenset[str]
    country_abbreviations: frozenset[str]
    family_first: frozenset[str]
    given_groups: dict[str, int]  # lowercase given name → its group in ``given-variants``
    kinship: frozenset[str]


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
        family_first=frozenset(data["family-first"]),
        given_groups={
            name.lower(): n for n, group in enumerate(data["given-variants"]) for name in group
        },
        kinship=frozenset(data["kinship"]),
    )


def fold(text: str) -> str:
    """One apostrophe and one hyphen for comparing names: "O’Brien" and "O'Brien" agree."""
    return text.replace("’", "'").replace("‑", "-")


@functools.lru_cache(maxsize=1 << 14)  # asked for each mention, again by every names rule
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
_JOINERS = frozenset("-‑'’")


def split_particle(word: str) -> tuple[str, str] | None:
    """ "al-Sudani" → ("al", "Sudani"); "d'Ettorre" → ("d", "Ettorre"); else None."""
    if _JOINERS.isdisjoint(word):
        return None  # most words: no hyphen or apostrophe, no pattern to run
    match = _JOIN.match(word)
    if match is None or match.group(1).lower() not in name_parts().joined_particles:
        return None
    return match.group(1), match.group(2)


class Name(NamedTuple):
    """A person's name as written; ``start``/``end`` span it without a possessive ending.

    A named tuple, not a frozen dataclass: an article makes one for every capitalized run
    the mention scan reads, and a tuple is built and hashed in C, three times faster."""

    start: int
    end: int
    given: tuple[str, ...]  # given names and regnal numbers: ("Anthony",), ("Nicolaus", "II")
    initials: tuple[str, ...]  # middle initials with their periods: ("J.",)
    surname: str  # with its particles: "al-Sudani", "von der Leyen"
    surname_start: int
    suffix: str = ""  # "Jr.", "III"
    possessive: bool = False
    family_first: bool = False  # "Xi Jinping": the surname is written first

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
        """The name in one line: "Anthony J. Blinken", "Xi Jinping"."""
        if self.family_first:
            return " ".join((self.surname, *self.given))
        return " ".join(
            (*self.given, *self.initials, self.surname, *([self.suffix] * bool(self.suffix)))
        )

    @property
    def core_end(self) -> int:
        """Where the given names and surname end (before a suffix): what a respelling
        replaces."""
        return self.end if self.family_first else self.surname_end


#: Pinyin, and the Wade-Giles spellings older names keep ("Hu Shih", "Chiang Kai-shek"):
#: initials (or none) and finals.
_PINYIN_INITIALS = frozenset(("", "zh", "ch", "sh", "hs", "ts", *"bpmfdtnlgkhjqxrzcsyw"))
_PINYIN_FINALS = frozenset(("iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai",
                  "uan", "ieh", "ien", "ueh", "ai", "ei", "ao", "ou", "an", "en", "in", "un",
                  "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "ih", "a", "e", "i", "o", "u",
                  "ng", "n"))  # fmt: skip
#: Korean: initials (or none), vowels, and final consonants (or none).
_HANGUL_INITIALS = frozenset(("", "kk", "tt", "pp", "ss", "jj", "ch", *"kgndtrlmbpsjhyw"))
_HANGUL_VOWELS = frozenset(("yae", "yeo", "wae", "ae", "ya", "eo", "ye", "oe", "wa", "yo", "wo",
                  "we", "wi", "yu", "eu", "ui", "a", "e", "i", "o", "u"))  # fmt: skip
_HANGUL_CODAS = ("", "ng", *"kntlmp")


def syllabic(word: str) -> bool:
    """A lowercase word of one or two romanized syllables, and one more after a hyphen:
    "jinping", "jong", "jae-in", "kai-shek". Read with sets, not a pattern of every syllable,
    which a cold run compiled (8M instructions) for any names list naming "Xi Jinping"."""
    head, hyphen, tail = word.partition("-")
    if hyphen and not _syllable(tail):
        return False
    return _syllable(head) or any(
        _syllable(head[:n]) and _syllable(head[n:]) for n in range(1, len(head))
    )


def _syllable(text: str) -> bool:
    """An initial (or none) and a pinyin final; or an initial (or none), a Korean vowel and a
    final consonant (or none). Initials have one or two letters."""
    for cut in range(min(len(text), 2) + 1):
        start, rest = text[:cut], text[cut:]
        if start in _PINYIN_INITIALS and rest in _PINYIN_FINALS:
            return True
        if start in _HANGUL_INITIALS and any(
            rest.endswith(coda) and rest[: len(rest) - len(coda)] in _HANGUL_VOWELS
            for coda in _HANGUL_CODAS
        ):
            return True
    return False


def family_first(words: tuple[str, ...]) -> bool:
    """ "Xi Jinping", "Kim Jong Un", "Moon Jae-in": a Chinese or Korean family name first,
    and nothing after it but romanized syllables (not "Lee Harvey Oswald", "Kim Kardashian")."""
    if len(words) not in (2, 3) or words[0] not in name_parts().family_first:
        return False
    return all(w[:1].isupper() and syllabic(w.lower()) for w in words[1:])


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


def given_variant(a: str, b: str) -> bool:
    """Two given names that are one name written two ways: a spelling slip ("Micheal"), a
    transliteration ("Dmitry", "Dmytro") or a form from ``given-variants`` ("Jon", "Bill")."""
    x, y = fold(a).lower(), fold(b).lower()
    if x == y:
        return False
    groups = name_parts().given_groups
    if x in groups and groups[x] == groups.get(y):
        return True
    return is_spelling_variant(x, y) or transliteration_variant(x, y)


_VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=1 << 14)  # asked for each pair of surnames the slip test weighs
def skeleton(word: str) -> str:
    """The consonants of ``word``, a doubled one once: "muhammad" → "mhmd"."""
    consonants = [c for c in word if c not in _VOWELS]
    return "".join(c for n, c in enumerate(consonants) if not n or consonants[n - 1] != c)


def transliteration_variant(a: str, b: str) -> bool:
    """Lowercase names that differ only in their vowels inside the word: "rashid",
    "rasheed"; "parvez", "pervez"; "dmitry", "dmytro". Not a changed ending alone ("mario",
    "maria"; "louis", "louise"): those make other names."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or skeleton(a) != skeleton(b):
        return False
    prefix = next((n for n in range(min(len(a), len(b))) if a[n] != b[n]), min(len(a), len(b)))
    return prefix < min(len(a), len(b)) - 1


def surname_variant(a: str, b: str) -> bool:
    """Two surname keys (lowercase, particles off) one slip apart: a letter dropped, doubled,
    changed inside the word or two swapped ("kowalczyk", "kowalcyk"; "maurer", "mauer";
    "waters", "water"), or a transliteration ("rashid", "rasheed"; "sudani", "sudany")."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if transliteration_variant(a, b):
        return True
    if len(a) == len(b):
        if _final_i_y(a, b):
            return True
        diff = [n for n in range(len(a)) if a[n] != b[n]]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        changed = len(diff) == 1 and len(a) >= 5 and 0 < diff[0] < len(a) - 1
        return swapped or changed
    if abs(len(a) - len(b)) > 1:
        return False  # most pairs: no slip of one letter
    short, long = (a, b) if len(a) < len(b) else (b, a)
    n = next((n for n in range(len(short)) if short[n] != long[n]), len(short))
    return short[n:] == long[n + 1 :]


def _final_i_y(a: str, b: str) -> bool:
    """A surname's last "i" transliterated "y": "sudani", "sudany"; "zelenski", "zelensky".
    (Given names keep the difference: "Terri" and "Terry" are two names.)"""
    return len(a) == len(b) >= 5 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"i", "y"}


class SurnameIndex:
    """Surname keys by first letter, which no slip changes (:func:`surname_variant`): a
    lookup reads the few keys of the article that share it. Where many do (a long list of
    people), they are read through what a slip leaves in common, a one-letter deletion (a
    letter dropped, doubled, changed or swapped) or the consonant skeleton (a transliterated
    vowel), so that a lookup costs the key's length, not the number of people."""

    #: Up to this many keys with one first letter are read one by one.
    SCAN = 16

    def __init__(self, keys: Iterable[str]) -> None:
        self._by_letter: dict[str, list[str]] = {}
        for key in sorted(set(keys)):
            self._by_letter.setdefault(key[:1], []).append(key)
        self._probed: dict[str, dict[str, set[str]]] = {}  # built on first need

    def near(self, key: str) -> Sequence[str]:
        """The keys that may be ``key`` or one slip from it, in order: a superset of them,
        for the caller to test with :func:`surname_variant`."""
        letter = key[:1]
        keys = self._by_letter.get(letter, [])
        if len(keys) <= self.SCAN:
            return keys
        probed = self._probed.get(letter)
        if probed is None:
            probed = self._probed[letter] = {}
            for known in keys:
                for probe in _probes(known):
                    probed.setdefault(probe, set()).add(known)
        return sorted({k for probe in _probes(key) for k in probed.get(probe, ())})


def _probes(key: str) -> set[str]:
    deletions = {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}
    return deletions | {"\0" + key[:1] + skeleton(key)}


def same_given_names(a: Name, b: Name) -> bool:
    """Given names that are the same, or one written two ways (:func:`given_variant`)."""
    if len(a.given) != len(b.given):
        return False
    differences = [(x, y) for x, y in zip(a.given, b.given, strict=True) if fold(x) != fold(y)]
    return not differences or (len(differences) == 1 and given_variant(*differences[0]))


def acts_as_person(doc: Document, name: Name) -> bool:
    """The name is the subject of a verb ("Galois returned", "Blinken will", "Blinken said")
    or the object of "said" ("said Blinken"), as only a person's name is."""
    parts = name_parts()
    if word_before(doc, name.start) in parts.speech_verbs:
        return True
    after = doc.text[name.end + 2 * name.possessive : name.end + 2 * name.possessive + 20]
    if name.possessive or not after.startswith(" "):
        return False
    word = after[1:].split(" ", 1)[0].rstrip(".,;:")
    if not word.isalpha() or not word.islower():
        return False
    if word in parts.speech_verbs or word in parts.subject_verbs:
        return True
    if word.endswith("ed"):
        # "Galois returned", not "the code Emacs Lisp evaluated by": a passive takes a thing
        return not after[1 + len(word) :].startswith((" by ", ", by "))
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@functools.cache
def _places() -> frozenset[str]:
    data = load_toml(data_path("lexicon", "places.toml"))
    return frozenset(place for names in data.values() for place in names)


def is_place(word: str) -> bool:
    """A state, province or country of ``places.toml`` ("Georgia", "Jordan", "Chad"): a
    word that names a place, whatever else it names."""
    return word in _places()


def word_before(doc: Document, start: int) -> str:
    """The word before prose offset ``start``, lowercase, past spaces and a comma."""
    return doc.text[max(0, start - 24) : start].rstrip(" ,").rsplit(" ", 1)[-1].lower()


def named_as_place(doc: Document, surname: str) -> bool:
    """The word also follows a preposition of place in the article ("into Jordan"; not "in
    Cortese's hometown", where the preposition governs what follows the possessive)."""
    return surname in doc.shared(_after_place_prepositions)


def _after_place_prepositions(doc: Document) -> frozenset[str]:
    """Every word that follows a preposition of place in ``doc`` (read once per document)."""
    prepositions = name_parts().place_prepositions
    words, text = doc.words, doc.text
    # The prepositions found without a Python-level step per word (``compress`` stops at
    # the last word but one: a preposition there has no word after it).
    lowered = map(str.lower, map(operator.itemgetter(2), words))
    found = itertools.compress(range(len(words) - 1), map(prepositions.__contains__, lowered))
    return frozenset(
        words[i + 1].text for i in found if text[words[i].end : words[i + 1].start] == " "
    )
