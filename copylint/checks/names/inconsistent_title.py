"""names/inconsistent-title: one person given two offices ("Prime Minister X", "President X")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import use_titles
from copylint.analysis.people import build_people_table
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Title kinds that name an office or a rank, which a person holds one of at a time.
_OFFICES = frozenset({"formal", "rank"})


class InconsistentTitle(Rule):
    id = "names/inconsistent-title"
    severity = Severity.WARNING
    summary = "One person given two different offices in one article"
    what = (
        "Flags a title before a person's name that names a different office from the title "
        'the article first gave that person ("Prime Minister Netanyahu", later "President '
        'Netanyahu"; "Vice President Harris", later "President Harris"), and names the line of '
        'the first. Forms of one title are not a conflict: "Secretary of State Blinken", '
        '"Secretary Blinken" and "Sec. Blinken" name one office (the abbreviation is '
        "names/title-abbreviation's business, the title on a later reference "
        "names/later-reference's). A title marked as past or temporary (\"former President "
        'Obama", "then-Sen. Obama", "acting Secretary") describes, and is never a conflict. '
        "Titles inside quotations are not compared."
    )
    why = (
        "Two offices for one person in one story means one is wrong, or the story has two "
        'people of the same surname it fails to tell apart. AP Stylebook, "titles": use the '
        'formal title the person holds; for a past office, "former".'
    )
    bad = (
        Example(
            "Prime Minister Benjamin Netanyahu spoke in Jerusalem. Later, President Netanyahu "
            "met the families.",
            flags=("President",),
        ),
        Example(
            "Vice President Kamala Harris arrived first. President Harris then spoke.",
            flags=("President",),
        ),
    )
    good = (
        Example(
            "Secretary of State Antony Blinken landed in Amman. Secretary Blinken then met "
            "Sec. Blinken's hosts."
        ),
        Example("President Barack Obama praised former Sen. Obama's early votes."),
        Example("Foreign Minister Ayman Safadi spoke. Minister Safadi left at noon."),
        Example("Defense Minister Yoav Gallant and Minister of Defense Gallant are one man."),
        Example("President Joe Biden and Dr. Jill Biden arrived. President Biden spoke."),
    )
    references = ("AP Stylebook: titles; former",)
    # Preview: the evaluation corpus names only two people with two office titles each, too
    # few to show the rule quiet; biographies, where people change offices, are its risk.
    preview = True

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        table = doc.shared(build_people_table)
        for person in table.people:
            offices = [
                m.title
                for m in person.mentions
                if m.title is not None
                and m.title.title.kind in _OFFICES
                and not m.qualified
                and not m.quoted
            ]
            for title in offices[1:]:
                first = offices[0]
                if not title.title.same_office(first.title):
                    yield Finding(
                        title.start,
                        title.end,
                        f'"{title.written}" here, but "{first.written}" on line '
                        f"{doc.line_of(first.start)}: one person, two offices",
                    )
