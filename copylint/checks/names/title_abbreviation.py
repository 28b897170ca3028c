"""names/title-abbreviation: a title AP spells out, abbreviated before a name ("Sec. Blinken")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import use_titles
from copylint.analysis.people import build_people_table, titled_later_references
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, RuleContext

if TYPE_CHECKING:
    from copylint.document import Document


class TitleAbbreviation(Rule):
    id = "names/title-abbreviation"
    severity = Severity.WARNING
    summary = "A title AP does not abbreviate, abbreviated before a name"
    what = (
        'Flags an abbreviated title before a name that AP spells out: "Sec. Blinken", "Pres. '
        'Biden", "Atty. Gen. Garland", "Prof. Jones", "Amb. Smith", "Supt. Ruiz", and suggests '
        "the spelled-out title. The abbreviations AP uses before a name (Dr., Gov., Lt. Gov., "
        "Rep., Sen., the Rev., military and police ranks such as Gen., Col., Capt., Sgt.) and "
        'courtesy titles are left alone; a title written without its period ("Dr Okafor", '
        '"Mr Reid") gets one. Quotations are not checked. Under AP style a later reference '
        'whose title AP drops altogether ("Sec. Harlow" after "Secretary of State Tom '
        'Harlow") is left to names/later-reference: one slip, one finding, and no fix that '
        "the next run reports again."
    )
    why = (
        'AP Stylebook, "titles" and "abbreviations and acronyms": abbreviate only Dr., Gov., '
        "Lt. Gov., Rep., Sen. and certain military and police titles before a full name, "
        "outside direct quotations; spell out all others (secretary, president, attorney "
        'general, ambassador). "professor": never abbreviate, and lowercase before a name.'
    )
    bad = (
        Example(
            "Sec. Blinken arrived in Amman on Monday.",
            flags=("Sec.",),
        ),
        Example(
            "The bill was signed by Pres. Joe Biden.",
            flags=("Pres.",),
        ),
        Example(
            "Atty. Gen. Merrick Garland testified.",
            flags=("Atty. Gen.",),
        ),
        Example(
            "The study was led by Prof. Ana Ruiz.",
            flags=("Prof.",),
        ),
        Example(
            "Prof. Ana Ruiz led the study.",
            flags=("Prof.",),
        ),
        Example(
            "Dr Ada Okafor leads the ward.",
            flags=("Dr",),
        ),
    )
    good = (
        Example("Secretary of State Antony Blinken arrived in Amman."),
        Example("Sen. Elizabeth Warren and Gov. Gavin Newsom spoke."),
        Example("Lt. Gov. Austin Davis and Gen. Mark Milley attended."),
        Example('"Sec. Blinken is on his way," the aide said.'),
        Example("See Sec. 5 of the act."),
    )
    fix_safety = (
        "Unsafe (a suggestion, applied only with --unsafe-fixes): the fix writes the title out "
        "in full and changes nothing else, but an abbreviation read as a title may be part of a "
        'name or a citation, and edited copy in another house\'s style writes "Dr" and '
        '"Prof." on purpose. Whether a title belongs on a later reference at all is '
        "names/later-reference's question."
    )
    references = ("AP Stylebook: titles; abbreviations and acronyms; professor",)

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        table = doc.shared(build_people_table)
        # Under AP, names/later-reference drops a later reference's title altogether: spelling
        # it out ("Sec. Harlow" → "Secretary Harlow") would be a second, contradictory finding.
        dropped = titled_later_references(doc) if _later_reference_on(self.context) else ()
        for mention in table.mentions:
            if not mention.titles or mention in dropped or mention.quoted:
                continue  # most mentions: no title (and no hash of the mention to look up)
            for title in mention.titles:
                abbreviation = title.abbreviation
                if abbreviation is None or abbreviation.ap:
                    continue
                instead = abbreviation.instead
                sentence = doc.sentence_at(title.start)
                if sentence is not None and sentence.start == title.start:
                    instead = instead[:1].upper() + instead[1:]
                if abbreviation.instead == abbreviation.form + ".":
                    message = f'AP puts a period after "{abbreviation.form}": write "{instead}"'
                else:
                    message = (
                        f'AP does not abbreviate "{abbreviation.title.spelled.lower()}" before '
                        f'a name: write "{instead}"'
                    )
                yield Finding.replace(title.start, title.end, message, instead, safe=False)


def _later_reference_on(context: RuleContext) -> bool:
    """Whether names/later-reference runs alongside: by default under AP style, or selected by
    its id, its family or ALL; and not ignored."""
    rule = "names/later-reference"
    settings = context.settings
    if any(selector in (rule, "names") for selector in settings.ignore):
        return False
    if settings.select is None:
        return settings.style == "ap"
    return any(selector in (rule, "names", "ALL") for selector in settings.select)
