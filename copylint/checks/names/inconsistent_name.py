"""names/inconsistent-name: one person written two ways ("Anthony J. Blinken", "Antony Blinken")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import Mention, use_titles
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
        "Reads the people table and flags a person's name written two ways. A given name: two "
        'full names with one surname whose given names are a slip apart ("Micheal"/"Michael"), '
        'a transliteration ("Dmitry"/"Dmytro", "Mohammed"/"Muhammad") or a known variant '
        '("Jon"/"John", "Bill"/"William": AP wants one form). A surname: a surname-only '
        'mention ("Ms. Kowalcyk", "said Maurer", "Oliviera’s", "al-Rasheed", "Lock Dawsen" '
        'after "Patricia Lock Dawson") or a full name with the same given names whose surname '
        "is one letter dropped, doubled, changed or swapped, a vowel or a final i/y "
        'transliterated ("al-Sudani"/"al-Sudany"), from exactly one person\'s. A bare '
        "word counts as a surname when it acts as a person's (a verb after it, a "
        'possessive), when neither dictionary knows it ("when Okwuossa and two members '
        'agreed", "a memoir by Wierzbcki and Colin Hart"), or, for an English word, next to '
        'a verb of speech or as a possessive inside a body sentence ("ignored Poison’s '
        'advice" after "Siméon Poisson"). And a middle initial '
        'that comes and goes ("Anthony J. Blinken", "Anthony Blinken"; headlines may drop '
        "it). Which form is wrong is decided from the evidence, named in the message: the "
        "form of the first full reference below the headline, the form most mentions use, "
        "and the form the name lexicon knows far better when the other is rare. A clear "
        "majority (three mentions or more, over twice the other's) and a lexicon that knows "
        "one spelling a hundred times as often as the other (no English word) weigh twice, so "
        'a misspelled first reference ("Bertrand Rusesll" … "Russell said"; "Micheal '
        'Bloomberg" … "Michael Bloomberg") is the one reported. When the evidence is '
        "split, the later form is reported and the message says so. Every "
        "deviating mention is reported, pointing at the line of the other form. Quiet: "
        'relatives and namesakes (other given names that are no variant: "Bill Clinton", '
        '"Hillary Clinton"; "George H.W. Bush", "George W. Bush"; "John Smith Jr."; "Mr. and '
        'Mrs. Smith"; "Kim Jong Un", "Kim Yo Jong"), a name after a word of kinship ("his '
        'brother Tom Maurer"), a family plural ("the Bernoullis", "the younger Bernoullis"), '
        "an English word with no verb of speech beside it and no possessive inside a sentence "
        '("Water rates", "Poison’s effects" opening a sentence), a word after a preposition '
        'of place elsewhere ("in Oliviera"), and quotations (counted, not flagged). '
        "Ownership (one slip, one finding): this rule owns "
        "every word of a person's name and every slip it finds; spelling/inconsistent keeps "
        "other capitalized words, and spelling/misspelling, while this rule runs, leaves the "
        "words of a slip to it and keeps a misspelled name the article never writes right. "
        'Limits: a changed last letter of a surname ("Wierzbicki"/"Wierzbicka") other than '
        "i/y is not read as a slip (it makes another name), a bare English word that does not "
        "act as a person is left alone, and a slip in a quotation is the spelling rules'."
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
            "Abdullah there.",
            flags=("Anthony Blinken",),
        ),
        Example(
            "Antony Blinken flew to Amman. Blinken said Anthony Blinken had no comment.",
            flags=("Anthony Blinken",),
        ),
        Example(
            "Benjamin Netanyahu spoke first. Later, Benjamin Netanyhau spoke again.",
            flags=("Netanyhau",),
        ),
        Example(
            "Ana Kowalczyk runs the clinic. Ms. Kowalcyk said it would stay open.",
            flags=("Kowalcyk",),
        ),
        Example(
            "Karim al-Rashid leads the council. Al-Rasheed said the budget would pass.",
            flags=("Al-Rasheed",),
        ),
        Example(
            "Michael Bloomberg spoke. Hours later, Micheal Bloomberg spoke again.",
            flags=("Micheal Bloomberg",),
        ),
        Example(
            "Ines Okwuosa chairs the board. It passed when Okwuossa and two others agreed.",
            flags=("Okwuossa",),
        ),
        Example(
            "Siméon Poisson reviewed the paper. The author ignored Poison’s advice.",
            flags=("Poison",),
        ),
        Example(
            "Mayor Patricia Lock Dawson presided. Later, Lock Dawsen disagreed.",
            flags=("Lock Dawsen",),
        ),
    )
    good = (
        Example("President Joe Biden met his son Hunter Biden in Delaware. Biden said little."),
        Example("George H.W. Bush and George W. Bush attended the funeral together."),
        Example("Mark and Mary Smith said they would rebuild. Mary Smith is 54."),
        Example("John Smith and John Smith Jr. run the farm."),
        Example("Antony J. Blinken arrived Monday. Blinken met Ayman Safadi."),
        Example("Bill Clinton and Hillary Clinton arrived. Clinton spoke."),
        Example("Tom Mauer came with his brother Tim Maurer."),
        Example("Johann Bernoulli and the younger Bernoullis taught in Basel."),
        Example("Siméon Poisson reviewed the paper. Poison’s effects were studied later."),
    )
    fix_safety = (
        "Unsafe (offered, not applied): the evidence points at one form, but only the writer "
        "can check which spelling the person uses. The suggestion writes the deviating part "
        "like the other form."
    )
    references = ("AP Stylebook: names; middle initials",)

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        slips = find_slips(doc)
        given = {s.mention for s in slips if s.part == "given"}
        table = doc.shared(build_people_table)
        if slips:  # most articles have none
            ends = {m.start: m.end for m in table.mentions}  # where each mention ends
            for slip in slips:
                yield _slip_finding(doc, slip, ends.get(slip.other))
        for person in table.people:
            if len(person.mentions) < 2:
                continue  # named once (most people): no second form to compare
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


def _slip_finding(doc: Document, slip: Slip, other_end: int | None) -> Finding:
    line = doc.line_of(slip.other)
    right = slip.right
    if doc.at_sentence_start(slip.start):
        right = right[:1].upper() + right[1:]  # "Al-Rashid said", "Von der Leyen said"
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
        (right,),
        (TextEdit(slip.start, slip.end, right),),
        safe=False,
        refers_to=((slip.other, other_end),) if other_end is not None else (),
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
        refers_to=((a.start, a.end),),
    )


def _folded(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(name) for name in names)
