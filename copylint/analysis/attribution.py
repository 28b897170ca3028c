"""What the attribution rules share: where an article attributes, and what is a person's speech.

* A *speech tag* is the verb of the attribution standing next to a direct quotation: ``"…,"
  she said``, ``"…," said Smith``, ``Smith said: "…"``.
* A *clause attribution* is a verb of saying that closes a sentence after a comma: ``The vote
  was fair, the ministry said in a statement.``
* A *transcript* is the question-and-answer part of an interview: from the first question that
  an answer follows to the end. Its text is what people said, like a quotation, so the style
  rules of this family stay out of it.
* A *quotation group* is one direct quotation over one or more paragraphs (AP: no closing mark
  at the end of a paragraph when the quotation continues in the next).

Each analysis runs once per document (``doc.shared``) for all rules that read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from copylint.document import Document
from copylint.lexicon.attribution import attribution_words
from copylint.tokens import Quotation, Word

#: Words that make a run of words before a verb something other than its subject.
_NOT_SUBJECT = frozenset(
    {"and", "but", "or", "because", "while", "which", "who", "that", "when", "where", "if", "as"}
)
#: Lowercase words that may open the subject of a verb of saying.
_SUBJECT_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this"}
    | {"these", "those", "one", "some", "many", "both", "he", "she", "they", "we", "i", "it"}
    | {"you", "officials", "police", "witnesses", "residents", "critics", "experts"}
)
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke"})
_SUBJECT_WORDS = 6  # "Secretary of State Antony Blinken said"
_TAIL_WORDS = 6  # "said of this testament, …", "said in a statement on Tuesday."

_SPACE = regex.compile(r"\s+")
_ABBREVIATION_GAP = regex.compile(r"\.\s+")
_CLOSING = regex.compile(r"[.!?…]+[\"”’')\]]*\s*")
#: What may stand between a quotation and the speech tag after it (``"…," she said``).
_GAP_AFTER = regex.compile(r"[\s,—–-]*")
#: What may stand between a speech tag and the quotation after it (``She said: "…"``).
_GAP_BEFORE = regex.compile(r"\s*[,:—–]?\s*")


# -- words and runs of words ---------------------------------------------------------------------


def tag_verb(word: str) -> bool:
    """A finite verb of saying that can stand in a speech tag (``said``, ``adds``, ``say``)."""
    lower = word.lower()
    if lower not in attribution_words().verbs or lower.endswith("ing") or lower == "written":
        return False
    return lower.endswith(("s", "ed")) or lower in _IRREGULAR_PAST or lower == "say"


def tense(word: str) -> str | None:
    """``past`` (said, added), ``present`` (says, adds, say) or None for other forms."""
    lower = word.lower()
    if lower.endswith("ed") or lower in _IRREGULAR_PAST:
        return "past"
    if lower == "say" or (lower.endswith("s") and not lower.endswith("ss")):
        return "present"
    return None


def _joined(doc: Document, left: Word, right: Word) -> bool:
    """Whether two neighboring words belong to one phrase: only white space between them, or
    the period of an abbreviation or initial ("Sec. Blinken", "Anthony J. Blinken")."""
    gap = doc.text[left.end : right.start]
    if _SPACE.fullmatch(gap):
        return doc.within_block(left.end, right.start)
    return bool(_ABBREVIATION_GAP.fullmatch(gap)) and len(left.text) <= 4 and left.is_capitalized


def run_after(doc: Document, index: int, limit: int) -> list[Word]:
    """Up to ``limit`` words from ``doc.words[index]`` on that form one phrase."""
    words = doc.words
    if index >= len(words):
        return []
    run = [words[index]]
    while len(run) < limit and index + len(run) < len(words):
        following = words[index + len(run)]
        if not _joined(doc, run[-1], following):
            break
        run.append(following)
    return run


def run_before(doc: Document, index: int, limit: int) -> list[Word]:
    """Up to ``limit`` words ending with ``doc.words[index]`` that form one phrase, in order."""
    words = doc.words
    if index < 0:
        return []
    run = [words[index]]
    while len(run) < limit and index - len(run) >= 0:
        preceding = words[index - len(run)]
        if not _joined(doc, preceding, run[0]):
            break
        run.insert(0, preceding)
    return run


def _subject(words: Sequence[Word]) -> bool:
    """Whether ``words`` can be the subject of a verb of saying: a name ("Secretary of State
    Antony Blinken"), a pronoun, or a noun phrase that opens with a determiner ("the
    ministry"); not a clause ("returned to the United").
    """
    if not 0 < len(words) <= _SUBJECT_WORDS or any(w.lower in _NOT_SUBJECT for w in words):
        return False
    if any(not w.is_capitalized and w.lower.endswith(("ed", "ing")) for w in words):
        return False
    return words[0].is_capitalized or words[0].lower in _SUBJECT_OPENERS


# -- transcripts ---------------------------------------------------------------------------------


def _asks(doc: Document, start: int, end: int) -> bool:
    return doc.text[start:end].rstrip(" \t\n\"”’')]*").endswith("?")


def transcript_start(doc: Document) -> int | None:
    """Where the question-and-answer transcript of an interview begins; None if there is none.

    An interview is told as questions (paragraphs that end with a question mark) each followed
    by an answer; three such pairs make the article a transcript from its first question on.
    """
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    asks = [_asks(doc, b.start, b.end) for b in paragraphs]
    questions = [
        paragraphs[i].start for i in range(len(paragraphs) - 1) if asks[i] and not asks[i + 1]
    ]
    return questions[0] if len(questions) >= 3 else None


def in_transcript(doc: Document, offset: int) -> bool:
    start = doc.shared(transcript_start)
    return start is not None and offset >= start


# -- speech tags ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeechTag:
    """The verb that attributes a direct quotation (``said`` in ``"…," she said``)."""

    verb: Word
    quotation: Quotation


def _tag_after(doc: Document, quotation: Quotation) -> SpeechTag | None:
    """``"…," she said`` or ``"…," said Smith``: a subject and the verb, or the verb first."""
    block = doc.block_at(quotation.start)
    index = doc.word_index(quotation.end)
    if block is None or index >= len(doc.words) or doc.words[index].start >= block.end:
        return None
    if not _GAP_AFTER.fullmatch(doc.text[quotation.end : doc.words[index].start]):
        return None
    run = run_after(doc, index, _SUBJECT_WORDS + 2)
    for position, word in enumerate(run[: _SUBJECT_WORDS + 1]):
        if tag_verb(word.text):
            if (position == 0 and len(run) > 1) or _subject(run[:position]):
                return SpeechTag(word, quotation)
            return None
    return None


def _tag_before(doc: Document, quotation: Quotation) -> SpeechTag | None:
    """``She said, "…"`` or ``He said of the plan: "…"``: the verb, then at most a short tail."""
    index = doc.word_index(quotation.start) - 1
    block = doc.block_at(quotation.start)
    if index < 0 or block is None or doc.words[index].start < block.start:
        return None
    if not _GAP_BEFORE.fullmatch(doc.text[doc.words[index].end : quotation.start]):
        return None
    run = run_before(doc, index, _TAIL_WORDS + 1)
    for word in reversed(run):
        if tag_verb(word.text):
            return SpeechTag(word, quotation)
    return None


def speech_tags(doc: Document) -> list[SpeechTag]:
    """The speech tags of the article's quotations outside a transcript, in text order."""
    tags: dict[int, SpeechTag] = {}
    for quotation in doc.quotations:
        if in_transcript(doc, quotation.start):
            continue
        after = _tag_after(doc, quotation) if quotation.closed else None
        for tag in (after, _tag_before(doc, quotation)):
            if tag is not None:
                tags.setdefault(tag.verb.start, tag)
    return [tags[start] for start in sorted(tags)]


def _tags_by_verb(doc: Document) -> dict[int, SpeechTag]:
    return {tag.verb.start: tag for tag in doc.shared(speech_tags)}


def tag_at(doc: Document, offset: int) -> SpeechTag | None:
    """The speech tag whose verb starts at ``offset``."""
    return doc.shared(_tags_by_verb).get(offset)


# -- attribution closing a sentence --------------------------------------------------------------


def _sentence_ends_after(doc: Document, word: Word) -> bool:
    sentence = doc.sentence_at(word.start)
    return sentence is not None and bool(_CLOSING.fullmatch(doc.text[word.end : sentence.end]))


def subject_before(doc: Document, index: int, *, sentence_start: bool = False) -> bool:
    """Whether the words right before ``doc.words[index]`` are its subject, standing after a
    comma (``…, the ministry said``) or, with ``sentence_start``, opening the sentence."""
    subject = run_before(doc, index - 1, _SUBJECT_WORDS + 1) if index else []
    if not _subject(subject):
        return False
    first = doc.word_index(subject[0].start)
    if first > 0 and doc.text[doc.words[first - 1].end : subject[0].start].strip() == ",":
        return True
    sentence = doc.sentence_at(subject[0].start)
    return (
        sentence_start
        and sentence is not None
        and not doc.text[sentence.start : subject[0].start].strip(" \t\"“‘'([")
    )


def clause_attribution(doc: Document, index: int) -> bool:
    """Whether ``doc.words[index]``, a verb, attributes the sentence's statement from its end:
    ``…, Smith claimed.``, ``…, the ministry stated in a statement.``, ``…, claimed Smith.``
    """
    words, text = doc.words, doc.text
    verb = words[index]
    if index and text[words[index - 1].end : verb.start].strip() == ",":  # "…, claimed Smith."
        subject = run_after(doc, index + 1, _SUBJECT_WORDS + 1)
        return _subject(subject) and _sentence_ends_after(doc, subject[-1])
    if not subject_before(doc, index):
        return False
    tail = run_after(doc, index + 1, _TAIL_WORDS + 1)
    if not tail or not _joined(doc, verb, tail[0]):
        return _sentence_ends_after(doc, verb)
    if tail[0].lower not in attribution_words().tail_words:
        return False
    return any(_sentence_ends_after(doc, word) for word in tail[:_TAIL_WORDS])


# -- quotations over several paragraphs ----------------------------------------------------------


def quotation_groups(doc: Document) -> list[tuple[Quotation, ...]]:
    """The direct quotations, each with its continuation paragraphs (AP multi-paragraph quotes)."""
    groups: list[list[Quotation]] = []
    for quotation in doc.quotations:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and previous.continues
            and doc.block_index(quotation.start) == doc.block_index(previous.start) + 1
            and not doc.text[
                doc.blocks[doc.block_index(quotation.start)].start : quotation.start
            ].strip()
        ):
            groups[-1].append(quotation)
        else:
            groups.append([quotation])
    return [tuple(group) for group in groups]
