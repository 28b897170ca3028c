"""names/given-name-reference: a later reference by given name ("Maria wrote" for Maria Ortega)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.mentions import use_titles
from copylint.analysis.variants import given_name_references
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document


class GivenNameReference(Rule):
    id = "names/given-name-reference"
    severity = Severity.WARNING
    summary = "A later reference by given name instead of surname"
    what = (
        'Flags a later body reference that uses a person\'s given name alone ("Maria wrote" '
        'after "Maria Ortega") and suggests the surname. Evidence: the word is the given '
        "name of exactly one person the article has named in full before it in the body, no "
        "one in the article has it as a surname, and it acts as a person's name (\"Maria "
        'wrote"); the person is confirmed (a title, an initial, a verb of speech) or the given '
        'name is no common English word ("Frank" and "Summer" are). When a verb after any of '
        'the person\'s mentions shows a person ("Cortese returned"), a given name that is no '
        'common word may stand alone ("when Genevieve guest starred", "in Genevieve’s '
        'hometown"), unless an article or preposition makes it a thing, the article uses it '
        'as a place, it is a state or country ("Georgia’s governor"), or a capitalized word '
        'follows its possessive ("Maria’s Bakery"). A courtesy '
        'title before a Chinese or Korean given name ("Ms. Wei" for Wang Wei, whose family '
        "name comes first) is flagged with the family name. Limits: people who share a "
        'surname ("Serena and Venus Williams") are told apart by given name and left alone, '
        "as are quotations, headlines and captions; a given name that is also someone's "
        "surname is not checked; Vietnamese names, which AP shortens to the last word, are "
        "not read as family-name-first."
    )
    why = (
        'AP Stylebook, "names" and "titles": on second reference use only the last name. '
        "(AP allows first names for children and in some features; a house that writes them "
        "ignores the rule.)"
    )
    bad = (
        Example("Maria Ortega runs the shelter. Maria wrote the grant herself.", flags=("Maria",)),
        Example(
            "Wang Wei founded the lab in 2009. Ms. Wei said it would grow.",
            flags=("Ms. Wei",),
        ),
        Example(
            "Genevieve Cortese joined the cast in 2008. They wed in Genevieve’s hometown.",
            flags=("Genevieve",),
        ),
    )
    good = (
        Example("Maria Ortega runs the shelter. Ortega wrote the grant herself."),
        Example("Serena and Venus Williams practiced. Serena won in straight sets."),
        Example('Maria Ortega runs the shelter. "Maria never sleeps," a volunteer said.'),
        Example("Maria Ortega joined the board in 2008. They met at Maria’s Bakery."),
    )
    fix_safety = "Unsafe (offered, not applied): the surname is suggested."
    references = ("AP Stylebook: names",)

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        for mention, first in given_name_references(doc):
            name = mention.name
            surname = first.name.surname
            family = (
                f"the family name of {first.name.written} is {surname}"
                if first.name.family_first
                else "AP uses the surname"
            )
            yield Finding(
                mention.start,
                name.end,
                f'Later reference by given name: {family}, "{surname}" (line '
                f"{doc.line_of(first.start)})",
                (surname,),
                (TextEdit(mention.start, name.end, surname),),
                safe=False,
            )
