"""The spelling family's shared reading of a document: which words to check, and what is known.

Tokens are computed once per document (``doc.shared(spelling_tokens)``) for the three spelling
rules. Never checked: words with digits, dotted abbreviations ("U.S."), short words before a
period ("div.", "vol."), domain names ("podiobooks.com"), acronyms and call letters (KTVU,
NATO), @handles and #hashtags, camel-case brands ("iPhone"), and words with letters outside the
English alphabet (foreign words and names, IPA, other scripts); URLs and e-mail addresses are
not prose at all. A hyphenated compound is checked part by part, a possessive without its
ending.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.lexicon.dictionary import english_counts, name_counts, variants
from copylint.lexicon.suggest import all_words, common_words, slip_cost
from copylint.resources import data_path, load_toml

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
_SUFFIXES = ("s", "es", "ish", "al", "ism", "isms", "ist", "ists", "ly", "ness", "less")
_MIN_STEM = 5
#: Endings of Latin species names ("Formica fusca", "Beauveria bassiana").
_EPITHET = regex.compile(r"(?:a|ae|us|um|is|i|ii|ensis|oides|ata|ana|ica)$")

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
#: wordfreq splits hyphenated compounds into their parts, so a fragment that lives only inside
#: compounds ("photo-op", "neo-noir", "avant-garde") is common there: this common, it is a part.
COMPOUND_PART = 1_000
#: A phrase in another language ("Horror ubique animos", "Ne pleure pas") is a run of words no
#: dictionary knows or of other languages' function words: an unknown word with this many
#: unknown or foreign words within FOREIGN_WINDOW words of it in the same sentence, or among a
#: quotation's words, is left alone.
FOREIGN_NEIGHBOURS = 2
FOREIGN_WINDOW = 3


class Verdict(enum.Enum):
    KNOWN = "known"  # in a dictionary
    NAME = "name"  # an unknown capitalized word with nothing to suggest a slip
    SLIP = "slip"  # unknown, and a misspelling


class Token(NamedTuple):
    """A checkable word (or part of a hyphenated compound) of the prose."""

    start: int
    end: int
    text: str  # curly apostrophes straightened, possessive ending removed
    initial: bool  # capitalized by position: the first word of a sentence
    in_compound: bool  # a part of a hyphenated compound
    sentence: int  # index into doc.sentences (-1 before the first)
    foreign: bool = False  # letters outside the English alphabet: never checked, but a sign

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def spelling_tokens(doc: Document) -> list[Token]:
    """The words of ``doc`` that spelling reads, in order."""
    text = doc.text
    starts = [_first_letter(text, s.start, s.end) for s in doc.sentences]
    start_set = set(starts)
    tokens = []
    sentence = -1
    next_start = starts[0] if starts else len(text) + 1
    for start, end, word in doc.words:
        while start >= next_start:
            sentence += 1
            next_start = starts[sentence + 1] if sentence + 1 < len(starts) else len(text) + 1
        if not word.isascii():
            tokens.append(Token(start, end, word, False, False, sentence, True))
        elif word.isalpha():  # the common case: one plain word
            if not _skipped(word, text, start, end):
                token = _token(word, start, start in start_set, False, sentence)
                if token is not None:
                    tokens.append(token)
        elif not any(c.isdigit() or c == "." for c in word) and not _skipped(
            word, text, start, end
        ):
            parts = regex.split(r"[\-‑]", word)
            offset = start
            for index, part in enumerate(parts):
                initial = index == 0 and start in start_set
                token = _token(part, offset, initial, len(parts) > 1, sentence)
                if token is not None:
                    tokens.append(token)
                offset += len(part) + 1
    return tokens


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
        or (len(word) <= 4 and after[:1] == ".")  # "div.", "vol."
        or (after[:1] == "." and after[1:].isalpha())  # "podiobooks.com"
    )


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
    return Token(start, start + len(body), body, initial, in_compound, sentence)


# -- what the dictionaries say about one word ----------------------------------------------


@functools.cache
def _unaccented_english() -> frozenset[str]:
    """English words written with accents, without them: "cafe" (café), "attache" (attaché)."""
    return frozenset(_strip_accents(w) for w in english_counts() if not w.isascii())


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    if is_known(lower):
        return Verdict.KNOWN
    count = name_counts().get(lower, 0)
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
        # of a far more common word: "Goverment", "Teh".
        if initial and _typo(lower, count, shape=True):
            return Verdict.SLIP
        return Verdict.KNOWN
    if slip_evidence(lower, initial) or (initial and lower.isalpha() and _opening_typo(lower)):
        return Verdict.SLIP
    return Verdict.NAME


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


def _derived(lower: str) -> bool:
    english = english_counts()
    return any(
        lower.startswith(prefix)
        and len(lower) - len(prefix) >= _MIN_STEM
        and lower[len(prefix) :] in english
        for prefix in _PREFIXES
    ) or any(
        lower.endswith(suffix)
        and len(lower) - len(suffix) >= _MIN_STEM
        and lower[: -len(suffix)] in english
        for suffix in _SUFFIXES
    )


def slip_evidence(lower: str, initial: bool = False) -> str | None:
    """The known word an unknown capitalized word is most likely a slip of, if any.

    Evidence is a prominent name or word one slip away: a transposition, or a letter added or
    dropped ("Rahmallah", "Isareli"). A changed letter is no evidence: names differ from names
    and words by one letter all the time (Safadi, safari). Mid-sentence, where the capital says
    "name", a common lowercase word must be a cheap slip away ("Scarne" is no slip of "scare").
    """
    english, names = english_counts(), name_counts()
    vocabulary = all_words()
    best: tuple[float, str] | None = None
    for candidate in vocabulary.near(lower):
        if inflection_of(lower, candidate) or _substituted(lower, candidate):
            continue
        count = vocabulary.count(candidate)
        cost = slip_cost(lower, candidate)
        if not any(
            len(lower) >= length and count >= prominent and cost <= max_cost
            for length, prominent, max_cost in EVIDENCE
        ):
            continue
        common = candidate in english and candidate not in names
        if common and not initial and cost > CHEAP_SLIP:
            continue
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


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


@dataclass(frozen=True)
class Reading:
    """The tokens of a document, the dictionaries' verdict on each, and which are misspelled."""

    tokens: Sequence[Token]
    verdicts: Sequence[Verdict]
    misspelled: frozenset[int]  # indices of the tokens spelling/misspelling reports


def custom_words(words: Collection[str], doc: Document) -> frozenset[str]:
    """The configured and inline words, lowercase (the custom dictionary ignores case)."""
    return frozenset(w.lower() for w in (*words, *doc.inline_words))


def read(doc: Document, words: Collection[str]) -> Reading:
    """The spelling reading of ``doc`` with the custom dictionary ``words``.

    The dictionaries' SLIP verdict is overruled by what the article shows: a word that opens
    a sentence and is used mid-sentence as a name is that name ("Goode said" after "Matthew
    Goode"); a word in a run of unknown or foreign words belongs to a phrase in another
    language; a word typed the same way twice with no cheap slip to explain it is a term the
    writer means ("aerogel"); a Latin-looking word after a capitalized one is a species name.
    """
    custom = custom_words(words, doc)
    tokens = doc.shared(spelling_tokens)
    found = [
        Verdict.KNOWN
        if t.foreign or t.lower in custom
        else verdict(t.text, t.initial, t.in_compound)
        for t in tokens
    ]
    names = {t.text for t in tokens if t.capitalized and not t.initial}
    typed = Counter(t.text for t in tokens)
    misspelled = set()
    for index, token in enumerate(tokens):
        if found[index] is not Verdict.SLIP:
            continue
        if (
            token.initial
            and token.text in names
            and verdict(token.text, False, False) is not Verdict.SLIP
        ):
            continue
        if _in_foreign_phrase(doc, tokens, found, index):
            continue
        if typed[token.text] > 1 and not _cheap_slip(token.lower):
            continue
        if _species_name(tokens, index):
            continue
        misspelled.add(index)
    return Reading(tokens, found, frozenset(misspelled))


def _in_foreign_phrase(
    doc: Document, tokens: Sequence[Token], found: Sequence[Verdict], index: int
) -> bool:
    function_words, title_articles = _foreign_words()

    def unknown(i: int) -> bool:
        token = tokens[i]
        return i != index and (
            token.foreign
            or found[i] is not Verdict.KNOWN
            or (token.lower in function_words and not token.text.isupper())
        )

    sentence = tokens[index].sentence
    previous = tokens[index - 1] if index else None
    if (
        previous is not None
        and previous.text in title_articles
        and not tokens[index].capitalized
        and previous.sentence == sentence
        and tokens[index].start - previous.end == 1
    ):
        return True  # a title in another language: "La notte"
    lo, hi = max(0, index - FOREIGN_WINDOW), min(len(tokens), index + FOREIGN_WINDOW + 1)
    near = sum(1 for i in range(lo, hi) if tokens[i].sentence == sentence and unknown(i))
    if near >= FOREIGN_NEIGHBOURS:
        return True
    quotation = doc.quotation_at(tokens[index].start)
    if quotation is None:
        return False
    inside = [i for i, t in enumerate(tokens) if quotation.start <= t.start < quotation.end]
    others = sum(1 for i in inside if unknown(i))
    return others >= FOREIGN_NEIGHBOURS and (others + 1) * 4 >= len(inside)


@functools.cache
def _foreign_words() -> tuple[frozenset[str], frozenset[str]]:
    """Function words of other languages, and the articles that open a title in one
    (``rules/lexicon/foreign-words.toml``)."""
    data = load_toml(data_path("lexicon", "foreign-words.toml"))
    return frozenset(data["function-words"]), frozenset(data["title-articles"])


def _cheap_slip(lower: str) -> bool:
    return any(slip_cost(lower, c) <= CHEAP_SLIP for c in all_words().near(lower))


def _species_name(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    if token.capitalized or index == 0 or not _EPITHET.search(token.lower):
        return False
    genus = tokens[index - 1]
    return genus.capitalized and genus.sentence == token.sentence and token.start - genus.end == 1
