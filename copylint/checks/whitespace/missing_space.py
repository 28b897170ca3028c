"""whitespace/missing-space: no space after a comma, or after the end of a sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: A comma or semicolon between two lowercase letters ("voted,then"), or a sentence's closing
#: mark between a lowercase word and a capitalized one ("met.It", "late?The"). Figures
#: ("1,000", "3.5"), initials and abbreviations ("J.K.", "U.S.", "a.m.", "Ph.D.") have no
#: lowercase word of two letters before the mark, or no capitalized word after it.
_MISSING = regex.compile(
    r"(?<=\p{Ll}\p{Ll})(?:(?P<join>[,;])(?=\p{Ll})|(?P<end>[.?!])(?=\p{Lu}\p{Ll}))",
    regex.VERSION1,
)

#: Characters that make the surrounding token an address, not prose: a URL, an e-mail
#: address, a file path or a handle.
_ADDRESS = frozenset("/@\\_=&#~")


def _token_around(text: str, offset: int) -> str:
    start = offset
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = offset
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


class MissingSpace(Rule):
    id = "whitespace/missing-space"
    severity = Severity.WARNING
    paragraph_local = True
    summary = "No space after a comma or a sentence's end"
    what = (
        "Flags a comma or semicolon with a word straight after it ('voted,then'), and a "
        "period, question mark or exclamation point that ends one sentence with the next one "
        "straight after it ('met.It'). Left alone: figures ('1,000', '3.5'), initials and "
        "abbreviations ('J.K. Rowling', 'U.S.', 'p.m.'), and web and e-mail addresses."
    )
    why = (
        "A space follows a comma, a semicolon and the end of a sentence; without it two "
        "words run together on the page, and searches and screen readers read them as one. "
        "It is one of the commonest slips of fast typing."
    )
    references = ("The Chicago Manual of Style, 17th ed., 6.7: one space after a sentence's end",)
    bad = (
        Example(
            "The council voted,then adjourned.",
            fixed="The council voted, then adjourned.",
            flags=(",",),
        ),
        Example("The council met on Monday.It voted on Tuesday.", flags=(".",)),
    )
    good = (
        Example("The council voted, then adjourned. It met again on Monday."),
        Example("The bill costs $1,500,000 and passed 3.5 to 1."),
        Example("J.K. Rowling spoke at 5 p.m. in the U.S. Capitol."),
        Example("Read it at example.com/news,today or write to desk@example.com."),
    )
    fix_safety = (
        "Safe after a comma or semicolon: a space is inserted and no word changes. After a "
        "sentence's end the space is only suggested: a brand or a domain ('Yahoo!Sports', "
        "'News.Com') can be written that way."
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _MISSING.finditer(text):
            if _ADDRESS.intersection(_token_around(text, match.start())):
                continue
            mark = match.group()
            yield Finding.replace(
                match.start(),
                match.end(),
                f"No space after '{mark}'",
                mark + " ",
                safe=match.group("join") is not None,
            )
