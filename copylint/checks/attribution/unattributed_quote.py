"""attribution/unattributed-quote: a direct quotation nobody is said to have said."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from copylint.analysis.attribution import in_transcript, quotation_groups
from copylint.lexicon.attribution import attribution_words
from copylint.model import Severity
from copylint.packs.patterns import phrase_pattern, phrases_source
from copylint.packs.phrases import PHRASES
from copylint.rule import Example, Finding, Rule, RuleContext

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.tokens import Quotation, Sentence, Word

#: Words a title may keep in lowercase ("Songs My Mother Taught Me", "On the Last Day of the Year").
_MINOR = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by"}
    | {"with", "from", "as", "into", "vs", "via"}
)
_COLON_BEFORE = regex.compile(r":\s*$")
UNATTRIBUTED = "unattributed"


@functools.cache
def _phrases(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    return phrase_pattern(phrases, True)


@functools.cache
def _phrase_keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases' keys in the shared phrase index, which finds where they may occur."""
    return tuple(PHRASES.add(phrase) for phrase in phrases)


@functools.cache
def _mention_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:{phrases_source(phrases)})[\s,:]*$", regex.VERSION1 | regex.IGNORECASE
    )


class UnattributedQuote(Rule):
    id = "attribution/unattributed-quote"
    severity = Severity.WARNING
    summary = "A direct quotation with no attribution near it"
    what = (
        "Flags a direct quotation of four words or more (option `min-words`) when neither its "
        "sentence, nor its paragraph, nor the sentence after it attributes it: no verb of "
        'saying (said, says, told, wrote, asked, reported, …), no "according to", no colon '
        'introducing it (Blinken put it bluntly: "…", or a paragraph ending with a colon '
        "before a quoted paragraph). A quotation over several paragraphs (AP: no closing mark "
        "where it continues) counts as one, and a quotation nested in it belongs to it. "
        'Titles and names in quotation marks ("Songs My Mother Taught Me", a podcast called '
        '"…") are not quotations of anyone; neither are quoted headlines under Sources or '
        "References, nor the questions and answers of an interview transcript, where the "
        "speakers are known. A partial quotation woven into the writer's sentence (the group "
        'aims to "build a bridge to the public") is left alone: its sentence usually names the '
        "source as its subject, and a copy desk reads it as such."
    )
    why = (
        'AP Stylebook, "quotations in the news": never fabricate a quotation and identify its '
        "speaker; a quotation without a source cannot be checked and reads as the writer's "
        "own claim. Attribution belongs with the quotation: in its sentence, or at the latest "
        "in the next."
    )
    references = ("AP Stylebook: quotations in the news",)
    bad = (
        Example(
            'The council met on Monday. "We will not raise taxes this year." The vote was 5-2.',
            flags=('"We will not raise taxes this year."',),
        ),
        Example(
            'The council met on Monday.\n\n"We will not raise taxes this year.\n\n'
            '"Nor next year."\n\nThe vote was 5-2.',
            flags=('"We will not raise taxes this year.',),
        ),
        Example(
            'The council met. "We will not raise taxes."',
            options={"min-words": 2},
            flags=('"We will not raise taxes."',),
        ),
    )
    good = (
        Example('"We will not raise taxes this year," the mayor said.'),
        Example('The mayor was blunt: "We will not raise taxes this year."'),
        Example('"We will not raise taxes this year." That was the mayor\'s promise, she told us.'),
        Example('"We will not raise taxes this year.\n\n"Nor next year," the mayor said.'),
        Example('The mayor wrote:\n\n"We will not raise taxes this year, nor the next."'),
        Example('She sang "Songs My Mother Taught Me" at the gala.'),
        Example('Their podcast is called "the best show on the air today" by fans.'),
        Example("\"Taxes will not rise under my watch, and 'no new taxes' is my motto,\" he said."),
    )
    reads_quotes = True
    default_options = {"min-words": 4}

    def __init__(self, context: RuleContext) -> None:
        super().__init__(context)
        words = attribution_words()  # their phrases indexed before any document is read
        _phrase_keys(words.phrases)
        _phrase_keys(words.mentions)

    def check(self, doc: Document) -> Iterator[Finding]:
        for group in doc.shared(quotation_groups):
            if self.verdict(doc, group) == UNATTRIBUTED:
                yield Finding(
                    group[0].start,
                    group[0].end,
                    "Direct quotation without attribution in its sentence, its paragraph or the "
                    "next sentence: who said it?",
                )

    def verdict(self, doc: Document, group: Sequence[Quotation]) -> str:
        """Why a quotation is or is not flagged: ``unattributed`` or the reason it is fine
        (the corpus evaluation lists these)."""
        first = group[0]
        if doc.block_at(first.start) is None or doc.in_heading(first.start):
            return "heading"
        if in_transcript(doc, first.start):
            return "transcript"
        words = [w for q in group for w in doc.words_between(q.start, q.end)]
        if len(words) < self.options["min-words"]:
            return "short"
        if _is_title(words):
            return "title"
        if _is_mention(doc, first):
            return "mention"
        if _is_partial(doc, first, words[0]):
            return "partial"
        if _in_reference_section(doc, first.start):
            return "reference"
        return "attributed" if _attributed(doc, group) else UNATTRIBUTED


def _is_title(words: Sequence[Word]) -> bool:
    """A name or title in quotation marks: three in four of its words that are not minor
    words ("of", "the") capitalized, as AP capitalizes composition titles."""
    major = [w for w in words if w.lower not in _MINOR or w is words[0]]
    capitalized = sum(1 for w in major if w.is_capitalized or w.has_digit)
    return capitalized >= 0.75 * len(major)


def _is_partial(doc: Document, quotation: Quotation, first: Word) -> bool:
    """A fragment woven into the writer's sentence (`the blog aims to "build a bridge to …"`):
    its sentence names whose words they are, as subject, more often than not."""
    sentence = doc.sentence_at(quotation.start)
    woven = sentence is not None and bool(doc.text[sentence.start : quotation.start].strip())
    return woven and first.text[:1].islower()


def _is_mention(doc: Document, quotation: Quotation) -> bool:
    """`a podcast called "…"`, `the slogan "…"`: the quotation is named, not quoted."""
    block = doc.block_at(quotation.start)
    lo = max(block.start if block else 0, quotation.start - 40)
    return _ends_with_mention(doc.text, lo, quotation.start, attribution_words().mentions)


def _ends_with_mention(text: str, lo: int, end: int, phrases: tuple[str, ...]) -> bool:
    """Whether ``text[lo:end]`` ends with one of ``phrases`` (whole words, in any case, any
    white space between them), then only white space, commas and colons: what
    :func:`_mention_pattern` finds there. Compiling a pattern costs more than the whole
    check, and most quotations have no mention before them: a phrase's pattern is compiled
    only where the shared phrase index finds that phrase in the stretch (as
    :func:`_attributes` does), and one phrase's pattern compiles in a tenth of the time of
    all of them."""
    keys = _phrase_keys(phrases)  # before reading the text: a new phrase joins the index
    occurrences = PHRASES.occurrences(text)
    return any(
        _mention_pattern((phrase,)).search(text, lo, end) is not None
        for phrase, key in zip(phrases, keys, strict=True)
        if any(lo <= at < end for at in occurrences.get(key, ()))
    )


def _in_reference_section(doc: Document, offset: int) -> bool:
    """Under a heading such as "Sources" or "References", quoted text is a cited headline."""
    heading = doc.section_heading(offset)
    if heading is None:
        return False
    title = doc.text[heading.start : heading.end].strip().rstrip(":").lower()
    return title in attribution_words().reference_sections


def _attributed(doc: Document, group: Sequence[Quotation]) -> bool:
    """Whether the quotation's paragraphs (its sentence included) or the sentence after it
    attribute it, or a colon introduces it."""
    first, last = group[0], group[-1]
    blocks = sorted({doc.block_index(q.start) for q in group})
    opening = doc.blocks[blocks[0]]
    if _COLON_BEFORE.search(doc.text, opening.start, first.start):
        return True  # "The mayor was blunt: \"…\""
    if blocks[0] > 0:
        previous = doc.blocks[blocks[0] - 1]
        if doc.text[previous.start : previous.end].rstrip().endswith(":"):
            return True  # "Jespersen wrote:" before a quoted paragraph
    ranges = [(doc.blocks[i].start, doc.blocks[i].end) for i in blocks]
    following = _sentence_after(doc, last.end - 1)
    if following is not None:
        ranges.append((following.start, following.end))
    return any(_attributes(doc, start, end) for start, end in ranges)


def _sentence_after(doc: Document, offset: int) -> Sentence | None:
    """The sentence after the one holding ``offset``."""
    index = bisect.bisect_right(doc.sentences, offset, key=lambda sentence: sentence.start)
    return doc.sentences[index] if index < len(doc.sentences) else None


def _attributes(doc: Document, start: int, end: int) -> bool:
    """A verb of saying or an attributing phrase in ``text[start:end]``, outside quotations."""
    lexicon = attribution_words()
    for word in doc.words_between(start, end):
        if word.lower in lexicon.verbs and not doc.in_quotation(word.start):
            return True
    # Every match of a phrase starts where the phrase index finds its folded form: most
    # paragraphs have none, and then the pattern need not be compiled.
    occurrences = PHRASES.occurrences(doc.text)
    starts = (occurrences.get(key, ()) for key in _phrase_keys(lexicon.phrases))
    if not any(start <= at < end for found in starts for at in found):
        return False
    pattern = _phrases(lexicon.phrases)
    return any(not doc.in_quotation(m.start()) for m in pattern.finditer(doc.text, start, end))
