"""names/inconsistent-name: one person written two ways ("Anthony J. Blinken", "Antony Blinken")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import Mention
from copylint.analysis.people import build_people_table
from copylint.lexicon.names import Name, fold, is_spelling_variant
from copylint.lexicon.near import NearIndex
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
        table = doc.shared(build_people_table)
        for person in table.people:
            full = [m for m in person.full_mentions if not m.implied]
            if not full:
                continue
            # Headlines drop middle initials as a matter of style: the standard is the first
            # full name below the headline, when there is one.
            first = next((m for m in full if m.region != "headline"), full[0])
            for mention in full:
                finding = None if mention is first else self._compare(doc, first, mention)
                if finding is not None:
                    yield finding
        yield from self._surname_slips(doc, [p.first_full for p in table.people])

    def _compare(self, doc: Document, first: Mention, later: Mention) -> Finding | None:
        a, b = first.name, later.name
        headline = "headline" in (first.region, later.region)
        if _folded(a.given) == _folded(b.given) and (a.initials == b.initials or headline):
            return None
        right = " ".join((*a.given, *(b.initials if headline else a.initials)))
        return Finding(
            b.start,
            b.end,
            f'"{b.written}" is written "{a.written}" on line {doc.line_of(a.start)}',
            (f"{right} {b.surname}",),
            (TextEdit(b.start, b.surname_start, right + " "),),
            safe=False,
        )

    def _surname_slips(self, doc: Document, firsts: list[Mention | None]) -> Iterator[Finding]:
        """The same given names with surnames one slip apart: "Netanyahu", "Netanyhau".
        Each surname is compared only with the earlier ones one slip from it that follow the
        same given names (:class:`NearIndex`), not with every earlier name."""
        seen: list[Mention] = []
        index = NearIndex()
        for mention in sorted((m for m in firsts if m is not None), key=lambda m: m.start):
            name = mention.name
            group = (_folded(name.given), name.suffix)
            surname = fold(name.surname)
            for position in index.candidates(surname, group) if name.given else ():
                earlier = seen[position]
                if _surname_slip(earlier.name, name):
                    a, b = earlier.name, name
                    yield Finding(
                        b.surname_start,
                        b.surname_end,
                        f'"{b.written}" is written "{a.written}" on line {doc.line_of(a.start)}',
                        (a.surname,),
                        safe=False,
                    )
                    break
            index.add(surname, group)
            seen.append(mention)


def _folded(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(name) for name in names)


def _surname_slip(a: Name, b: Name) -> bool:
    if not a.given or _folded(a.given) != _folded(b.given) or a.suffix != b.suffix:
        return False
    x, y = fold(a.surname), fold(b.surname)
    if is_spelling_variant(x, y):
        return True
    return (
        len(x) == len(y) >= 5
        and x[0] == y[0]
        and x[-1] == y[-1]
        and sum(p != q for p, q in zip(x, y, strict=True)) == 1
    )
