"""attribution/tense: "says" and "said" mixed in the attributions of one article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.attribution import speech_tags, tense
from copylint.lexicon.attribution import attribution_words
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document


class AttributionTense(Rule):
    id = "attribution/tense"
    severity = Severity.WARNING
    summary = 'Attributions mix "says" and "said" in one article'
    what = (
        'Reads the attribution of every direct quotation ("…," she said / she says / said '
        "Smith) and, when an article uses both tenses, flags the ones in the tense the article "
        "uses less (on a tie, the tense of its first attribution wins). Headlines, which take "
        "the present tense, and interview transcripts, where the words are the speakers' own, "
        'are left out; so is reported speech without quotation marks ("In 2019 he said he '
        'would run"), which may rightly be in the past in a present-tense feature.'
    )
    why = (
        'AP: news stories attribute in the past tense ("said"); features may use "says" '
        "throughout. Switching between them within one story makes the reader wonder whether "
        "the statements were made at different times."
    )
    references = ("AP Stylebook: said; quotations in the news",)
    bad = (
        Example(
            '"We are ready," Smith said. "The money is there," she says. "We start in May," '
            "Smith said.",
            flags=("says",),
        ),
    )
    good = (
        Example('"We are ready," Smith said. "We start in May," she added.'),
        Example('"We are ready," Smith says. "We start in May," she adds.'),
        Example('# Smith says city is ready\n\n"We are ready," Smith said.', format="markdown"),
        Example('"We are ready," Smith says. In 2019 she said she would run.'),
    )
    fix_safety = (
        "The fix (the verb in the article's tense) is unsafe: a change of tense may be meant."
    )
    # Not yet proven quiet: the evaluation corpus has 19 attributed quotations, all in the past
    # tense, so it cannot show how often features mix the tenses on purpose.
    preview = True

    def check(self, doc: Document) -> Iterator[Finding]:
        tags = [
            tag
            for tag in doc.shared(speech_tags)
            if tense(tag.verb.text) is not None and not doc.in_heading(tag.verb.start)
        ]
        past = [tag for tag in tags if tense(tag.verb.text) == "past"]
        present = [tag for tag in tags if tense(tag.verb.text) == "present"]
        if not past or not present:
            return
        if len(past) != len(present):
            usual, odd = (past, present) if len(past) > len(present) else (present, past)
        else:
            usual, odd = (past, present) if tags[0] in past else (present, past)
        usual_tense = tense(usual[0].verb.text)
        example = usual[0].verb
        switch = attribution_words().tenses
        for tag in odd:
            verb = tag.verb
            message = (
                f'"{verb.text}" in an article that attributes in the {usual_tense} tense '
                f'("{example.text}" on line {doc.line_of(example.start)}, {len(usual)} in all)'
            )
            other = switch.get(verb.lower)
            if other is None:
                yield Finding(verb.start, verb.end, message)
            else:
                other = other.capitalize() if verb.is_capitalized else other
                yield Finding(
                    verb.start,
                    verb.end,
                    message,
                    (other,),
                    (TextEdit(verb.start, verb.end, other),),
                    safe=False,
                )
