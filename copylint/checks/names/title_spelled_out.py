"""names/title-spelled-out: a title AP abbreviates before a full name, spelled out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.analysis.mentions import Mention, use_titles
from copylint.analysis.people import build_people_table
from copylint.lexicon.titles import title_table
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

#: "Governor of Ohio Ben Cole": the place between the title and the name.
_OF_PLACE = regex.compile(r"^\s+of\s+((?:\p{Lu}[\p{L}.]*\s+){1,3})$")

#: Kinds of title this rule reads: offices (Senator, Governor, Representative) and "Doctor".
#: Military ranks are left out: histories spell them out ("General Charles Gordon") as a
#: matter of course, and a lowercase "captain" is often a team's.
_KINDS = frozenset({"formal", "academic"})


def spelled_out(doc: Document, mention: Mention) -> str | None:
    """The AP abbreviation for a spelled-out title before this full name, or None."""
    title = mention.title
    if (
        title is None
        or title.abbreviation is not None
        or not mention.name.full
        or mention.quoted
        or mention.region != "body"
        or title.title.kind not in _KINDS
    ):
        return None
    return title_table().ap_abbreviation(title.title)


class TitleSpelledOut(Rule):
    id = "names/title-spelled-out"
    severity = Severity.WARNING
    summary = "A title AP abbreviates before a full name, spelled out"
    what = (
        'Flags a title AP abbreviates before a full name when it is spelled out: "Senator '
        'Jo Kim" and "U.S. Senator Jo Kim" → "Sen.", "Congresswoman Ann Lee" and '
        '"Representative Ann Lee" → "Rep.", "Governor Ben Cole" (or "governor") → "Gov.", '
        '"Governor of Ohio Ben Cole" → "Ohio Gov.", "Lieutenant Governor" → "Lt. Gov.", '
        '"Doctor" → "Dr.". Limits: military ranks are not read (histories spell out "General '
        'Charles Gordon", and a lowercase "captain" is often a team\'s); only a title before a '
        "full name is read (a later reference drops the title: names/later-reference); "
        "quotations, headlines and captions are left alone."
    )
    why = (
        'AP Stylebook, "abbreviations and acronyms" and "titles": abbreviate Dr., Gov., Lt. '
        "Gov., Rep., Sen. and certain military titles before a full name outside direct "
        'quotations; "legislative titles": use Rep. for members of the House; "military '
        'titles".'
    )
    bad = (
        Example("U.S. Senator Jo Kim filed the bill.", flags=("Senator",)),
        Example("Congresswoman Ann Lee voted no.", flags=("Congresswoman",)),
        Example("Governor of Ohio Ben Cole signed it.", fixed=None, flags=("Governor of Ohio",)),
    )
    good = (
        Example("Sen. Jo Kim filed the bill. Kim said it would pass."),
        Example("The senator, Jo Kim, filed the bill."),
        Example('"Senator Kim is right," the aide said.'),
        Example("The team captain Ana Ruiz scored twice."),
    )
    fix_safety = (
        "Unsafe (a suggestion): the same title in AP's abbreviation, but a newsroom that "
        'spells titles out chose so; "Governor of Ohio Ben Cole" becomes "Ohio Gov. Ben Cole".'
    )
    references = ("AP Stylebook: abbreviations and acronyms; titles; legislative titles",)

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        table = doc.shared(build_people_table)
        for mention in table.mentions:
            if not mention.titles:
                continue  # most mentions: no title to spell
            short = spelled_out(doc, mention)
            title = mention.title
            if short is None or title is None:
                continue
            gap = _OF_PLACE.match(doc.text[title.end : mention.name.start])
            message = f'AP abbreviates "{title.written}" before a full name: "{short}"'
            if gap is not None:
                right = f"{gap.group(1).strip()} {short} "
                end = title.end + len(gap.group(0).rstrip())  # underline the words, not the space
                yield Finding(
                    title.start,
                    end,
                    message,
                    (right.strip(),),
                    (TextEdit(title.start, mention.name.start, right),),
                    safe=False,
                )
            else:
                yield Finding.replace(title.start, title.end, message, short, safe=False)
