"""What the grammar rules share: one view of a document's words and a light lexicon.

The view lowercases every word once, folds curly apostrophes, and masks names: a capitalized
word inside a sentence ("Will Smith", "Rich Lowry") and any word the article uses as a person's
name ("Young said") reads as ``""``, so no rule takes it for the common word it looks like. In
headlines, where every word may be capitalized, only the people table masks names.

Parts of speech and lemmas of open-class words come from
``rules/lexicon/grammar/lexicon.tsv`` (built from lemminflect's lexicon by
:mod:`copylint.checks.grammar.build_lexicon`), closed classes and sound exceptions from
``rules/lexicon/grammar/words.toml``.
"""

from __future__ import annotations

import abc
import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from copylint.analysis.layout import Region, article_regions
from copylint.analysis.people import build_people_table
from copylint.analysis.words import lowered
from copylint.lexicon.compact import load_strings
from copylint.lexicon.dictionary import COMPACT
from copylint.resources import data_path, load_toml
from copylint.rule import Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.tokens import Word


@dataclass(frozen=True, eq=False, repr=False)  # one a process: never compared or shown
class WordLists:
    """The lists of ``rules/lexicon/grammar/words.toml``, as sets."""

    data: dict[str, Any]

    def words(self, section: str, key: str) -> frozenset[str]:
        return frozenset(self.data[section][key])


@functools.cache
def word_lists() -> WordLists:
    return WordLists(load_toml(data_path("lexicon", "grammar", "words.toml")))


def rule_words(module: str, key: str) -> frozenset[str]:
    """A rule's own context words: ``[rule.<module>]`` of the grammar ``words.toml``."""
    return frozenset(word_lists().data["rule"][module.replace("_", "-")][key])


def closed(key: str) -> frozenset[str]:
    """A closed class of ``[closed]``: determiners, prepositions, modals…"""
    return _closed(key)


@functools.cache
def _closed(key: str) -> frozenset[str]:
    return word_lists().words("closed", key)


_TAGS = {"N": "NOUN", "V": "VERB", "A": "ADJ", "R": "ADV", "X": "AUX"}


@functools.cache
def _lexicon() -> Mapping[str, str]:
    """``rules/lexicon/grammar/lexicon.tsv`` (built from lemminflect by :mod:`.build_lexicon`):
    each lowercase word to its parts of speech and lemmas, parsed on lookup; read in its
    compact form (:mod:`copylint.lexicon.compact`), which maps into memory in a millisecond."""
    return load_strings(data_path(*COMPACT), "grammar")


@functools.lru_cache(maxsize=1 << 16)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The lemmas of ``word`` by universal tag (NOUN, VERB, ADJ, ADV, AUX): "saw" is a noun
    (its own lemma) and a verb (the past of "see", and "to saw")."""
    found: dict[str, tuple[str, ...]] = {}
    for part in _lexicon().get(word, "").split():
        head, _, others = part.partition("=")
        own = () if head.endswith("!") else (word,)
        found[_TAGS[head[0]]] = own + tuple(filter(None, others.split(",")))
    return found


def tags(word: str) -> frozenset[str]:
    """The parts of speech ``word`` can have; empty for closed-class and unknown words."""
    if not word or word in _all_closed():
        return frozenset()
    return frozenset(lemmas(word))


@functools.cache
def _all_closed() -> frozenset[str]:
    """Every word of ``[closed]`` but the verbs: determiners, pronouns, prepositions…"""
    skip = ("be", "have", "finite", "modals", "subjunctive-triggers")
    return frozenset().union(*(v for k, v in word_lists().data["closed"].items() if k not in skip))


def only(word: str, *allowed: str) -> bool:
    """``word`` is known and every part of speech it can have is one of ``allowed``."""
    found = tags(word)
    return bool(found) and found <= set(allowed)


@functools.cache
def _singular_in_s() -> frozenset[str]:
    return word_lists().words("plural", "singular")


def singular_of(word: str) -> str | None:
    """The singular of ``word`` when it is a plural noun form ("rules", "women"), else None.
    Forms that are also adjectives or adverbs ("savings", "overseas") do not count."""
    if word in _singular_in_s():
        return None
    found = lemmas(word)
    if "NOUN" not in tags(word) or {"ADJ", "ADV"} & set(found):
        return None
    return next((lemma for lemma in found["NOUN"] if lemma != word), None)


def is_plural_form(word: str) -> bool:
    """A plural noun, or a word that is one where a noun must stand ("rules" after "the");
    "-s" forms that are also verbs count."""
    return singular_of(word) is not None


def is_plural_noun(word: str) -> bool:
    """A plural noun that is nothing else: "swords", "members" (not "news", "means", "costs")."""
    return only(word, "NOUN") and is_plural_form(word)


def is_singular_noun(word: str) -> bool:
    """A singular noun that is nothing else: "album", "budget" is not (it is a verb too)."""
    return only(word, "NOUN") and word in lemmas(word)["NOUN"]


def is_base_verb(word: str) -> bool:
    """A verb's bare form that is no verb's past ("lead", "go"; not "cut", "put", nor "saw"
    and "found", the pasts of "see" and "find")."""
    verbs = lemmas(word).get("VERB", ())
    return verbs == (word,) and word not in _past_as_base()


@functools.cache
def _past_as_base() -> frozenset[str]:
    return word_lists().words("verbs", "past-as-base")


def is_inflected_verb(word: str) -> bool:
    """A verb form that is not the bare verb: "saw" (see), "voted", "leads"."""
    verbs = lemmas(word).get("VERB", ())
    return any(lemma != word for lemma in verbs) or word in _past_as_base()


def match_case(replacement: str, like: str) -> str:
    """``replacement`` capitalized like ``like`` ("Its" → "It's")."""
    if like[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _folded(words: list[str], text: str) -> list[str]:
    """Lowercased ``words`` with a straight apostrophe for a curly one. The document's shared
    lowercase list itself when its text has no curly apostrophe (read-only here, as it is
    for every rule); else one replace over the joined words, in C."""
    if not words or "’" not in text:
        return words
    return "\0".join(words).replace("’", "'").split("\0")


#: Every word :meth:`View.indices` has been asked about in this process. A document's index
#: holds these words only, found in one pass in C: the rules ask about some eighty words, a
#: sixth of an article's, and indexing every word cost 14 ms per 100,000 words, this 6 ms. A
#: word asked about for the first time is looked up in the document at hand, and indexed
#: from the next document on.
_ASKED: set[str] = set()


class View:
    """The words of one document as the grammar rules read them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words: Sequence[Word] = doc.words
        self.lower: list[str] = _folded(lowered(doc), doc.text)
        self._regions = article_regions(doc)
        self._names: dict[int, bool] = {}
        self._index: dict[str, list[int]] | None = None
        self._indexed: frozenset[str] = frozenset()  # the words ``_index`` holds the places of

    @functools.cached_property
    def _named(self) -> frozenset[str]:
        """Given names and surnames of the people the article names."""
        people = self.doc.shared(build_people_table)
        return frozenset(
            part.lower() for m in people.mentions for part in (*m.name.given, m.name.surname)
        )

    @functools.cached_property
    def _sentence_starts(self) -> frozenset[int]:
        return frozenset(s.start for s in self.doc.sentences)

    def _is_name(self, i: int) -> bool:
        """Word ``i`` is capitalized as a name is: a person's name the article uses, an
        acronym, or a capital inside a sentence of body text. Decided on first look only:
        most words are never looked at."""
        if i not in self._names:
            text, lower = self.words[i].text, self.lower[i]
            self._names[i] = lower != "i" and (
                lower in self._named
                or (len(text) > 1 and text.isupper())
                or (self.region(i) != "headline" and not self._opens_sentence(i))
            )
        return self._names[i]

    def _opens_sentence(self, i: int) -> bool:
        word = self.words[i]
        if word.start in self._sentence_starts or i == 0:
            return True
        sentence = self.doc.sentence_at(word.start)
        return sentence is not None and not any(
            c.isalnum() for c in self.doc.text[sentence.start : word.start]
        )

    def indices(self, *forms: str) -> list[int]:
        """Where any of ``forms`` (lowercase, straight apostrophe) stands as a common word, in
        order."""
        index = self._word_index(forms)
        hits = sorted(itertools.chain.from_iterable(index.get(form, ()) for form in forms))
        words = self.words  # as at(i), for a word known to be one of ``forms``
        return [i for i in hits if not (words[i].text[:1].isupper() and self._is_name(i))]

    def _word_index(self, forms: tuple[str, ...]) -> dict[str, list[int]]:
        """Where each word asked about so far stands (see :data:`_ASKED`), ``forms`` too."""
        if self._index is None:
            self._indexed = frozenset(_ASKED)
            self._index = self._places(self._indexed)
        if not self._indexed.issuperset(forms):
            new = frozenset(forms) - self._indexed
            _ASKED.update(new)
            self._index.update(self._places(new))
            self._indexed |= new
        return self._index

    def _places(self, words: frozenset[str]) -> dict[str, list[int]]:
        """Where each of ``words`` stands, in order; the others are passed over in C."""
        lower = self.lower
        places: dict[str, list[int]] = {}
        for i in itertools.compress(itertools.count(), map(words.__contains__, lower)):
            places.setdefault(lower[i], []).append(i)
        return places

    def raw(self, i: int) -> str:
        """The lowercased word ``i`` with no name mask; ``""`` past either end. For cheap
        look-ahead before a rule reads a phrase properly."""
        return self.lower[i] if 0 <= i < len(self.lower) else ""

    def at(self, i: int) -> str:
        """The lowercased word ``i``; ``""`` for a name or past either end."""
        if not 0 <= i < len(self.lower):
            return ""
        if self.words[i].text[:1].isupper() and self._is_name(i):
            return ""
        return self.lower[i]

    def joined(self, i: int) -> bool:
        """Words ``i - 1`` and ``i`` stand in one clause: only spaces or a line break between."""
        if i <= 0 or i >= len(self.words):
            return False
        return self.doc.space_between(self.words[i - 1].end, self.words[i].start)

    def previous(self, i: int) -> str:
        """The word before ``i`` when it stands in the same clause, else ``""``."""
        return self.at(i - 1) if self.joined(i) else ""

    def following(self, i: int) -> str:
        """The word after ``i`` when it stands in the same clause, else ``""``."""
        return self.at(i + 1) if self.joined(i + 1) else ""

    def run(self, i: int, n: int) -> tuple[str, ...]:
        """The ``n`` words from ``i`` when they stand in one clause, else shorter."""
        out = [self.at(i)] if 0 <= i < len(self.lower) else []
        for j in range(i + 1, min(i + n, len(self.lower))):
            if not self.joined(j):
                break
            out.append(self.at(j))
        return tuple(out)

    def before(self, i: int, n: int) -> tuple[str, ...]:
        """Up to ``n`` words before ``i`` in the same clause, nearest last."""
        out: list[str] = []
        j = i
        while j > 0 and len(out) < n and self.joined(j):
            j -= 1
            out.insert(0, self.at(j))
        return tuple(out)

    def ends_clause(self, i: int) -> bool:
        """Word ``i`` is the last of its clause: punctuation or the end of the text follows."""
        if i + 1 >= len(self.words):
            return True
        gap = self.doc.text[self.words[i].end : self.words[i + 1].start].strip()
        return bool(gap) and gap[0] in ".,;:!?)—–"

    def region(self, i: int) -> Region:
        block = self.doc.block_index(self.words[i].start)
        return self._regions[block] if 0 <= block < len(self._regions) else "body"

    def replace(
        self, i: int, replacement: str, reason: str, *, safe: bool = False, end: int | None = None
    ) -> Finding:
        """A finding on word ``i`` (through word ``end``) that writes ``replacement`` instead."""
        first = self.words[i]
        last = self.words[end if end is not None else i]
        written = self.doc.text[first.start : last.end]
        new = match_case(replacement, written)
        return Finding.replace(
            first.start, last.end, f'"{written}" should be "{new}" here: {reason}', new, safe=safe
        )


#: Finite verbs: a noun phrase right before one is a subject ("it's budget was cut").
FINITE = rule_words("context", "finite")


def possessive_noun_phrase(view: View, i: int) -> int | None:
    """Index of the noun ending a phrase from ``i`` that can only follow a possessive: "own",
    a plural noun ("members"), or up to two modifiers and a noun before a finite verb ("first
    album was"). None when the words allow another reading ("it's time", "it's members who")."""
    words = view.run(i, 4)
    if not words or not words[0]:
        return None
    if words[0] == "own":
        return i
    for n in range(min(3, len(words) - 1)):
        head, after = words[n], words[n + 1]
        noun = "NOUN" in tags(head) and not head.endswith(("ing", "ed"))
        if after in FINITE and noun and _modifiers(words[:n]):
            return i + n
    return None


def _modifiers(words: tuple[str, ...]) -> bool:
    """Open-class words that can modify a noun (adjectives, nouns), none of them a verb."""
    return all(w and "VERB" not in tags(w) and tags(w) & {"ADJ", "NOUN"} for w in words)


class GrammarRule(Rule):
    """A grammar rule: finds in the shared :class:`View`, with the headline policy applied.

    Headlines drop articles and verbs ("Storm to hit coast", "Mayor: budget cuts coming"), so
    rules whose patterns assume full sentences set ``headlines = False`` and stay out of them.
    """

    headlines: ClassVar[bool] = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = doc.shared(View)
        for finding in self.find(view):
            if self.headlines or view.region(view.doc.word_index(finding.start)) != "headline":
                yield finding

    @abc.abstractmethod
    def find(self, view: View) -> Iterable[Finding]:
        """The findings in ``view``'s document."""
