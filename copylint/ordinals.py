"""Ordinal numbers for messages, in AP style: "second" to "ninth" in words, then "10th",
"21st", "22nd", "23rd", "111th" in figures with the right ending."""

from __future__ import annotations

_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def ordinal(number: int) -> str:
    """``number`` as an ordinal: words from 1 to 9 (AP, "numerals"), figures above."""
    if 1 <= number <= len(_WORDS):
        return _WORDS[number - 1]
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
