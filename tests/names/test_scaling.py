"""The names rules stay linear in the article's length: no clue is sought by rereading it."""

from __future__ import annotations

import time

import pytest

from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import load_document


def _article(people: int) -> str:
    """Paragraphs of distinct invented people, each with a bare surname slip after it."""
    letters = "bcdfghklmnprstvz"

    def surname(i: int) -> str:
        return "".join(letters[(i >> (4 * k)) % 16] + "aeiou"[(i + k) % 5] for k in range(4))

    return "\n\n".join(
        f"Ana {surname(i).capitalize()} spoke. {surname(i).capitalize()}x and two aides agreed."
        for i in range(people)
    )


@pytest.mark.slow
def test_surname_slips_take_linear_time() -> None:
    """Eight times the people take about eight times as long (it was 46 times when every
    bare word reread the article for a preposition of place before it)."""
    linter = linter_for(Settings(select=("names/inconsistent-name",)))
    linter.lint(load_document("warm.txt", _article(20)))
    times = []
    for people in (250, 2000):
        doc = load_document("a.txt", _article(people))
        start = time.perf_counter()
        linter.lint(doc)
        times.append(time.perf_counter() - start)
    assert times[1] < 25 * times[0] + 0.5
