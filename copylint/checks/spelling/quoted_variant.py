"""spelling/quoted-variant: a British spelling inside a quotation in American copy."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.spelling import token_forms, tokens_with
from copylint.lexicon.dictionary import variants
from copylint.lexicon.suggest import match_case
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

_US_LOCALES = frozenset({"en-us", "en"})


class QuotedVariant(Rule):
    id = "spelling/quoted-variant"
    severity = Severity.WARNING
    summary = "A British spelling inside a quotation in American copy"
    what = (
        'Flags a British spelling ("programme", "colour", "organisation") inside a quotation '
        "when the article's locale is American (the default, en-US) and offers the American "
        "one. A quotation is the speaker's words but the writer's spelling. Outside quotations "
        "spelling/variant-mix reads the article's spelling system; capitalized words in "
        'mid-sentence are taken for names ("the Labour Party").'
    )
    why = (
        'AP Stylebook, "quotations in the news": quotes are not altered, but the spelling is '
        "the publication's; AP spells per Webster's New World College Dictionary (American). A "
        "speaker says a word, the writer spells it."
    )
    bad = (
        Example(
            '"The programme is ambitious," he said.',
            fixed='"The program is ambitious," he said.',
            flags=("programme",),
        ),
    )
    good = (
        Example('"The program is ambitious," he said.'),
        Example('"The Labour Party won," he said.'),
        Example('"The programme is ambitious," he said.', settings={"locale": "en-GB"}),
    )
    fix_safety = (
        "Safe: each pair is one word in two spellings (the list spelling/variant-mix reads), "
        "and the capitalization of the original is kept."
    )
    reads_quotes = True
    references = ("https://www.apstylebook.com/ (entry: quotations in the news; dictionaries)",)

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.context.settings.locale.lower().replace("_", "-") not in _US_LOCALES:
            return
        _, by_uk = variants()
        british = by_uk.keys() & doc.shared(token_forms)
        if not british:
            return  # no British form in the article (most articles)
        for token in tokens_with(doc, british):
            if token.foreign:
                continue
            if (token.capitalized and not token.initial) or not doc.in_quotation(token.start):
                continue
            variant = by_uk[token.lower]
            fixed = match_case(variant.us, token.text)
            yield Finding.replace(
                token.start,
                token.end,
                f'Write "{fixed}": AP spells quoted words the American way',
                fixed,
            )
