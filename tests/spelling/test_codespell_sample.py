"""A fixed sample of codespell's real-world misspellings: a floor on recall and suggestions.

The full measurement is ``python benchmarks/eval_spelling.py``; this guards against regressions
in seconds. codespell comes with the ``test`` extra; without it the test is skipped.
"""

from __future__ import annotations

import pytest

pytest.importorskip("codespell_lib")

from benchmarks.eval_spelling import codespell_entries, evaluate_common, sample

SIZE = 300


def test_codespell_sample_recall_and_first_suggestion() -> None:
    entries = sample(codespell_entries(), SIZE, seed=11)
    score = evaluate_common(entries)
    assert score.total == SIZE
    assert score.recall >= 0.95, score.missed
    assert score.accuracy >= 0.80
