"""names/title-case: a formal title is capitalized before a name and lowercase alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.analysis.mentions import LoneTitle, Mention, house_titles, use_titles
from copylint.analysis.people import PeopleTable, build_people_table
from copylint.checks.names.title_spelled_out import spelled_out
from copylint.lexicon.names import name_parts, word_before
from copylint.lexicon.titles import capitalize_title, in_institution_name
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, RuleContext

if TYPE_CHECKING:
    from copylint.document import Document

#: Lowercase words after which a lowercase title before a name is a job description, not a
#: formal title: determiners and possessives ("the foreign minister Ayman Safadi", "his
#: defense minister"), and nouns ("press secretary"), which are not in this list of words a
#: formal title may follow.
_FOLLOWS = frozenset(
    {
        "and", "or", "with", "by", "from", "to", "for", "of", "as", "said", "says", "told",
        "met", "meets", "between", "including", "like", "when", "after", "before", "than",
        "while", "against", "under", "where", "but", "nor", "also", "called", "named",
    }
)  # fmt: skip


class TitleCase(Rule):
    id = "names/title-case"
    severity = Severity.WARNING
    summary = "A formal title lowercase before a name, or capitalized standing alone"
    what = (
        'Flags a formal title written in lowercase directly before a name ("foreign minister '
        'Ayman Safadi", "prime minister Benjamin Netanyahu") and suggests the capitalized '
        "title; and flags a capitalized title that stands alone and refers back to someone the "
        'article named with that title ("The Secretary also visited", "Netanyahu, the Prime '
        'Minister, said"), suggesting lowercase. A title after "the", "a" or a possessive '
        '("Jordan\'s foreign minister, Ayman Safadi") or after a noun ("press secretary Karine '
        'Jean-Pierre") is a description and stays lowercase; job descriptions such as '
        "professor, speaker or chairman are never forced to capitals. Headlines (which have "
        "their own capitalization) and quotations are not checked. A title AP lowercases even "
        'before a name ("coach") is flagged when it is capitalized inside a sentence ("said '
        'Coach Ana Ruiz").'
    )
    why = (
        'AP Stylebook, "titles": capitalize formal titles used directly before one or more '
        "names; lowercase and spell out titles when they are not used with an individual's "
        "name, or when they are set off from a name by commas."
    )
    bad = (
        Example(
            "During the conference, foreign minister Ayman Safadi demanded a ceasefire.",
            fixed="During the conference, Foreign Minister Ayman Safadi demanded a ceasefire.",
            flags=("foreign minister",),
        ),
        Example(
            "Secretary of State Antony Blinken met Abbas. The Secretary visited Baghdad.",
            flags=("Secretary",),
        ),
        Example(
            "Prime Minister Benjamin Netanyahu spoke. Netanyahu, the Prime Minister, left.",
            flags=("Prime Minister",),
        ),
        Example("The defense held, said Coach Dana Whitlock.", flags=("Coach",)),
    )
    good = (
        Example("Foreign Minister Ayman Safadi demanded a ceasefire."),
        Example("The foreign minister, Ayman Safadi, demanded a ceasefire."),
        Example("White House press secretary Karine Jean-Pierre spoke."),
        Example("The study was led by professor Ana Ruiz."),
        Example(
            "# Secretary Blinken Meets Abbas\n\nSecretary of State Antony Blinken spoke.",
            format="markdown",
        ),
        Example("He was elected President of the United States in 1860."),
        Example("Coach Dana Whitlock said the defense held; coach Whitlock smiled."),
    )
    fix_safety = (
        "Safe before a name: the fix capitalizes the formal title and nothing else. Unsafe (a "
        "suggestion, applied only with --unsafe-fixes) for a title standing alone: a capitalized "
        "title without a name may be the name of an office or part of an institution's name "
        '("the Attorney General\'s office"), which keeps its capitals. Unsafe too for a '
        'capitalized "Coach": it may be part of a nickname.'
    )
    references = ("AP Stylebook: titles; coach",)
    #: The newsroom's own titles, read by every names rule (analysis.mentions.use_titles).
    default_options = {"titles": [], "title-files": []}

    def __init__(self, context: RuleContext) -> None:
        super().__init__(context)
        house_titles(context.settings)  # a bad title file stops the run here, named

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        table = doc.shared(build_people_table)
        for mention in table.mentions:
            if not mention.titles:
                continue  # most mentions: no title to case
            finding = _lowercase_before_name(doc, mention) or _capitalized_job(doc, mention)
            if finding is not None:
                yield finding
        for lone in table.lone_titles:
            finding = _capitalized_alone(doc, table, lone)
            if finding is not None:
                yield finding


def _lowercase_before_name(doc: Document, mention: Mention) -> Finding | None:
    title = mention.title
    if (
        title is None
        or mention.region == "headline"
        or title.abbreviation is not None
        or not title.title.capitalize
        or title.is_capitalized
        or mention.quoted
        or not (mention.name.full or title.title.kind == "formal")
        or not _formal_position(doc, mention.start)
        or _verb_position(doc, mention)
        or spelled_out(doc, mention) is not None  # "governor Ben Cole": "Gov.", one finding
    ):
        return None
    right = capitalize_title(doc.text[title.start : title.end])
    return Finding.replace(
        title.start,
        title.end,
        f'Capitalize the formal title before a name: "{title.capitalized}"',
        right,
    )


def _capitalized_job(doc: Document, mention: Mention) -> Finding | None:
    """A title AP lowercases even before a name, capitalized inside a sentence: "said Coach
    Ana Ruiz" (AP: "coach Nick Saban"). A sentence's first word keeps its capital."""
    title = mention.title
    if (
        title is None
        or not title.title.lowercase
        or not title.is_capitalized
        or mention.region != "body"
        or mention.quoted
        or doc.at_sentence_start(title.start)
    ):
        return None
    return Finding.replace(
        title.start,
        title.end,
        f'Lowercase "{title.written}" before a name: AP treats it as a job description',
        title.written.lower(),
        safe=False,
    )


#: Words after which a one-word title is a verb ("will judge", "would chair").
_VERB_BEFORE = frozenset(
    {"will", "would", "can", "could", "should", "must", "may", "might", "not", "cannot"}
)


def _verb_position(doc: Document, mention: Mention) -> bool:
    """ "will judge Ana Ruiz", "to judge Ana Ruiz's entry": a one-word title after a modal,
    or after "to" with a possessive name, is a verb ("went to judge Ana Ruiz" is not)."""
    title = mention.title
    if title is None or " " in title.written:
        return False
    before = word_before(doc, mention.start)
    return before in _VERB_BEFORE or (before == "to" and mention.name.possessive)


def _formal_position(doc: Document, start: int) -> bool:
    """The title opens a sentence or clause, or follows a capitalized word ("Jordanian"), a
    qualifier ("former"), or a word from ``_FOLLOWS``; not a determiner or a noun."""
    index = doc.word_index(start) - 1
    if index < 0:
        return True
    before = doc.words[index]
    if doc.text[before.end : start].strip():
        return True  # punctuation in between: "conference, foreign minister …"
    if before.is_capitalized:
        return before.base == before.text  # "Jordanian", not "Jordan's"
    word = before.lower
    return word in _FOLLOWS or word in name_parts().qualifiers


def _capitalized_alone(doc: Document, table: PeopleTable, lone: LoneTitle) -> Finding | None:
    match = lone.match
    if (
        lone.region != "body"
        or lone.quoted
        or lone.before_name
        or lone.courtesy
        or match.title.kind != "formal"
        or match.abbreviation is not None
        or not match.is_capitalized
        or in_institution_name(doc.text, match.start, match.end)
        or not _standing_alone(doc, table, lone)
    ):
        return None
    return Finding.replace(
        match.start,
        match.end,
        f'Lowercase a title that stands alone: "{match.written.lower()}"',
        doc.text[match.start : match.end].lower(),
        safe=False,  # a capitalized lone title may name an office or an institution
    )


def _standing_alone(doc: Document, table: PeopleTable, lone: LoneTitle) -> bool:
    """ "the Secretary" for someone titled before; a title in apposition, set off by commas
    ("Ana Diaz, the Secretary of State,", "France's Foreign Minister, Claire Dubois"); or
    after "the" and a nationality ("the American President")."""
    match = lone.match
    before = doc.text[max(0, match.start - 40) : match.start]
    after = doc.text[match.end : match.end + 2]
    if lone.preceded_by == "the" and _refers_to_someone(table, lone):
        return True
    apposition = regex.search(r"(?:,\s*the|\p{Lu}\p{L}*['’]s)\s+$", before) is not None
    if apposition and after[:1] in (",", ".", ";", ")"):
        return True
    return regex.search(r"\bthe\s+(?:\p{Lu}\p{Ll}+\s+){1,2}$", before) is not None and (
        after[:1] in (",", ".", ";", ")", " ")
    )


def _refers_to_someone(table: PeopleTable, lone: LoneTitle) -> bool:
    """The article gave someone this title before a name: "the Secretary" is that person."""
    office = lone.match.title
    return any(
        mention.title is not None
        and mention.start < lone.match.start
        and mention.title.title.same_office(office)
        for mention in table.mentions
    )
