"""The spelling family's shared reading of a document: which words to check, and what is known.

Tokens are computed once per document (``doc.shared(spelling_tokens)``) for the three spelling
rules. Never checked: words with digits, dotted abbreviations ("U.S."), short words before a
period ("div.", "vol."; but a capitalized slip that saves no letter is read: "Egyt."), domain
names ("podiobooks.com"), acronyms and call letters (KTVU, NATO), @handles and #hashtags,
camel-case brands ("iPhone"), and words with letters outside the English alphabet (foreign
words and names, IPA, other scripts); URLs and e-mail addresses are not prose at all. A
hyphenated compound is checked part by part, a possessive without its ending.
"""

from __future__ import annotations

import enum
import functools
import operator
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.lexicon.dictionary import (
    PROMINENT,
    english_counts,
    misspelled_names,
    misspellings,
    name_counts,
    variants,
)
from copylint.lexicon.states import states
from copylint.lexicon.suggest import all_words, common_words, prominent_two_edits, slip_cost
from copylint.resources import data_path, load_toml
from copylint.tokens import positions as _positions

if TYPE_CHECKING:
    from copylint.document import Document

#: Characters that make the word after them a handle, a tag or a ticker, not prose.
_SIGILS = "@#$"
#: Opening punctuation that may stand before the first word of a sentence.
_OPENERS = "\"'“‘(["
#: What may follow an apostrophe in a contraction or possessive of a known word.
_CONTRACTIONS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
#: Name prefixes written with an apostrophe: O'Brien, D'Angelo, l'Aquila.
_NAME_PREFIXES = frozenset({"o", "d", "l"})
#: Productive prefixes and suffixes: a known stem with one of them is a word
#: ("remilitarization", "submicron", "echoisms", "commercialish").
_PREFIXES = ("re", "un", "sub", "non", "pre", "co", "de", "anti", "over", "under", "out", "mis")
#: Combining forms of learned compounds: a known word or regular derivative after one is a word
#: ("phonosemanticism", "sociolinguistically").
_COMBINING = ("phono", "socio", "psycho", "neuro", "bio", "geo", "micro", "macro", "proto")
_SUFFIXES = ("s", "es", "ish", "al", "ism", "isms", "ist", "ists", "ly", "ness", "less")
_MIN_STEM = 5
#: Regular derivatives: an ending, and what the stem is written with in the dictionary
#: ("tragically": tragic; "tokenized": token; "memorized": memory; "vaccinee": vaccinate;
#: "detainee": detain; "ageism": age).
_DERIVATIVES = (
    ("ically", ("ic", "ical")),
    ("ization", ("", "e", "y")),
    ("izations", ("", "e", "y")),
    ("ized", ("", "e", "y")),
    ("izes", ("", "e", "y")),
    ("izing", ("", "e", "y")),
    ("ize", ("", "e", "y")),
    ("ees", ("", "ate")),
    ("ee", ("", "ate")),
    ("isms", ("", "e")),
    ("ism", ("", "e")),
)
#: How common (pyspellchecker's count) an -ate verb must be to make a known word with its "e"
#: doubled a derivative ("vaccinee" from vaccinate, not "seriees" from seriate).
COMMON_VERB = 100
#: British endings and their American forms, for British words the variant table lacks
#: ("digitise", "weaponisation", "harbour"): longest first.
_BRITISH_ENDINGS = (
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("ysing", "yzing"),
    ("elling", "eling"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("elled", "eled"),
    ("ours", "ors"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = "aeiou"
#: "[sic]" or "(sic)" after a word: the writer vouches for the spelling.
_SIC = regex.compile(r"\s*[\[(]sic[\])]", regex.IGNORECASE)
#: Titles of those who reign, before a regnal name.
_REGNAL_TITLES = frozenset(
    {"Pope", "Antipope", "King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Tsarina"}
    | {"Sultan", "Shah", "Caliph", "Patriarch", "Prince", "Princess", "Duke", "Pharaoh"}
)
#: A day of the month or a year after a word: the word is a month's name ("Juy 13", "Jne 1825").
_DATE_AFTER = regex.compile(r" (?:[12]\d{3}|[1-9]|[12]\d|3[01])\b(?![.,]\d)")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: What separates a word from a neighbour that is no part of its phrase: a bracket (an IPA
#: transcription, a gloss), a semicolon or a colon ("Arabic: زها حديد"). Sets and endings
#: here, not patterns: a pattern costs a run its compilation at start-up.
_PHRASE_BREAK = frozenset("()[]{};:")
#: Endings of Latin species names ("Formica fusca", "Beauveria bassiana").
_EPITHET = ("a", "ae", "us", "um", "is", "i", "ii", "ensis", "oides", "ata", "ana", "ica")

#: A slip costs at most this much (one edit; see copylint.lexicon.suggest.slip_cost).
MAX_SLIP = 0.8
#: A cheap slip costs at most this much: a transposition, a double letter, a vowel or a key.
CHEAP_SLIP = 0.6
#: A known word counts as evidence that an unknown capitalized word is its slip only when it
#: is this common (counts on pyspellchecker's scale: 90 is about Zipf 2, "Groningen") and the
#: slip this cheap (see slip_cost). Short names sit one letter from other names all the time
#: (Rulan, Ruslan; Danly, Daly), so the shorter the word, the more prominent the name and the
#: cheaper the slip must be. Evidence meets one of these: (shortest length, lowest count,
#: highest cost).
EVIDENCE = ((8, 90, MAX_SLIP), (6, 300, MAX_SLIP), (4, 1000, CHEAP_SLIP), (4, 5000, MAX_SLIP))
#: A vowel for a vowel is evidence in a word this long, one vowel from a name or word this
#: common ("Jeruselem", "Europians").
VOWEL_SLIP_LENGTH = 7
VOWEL_SLIP_COUNT = 300
#: A word this long that no lexicon lists has few neighbours, so any word a dictionary lists
#: (LISTED: pyspellchecker gives its rare words 50) one letter-keeping slip away is evidence
#: ("Dardenelles", "Johanine"): a transposition, a dropped or doubled letter, or a vowel
#: changed before the last ENDING letters. An added letter is no such slip (names are made
#: that way: Tyrannius, Tyrannus), nor is a vowel changed in the ending, where a name's
#: spelling varies from language to language (Petronios, Petronius; Maximilien). Any other
#: letter changed is evidence when the word is more prominent (SUBSTITUTED_COUNT:
#: "Fransiscans", "Southanpton").
LONG_WORD = 8
LISTED = 40
ENDING = 3
SUBSTITUTED_COUNT = 100
#: A letter-keeping slip (a transposition, a dropped or doubled letter) is evidence in shorter
#: words too, against a word this prominent: (shortest length, lowest count). Mid-sentence a
#: common lowercase word must still be a cheap slip away ("Aner" is no slip of "anger").
KEEPING_EVIDENCE = ((6, LISTED), (5, VOWEL_SLIP_COUNT))
#: Two slips in a word this long, no lexicon's, are evidence when they cost at most FAR_SLIP
#: and the word is this prominent ("Guantamano", "Sunderlona"), and nothing is one letter
#: away (a word with a letter added to a known one, "Infernale", is another language's form):
#: long names seldom lie two cheap slips from a famous one.
FAR_LENGTH = 9
FAR_COUNT = PROMINENT  # the words two slips away are searched among these alone
FAR_SLIP = 1.6
#: An "h" after a letter no spelling system pairs it with is a slip ("Maclhaurin", "Kazimhir",
#: "Husayhn") in a word this long, of a name or word the lexicons list (LISTED). After other
#: letters an added "h" is how names are written in one language or another (Thomas, Bhutto,
#: Zhang, Khalid, Dhaka, Sonho), so it is no evidence there. A word of six letters is a slip
#: of a name seen SUBSTITUTED_COUNT times ("Selmha", "Mhichi").
STRAY_H_EVIDENCE = ((7, LISTED), (6, SUBSTITUTED_COUNT))
STRAY_H_AFTER = "flmqvy"
#: An "h" before a consonant, after a letter that writes no "h" before a consonant in any
#: spelling system (so not c, d, g, k, p, r, s, t: "Knightley", "Bakhshi", "Fadhl"), is a slip
#: in a word of any length ("Alhps", "Binhg", "Weyhl"): Portuguese "lh", "nh" and Hindi "bh",
#: "jh" stand before a vowel.
CLUSTER_H_AFTER = "bfjlmnqvwxyz"
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
#: A word of three or four letters is a slip of one of the most prominent names (seen
#: PROMINENT_NAME times: York, June, Union) with an inner letter dropped ("Yrk", "Jne"): short
#: names sit one letter from other names all the time, but few are one letter short of these.
SHORT_SLIP_LENGTHS = (3, 4)
PROMINENT_NAME = 100_000
#: A name of VOWEL_SLIP_LENGTH letters or more the lexicon has seen fewer than RARE_NAME times
#: (about Zipf 1.7) is a slip when the evidence (see slip_evidence) is a name RARE_NAME_RATIO
#: times as common.
RARE_NAME = 100
RARE_NAME_RATIO = 15
#: An unknown word (of letters only: "J'ai", "D'Arcy" are names or foreign) that opens a
#: sentence is a typo when its best correction is a word this common (about Zipf 2.3) at
#: most this far (two slips).
INITIAL_COMMON = 200
SENTENCE_START_SLIP = 1.6
#: wordfreq counts real words pyspellchecker lacks ("selfie", "aerogel") and common typos
#: ("recieve", "goverment"). A lowercase word it counts this often is a word unless it is a
#: cheap slip of a word TYPO_RATIO times as common, or any slip of one 10 × TYPO_RATIO times.
ATTESTED = 15
TYPO_RATIO = 10
#: A published list's misspelling of a name ("Tuscon" -> Tucson, "Lybia" -> Libya) is a slip
#: even where a dictionary lists it, when the dictionaries count it at most LISTED_SLIP_MAX
#: times (a name of its own is more common: "Malcom", "Monserrat") and its listed name at
#: least LISTED_SLIP_RATIO times as often (the thresholds build_names drops web typos by).
LISTED_SLIP_MAX = 240
LISTED_SLIP_RATIO = 20
#: wordfreq splits hyphenated compounds into their parts, so a fragment that lives only inside
#: compounds ("photo-op", "neo-noir", "avant-garde") is common there: this common, it is a part.
COMPOUND_PART = 1_000
#: A phrase in another language ("Ne pleure pas", "Touchez pas au grisbi"): an unknown word with
#: this many unknown or foreign words within FOREIGN_WINDOW words of it in the same sentence, one
#: of them accented or another language's function word, is left alone (see _in_foreign_phrase).
FOREIGN_NEIGHBOURS = 2
FOREIGN_WINDOW = 3


class Verdict(enum.Enum):
    KNOWN = "known"  # in a dictionary
    NAME = "name"  # an unknown capitalized word with nothing to suggest a slip
    SLIP = "slip"  # unknown, and a misspelling


class Token(NamedTuple):
    """A checkable word (or part of a hyphenated compound) of the prose.

    Its lowercase form and its capital are fields, not properties: the spelling rules ask for
    them at every word, and a field is read without a Python call."""

    start: int
    end: int
    text: str  # curly apostrophes straightened, possessive ending removed
    initial: bool  # capitalized by position: the first word of a sentence
    in_compound: bool  # a part of a hyphenated compound
    sentence: int  # index into doc.sentences (-1 before the first)
    foreign: bool  # letters outside the English alphabet: never checked, but a sign
    lower: str  # text.lower()
    capitalized: bool  # text[:1].isupper()

    @classmethod
    def of(
        cls,
        start: int,
        end: int,
        text: str,
        initial: bool,
        in_compound: bool,
        sentence: int,
        foreign: bool = False,
    ) -> Token:
        """The token of ``text``, its lowercase form and capital computed."""
        lower, capitalized = text.lower(), text[:1].isupper()
        return cls(start, end, text, initial, in_compound, sentence, foreign, lower, capitalized)


def spelling_tokens(doc: Document) -> list[Token]:
    """The words of ``doc`` that spelling reads, in order."""
    text = doc.text
    starts = [_first_letter(text, s.start, s.end) for s in doc.sentences]
    start_set = set(starts)
    tokens: list[Token] = []
    add = tokens.append
    new = tuple.__new__  # Token(...) without the Python-level call of its __new__
    if len(_SHAPES) >= MEMO_LIMIT:
        _SHAPES.clear()
    shapes = _SHAPES
    sentence = -1
    next_start = starts[0] if starts else len(text) + 1
    # Where a word may be skipped (see _skipped): after a sigil or a period, or before an "@"
    # or a period. Found once in the text: a set lookup a word, not a look at its neighbours.
    marked_starts = {at + 1 for at in _positions(text, _SKIP_BEFORE)}
    marked_ends = set(_positions(text, _SKIP_AFTER))
    for start, end, word in doc.words:
        while start >= next_start:
            sentence += 1
            next_start = starts[sentence + 1] if sentence + 1 < len(starts) else len(text) + 1
        shape = shapes.get(word, _UNSEEN)
        if shape is _UNSEEN:  # the word's first time in this process
            shape = shapes[word] = _plain_shape(word)
        if shape is None:
            tokens += _other_tokens(text, start, end, word, sentence, start_set)
        elif not (
            (start in marked_starts or end in marked_ends) and _skipped(word, text, start, end)
        ):
            lower, capitalized = shape
            initial = start in start_set
            fields = (start, end, word, initial, False, sentence, False, lower, capitalized)
            add(new(Token, fields))
    return tokens


#: The shape of each word seen (see _plain_shape), kept from article to article: a word's
#: first look tests its letters, every later one is a dictionary lookup (words recur: over the
#: 40 different articles of the evaluation corpus, half an article's forms were seen in an
#: article before), where the letter tests at every word cost the model 10% more
#: instructions. Emptied when it holds MEMO_LIMIT words.
_SHAPES: dict[str, tuple[str, bool] | None] = {}
#: How many words a table kept from article to article holds before it is emptied, so that a
#: long session's memory stays bounded.
MEMO_LIMIT = 1 << 17
_UNSEEN = ("", False)  # no word's shape: its lowercase form is empty


def _plain_shape(word: str) -> tuple[str, bool] | None:
    """A plain word's lowercase form and whether it is capitalized: two ASCII letters or more,
    lowercase or capitalized (the common case). None for any other word (see _other_tokens)."""
    if len(word) < 2 or not word.isascii() or not word.isalpha():
        return None
    if word.islower():
        return word, False
    if word.isupper() or word[0].islower():
        return None  # an acronym or call letters (KTVU, NATO), camel case (iPhone)
    return word.lower(), True


def _other_tokens(
    text: str, start: int, end: int, word: str, sentence: int, start_set: Collection[int]
) -> list[Token]:
    """The tokens of a word that is not plain (see _plain_shape): a foreign word's (never
    checked, but a sign); a hyphenated compound's, part by part; a possessive's or a
    contraction's; none for a letter, an acronym, camel case, a number, an abbreviation, a
    handle or a domain."""
    if not word.isascii():
        return [Token.of(start, end, word, False, False, sentence, True)]
    if word.isalpha() or not _DIGITS_AND_DOT.isdisjoint(word) or _skipped(word, text, start, end):
        return []
    tokens = []
    parts = word.replace("‑", "-").split("-")  # the hyphen or the non-breaking one
    offset = start
    for index, part in enumerate(parts):
        initial = index == 0 and start in start_set
        token = _token(part, offset, initial, len(parts) > 1, sentence)
        if token is not None:
            tokens.append(token)
        offset += len(part) + 1
    return tokens


def token_lowers(doc: Document) -> list[str]:
    """The lowercase form of each spelling token of ``doc``, in order (``doc.shared`` computes
    it once): the list that token_forms and tokens_with read."""
    return list(map(_LOWER, doc.shared(spelling_tokens)))


def token_forms(doc: Document) -> frozenset[str]:
    """The lowercase form of every spelling token of ``doc`` (``doc.shared`` computes it once):
    a rule that looks for listed forms tests this set and reads the tokens only when one is
    there."""
    return frozenset(doc.shared(token_lowers))


def tokens_with(doc: Document, forms: Collection[str]) -> list[Token]:
    """The spelling tokens of ``doc`` whose lowercase form is one of ``forms`` (a few listed
    forms), in order: found by one scan in C per form, where a rule's Python loop over every
    token to find two or three of them cost it most of its time."""
    lowers, tokens = doc.shared(token_lowers), doc.shared(spelling_tokens)
    return [tokens[i] for i in sorted(i for form in forms for i in places_in(lowers, form))]


def places_in(items: list[str], item: str) -> Iterator[int]:
    """The indices of ``item`` in ``items``, in order, each found by ``list.index`` (in C)."""
    index = -1
    while True:
        try:
            index = items.index(item, index + 1)
        except ValueError:
            return
        yield index


_LOWER = operator.attrgetter("lower")
_TEXT = operator.attrgetter("text")
#: What _skipped looks for right before and after a word; a word with neither is not skipped.
_SKIP_BEFORE = frozenset(_SIGILS + "\ufffc.")
_SKIP_AFTER = frozenset("@\ufffc.")
#: An ASCII word with one of these is a number, a time, a version or an abbreviation.
_DIGITS_AND_DOT = frozenset("0123456789.")


def _first_letter(text: str, start: int, end: int) -> int:
    while start < end and text[start] in _OPENERS:
        start += 1
    return start


def _skipped(word: str, text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return (
        before in _SIGILS
        or before == "\ufffc"
        or after[:1] in ("@", "\ufffc")
        or (len(word) <= 4 and after[:1] == "." and not _short_slip(word))  # "div.", "vol."
        or (after[:1] == "." and after[1:].isalpha())  # "podiobooks.com"
        or (before == "." and start > 1 and text[start - 2].isalnum())  # "Example.org"
    )


def _short_slip(word: str) -> bool:
    """A capitalized word of three or four letters before a period that is a slip, not an
    abbreviation ("Egyt.", "Dvon."): no listed abbreviation, and a slip of a word as long or one
    letter longer, where an abbreviation drops two letters or more (its period takes the place
    of one): "Ausg." (Ausgabe) is no slip of "Aug"."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return False
    if word in listed_abbreviations() or verdict(word, False, False) is not Verdict.SLIP:
        return False
    evidence = slip_evidence(word.lower())
    return evidence is not None and 0 <= len(evidence) - len(word) <= 1


@functools.cache
def listed_abbreviations() -> frozenset[str]:
    """Abbreviations written with a period, without it: titles, months, "Inc", and AP's state
    abbreviations (``rules/lexicon/abbreviations.toml``, ``rules/lexicon/states.toml``)."""
    data = load_toml(data_path("lexicon", "abbreviations.toml"))
    listed = {*data["before-name"], *data["maybe-final"]}
    listed.update(s.rstrip(".") for s in states().abbreviation.values())
    return frozenset(listed)


def _token(body: str, start: int, initial: bool, in_compound: bool, sentence: int) -> Token | None:
    if not body.isalpha():
        body = body.replace("’", "'")
        if body.endswith(("'s", "'S")):
            body = body[:-2]
        if sum(c.isalpha() for c in body) < 2:
            return None
    if len(body) < 2 or body.isupper():
        return None  # a letter, or an acronym or call letters: KTVU, NATO
    if body[0].islower() and not body.islower():
        return None  # camel case: iPhone, eBay
    return Token.of(start, start + len(body), body, initial, in_compound, sentence)


# -- what the dictionaries say about one word ----------------------------------------------


@functools.cache
def _unaccented_english() -> frozenset[str]:
    """English words written with accents, without them: "cafe" (café), "attache" (attaché)."""
    return frozenset(strip_all_accents(english_counts().non_ascii))


def strip_accents(word: str) -> str:
    """``word`` without its accents ("Ichiyō" → "Ichiyo"); letters that decompose to no
    ASCII letter ("Ł") are kept."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_all_accents(words: Sequence[str]) -> list[str]:
    """``strip_accents`` of each of ``words`` (none holding a line break), in one pass: the
    words decomposed as one text, then each combining mark the text holds deleted (a few
    scans in C), where a Python call per letter took 4 million instructions for the
    dictionary's 400 accented words at every start. A line break decomposes to itself and no
    mark combines with it, so the text splits back into the words."""
    if not words:
        return []
    text = unicodedata.normalize("NFKD", "\n".join(words))
    for mark in filter(unicodedata.combining, set(text)):
        text = text.replace(mark, "")
    return text.split("\n")


def is_known(lower: str) -> bool:
    """In the English dictionary (accents optional), either spelling of a US/UK pair, or a
    contraction of a known word."""
    english = english_counts()
    if lower in english or lower in _unaccented_english():
        return True
    by_us, by_uk = variants()
    if lower in by_us or lower in by_uk:
        return True
    head, apostrophe, tail = lower.rpartition("'")
    return bool(apostrophe) and tail in _CONTRACTIONS and head in english


@functools.lru_cache(maxsize=65536)
def verdict(text: str, initial: bool, in_compound: bool) -> Verdict:
    """What the dictionaries say about ``text`` as written (capitalization included)."""
    lower = text.lower()
    if listed_name_slip(lower):
        return Verdict.SLIP
    if is_known(lower) or american_form(lower):
        return Verdict.KNOWN
    count = name_counts().get(lower, 0)
    if (text.islower() or not count) and lower in misspellings():
        # A known misspelling; capitalized, it may still be a name the lexicon keeps
        # ("Creedence"): build_names drops the rare ones.
        return Verdict.SLIP
    if in_compound and count >= COMPOUND_PART:
        return Verdict.KNOWN
    if not text[0].isupper():  # lowercase words are checked strictly
        if (count >= ATTESTED and not _typo(lower, count)) or _derived(lower):
            return Verdict.KNOWN
        return Verdict.SLIP
    head, apostrophe, tail = lower.partition("'")
    if apostrophe and head in _NAME_PREFIXES and (tail in name_counts() or is_known(tail)):
        return Verdict.KNOWN  # O'Brien
    if count:
        # A name, unless it opens a sentence (where the capital says nothing) and is a typo
        # of a far more common word ("Goverment", "Teh"), or is so rare that it is more likely
        # a slip of a name RARE_NAME_RATIO times as common ("Rockerfeller", "Champange").
        if initial and _typo(lower, count, shape=True):
            return Verdict.SLIP
        if count < RARE_NAME and len(lower) >= VOWEL_SLIP_LENGTH:
            evidence = slip_evidence(lower, initial)
            if evidence and (
                name_counts().get(evidence, 0) >= RARE_NAME_RATIO * count
                or (
                    not _substituted(lower, evidence)
                    and english_counts().get(evidence, 0) >= RARE_NAME_RATIO * count
                )
            ):
                return Verdict.SLIP
        return Verdict.KNOWN
    if derivative(lower):
        return Verdict.KNOWN
    if slip_evidence(lower, initial) or (initial and lower.isalpha() and _opening_typo(lower)):
        return Verdict.SLIP
    return Verdict.NAME


def listed_name_slip(lower: str, listed: Sequence[str] | None = None) -> bool:
    """A misspelled name a published list gives capitalized ("Tuscon" → Tucson; see
    misspelled_names) that the dictionaries count rarely and its name far more often
    (LISTED_SLIP_MAX, LISTED_SLIP_RATIO): the list outranks a dictionary that took the web's
    typo for a word. ``listed``: the corrections of an entry not yet in the data (the build
    asks)."""
    if listed is None:
        if lower not in misspelled_names():
            return False
        listed = misspellings().get(lower, ())
    if not listed or not all(c[:1].isupper() for c in listed):
        return False
    english, names = english_counts(), name_counts()
    own = max(english.get(lower, 0), names.get(lower, 0))
    intended = max(max(english.get(c.lower(), 0), names.get(c.lower(), 0)) for c in listed)
    return own <= LISTED_SLIP_MAX and intended >= LISTED_SLIP_RATIO * max(own, 1)


def _opening_typo(lower: str) -> bool:
    """At the start of a sentence the capital says nothing: an unknown word whose likeliest
    correction is a common word (INITIAL_COMMON) within SENTENCE_START_SLIP is a typo."""
    ranked = common_words().suggest(lower)
    return bool(ranked) and (
        ranked[0].cost <= SENTENCE_START_SLIP and english_counts()[ranked[0].word] >= INITIAL_COMMON
    )


def _typo(lower: str, count: int, *, shape: bool = False) -> bool:
    """One slip from a much more common word: a cheap slip from one TYPO_RATIO times as common,
    any slip from one 10 × TYPO_RATIO times. With ``shape`` (for names), only a slip that
    keeps the letters (transposed, added or dropped) and only the higher bar, since names
    differ from words by a letter all the time."""
    english = english_counts()
    for candidate in common_words().near(lower):
        if shape and _substituted(lower, candidate):
            continue
        cost = slip_cost(lower, candidate)
        ratio = english[candidate] / count
        if cost <= MAX_SLIP and ratio >= 10 * TYPO_RATIO:
            return True
        if not shape and cost <= CHEAP_SLIP and ratio >= TYPO_RATIO:
            return True
    return False


@functools.lru_cache(maxsize=1 << 14)  # asked about every lowercase word
def american_form(lower: str) -> str | None:
    """The American spelling of a British form: from the variant table, or by a regular ending
    ("digitise" → digitize) when the dictionary knows the American word."""
    by_uk = variants()[1]
    if lower in by_uk:
        return by_uk[lower].us
    if lower in english_counts():
        return None  # a word of its own: "analyses", "premises"
    for british, american in _BRITISH_ENDINGS:
        if lower.endswith(british) and len(lower) - len(british) >= 3:
            us = lower[: -len(british)] + american
            if us in english_counts() and us != lower:
                return us
    return None


#: The British endings american_form reads, for a test that runs in C (see british_forms).
_BRITISH_SUFFIXES = tuple(british for british, _ in _BRITISH_ENDINGS)


#: Forms found to have no American form (see british_forms), kept from article to article:
#: an article's forms are set against them in one set difference, so that a form is tested
#: once per process, not once per article (the test of every form's ending took a tenth of
#: spelling/variant-mix). Emptied when it holds PLAIN_LIMIT forms, so a long session's memory
#: stays bounded.
_PLAIN_FORMS: set[str] = set()
PLAIN_LIMIT = 1 << 17


def british_forms(forms: Collection[str]) -> dict[str, str]:
    """Those of the lowercase ``forms`` that have an American form (see american_form), each
    with it. Only the forms the variant table lists as British or that end as a British word
    does are asked about: the others are set aside without a Python call each, and most of
    an article's words are such."""
    by_uk = variants()[1]
    new = frozenset(forms).difference(_PLAIN_FORMS)  # no copy of an article's forms
    candidates = by_uk.keys() & new
    candidates.update(filter(operator.methodcaller("endswith", _BRITISH_SUFFIXES), new))
    found = {form: us for form in candidates if (us := american_form(form)) is not None}
    if len(_PLAIN_FORMS) >= PLAIN_LIMIT:
        _PLAIN_FORMS.clear()
    _PLAIN_FORMS.update(new.difference(found))
    return found


def derivative(lower: str) -> bool:
    """A regular derivative of a dictionary word ("tragically", "tokenized", "vaccinee")."""
    english = english_counts()
    # A known word with its "e" doubled ("francee", "seriees") is a derivative only of a
    # verb in common use ("vaccinee": vaccinate; not "seriate").
    doubled_e = lower.endswith(("ee", "ees")) and is_known(lower.replace("ee", "e"))
    return any(
        lower.endswith(ending)
        and english.get(lower[: -len(ending)] + stem, 0) >= (COMMON_VERB if doubled_e else 1)
        and not (doubled_e and not stem)
        for ending, stems in _DERIVATIVES
        if len(lower) - len(ending) >= 4
        for stem in stems
    )


def _derived(lower: str) -> bool:
    english = english_counts()
    if derivative(lower) or any(
        lower.startswith(form)
        and len(lower) - len(form) >= _MIN_STEM
        and (lower[len(form) :] in english or derivative(lower[len(form) :]))
        for form in _COMBINING
    ):
        return True
    return any(
        lower.startswith(prefix)
        and len(lower) - len(prefix) >= _MIN_STEM
        and lower[len(prefix) :] in english
        for prefix in _PREFIXES
    ) or any(
        lower.endswith(suffix)
        and len(lower) - len(suffix) >= _MIN_STEM
        and lower[: -len(suffix)] in english
        and not (suffix in ("s", "es") and lower[: -len(suffix)].endswith("s"))  # "pollss"
        for suffix in _SUFFIXES
    )


def slip_evidence(lower: str, initial: bool = False) -> str | None:
    """The known word an unknown capitalized word is most likely a slip of, if any.

    Evidence is a prominent name or word one slip away: a transposition, or a letter added or
    dropped ("Rahmallah", "Isareli"), or two double letters ("Carribean"). A changed letter is
    no evidence (names differ from names and words by one letter all the time: Safadi, safari)
    unless it is a vowel in a long word one vowel from a prominent name or word ("Jeruselem").
    Mid-sentence, where the capital says "name", a common lowercase word must be a cheap slip
    away ("Scarne" is no slip of "scare"). Longer words need a less prominent word (see
    _listed_slip), and a long word with nothing one letter away may be two cheap slips from a
    prominent one (FAR_LENGTH: "Copanhegen").
    """
    english, names = english_counts(), name_counts()
    vocabulary = all_words()
    best: tuple[float, str, int] | None = None
    twice = vocabulary.known(double_slips(lower))
    for candidate in vocabulary.near(lower) | twice:
        if len(lower) > len(candidate) and inflection_of(lower, candidate):
            continue  # a plural or possessive of the word ("Bernoullis"); not "Indianapoli"
        count = vocabulary.count(candidate)
        if (
            candidate not in twice
            and _substituted(lower, candidate)
            and not _listed_slip(lower, candidate, count, twice, False)
            and not (
                len(lower) >= VOWEL_SLIP_LENGTH
                and count >= VOWEL_SLIP_COUNT
                and _vowel_changed(lower, candidate)
            )
        ):
            # A changed letter is evidence only as a listed or a vowel slip, whatever it
            # costs (_listed_slip weighs the cost only of a letter-keeping slip): most of a
            # name's neighbours are such, and are set aside before their cost is worked out.
            continue
        cost = slip_cost(lower, candidate)
        common = candidate in english and candidate not in names
        if not _listed_slip(lower, candidate, count, twice, common and cost > CHEAP_SLIP):
            if not any(
                len(lower) >= length and count >= prominent and cost <= max_cost
                for length, prominent, max_cost in EVIDENCE
            ):
                continue
            if common and not initial and cost > CHEAP_SLIP:
                continue
        # Among equally cheap slips the rarest word decides, so the verdict does not depend on
        # the order of a set: a rare name between two forms (Katherina: Katherine, Katharina) is
        # a slip only when even the rarer is RARE_NAME_RATIO times as common.
        if best is None or (cost, count, candidate) < (best[0], best[2], best[1]):
            best = (cost, candidate, count)
    if best is None and (stray := _stray_h(lower) or _short_of_prominent(lower)):
        return stray
    if best is None and len(lower) >= FAR_LENGTH and not vocabulary.near(lower):
        for candidate in prominent_two_edits(lower):
            cost, count = slip_cost(lower, candidate), vocabulary.count(candidate)
            if (
                cost <= FAR_SLIP
                and count >= FAR_COUNT
                and not inflection_of(lower, candidate)
                and (best is None or (cost, count, candidate) < (best[0], best[2], best[1]))
            ):
                best = (cost, candidate, count)
    return best[1] if best else None


def _stray_h(lower: str) -> str | None:
    """The listed word ``lower`` is with an "h" added after a letter no spelling system
    writes "h" after (STRAY_H_AFTER: "Kazimhir", "Naturalhis"), in a word of STRAY_H_EVIDENCE's
    length, or before a consonant after one of CLUSTER_H_AFTER ("Alhps")."""
    vocabulary = all_words()
    for i in range(1, len(lower)):
        if lower[i] != "h":
            continue
        candidate = lower[:i] + lower[i + 1 :]
        count = vocabulary.count(candidate)
        if count < LISTED:
            continue
        if lower[i - 1] in STRAY_H_AFTER and any(
            len(lower) >= n and count >= least for n, least in STRAY_H_EVIDENCE
        ):
            return candidate
        if lower[i - 1] in CLUSTER_H_AFTER and lower[i + 1 : i + 2] in _CONSONANTS:
            return candidate
    return None


def _short_of_prominent(lower: str) -> str | None:
    """The prominent name (PROMINENT_NAME) ``lower``, a word of SHORT_SLIP_LENGTHS letters, is
    with a letter after the first dropped ("Yrk": York)."""
    if len(lower) not in SHORT_SLIP_LENGTHS:
        return None
    vocabulary, names = all_words(), name_counts()
    for candidate in vocabulary.near(lower):
        if (
            len(candidate) == len(lower) + 1
            and candidate[0] == lower[0]
            and candidate in names
            and vocabulary.count(candidate) >= PROMINENT_NAME
        ):
            return candidate
    return None


def _listed_slip(
    lower: str, candidate: str, count: int, twice: set[str], costly_word: bool
) -> bool:
    """Whether ``lower`` is a slip of ``candidate``, a listed word that need not be prominent:
    a letter-keeping slip (transposed, dropped or doubled letters, no letter added) in a word
    of KEEPING_EVIDENCE's length, unless ``candidate`` is a common word that slip is no cheap
    one of (``costly_word``); or, in a word of LONG_WORD letters, also an inner vowel changed
    or, against a word seen SUBSTITUTED_COUNT times, another inner letter."""
    added = len(lower) > len(candidate) and candidate not in twice
    kept = not added and (candidate in twice or not _substituted(lower, candidate))
    if (
        len(lower) >= LONG_WORD
        and count >= LISTED
        and not added
        and (
            kept
            or _vowel_changed(lower, candidate, ENDING)
            or (count >= SUBSTITUTED_COUNT and _one_changed(lower, candidate, ENDING))
        )
    ):
        return True
    return (
        kept
        and not costly_word
        and any(len(lower) >= n and count >= least for n, least in KEEPING_EVIDENCE)
    )


def intended_spellings(word: str) -> set[str]:
    """What ``word`` may be a letter-keeping slip of: two letters after the first transposed,
    an inner letter dropped after the second ("febuary"), an inner vowel changed in a long
    word ("europian"), or one or two inner letters doubled or undoubled ("carribean").
    An added letter is left out: it is how names are made
    from names and words (Syriza, Charlize, Jameis)."""
    n = len(word)
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, n - 1)}
    found.update(word[:i] + c + word[i:] for i in range(2, n) for c in _ALPHABET)
    if n >= VOWEL_SLIP_LENGTH:
        found.update(
            word[:i] + v + word[i + 1 :]
            for i in range(1, n - 1)
            if word[i] in _VOWELS
            for v in _VOWELS
        )
    found |= double_slips(word)
    found.discard(word)
    return found


def double_slips(word: str) -> set[str]:
    """``word`` with one or two inner letters doubled or undoubled ("brittish", "carribean")."""
    found = set()
    for once in _doublings(word):
        found.add(once)
        found.update(_doublings(once))
    found.discard(word)
    return found


def _doublings(word: str) -> set[str]:
    """``word`` with one inner double letter made single, or one inner letter doubled."""
    n = len(word)
    undoubled = {word[:i] + word[i + 1 :] for i in range(1, n - 1) if word[i] == word[i - 1]}
    doubled = {word[: i + 1] + word[i:] for i in range(1, len(word) - 1) if word[i] != word[i + 1]}
    return undoubled | doubled


def _vowel_changed(a: str, b: str, ending: int = 0) -> bool:
    """True when ``b`` is ``a`` with one vowel changed to another, before its last ``ending``
    letters."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 1
        and a[diff[0]] in _VOWELS
        and b[diff[0]] in _VOWELS
        and diff[0] < len(a) - ending
    )


def _one_changed(a: str, b: str, ending: int) -> bool:
    """True when ``b`` is ``a`` with one letter changed, after the first and before the last
    ``ending``."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 and 0 < diff[0] < len(a) - ending


def _substituted(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with letters changed (same length, not a transposition)."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return not (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])


def inflection_of(a: str, b: str) -> bool:
    """A plural or possessive of the other ("Bernoullis"); "Pariss" is no plural of "Paris"."""
    short, long = sorted((a, b), key=len)
    if short.endswith("s"):
        return long in (short + "es", short + "'")
    return long in (short + "s", short + "es", short + "'s")


# -- what the article says -------------------------------------------------------------------


class Reading(NamedTuple):
    """The tokens of a document, the dictionaries' verdict on each, and which are misspelled
    (a named tuple, like Token: its class costs no dataclass machinery at import)."""

    tokens: Sequence[Token]
    verdicts: Sequence[Verdict]
    misspelled: frozenset[int]  # indices of the tokens spelling/misspelling reports
    #: What the article shows a misspelled token was meant to be: index → word ("Juy 13": july).
    intended: Mapping[int, str]
    #: The indices of the tokens whose verdict is not KNOWN (few: a rule asks of a word's
    #: places whether any is among them with one set test, not a look at each verdict).
    unknown: frozenset[int]


def custom_words(words: Collection[str], doc: Document) -> frozenset[str]:
    """The configured and inline words, lowercase (the custom dictionary ignores case)."""
    return frozenset(w.lower() for w in (*words, *doc.inline_words))


def read(doc: Document, words: Collection[str]) -> Reading:
    """The spelling reading of ``doc`` with the custom dictionary ``words``, computed once per
    document and dictionary for the rules that read it (spelling/misspelling and
    spelling/inconsistent); see _read."""
    return doc.shared(_reader(frozenset(words)))


@functools.lru_cache(maxsize=64)
def _reader(words: frozenset[str]) -> Callable[[Document], Reading]:
    """One analysis function per custom dictionary: ``doc.shared`` keys its memo by the
    function, so two rules with the same dictionary share one reading."""
    return lambda doc: _read(doc, words)


def _read(doc: Document, words: Collection[str]) -> Reading:
    """The spelling reading of ``doc`` with the custom dictionary ``words``.

    The dictionaries' SLIP verdict is overruled by what the article shows: a word that opens
    a sentence and is used mid-sentence as a name is that name ("Goode said" after "Matthew
    Goode"); a word marked [sic] is meant; a word in a phrase in another language (see
    _in_foreign_phrase) is left alone; a word typed the same way twice with no cheap slip to
    explain it is a term the writer means ("aerogel"), and a capitalized one typed three times,
    or twice with a given name before it, is a name ("Mariela Hallston"); a word the web
    attests inside a quotation is the speaker's, and a word quoted on its own is a term the
    writer cites ("aywv"); a Latin-looking word after a capitalized one
    is a species name. A known misspelling is overruled only by the custom dictionary, [sic]
    and a phrase in another language.
    """
    custom = custom_words(words, doc)
    tokens = doc.shared(spelling_tokens)
    word = Verdict.KNOWN  # an enum's member read once: reading it at each token costs 4 times more
    placeless = _PLACELESS
    found = [
        word
        if t.foreign or (custom and t.lower in custom)
        else verdict(t.text, t.initial, t.in_compound)
        if t.initial or t.in_compound
        else placeless.get(t.text) or _placeless_verdict(t.text)  # most words
        for t in tokens
    ]
    shown: _Shown | None = None  # what the article shows, asked at the first slip only
    known = misspellings()
    misspelled = set()
    intended = {}
    unknown = [i for i, v in enumerate(found) if v is not word]
    for index in unknown:
        token = tokens[index]
        if found[index] is Verdict.NAME and (month := _month_slip(doc, token)):
            found[index] = Verdict.SLIP
            intended[index] = month
        if found[index] is not Verdict.SLIP:
            continue
        if _SIC.match(doc.text, token.end):
            continue
        if _in_foreign_phrase(doc, tokens, found, index):
            continue
        if token.lower not in known:
            shown = shown or _Shown(tokens)
            if _meant(doc, token, shown):
                continue
        if _species_name(tokens, index):
            continue
        if _regnal_name(doc, tokens, index):
            continue
        misspelled.add(index)
    return Reading(tokens, found, frozenset(misspelled), intended, frozenset(unknown))


#: The verdict on each word seen in no special place (neither opening a sentence nor part of a
#: compound: most words), kept from article to article: the reading looks a word up by its
#: text, where verdict's memo builds and hashes a key of its three arguments at every word
#: (a fifth of the reading's instructions). Emptied when it holds MEMO_LIMIT words.
_PLACELESS: dict[str, Verdict] = {}


def _placeless_verdict(text: str) -> Verdict:
    """verdict(text, False, False), kept in _PLACELESS."""
    if len(_PLACELESS) >= MEMO_LIMIT:
        _PLACELESS.clear()
    found = _PLACELESS[text] = verdict(text, False, False)
    return found


class _Shown:
    """What the article shows about a form (see _meant): how often it is typed, whether it is
    used mid-sentence as a name, and whether right after another capitalized word. Only a few
    slips are asked about, so each answer is a search of the article's forms (in C), not a
    table of every form."""

    __slots__ = ("_texts", "_tokens")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self._texts = list(map(_TEXT, tokens))

    def uses(self, text: str) -> int:
        """How many times the article types ``text``."""
        return self._texts.count(text)

    def _places(self, text: str) -> Iterator[int]:
        """The indices of the tokens that type ``text``, in order."""
        return places_in(self._texts, text)

    def as_name(self, text: str) -> bool:
        """Whether the article uses ``text`` capitalized in mid-sentence (a name)."""
        return text[:1].isupper() and any(not self._tokens[i].initial for i in self._places(text))

    def after_name(self, text: str) -> bool:
        """Whether the article writes ``text``, capitalized, right after another capitalized
        word of its sentence (a full name: "Mariela Hallston")."""
        tokens = self._tokens
        return text[:1].isupper() and any(
            i > 0
            and tokens[i - 1].capitalized
            and tokens[i - 1].sentence == tokens[i].sentence
            and tokens[i].start - tokens[i - 1].end == 1
            for i in self._places(text)
        )


def _month_slip(doc: Document, token: Token) -> str | None:
    """The month an unknown capitalized word before a day or a year is one slip of ("Juy 13",
    "Jne 1825"): a date says what the word is, however short."""
    if not _DATE_AFTER.match(doc.text, token.end):
        return None
    lower = token.lower
    cost, month = min((slip_cost(lower, m), m) for m in MONTHS)
    return month if cost <= MAX_SLIP else None


def _meant(doc: Document, token: Token, shown: _Shown) -> bool:
    """What the article shows about a word the dictionaries take for a slip (see read)."""
    if (
        token.initial
        and shown.as_name(token.text)
        and verdict(token.text, False, False) is not Verdict.SLIP
    ):
        return True
    quotation = doc.quotation_at(token.start)
    if (
        quotation is not None
        and not token.capitalized
        and len(doc.words_between(quotation.start, quotation.end)) == 1
    ):
        return True  # a term quoted on its own: "aywv", a channel's name
    uses = shown.uses(token.text)
    if uses > 1 and not _cheap_slip(token.lower):
        return True
    if token.capitalized and (uses > 2 or (uses > 1 and shown.after_name(token.text))):
        return True
    return (
        not token.capitalized
        and name_counts().get(token.lower, 0) >= ATTESTED
        and quotation is not None
    )


def _in_foreign_phrase(
    doc: Document, tokens: Sequence[Token], found: Sequence[Verdict], index: int
) -> bool:
    """Whether the word belongs to a phrase in another language. Evidence is that language's
    own: a title article before it ("La notte"), an accented capitalized word before a
    capitalized one ("École Normale"; not a letter-keeping slip or a stray "h":
    "Antonín Leopolhd"), or, within FOREIGN_WINDOW words in its
    sentence, FOREIGN_NEIGHBOURS words that are unknown, accented or another language's
    function words, FOREIGN_NEIGHBOURS of them accented or function words ("Ne pleure pas"), or
    one when the word itself is no cheap slip of a known word ("af grammatiske"), none across
    a bracket, a semicolon or a colon (an IPA transcription is no phrase around it) or an
    English word no such phrase uses ("Gérard Philipe and Roert Hirsch"); or a
    quotation of three words or more most of which no dictionary knows, none of them a known
    misspelling. A run of unknown words alone is no evidence: rough drafts bunch their typos
    ("definately recieve teh money")."""
    function_words, title_articles, links = _foreign_words()
    known = misspellings()

    def foreign(i: int) -> bool:
        token = tokens[i]
        return token.foreign or (token.lower in function_words and not token.text.isupper())

    def unknown(i: int) -> bool:
        return i != index and (foreign(i) or found[i] is not Verdict.KNOWN)

    token = tokens[index]
    sentence = token.sentence
    previous = tokens[index - 1] if index else None
    if (
        previous is not None
        and previous.text in title_articles
        and not token.capitalized
        and previous.sentence == sentence
        and token.start - previous.end == 1
    ):
        return True  # a title in another language: "La notte"
    if (
        previous is not None
        and previous.foreign
        and previous.capitalized
        and token.capitalized
        and token.start - previous.end == 1
        and not _english_slip(token.lower)
        and not _listed_name_slip(token.lower)
        and not _stray_h(token.lower)
    ):
        return True  # a name or title in another language: "École Normale", "Gérard Philipe"
    if token.lower in known:
        return False  # a known misspelling needs the strong evidence above
    lo, hi = max(0, index - FOREIGN_WINDOW), min(len(tokens), index + FOREIGN_WINDOW + 1)
    near = [
        i
        for i in range(lo, hi)
        if tokens[i].sentence == sentence
        and unknown(i)
        and _PHRASE_BREAK.isdisjoint(
            doc.text[min(token.end, tokens[i].end) : max(token.start, tokens[i].start)]
        )
        and not any(tokens[k].lower in links for k in range(min(i, index) + 1, max(i, index)))
    ]
    evidence = sum(1 for i in near if foreign(i))
    if (
        len(near) >= FOREIGN_NEIGHBOURS
        and (evidence >= FOREIGN_NEIGHBOURS or (evidence and not _cheap_slip(token.lower)))
        and not (token.capitalized and _listed_name_slip(token.lower))
    ):
        return True
    quotation = doc.quotation_at(token.start)
    if quotation is None:
        return False
    inside = [i for i, t in enumerate(tokens) if quotation.start <= t.start < quotation.end]
    strange = [i for i in inside if unknown(i)]
    return (
        len(inside) >= 3
        and (len(strange) + 1) * 2 > len(inside)
        and not any(tokens[i].lower in known for i in strange)
    )


@functools.cache
def _foreign_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Function words of other languages, the articles that open a title in one, and the
    English words no such phrase uses (``rules/lexicon/foreign-words.toml``)."""
    data = load_toml(data_path("lexicon", "foreign-words.toml"))
    return (
        frozenset(data["function-words"]),
        frozenset(data["title-articles"]),
        frozenset(data["english-links"]),
    )


def _english_slip(lower: str) -> bool:
    """A letter-keeping slip of an English word: two letters transposed ("Natinoal"), a letter
    doubled ("Natioonal", "Ricchard") or one dropped ("Ntional"). A dropped double letter is no
    such sign: names in other languages write them single ("Philipe", Philippe)."""
    return any(
        (len(c) == len(lower) and not _substituted(lower, c))
        or (len(c) == len(lower) - 1 and c in _doublings(lower))
        or (len(c) == len(lower) + 1 and lower not in _doublings(c))
        for c in common_words().near(lower)
    )


def _listed_name_slip(lower: str) -> bool:
    """A transposed or doubled letter of a name the lexicons list (LISTED) in a word of
    KEEPING_EVIDENCE's length ("Loepold", "Leopoold" beside "Antonín"): an accented name before
    it says the phrase is another language's, not that its names are spelled differently. A
    dropped letter is no such sign ("Philipe", Philippe), nor an added one."""
    if len(lower) < KEEPING_EVIDENCE[0][0]:
        return False
    vocabulary = all_words()
    return any(
        vocabulary.count(c) >= LISTED
        and (
            (len(c) == len(lower) and not _substituted(lower, c))
            or (len(c) == len(lower) - 1 and c in _doublings(lower))
        )
        for c in vocabulary.near(lower)
    )


@functools.lru_cache(maxsize=1 << 14)  # asked at each place of a slip, in every article
def _cheap_slip(lower: str) -> bool:
    """Whether a known word is a cheap slip (CHEAP_SLIP) from ``lower``."""
    return any(slip_cost(lower, c) <= CHEAP_SLIP for c in all_words().near(lower))


@functools.cache
def _regnal_number() -> regex.Pattern[str]:
    """A regnal number after a name ("Damasus I", "Sixtus IV", "Henry VIII's"), not the
    pronoun "I" ("I'm"): compiled on first use, since few articles name a monarch after his
    title and compiling it cost every run a quarter of a percent."""
    return regex.compile(r" X{0,3}(?:IX|IV|V?I{0,3})(?<! )\b(?!-|['’](?:m|ll|d|ve)\b)")


def _regnal_name(doc: Document, tokens: Sequence[Token], index: int) -> bool:
    """A pope's or a monarch's name between a title and a regnal number ("Pope Damasus I",
    "King Haakon VII"), spelled the way history spells it: one letter from a better-known word
    (Damascus) is no evidence of a slip; a known misspelling, a cheap slip ("King Charless
    III") or a stray "h" ("King Lhouis XV"; see _stray_h) is. Without the title the number
    alone is too little ("by Elizaeth II")."""
    token = tokens[index]
    title = tokens[index - 1] if index else None
    return (
        token.capitalized
        and title is not None
        and title.text in _REGNAL_TITLES
        and token.start - title.end == 1
        and token.lower not in misspellings()
        and _regnal_number().match(doc.text, token.end) is not None
        and not _cheap_slip(token.lower)
        and not _stray_h(token.lower)
    )


def _species_name(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if token.capitalized or index == 0 or not token.lower.endswith(_EPITHET):
        return False
    genus = tokens[index - 1]
    return genus.capitalized and genus.sentence == token.sentence and token.start - genus.end == 1
