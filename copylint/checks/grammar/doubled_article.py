"""grammar/doubled-article: two articles in a row ("the a report")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, repeat
from operator import add

from copylint.checks.grammar.context import GrammarRule, View, rule_words
from copylint.model import Severity
from copylint.rule import Example, Finding

_ARTICLES = frozenset({"a", "an", "the"})
#: Latin, French and Italian phrases that open with "a": "the a priori case".
_FOREIGN = rule_words("doubled_article", "foreign")


class DoubledArticle(GrammarRule):
    id = "grammar/doubled-article"
    severity = Severity.WARNING
    summary = 'Two different articles in a row: "the a report"'
    what = (
        'Flags two different articles in a row ("the a report", "a the plan", "an the"), the '
        'trace of an edit that changed one and kept the other. A capital "A" (the A train) and '
        'phrases such as "a priori" and "a cappella" are left alone. The same article twice is '
        "repetition/doubled-word's."
    )
    why = "A noun phrase takes one article; the second is always a leftover of an edit."
    references = (
        "The Chicago Manual of Style, chapter 5: grammar and usage (articles)",
        "Matt Might, lexical illusions: https://matt.might.net/articles/shell-scripts-for-passive-voice-weasel-words-duplicates/",
    )
    bad = (
        Example("She read the a report on Monday.", flags=("the a",)),
        Example("It was a the best plan.", flags=("a the",)),
    )
    good = (
        Example("She took the A train to the a cappella concert."),
        Example("The a priori case was weak."),
    )
    fix_safety = "A suggestion of each article: only the writer knows which one to keep."

    def find(self, view: View) -> Iterator[Finding]:
        lower = [*view.lower, ""]  # (past the last word: no article)
        articles = view.indices(*_ARTICLES)
        # Only the articles whose next word, bare, is one too, picked in C (a Python step per
        # article cost 4 ms per 100,000 words; hardly any is followed by another).
        nexts = map(lower.__getitem__, map(add, articles, repeat(1)))
        for i in compress(articles, map(_ARTICLES.__contains__, nexts)):
            second = view.at(i + 1)
            if second not in _ARTICLES or second == view.at(i) or not view.joined(i + 1):
                continue
            if view.at(i + 2) in _FOREIGN:
                continue
            first_word, second_word = view.words[i], view.words[i + 1]
            yield Finding(
                first_word.start,
                second_word.end,
                f'Two articles in a row: keep "{first_word.text}" or "{second_word.text}"',
                (first_word.text, second_word.text),
            )
