"""repetition/tripled-word: a function word typed three or more times in a row."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.checks.repetition.doubled_word import repeats, same_as_previous
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

#: Words nobody repeats for emphasis: articles, prepositions, conjunctions, auxiliaries. A
#: content word said three times ("killing killing killing", "go go go") is a quotation's
#: rhythm, which repetition/doubled-word leaves alone too.
FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into"),
        *("about", "as", "and", "or", "but", "nor", "if", "than", "that", "this", "these"),
        *("those", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its"),
        *("their", "his", "her", "our", "we", "they", "he", "she"),
    }
)


class TripledWord(Rule):
    id = "repetition/tripled-word"
    severity = Severity.ERROR
    paragraph_local = True
    summary = "A function word typed three or more times in a row ('the the the')"
    what = (
        "Flags an article, preposition, conjunction, pronoun or auxiliary repeated three or "
        'more times in a row ("the the the", "of of of") and keeps one. A content word said '
        'three times ("go go go") is emphasis and is left alone, as repetition/doubled-word '
        "leaves it."
    )
    why = (
        "Nobody says 'the the the' on purpose: it is a stutter of the keyboard or of an edit "
        "that pasted a word twice, and no style guide allows it."
    )
    references = (
        "Matt Might, lexical illusions: https://matt.might.net/articles/shell-scripts-for-passive-voice-weasel-words-duplicates/",
        "LanguageTool's WORD_REPEAT_RULE and proselint's lexical_illusions check",
    )
    bad = (
        Example(
            "This is the the the best group.",
            fixed="This is the best group.",
            flags=("the the",),
        ),
    )
    good = (
        Example("This is the best group."),
        Example("What are they killing killing killing over?"),
    )
    fix_safety = "Safe: the extra copies and the spaces before them are deleted."
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        words = doc.words
        index_iter = iter(same_as_previous(doc))
        for index in index_iter:
            first = words[index - 1]
            if first.lower not in FUNCTION_WORDS or not repeats(doc, first, words[index]):
                continue
            last = index
            while last + 1 < len(words) and repeats(doc, words[last], words[last + 1]):
                last += 1
            if last == index:
                continue  # a plain double is repetition/doubled-word's business
            yield Finding(
                words[index].start,
                words[last].end,
                f'"{first.text}" typed {last - index + 2} times in a row',
                (first.text,),
                (TextEdit(first.end, words[last].end, ""),),
                safe=True,
            )
            for skipped in index_iter:
                if skipped >= last:
                    break
