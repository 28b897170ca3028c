"""punctuation/unbalanced-parentheses: a parenthesis or bracket without its partner."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import regex

from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.rule import Example, Finding, Rule
from copylint.tokens import positions

if TYPE_CHECKING:
    from copylint.document import Document

_PAIRS = {")": "(", "]": "["}
_BRACKETS = "()[]"
#: A closing parenthesis that is not one: an enumerator ("1)", "b)", "iv)") or an emoticon.
_NOT_A_CLOSER = LazyPattern(r"(?:(?<![^\s(])[\p{L}\p{N}]{1,3}|[:;]-?)\)", regex.VERSION1)
_NOT_AN_OPENER = regex.compile(r"[:;]-?\(", regex.VERSION1)


class UnbalancedParentheses(Rule):
    id = "punctuation/unbalanced-parentheses"
    severity = Severity.WARNING
    paragraph_local = True
    summary = "A parenthesis or bracket without its partner in the paragraph"
    what = (
        "Flags an opening parenthesis or square bracket that the paragraph never closes, a "
        "closing one with no opening one, and a pair that does not match ('(…]'). Enumerators "
        "such as '1)' or 'b)' and emoticons are left alone."
    )
    why = (
        'AP Stylebook, "parentheses": parentheses set off material from the sentence, and the '
        "reader needs to see where the aside ends; an unclosed one swallows the rest of the "
        "paragraph. Brackets mark an editor's insertion in a quotation and must close the same way."
    )
    references = ("AP Stylebook: parentheses; brackets",)
    bad = (
        Example("The minister (who arrived Monday said nothing.", flags=("(",)),
        Example("The minister said nothing.) Then he left.", flags=(")",)),
        Example('He said they must "stop[s this madness."', flags=("[",)),
    )
    good = (
        Example("The minister (who arrived Monday) said nothing."),
        Example('He said they must "stop[s] this madness."'),
        Example("The choices are a) wait or b) leave."),
        Example("She wrote :) and left."),
    )
    reads_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        brackets = _brackets(text)
        for block in doc.blocks if brackets else ():
            first = bisect.bisect_left(brackets, block.start)
            last = bisect.bisect_left(brackets, block.end, first)
            yield from _unpaired(text, brackets[first:last], block.start)


def _unpaired(text: str, offsets: Sequence[int], block_start: int) -> Iterator[Finding]:
    """The brackets at ``offsets`` (one paragraph's, in order) that close nothing, close the
    other kind, or are never closed."""
    stack: list[tuple[str, int]] = []
    for offset in offsets:
        char = text[offset]
        if char in "([":
            if not _NOT_AN_OPENER.match(text, max(offset - 2, 0), offset + 1):
                stack.append((char, offset))
        elif stack and stack[-1][0] == _PAIRS[char]:
            stack.pop()
        elif stack:
            opener, start = stack.pop()
            yield Finding(offset, offset + 1, f"'{char}' closes the '{opener}' opened here", ())
            yield Finding(start, start + 1, f"'{opener}' is closed by '{char}'")
        elif not _closes_nothing(text, offset, block_start):
            yield Finding(offset, offset + 1, f"'{char}' with no opening '{_PAIRS[char]}'")
    for opener, start in stack:
        yield Finding(start, start + 1, f"'{opener}' is not closed in this paragraph")


def _brackets(text: str) -> list[int]:
    """The offsets of the parentheses and square brackets in ``text``, in order, found by a
    substring search for each (an article holds few): a pattern's scan of each block cost
    ten times as much."""
    return sorted(positions(text, _BRACKETS))


def _closes_nothing(text: str, offset: int, block_start: int) -> bool:
    """An enumerator or emoticon: a ')' that no one expects to be opened."""
    lo = max(block_start, offset - 4)
    return any(m.end() == offset + 1 for m in _NOT_A_CLOSER.finditer(text, lo, offset + 1))
