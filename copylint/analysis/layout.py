"""The parts of a news article a copy editor treats differently: headlines and photo captions.

A headline is a Markdown heading, or an article's first block when it is one short line
without a closing period (the plain-text headline). A caption is a paragraph set wholly in
italics in Markdown, or one that ends with a photo credit in parentheses ("(Pool photo via
Jonathan Ernst)", "(AP Photo/Evan Vucci)"). Everything else is body.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal

import regex

from copylint.resources import data_path, load_toml

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.prose import Block

Region = Literal["headline", "caption", "body"]

#: The longest first line still taken for a plain-text headline, in words.
_HEADLINE_WORDS = 30


@functools.cache
def _credit_pattern() -> regex.Pattern[str]:
    words = load_toml(data_path("lexicon", "name-parts.toml"))["caption-credit-words"]
    alternatives = "|".join(regex.escape(word) for word in words)
    return regex.compile(
        rf"\((?=[^()]*(?:\b(?:{alternatives})\b|\p{{Lu}}\w*/\p{{Lu}}))[^()]*\)\W*$",
        regex.IGNORECASE,
    )


def article_regions(doc: Document) -> tuple[Region, ...]:
    """The region of each block of ``doc`` (same order as ``doc.blocks``); read once per
    document for the rules and analyses that ask."""
    return doc.shared(_article_regions)


def _article_regions(doc: Document) -> tuple[Region, ...]:
    return tuple(_region(doc, index, block) for index, block in enumerate(doc.blocks))


def _region(doc: Document, index: int, block: Block) -> Region:
    text = doc.text[block.start : block.end]
    if block.kind == "heading" or (index == 0 and _looks_like_headline(text)):
        return "headline"
    if block.kind == "caption":
        return "caption"  # image alt text, a front matter description or caption
    if block.kind == "paragraph" and (
        doc.is_emphasis_only(block)  # a paragraph wholly in italics
        or ("(" in text and _credit_pattern().search(text))  # most paragraphs have none
    ):
        return "caption"
    return "body"


def _looks_like_headline(text: str) -> bool:
    stripped = text.strip()
    return (
        "\n" not in stripped
        and not stripped.endswith((".", "!", "?", ":", '"', "”"))
        and len(stripped.split()) <= _HEADLINE_WORDS
    )
