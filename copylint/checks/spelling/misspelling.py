"""spelling/misspelling: a word no dictionary knows, with ranked suggestions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.spelling import Verdict, read
from copylint.lexicon.suggest import (
    MAX_SUGGESTIONS,
    all_words,
    common_words,
    match_case,
    share_of_best,
    slip_cost,
)
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

#: A fix is safe only when the first suggestion holds this share of the candidates' likelihood
#: and is one cheap slip away (a transposition, a double letter, a vowel or a neighboring key).
SAFE_SHARE = 0.95
SAFE_COST = 0.6


class Misspelling(Rule):
    id = "spelling/misspelling"
    severity = Severity.ERROR
    summary = "A misspelled word or name"
    what = (
        "Flags a word that neither the English dictionary nor the custom dictionary knows, "
        "with suggestions ranked by how likely the slip is (transpositions, doubled or dropped "
        "letters, neighboring keys) and how common the word is; a spelling the article itself "
        "uses comes first. Lowercase words are checked strictly. A capitalized word is taken "
        "for a name and flagged only when it is one slip from a prominent name or word "
        '("Isareli", "Rahmallah"), or when it opens a sentence and is a typo of a common word '
        '("Goverment"). Quiet: names nothing suggests are misspelled, acronyms and call '
        "letters (KTVU), words with digits, abbreviations, domains, @handles and #hashtags, "
        "possessives and contractions of known words, phrases in other languages, a term the "
        "writer types the same way twice, and species names. Each part of a hyphenated "
        "compound is checked on its own."
    )
    why = (
        "A misspelled word, and above all a misspelled name, is the error readers notice "
        "first and trust least (AP Stylebook: spelling; Webster's New World College "
        "Dictionary is AP's reference). The reference lexicon of names comes from wordfreq, so "
        "the rule knows the names in the news without flagging every unfamiliar one."
    )
    bad = (
        Example(
            "Blinken met officials in the Isareli-occupied West Bank.",
            fixed="Blinken met officials in the Israeli-occupied West Bank.",
        ),
        Example("Abbas received him in Rahmallah on Sunday."),
        Example("The goverment said it would recieve the aid."),
        Example("Goverment officials declined to comment."),
        Example("Prime Minister Netanyhau rejected the call."),
        Example("Shia al-Sudani spoke on Sunday. Later al-Sudany met the envoy."),
        Example("# Talks resume in *Rahmallah*", format="markdown"),
    )
    good = (
        Example("Foreign Minister Ayman Safadi met Iraq's Shia al-Sudani in Amman."),
        Example("Blinken's trip followed Israel's strikes, KTVU and NATO reported."),
        Example("Akkum, a reporter for the paper, said they're leaving."),
        Example("The 3rd-quarter results, posted by @copydesk with #news, surprised nobody."),
        Example("Envoy Sudany arrived in Baghdad.", settings={"words": ["Sudany"]}),
        Example("<!-- copylint-words: Xolani -->\nXolani Dube spoke first.", format="markdown"),
        Example(
            "The `recieve` function and https://example.com/goverment stay.", format="markdown"
        ),
        Example("The colour of the theatre's curtain."),
    )
    fix_safety = (
        "Safe only when the first suggestion is overwhelmingly likely: it holds at least 95% "
        "of the candidates' likelihood and is one transposition, doubled letter, vowel or "
        "neighboring key away. Otherwise the rule suggests and changes nothing."
    )
    references = ("https://github.com/rspeer/wordfreq", "https://github.com/barrust/pyspellchecker")
    reads_quotes = True
    # Severity by confidence: a word nothing corrects may be a name or another language.
    default_options = {"unknown-severity": "warning"}
    option_types = {"unknown-severity": Severity}

    def check(self, doc: Document) -> Iterator[Finding]:
        reading = read(doc, self.context.settings.words)
        # Known words the article itself uses: the likeliest intended spelling of a slip near
        # one of them ("al-Sudany" in an article that says "al-Sudani").
        in_article = {
            t.lower: t.text
            for t, v in zip(reading.tokens, reading.verdicts, strict=True)
            if v is Verdict.KNOWN and not t.foreign
        }
        for index in sorted(reading.misspelled):
            token = reading.tokens[index]
            vocabulary = all_words() if token.capitalized else common_words()
            ranked = vocabulary.suggest(token.lower)
            suggestions = tuple(match_case(s.word, token.text) for s in ranked)
            twins = sorted(
                (slip_cost(token.lower, w), w)
                for w in vocabulary.near(token.lower)
                if w in in_article
            )
            if twins:
                twin = match_case(twins[0][1], token.text)
                suggestions = (twin, *(s for s in suggestions if s != twin))[:MAX_SUGGESTIONS]
            if not suggestions:
                unknown = Severity.parse(self.options["unknown-severity"])
                yield Finding(
                    token.start, token.end, f'Unknown word "{token.text}"', severity=unknown
                )
                continue
            safe = (
                suggestions[0].lower() == ranked[0].word
                and share_of_best(ranked) >= SAFE_SHARE
                and ranked[0].cost <= SAFE_COST
            )
            yield Finding(
                token.start,
                token.end,
                f'Misspelled word "{token.text}"; did you mean "{suggestions[0]}"?',
                suggestions,
                (TextEdit(token.start, token.end, suggestions[0]),),
                safe=safe,
            )
