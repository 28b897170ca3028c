"""Pieces shared by the format processors: URLs and e-mail addresses left out of the prose,
and copylint comments read as directives."""

from __future__ import annotations

import functools

import regex

from copylint.document import Directive
from copylint.prose import ProseBuilder


@functools.cache
def non_prose() -> regex.Pattern[str]:
    """URLs, bare ``www.`` addresses and e-mail addresses; trailing sentence punctuation is not
    part of them. Compiled at the first text that may hold one (0.4 ms most drafts never pay)."""
    return regex.compile(
        r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"“”]+(?<![.,;:!?'’)\]])"
        r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",
        regex.VERSION1,
    )


#: ``<!-- copylint-KIND args -->``; ``copylint-words:`` takes a colon. A kind with a typo
#: ("disable-nextline") is no directive at all (directive/unknown reports it), never a
#: "disable" whose first argument is "-nextline".
#: A copylint comment, well formed or not: the kind is whatever follows "copylint" (a typo such
#: as "-disable-nextline" included), so that directive/unknown can report it and nothing else
#: obeys it (:data:`copylint.document.DIRECTIVE_KINDS`).
DIRECTIVE = regex.compile(
    r"<!--\s*copylint(?P<kind>[-\w]*)\s*:?\s*(?P<args>.*?)\s*-->", regex.DOTALL
)


def _may_hold_address(source: str, start: int, end: int) -> bool:
    """False when ``source[start:end]`` cannot contain a match of :func:`non_prose`. Called
    for every text event of a Markdown file: three finds spelled out cost a third of looping
    over the markers (a generator and ``any``)."""
    return (
        source.find("@", start, end) >= 0
        or source.find("://", start, end) >= 0
        or source.find("www.", start, end) >= 0
    )


def add_prose(builder: ProseBuilder, source: str, start: int, end: int) -> None:
    """Add ``source[start:end]`` as prose, with URLs and e-mail addresses as placeholders."""
    if not _may_hold_address(source, start, end):  # most text: skip the slower pattern
        builder.verbatim(start, end)
        return
    position = start
    for match in non_prose().finditer(source, start, end):
        builder.verbatim(position, match.start())
        builder.placeholder(match.start(), match.end())
        position = match.end()
    builder.verbatim(position, end)


def find_directives(source: str, start: int, end: int) -> list[Directive]:
    """The copylint comments in ``source[start:end]``."""
    return [
        Directive(
            m.group("kind").lstrip("-"),
            tuple(a for a in regex.split(r"[\s,]+", m.group("args")) if a),
            m.start(),
            m.end(),
            m.start("args"),
            m.end("args"),
        )
        for m in DIRECTIVE.finditer(source, start, end)
    ]
