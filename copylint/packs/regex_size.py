"""How big a pack's regular expression becomes when compiled, estimated before compiling it.

The ``regex`` module unrolls counted repeats: ``(?:(?:a{100}){100}){100}`` compiles to a million
steps and takes 280 MB, and one more level takes gigabytes. A pack comes from the repository
being checked, so its patterns are measured first: each counted repeat multiplies what it
repeats by its lower bound (what gets unrolled), a sequence or an alternation adds up. The
estimate reads the pattern's structure only (escapes, classes, groups, quantifiers); it is not
a full parser and need not be, as it is only compared with a generous limit.
"""

from __future__ import annotations

import re

#: Patterns whose unrolled size is estimated above this are refused (about 60 MB compiled).
MAX_EXPANDED_SIZE = 200_000

_COUNTED = re.compile(r"\{(\d*)(?:,(\d*))?\}")
#: A run of characters that are one element each: none opens an escape, a class, a group or a
#: counted repeat, nor closes a group or separates alternatives.
_PLAIN_RUN = re.compile(r"[^\\\[(){|]+")
_BRACED_ESCAPES = "pPNxuUgk"


def expanded_size(source: str) -> int:
    """An estimate of the number of steps ``source`` compiles to."""
    stack: list[list[int]] = [[0, 0]]  # per open group: [its size so far, its last element's]
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        element = 1
        if char == "\\":
            i = _after_escape(source, i)
        elif char == "[":
            i = _after_class(source, i)
        elif char == "(":
            if source.startswith("(?#", i):  # a comment
                end = source.find(")", i)
                i = n if end < 0 else end + 1
                continue
            stack.append([0, 0])
            i += 1
            continue
        elif char == ")" and len(stack) > 1:
            element = max(stack.pop()[0], 1)
            i += 1
        elif char == "|":
            stack[-1][1] = 0
            i += 1
            continue
        elif char == "{" and (counted := _COUNTED.match(source, i)) and counted[1]:
            times = int(counted[1]) if len(counted[1]) <= 12 else 10**12
            top = stack[-1]
            top[0] += top[1] * (max(times, 1) - 1)
            top[1] *= max(times, 1)
            i = counted.end()
            continue
        elif plain := _PLAIN_RUN.match(source, i):
            # A run of one-step elements, read at once (the estimate reads every pattern of
            # every pack at each start): all but the last are added here, the last below.
            stack[-1][0] += plain.end() - i - 1
            i = plain.end()
        else:  # a ")" that closes no group, a "{" that counts nothing
            i += 1
        top = stack[-1]
        top[0] += element
        top[1] = element
    return sum(group[0] for group in stack)


def _after_escape(source: str, i: int) -> int:
    """The index after the escape at ``i`` (``\\p{L}`` and the like are one element)."""
    following = i + 2
    if source[i + 1 : i + 2] in tuple(_BRACED_ESCAPES) and source[following : following + 1] in (
        "{",
        "<",
    ):
        close = "}" if source[following] == "{" else ">"
        end = source.find(close, following)
        return len(source) if end < 0 else end + 1
    return following


def _after_class(source: str, i: int) -> int:
    """The index after the character class opening at ``i`` (nested sets included)."""
    depth = 0
    j = i
    n = len(source)
    while j < n:
        char = source[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            depth += 1
            j += 1
            if source[j : j + 1] == "^":
                j += 1
            if source[j : j + 1] == "]":  # a leading ] is a member
                j += 1
            continue
        if char == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return n
