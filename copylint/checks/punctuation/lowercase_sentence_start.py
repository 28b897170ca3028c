"""punctuation/lowercase-sentence-start: a sentence that starts with a lowercase letter."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.lexicon.dictionary import english_counts
from copylint.model import Severity
from copylint.resources import data_path, load_toml
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.prose import Block

#: A lowercase word at the start of a paragraph, or after a period and white space. The
#: sentence splitter cannot see these (it needs the capital to find the boundary), so the rule
#: reads the periods itself. A word with a capital or figure inside (iPhone, eBay, mRNA, x86)
#: is a name. A period inside a closing quotation mark is followed by an attribution
#: ('"... it." she said' is a comma slip, not this one), so it is not read.
_WORD = r"(?P<word>\p{Ll}[\p{Ll}'’]*)(?![\p{L}\p{N}\-])"
_FIRST = regex.compile(_WORD)
_END = regex.compile(r"[.!?]")
#: The period and the word after it; the word before the period is read backward from it
#: (_BEFORE). A pattern that read that word first tried every position of every word for a
#: period to end it at, most of the rule's time.
_AFTER_PERIOD = regex.compile(r"\.\)?[ \t]+" + _WORD)
_BEFORE = regex.compile(r"\S+", regex.REVERSE)


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Words that take a period without ending a sentence, lowercase
    (``rules/lexicon/abbreviations.toml``)."""
    data = load_toml(data_path("lexicon", "abbreviations.toml"))
    return frozenset(w.lower() for w in (*data["before-name"], *data["maybe-final"]))


def _abbreviation(word: str) -> bool:
    word = word.lstrip("(\"“'‘[")
    return (
        len(word) <= 1
        or "." in word  # U.S., a.m., e.g., an ellipsis
        or word.lower() in _abbreviations()
    )


def _continues(doc: Document, previous: Block | None, block: Block) -> bool:
    """Whether the paragraph's first word may continue a sentence: the word is set in
    emphasis or code (a label, "**json**: ..."), or something that is not prose (a code block,
    HTML, an image) stands between it and the paragraph before ("... run: <code> writes ...").
    """
    if doc.source_char_before(block.start) in ("*", "_", "`"):
        return True
    if previous is None:
        return False
    return bool(doc.source_between(previous.end, block.start).strip(" \t\n>"))


def _after_periods(text: str, block: Block) -> Iterator[regex.Match[str]]:
    """The lowercase words after a period that closes no abbreviation. The word before the
    period is the non-space run up to it, but starts no earlier than the end of the last word
    found (as a pattern reading it forward, one match after the other, would read it)."""
    floor = block.start
    for match in _AFTER_PERIOD.finditer(text, block.start, block.end):
        before = _BEFORE.match(text, floor, match.start())
        if before is None:
            continue  # a period after a space, or right after the last word found
        floor = match.end()
        if not _abbreviation(before.group()):
            yield match


class LowercaseSentenceStart(Rule):
    id = "punctuation/lowercase-sentence-start"
    severity = Severity.WARNING
    summary = "A sentence that starts with a lowercase letter"
    what = (
        'Flags a lowercase word that opens a paragraph or follows a period ("... Nov. 14. '
        'auditions are open") and suggests the capital. A period that closes an abbreviation '
        '("a.m.", "etc.", "vs.") is no sentence end; names written with a capital or figure '
        "inside (iPhone, eBay) and quotations are left alone, and so are list items and "
        "headings."
    )
    why = (
        "Every style guide capitalizes the first word of a sentence (AP Stylebook, "
        '"capitalization"); a lowercase start is a slip, or a sign that two sentences were '
        "split or joined in editing."
    )
    references = ("AP Stylebook: capitalization",)
    bad = (
        Example("The show opens Nov. 14. auditions are open to all.", flags=("auditions",)),
        Example("the survey found problems.", flags=("the",)),
    )
    good = (
        Example("The show opens Nov. 14. Auditions are open to all."),
        Example("She bought an iPhone. eBay sold it."),
        Example(
            "They met at 3 p.m. and left at 5 p.m. the next day, with the mayor etc. and staff."
        ),
    )
    fix_safety = "Unsafe (a suggestion): the period before may close an unknown abbreviation."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        english = english_counts()
        previous: Block | None = None
        for block in doc.blocks:
            after, previous = previous, block
            if block.kind != "paragraph":
                continue
            first = _FIRST.match(text, block.start, block.end)
            if first and (
                _continues(doc, after, block) or not _END.search(text, block.start, block.end)
            ):
                first = None  # a continuation, or a fragment with no sentence end (a label)
            for match in (*([first] if first else []), *_after_periods(text, block)):
                word = match.group("word")
                if word.lower() not in english:
                    continue  # a name written in lowercase: copylint, adidas
                start = match.start("word")
                capital = word[0].upper() + word[1:]
                yield Finding.replace(
                    start,
                    match.end("word"),
                    f"Capitalize '{word}': a sentence starts with a capital letter",
                    capital,
                    safe=False,
                )
