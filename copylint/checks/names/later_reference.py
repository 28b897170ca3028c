"""names/later-reference: AP's surname-only later reference, and a full name on first reference."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import Mention, use_titles
from copylint.analysis.people import build_people_table, titled_later_references
from copylint.analysis.variants import looks_like_given_name
from copylint.lexicon.names import acts_as_person, named_as_place
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document


class LaterReference(Rule):
    id = "names/later-reference"
    severity = Severity.WARNING
    summary = "A later reference with a title, or a first reference by surname only"
    what = (
        "After a person's first full reference in the body, AP refers to them by surname "
        'alone: a later "Secretary Blinken", "Sec. Blinken", "Prime Minister Netanyahu", "Mr. '
        'Blinken" or "Dr. Ruiz" is flagged with the surname as the suggestion. And when the '
        "body names a person by bare surname before it gives the full name, the first bare "
        'mention is flagged, if it reads as a person\'s ("Blinken said", "Galois returned"; '
        'not "Washington, D.C.", nor a surname the article also uses as a place, "into '
        "Jordan\"). Headlines and photo captions are not references (a caption's full name does "
        "not introduce the person to the body), quotations are not checked, and people who "
        'share a surname ("Joe Biden" and "Hunter Biden", "Mr. and Mrs. Smith") keep their '
        'titles and first names, which tell them apart. Royal and religious titles ("Pope '
        'Francis", "the Rev.") follow their own AP entries and are left alone, as is a title '
        'marked as past ("former President Obama"). AP only: houses that use courtesy titles '
        "on later references switch the rule off (`ignore`)."
    )
    why = (
        'AP Stylebook, "titles": on later references, use only the last name; "courtesy '
        'titles": do not use Mr., Mrs., Miss or Ms. except in direct quotations; "names": use '
        "a person's full name on first reference. A reader meeting a bare surname first does "
        "not know who is meant."
    )
    bad = (
        Example(
            "Secretary of State Antony Blinken arrived Monday. Sec. Blinken met Abbas.",
            fixed=None,
            flags=("Sec. Blinken",),
        ),
        Example(
            "President Mahmoud Abbas hosted Antony Blinken. Later, Mr. Blinken left.",
            flags=("Mr. Blinken",),
        ),
        Example(
            "Blinken arrived in Amman on Monday. Secretary of State Antony Blinken then met "
            "Jordan's foreign minister.",
            flags=("Blinken",),
        ),
    )
    good = (
        Example("Secretary of State Antony Blinken arrived Monday. Blinken met Abbas."),
        Example(
            "Secretary Blinken Meets Abbas\n\nSecretary of State Antony Blinken met President "
            "Mahmoud Abbas on Monday."
        ),
        Example(
            "President Joe Biden and his son Hunter Biden arrived. Mr. Biden spoke; Hunter "
            "Biden did not."
        ),
        Example('Antony Blinken arrived. "Mr. Blinken is welcome," Safadi said.'),
        Example("Pope Francis met Antony Blinken. Pope Francis then left."),
    )
    fix_safety = (
        "Unsafe (offered, not applied): deleting the title is right for AP, but an editor may "
        "want to recast the sentence or keep the title for a reader who needs the reminder."
    )
    references = ("AP Stylebook: titles; courtesy titles; names",)
    styles = frozenset({"ap"})

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        table = doc.shared(build_people_table)
        titled = titled_later_references(doc)
        for person in table.people:
            if len(person.mentions) < 2 or table.shares_surname(person):
                continue  # named once (most people): no later reference to weigh
            references = [m for m in person.mentions if m.is_reference and not m.quoted]
            first_full = next((m for m in person.mentions if m.is_reference and m.name.full), None)
            if first_full is None:
                continue
            for mention in references:
                if mention.start <= first_full.start:
                    continue
                if mention in titled:
                    yield _drop_title(doc, mention, doc.line_of(first_full.start))
                elif _repeated(doc, first_full, mention) and (
                    person.confirmed
                    or (
                        bool(first_full.name.given)
                        and looks_like_given_name(first_full.name.given[0])
                        and any(acts_as_person(doc, m.name) for m in references)
                    )
                ):
                    yield _full_again(doc, mention, doc.line_of(first_full.start))
            bare = next((m for m in references if not m.titles and not m.name.full), None)
            if (
                bare is not None
                and bare.start < first_full.start
                and person.confirmed
                and acts_as_person(doc, bare.name)
                and not named_as_place(doc, bare.name.surname)
            ):
                yield Finding(
                    bare.name.start,
                    bare.name.end,
                    f"First reference to {first_full.name.written} is the bare surname; the full "
                    f"name comes only on line {doc.line_of(first_full.start)}",
                )


def _repeated(doc: Document, first: Mention, later: Mention) -> bool:
    """The first full name again, word for word, in its paragraph or the next ("said Ann
    Lee" twice). Further on, a reminder of the full name is an editor's choice."""
    a, b = first.name, later.name
    return (
        b.full
        and doc.block_index(b.start) - doc.block_index(a.start) <= 1
        and not later.titles
        and (a.given, a.initials, a.surname, a.suffix) == (b.given, b.initials, b.surname, b.suffix)
    )


def _full_again(doc: Document, mention: Mention, line: int) -> Finding:
    name = mention.name
    return Finding(
        name.start,
        name.end,
        f"Later reference: AP uses the surname alone after the first reference (line {line}): "
        f'"{name.surname}", not "{name.written}"',
        (name.surname,),
        (TextEdit(name.start, name.end, name.surname),),
        safe=False,
    )


def _drop_title(doc: Document, mention: Mention, line: int) -> Finding:
    surname = " ".join(
        doc.text[mention.name.start : mention.name.end + 2 * mention.name.possessive].split()
    )
    written = " ".join(doc.text[mention.start : mention.name.start].split())
    return Finding(
        mention.start,
        mention.name.end,
        f"Later reference: AP uses the surname alone after the first reference (line {line}): "
        f'"{surname}", not "{written} {surname}"',
        (surname,),
        (TextEdit(mention.start, mention.name.start, ""),),
        safe=False,
    )
