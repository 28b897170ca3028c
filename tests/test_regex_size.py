"""The size estimate of a pack's regular expression reads runs of plain characters at once;
it must give what reading them one by one gives (the reading it replaced, kept here)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.packs.regex_size import _after_class, _after_escape, expanded_size

_COUNTED = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def one_by_one(source: str) -> int:
    """The estimate as it read a pattern before: every plain character one step at a time."""
    stack: list[list[int]] = [[0, 0]]
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        element = 1
        if char == "\\":
            i = _after_escape(source, i)
        elif char == "[":
            i = _after_class(source, i)
        elif char == "(":
            if source.startswith("(?#", i):
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
        else:
            i += 1
        top = stack[-1]
        top[0] += element
        top[1] = element
    return sum(group[0] for group in stack)


_PLAIN = ["a", "bc", ",", "*", "+?", ".", "^", "$", "]", "}"]
_SPECIAL = ["\\", "\\p{L}", "\\d", "[", "[^a]", "(", "(?:", "(?#c)", ")", "|", "{"]
_REPEATS = ["{3}", "{2,5}", "{,4}", "{0}", "x{1000}"]
_PIECES = st.sampled_from([*_PLAIN, *_SPECIAL, *_REPEATS])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_runs_read_at_once_give_the_same_estimate(source: str) -> None:
    assert expanded_size(source) == one_by_one(source)


def test_the_estimate_of_nested_repeats() -> None:
    source = "(?:(?:ab{100}){100})x"
    assert expanded_size(source) == one_by_one(source) > 10_000
