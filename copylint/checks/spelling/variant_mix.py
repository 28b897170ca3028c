"""spelling/variant-mix: American and British spellings in one article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.spelling import british_forms, token_forms, tokens_with
from copylint.lexicon.dictionary import variants
from copylint.lexicon.suggest import match_case
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Pairs whose American form is a British word too ("license" the verb, "practice" the noun,
#: "program" for software, "story" a tale): such a form says nothing about the system.
_AMBIGUOUS = frozenset({"ence", "other"})
#: British English also writes -ize (Oxford spelling): not wrong in a British locale.
_BRITISH_TOO = _AMBIGUOUS | {"ise"}


class VariantMix(Rule):
    id = "spelling/variant-mix"
    severity = Severity.WARNING
    summary = "American and British spellings mixed in one article"
    what = (
        'Flags British spellings ("colour", "organise", "travelled") in an article that also '
        'uses American ones ("color", "analyze"), or the reverse, and offers the spelling of '
        'the configured locale: `locale = "en-US"` (the default) keeps American spellings, '
        "any other English locale (en-GB, en-AU, en-IE, en-NZ...) British ones. An article "
        "written wholly in one system is left alone; a British form the variant table lacks is "
        'read by its regular ending ("digitise", "weaponisation"). Each word is reported once '
        "per article, with its other places as related locations. Left alone too are "
        'capitalised words in mid-sentence (names: "Labour Party", "Ministry of Defence") and '
        "quotations. In British locales only "
        "unambiguous American forms count (-or, -er, -yze, -eled), since British English also "
        'writes -ize and "license" (the verb).'
    )
    why = (
        "AP Stylebook: American spelling, per Webster's New World College Dictionary. A story "
        "that mixes systems looks unedited; the locale decides which system wins."
    )
    bad = (
        Example("The color guard organised the parade.", flags=("organised",)),
        Example("Fans travelled far to see the theater.", flags=("travelled",)),
        Example("The color archive was digitised.", flags=("digitised",)),
        Example(
            "The colour of the flag and the color of the sky.",
            settings={"locale": "en-GB"},
            flags=("color",),
        ),
    )
    good = (
        Example("The color guard organized the parade."),
        Example("The colour guard organised the parade."),
        Example("The Labour Party's color was red."),
        Example('He said "the colour was wrong" about the color.'),
        Example("They organize the colour guard.", settings={"locale": "en-GB"}),
    )
    fix_safety = (
        "Unsafe: a style substitution, applied only on request. Most pairs are one word in two "
        "spellings, but some British forms are words of their own in American English "
        '("storey" of a building, "practise" beside "practice"), so the rule suggests. One '
        "finding per word and article, with the other places as related locations; its fix "
        "corrects them all."
    )
    references = ("https://github.com/codespell-project/codespell",)
    report_once = True

    def check(self, doc: Document) -> Iterator[Finding]:
        by_us = variants()[0]
        forms = doc.shared(token_forms)
        if by_us.keys().isdisjoint(forms):
            return  # no American form: nothing mixed (most articles)
        britons = {uk: us for uk, us in british_forms(forms).items() if uk not in by_us}
        if not britons:
            return  # no British form
        american = []
        british = []
        listed = britons.keys() | (by_us.keys() & forms)  # the article's forms of either system
        for token in tokens_with(doc, listed):
            lower = token.lower
            if token.foreign or (token.capitalized and not token.initial):
                continue
            if lower in by_us:
                american.append((token, by_us[lower].uk))
            else:
                british.append((token, britons[lower]))
        us_locale = self.context.settings.locale.lower().replace("_", "-") in ("en-us", "en")
        if us_locale:
            markers = [t for t, _ in american if by_us[t.lower].kind not in _AMBIGUOUS]
            wrong = british
        else:
            markers = [t for t, _ in british]
            wrong = [(t, uk) for t, uk in american if by_us[t.lower].kind not in _BRITISH_TOO]
        if not markers or not wrong:
            return
        system = "American" if us_locale else "British"
        for token, replacement in wrong:
            fixed = match_case(replacement, token.text)
            yield Finding.replace(
                token.start,
                token.end,
                f'"{token.text}" mixes spellings: the article also uses {system} spellings '
                f'(write "{fixed}")',
                fixed,
                safe=False,
            )
