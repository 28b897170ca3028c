"""names/inconsistent-name: one person written two ways ("Anthony J. Blinken", "Antony Blinken")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import Mention
from copylint.analysis.people import build_people_table
from copylint.analysis.variants import Slip, find_slips
from copylint.lexicon.names import fold
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document


class InconsistentName(Rule):
    id = "names/inconsistent-name"
    severity = Severity.ERROR
    summary = "One person's name written two ways in one article"
    what = (
        "Reads every full name in the article (headline and captions included) and flags a "
        "later full name of the same person written differently from the first: a given name "
        'spelled another way ("Anthony" / "Antony"), a middle initial that comes and goes '
        '("Anthony J. Blinken" / "Anthony Blinken"), or a surname one letter off with the same '
        'given name ("Antony Blinkin"). The message names the line of the first form. The '
        "first form below the headline sets the standard, and headlines may drop a middle "
        "initial. Two "
        'people who share a surname ("Joe Biden" and "Hunter Biden"; "George H.W. Bush" and '
        '"George W. Bush"; "John Smith" and "John Smith Jr."; "Mark and Mary Smith") are two '
        "people, not an inconsistency. Names inside quotations count as the first form but are "
        "not flagged."
    )
    why = (
        "A misspelled name is the error readers and sources notice first and forgive last; "
        'an article that spells a name two ways has at least one wrong. AP Stylebook, "names": '
        "use the name as the person uses it, and the same form throughout; use a middle "
        "initial only if the person does, and then consistently."
    )
    bad = (
        Example(
            "Secretary of State Anthony J. Blinken flew to Amman. Anthony Blinken met King "
            "Abdullah there."
        ),
        Example("Antony Blinken flew to Amman. Blinken said Anthony Blinken had no comment."),
        Example("Benjamin Netanyahu spoke first. Later, Benjamin Netanyhau spoke again."),
    )
    good = (
        Example("President Joe Biden met his son Hunter Biden in Delaware. Biden said little."),
        Example("George H.W. Bush and George W. Bush attended the funeral together."),
        Example("Mark and Mary Smith said they would rebuild. Mary Smith is 54."),
        Example("John Smith and John Smith Jr. run the farm."),
        Example("Antony J. Blinken arrived Monday. Blinken met Ayman Safadi."),
    )
    fix_safety = (
        "Unsafe (offered, not applied): the first form is not always the right one. The "
        "suggestion writes the later name like the first."
    )
    references = ("AP Stylebook: names; middle initials",)

    def check(self, doc: Document) -> Iterator[Finding]:
        slips = find_slips(doc)
        given = {s.mention for s in slips if s.part == "given"}
        for slip in slips:
            yield _slip_finding(doc, slip)
        table = doc.shared(build_people_table)
        for person in table.people:
            full = [m for m in person.full_mentions if not m.implied and m not in given]
            if not full:
                continue
            # Headlines drop middle initials as a matter of style: the standard is the first
            # full name below the headline, when there is one.
            first = next((m for m in full if m.region != "headline"), full[0])
            for mention in full:
                finding = None if mention is first else _initials(doc, first, mention)
                if finding is not None:
                    yield finding


def _slip_finding(doc: Document, slip: Slip) -> Finding:
    line = doc.line_of(slip.other)
    if slip.evidence:
        message = (
            f'"{slip.written}" is written "{slip.right}" on line {line}, which looks right '
            f"(evidence: {', '.join(slip.evidence)})"
        )
    else:
        message = (
            f'"{slip.written}" is written "{slip.right}" on line {line}; nothing in the '
            "article says which is right, so the later form is reported"
        )
    return Finding(
        slip.start,
        slip.end,
        message,
        (slip.right,),
        (TextEdit(slip.start, slip.end, slip.right),),
        safe=False,
    )


def _initials(doc: Document, first: Mention, later: Mention) -> Finding | None:
    """A middle initial that comes and goes ("Anthony J. Blinken", "Anthony Blinken")."""
    a, b = first.name, later.name
    headline = "headline" in (first.region, later.region)
    if _folded(a.given) != _folded(b.given) or a.initials == b.initials or headline:
        return None
    right = " ".join((*a.given, *a.initials))
    return Finding(
        b.start,
        b.end,
        f'"{b.written}" is written "{a.written}" on line {doc.line_of(a.start)}',
        (f"{right} {b.surname}",),
        (TextEdit(b.start, b.surname_start, right + " "),),
        safe=False,
    )


def _folded(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(name) for name in names)
