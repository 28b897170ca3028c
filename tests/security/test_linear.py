"""Nothing quadratic: each hostile article costs time (or memory) in proportion to its size.

Each test measures two sizes, eight times apart: a linear cost grows about eightfold, a
quadratic one sixty-fourfold, so the bound (a factor of 24, room for noise on a loaded
machine) tells them apart. Like the 20 MB test in tests/test_bad_input.py.
"""

from __future__ import annotations

import functools
import gc
import io
import itertools
import time
import tracemalloc
from collections.abc import Callable

import pytest

from copylint.config import Settings
from copylint.engine import FileResult, Linter
from copylint.files import SourceFile
from copylint.formats import load_document
from copylint.output import Report, write
from copylint.runner import fix_source

FACTOR = 8
BOUND = 24

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def linter() -> Linter:
    linter = Linter(Settings())
    linter.warm_up()
    return linter


def seconds(work: Callable[[], object]) -> float:
    """CPU time of ``work`` (other processes on the machine do not count), with the cyclic
    garbage collector paused: a full collection walks every object the test process holds
    (lexicons, other tests' leftovers), which would charge the larger size for the heap."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        work()
        return time.process_time() - started
    finally:
        gc.enable()


def assert_linear(cost: Callable[[int], float], small: int, runs: int = 1) -> None:
    """``runs`` > 1 takes the best of that many runs of each size, for costs so short (tens
    of milliseconds) that a loaded machine's noise would decide them."""
    cost(small)  # anything loaded on first use is loaded now, not measured
    little = min(cost(small) for _ in range(runs))
    large = min(cost(small * FACTOR) for _ in range(runs))
    assert large < BOUND * max(little, 0.02), (little, large)


def lint_cost(
    linter: Linter, build: Callable[[int], str], fmt: str = "text"
) -> Callable[[int], float]:
    name = "a.md" if fmt == "markdown" else "a.txt"
    return lambda n: seconds(lambda: linter.lint(load_document(name, build(n), fmt)))


def test_one_long_word_takes_memory_in_proportion_to_it(linter: Linter) -> None:
    def peak(n: int) -> float:
        text = "Z" + "q" * n + "\n"
        tracemalloc.start()
        try:
            linter.lint(load_document("a.txt", text, "text"))
            return float(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()

    assert_linear(peak, 12_500)  # to 100,000 letters (8,000 took 3.4 GB in 0.1.0)


def test_fix_with_thousands_of_fixes(linter: Linter) -> None:
    def cost(n: int) -> float:
        source = SourceFile("a.txt", "They met on on Tuesday. " * n + "\n")
        return seconds(lambda: fix_source(linter, source, "text"))

    assert_linear(cost, 4_000)  # to 32,000 fixes


def test_unclosed_quotes_in_one_paragraph(linter: Linter) -> None:
    build = lambda n: " ".join(f"He said “word{i} here" for i in range(n)) + "\n"  # noqa: E731
    assert_linear(lint_cost(linter, build), 2_500)  # to 20,000


def test_thousands_of_distinct_names_in_one_article(linter: Linter) -> None:
    syllables = ["ka", "lo", "mi", "ter", "son", "vel", "dra", "qu", "ne", "bar", "tis", "gon"]

    def surname(number: int) -> str:  # four syllables each: every name costs the same
        parts = []
        for _ in range(4):
            parts.append(syllables[number % len(syllables)])
            number //= len(syllables)
        return "".join(parts).capitalize() + "ski"

    used = itertools.count()  # new names in every text: none comes from the suggestion cache

    def build(n: int) -> str:
        return "\n\n".join(
            f"Officer Maria {surname(next(used))} said the plan was good." for _ in range(n)
        )

    assert_linear(lint_cost(linter, build), 1_000)  # to 8,000 names


def test_thousands_of_inline_suppressions(linter: Linter) -> None:
    comment = "<!-- copylint-disable-next-line repetition/doubled-word -->"
    build = lambda n: f"{comment}\nThey met on on Tuesday.\n\n" * n  # noqa: E731
    assert_linear(lint_cost(linter, build, "markdown"), 4_000)  # to 32,000


def test_html_report_with_thousands_of_findings(linter: Linter) -> None:
    @functools.cache
    def report(n: int) -> Report:
        text = "They met on on Tuesday.\n\n" * n
        result = linter.lint(load_document("a.txt", text, "text"))
        return Report([FileResult("a.txt", result.diagnostics, source=text)], [])

    def cost(n: int) -> float:
        return seconds(lambda: write("html", report(n), io.StringIO()))

    assert_linear(cost, 2_000, runs=3)  # to 16,000 findings
