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
_AFTER_PERIOD = regex.compile(r"(?P<before>\S+)\.\)?[ \t]+" + _WORD)


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
            later = _AFTER_PERIOD.finditer(text, block.start, block.end)
            for match in (*([first] if first else []), *later):
                if match.re is _AFTER_PERIOD and _abbreviation(match.group("before")):
                    continue
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
