"""attribution/verb: loaded or stilted verbs of attribution ("claimed", "stated") and verbs that
cannot attribute at all ("the White House put out in a statement")."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import compress, count
from typing import TYPE_CHECKING

import regex

from copylint.analysis.attribution import (
    clause_attribution,
    in_transcript,
    run_after,
    subject_before,
    tag_at,
)
from copylint.analysis.words import lowered
from copylint.lexicon.attribution import LoadedVerb, attribution_words
from copylint.model import Severity
from copylint.packs.anchored import AnchoredPattern
from copylint.packs.patterns import phrase_source
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being", "it's"})
_PRONOUNS = frozenset({"he", "she", "it", "who"})
#: Finite verbs that show a clause after a verb of saying: "insisted the bill was balanced".
_FINITE = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should"}
    | {"can", "may", "might", "must", "did", "does"}
)
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
#: What the objectless verb's statement is called: "put out in a statement", "in a release".
_STATEMENT_NOUNS = ("statement", "release")
_CLAUSE_WORDS = 4  # "claimed [the vote in Ohio] was rigged"
#: Words before a plural noun: "five states that", "many claims that".
_PLURAL_DETERMINERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "some"}
    | {"all", "several", "both", "these", "those", "other", "most", "few", "the", "his", "her"}
    | {"its", "their", "our", "such", "no"}
)


class AttributionVerb(Rule):
    id = "attribution/verb"
    severity = Severity.WARNING
    summary = 'A loaded or stilted verb where the neutral "said" belongs'
    what = (
        'Flags "claimed", "admitted", "insisted", "stated", "exclaimed", "noted", "opined" and '
        '"revealed" (and their -s forms) where they attribute words to a source: next to a '
        'direct quotation ("…," she claimed), closing a sentence after a comma ("…, the '
        'minister insisted."), or before a clause for the verbs whose clause is always speech '
        '("He claimed that …", "Democrats insisted the bill was balanced"; not "noted that the '
        'fluid rose", an observation). Where '
        'the sentence shows the verb is not an attribution ("the report stated the figures", '
        '"she revealed her plans") it stays quiet. Also flags verbs that need an object used as '
        'attribution: "the White House put out in a statement" (said in a statement).'
    )
    why = (
        'AP Stylebook, "said": said is the neutral verb of attribution and can be used again '
        'and again. "Claimed" casts doubt, "admitted" implies wrongdoing (AP, "admit, '
        'admitted"), "insisted" suggests the speaker is not believed, "noted" and "revealed" '
        'vouch for the statement or make a secret of it, and "stated", "opined", "exclaimed" are '
        "stilted. Use one only when its extra meaning is the writer's considered judgment."
    )
    bad = (
        Example('"We did nothing wrong," the minister claimed.', flags=("claimed",)),
        Example("The vote was fair, the commission insisted on Tuesday.", flags=("insisted",)),
        Example("Smith admitted that the figures were wrong.", flags=("admitted",)),
        Example("Democrats insisted the bill was balanced.", flags=("insisted",)),
        Example('In a statement, she stated, "We will appeal."', flags=("stated",)),
        Example(
            "The trip followed Biden's visit, the White House put out in a statement, drawing "
            "praise.",
            flags=("put out",),
        ),
    )
    good = (
        Example('"We did nothing wrong," the minister said.'),
        Example("The report stated the figures for each district."),
        Example("She revealed her plans on Monday."),
        Example("He noted that the fluid rose higher as the pressure grew."),
        Example("The group claimed responsibility for the attack."),
        Example("It was claimed that the vote was rigged."),
        Example("His claims that the vote was rigged were rejected."),
        Example("The figures released in a statement showed a rise."),
        Example('"He claimed it was fair, and I believed him," she said.'),
    )
    fix_safety = (
        'The fix ("said" or "says", the tense kept) is unsafe: the writer may mean the extra '
        "sense, and only they can tell."
    )
    references = ('AP Stylebook: "said"; "claim"; "admit, admitted"',)

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._loaded(doc)
        yield from self._objectless(doc)

    def _loaded(self, doc: Document) -> Iterator[Finding]:
        loaded = attribution_words().loaded
        words = doc.words
        # The listed words first, found in C: ``Word.lower`` is a Python call per word.
        for index in compress(count(), map(loaded.__contains__, lowered(doc))):
            word = words[index]
            verb = loaded[word.lower]
            if word.is_capitalized or in_transcript(doc, word.start):
                continue  # a capitalized "States" is a name ("the United States")
            if (
                tag_at(doc, word.start) is not None
                or clause_attribution(doc, index)
                or (verb.that_clause and _that_clause(doc, index, verb))
            ):
                yield Finding.replace(
                    word.start,
                    word.end,
                    f'"{word.text}" {verb.why}; "{verb.neutral}" is the neutral verb of '
                    "attribution",
                    verb.neutral,
                    safe=False,
                )

    def _objectless(self, doc: Document) -> Iterator[Finding]:
        if not any(noun in doc.text for noun in _STATEMENT_NOUNS):
            return  # every match ends in one of them (most articles have neither)
        objectless = attribution_words().objectless
        pattern = _objectless_pattern(tuple(objectless))
        for match in pattern.finditer(doc.text):
            start, end = match.span(1)
            if in_transcript(doc, start) or not doc.within_block(*match.span()):
                continue
            index = doc.word_index(start)
            if not index or doc.words[index - 1].lower in _PASSIVE:
                continue  # "the list was released in a statement"
            if not subject_before(doc, index, sentence_start=True):
                continue  # "the figures put out in a statement showed …"
            verb = " ".join(match.group(1).split())
            neutral = objectless[verb]
            yield Finding.replace(
                start,
                end,
                f'"{verb}" needs an object and cannot attribute; write "{neutral} in a statement"',
                neutral,
                safe=False,
            )


def _that_clause(doc: Document, index: int, verb: LoadedVerb) -> bool:
    """``VERB that …`` or ``VERB the vote was …`` (the that left out), in the active voice with
    a subject that can speak; not ``claimed the prize``."""
    words = doc.words
    if index == 0 or not _opens_clause(doc, index):
        return False
    previous = words[index - 1]
    if previous.lower in _PASSIVE:
        return False
    if verb.present:  # "claims" is a noun too: only "Smith claims that", "she claims that"
        return previous.lower in _PRONOUNS or (
            previous.is_capitalized and previous.lower not in _PLURAL_DETERMINERS
        )
    return previous.lower not in ("the", "a", "an", "his", "her", "its", "their", "our")


def _opens_clause(doc: Document, index: int) -> bool:
    """Whether a clause follows the verb: "that", or a short subject and a finite verb such as
    "was" or "would" ("insisted the bill was balanced")."""
    following = run_after(doc, index, _CLAUSE_WORDS + 2)[1:]
    if not following:
        return False
    if following[0].lower == "that":
        return True
    for word in following[1 : _CLAUSE_WORDS + 1]:
        if word.lower in _FINITE:
            return True
        if word.lower in _RELATIVE:
            return False
    return False


@functools.cache
def _objectless_pattern(verbs: tuple[str, ...]) -> AnchoredPattern:
    """``put out in a statement`` and the like, followed by punctuation or a that-clause;
    tried only where the phrase index found one of the verbs (a scan, which opens with a
    lookbehind, cost about 100 instructions a character)."""
    # (Each phrase without its own word-start test: the one before the group tests it.)
    alternatives = "|".join(
        sorted((phrase_source(v, left=False) for v in verbs), key=len, reverse=True)
    )
    return AnchoredPattern(
        rf"(?<![\p{{L}}\p{{N}}])({alternatives})\s+in\s+(?:a|an|its|his|her|their)\s+"
        rf"(?:\p{{L}}+\s+)?(?:{'|'.join(_STATEMENT_NOUNS)})(?=\s*[,.;:]|\s+that\b)",
        regex.VERSION1,
        verbs,
    )
