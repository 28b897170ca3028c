"""names/never-introduced: a person the article refers to only by surname, never in full."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import use_titles
from copylint.analysis.people import build_people_table
from copylint.analysis.variants import find_slips, given_name_references
from copylint.lexicon.names import word_before
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Titles that tell a surname is a person's. Military ranks are left out: histories name
#: generals by rank and surname ("Major General Lafayette") as a matter of course.
_INTRODUCING = frozenset({"formal", "academic", "courtesy"})


class NeverIntroduced(Rule):
    id = "names/never-introduced"
    severity = Severity.WARNING
    summary = "A person the article never names in full"
    what = (
        "Flags the first body mention of a person the article refers to only by surname "
        '("Deputy Defense Secretary Holloway", "Reid has warned …" and later "Mr. Reid"), '
        "with no given name or initial anywhere in the body (quotations included; a headline "
        "or caption does not introduce a person to the body). Evidence that the surname is a "
        "person's: a title of office, degree or courtesy before one of its mentions "
        '("Secretary", "Dr.", "Mr."). Limits: military ranks are not evidence (histories '
        'write "Major General Lafayette"), nor a title that is also a given name ("Dean"); '
        '"a Dr. Bailey" admits the first name is unknown; a bare surname alone ("Reid said") '
        "is not enough, since companies and places act in copy too; royal and religious "
        'titles ("Pope Francis") name people by given name and are left alone; people who '
        'share a surname ("Mr. and Mrs. Smith"), a misspelled surname '
        "(names/inconsistent-name's), a given name used as a surname "
        "(names/given-name-reference's) and names only in quotations are not checked."
    )
    why = (
        'AP Stylebook, "names": use a person\'s first and last name on first reference. A '
        "reader given a bare surname cannot tell who is meant or look the person up."
    )
    bad = (
        Example(
            "Deputy Defense Secretary Holloway toured the base on Friday.",
            flags=("Deputy Defense Secretary Holloway",),
        ),
        Example(
            "Reid has warned for months that the levee would fail. Mr. Reid was right.",
            flags=("Reid",),
        ),
    )
    good = (
        Example("Deputy Defense Secretary Kathleen Holloway toured the base. Holloway left."),
        Example("Pope Francis met the king."),
        Example('"Mr. Reid knows the river," a neighbor said.'),
        Example("Mr. and Mrs. Smith opened the bakery in 1990."),
    )
    references = ("AP Stylebook: names",)

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        table = doc.shared(build_people_table)
        slipped = {slip.mention for slip in find_slips(doc)}
        slipped |= {mention for mention, _ in given_name_references(doc)}
        for person in table.people:
            if (
                any(m.name.full and m.region == "body" for m in person.mentions)
                or table.shares_surname(person)
                or (slipped and any(m in slipped for m in person.mentions))
            ):
                continue  # a misspelled surname is names/inconsistent-name's
            titled = [
                m
                for m in person.mentions
                if m.titles
                and m.is_reference
                and not m.quoted
                and all(t.title.kind in _INTRODUCING and not t.title.also_a_name for t in m.titles)
                and word_before(doc, m.start) not in ("a", "an", "one")
            ]
            if not titled:
                continue
            first = next(m for m in person.mentions if m.is_reference and not m.quoted)
            yield Finding(
                first.start,
                first.name.end,
                f"{first.name.surname} is never named in full: give the first reference a "
                "first name",
            )
