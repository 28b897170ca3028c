"""rules/lexicon/grammar/lexicon.tsv is what build_lexicon writes from lemminflect's."""

from __future__ import annotations

import random

from copylint.checks.grammar.build_lexicon import entries
from copylint.checks.grammar.context import lemmas
from copylint.resources import data_path


def test_lexicon_matches_lemminflect_on_a_sample() -> None:
    path = data_path("lexicon", "grammar", "lexicon.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 60_000
    sample = random.Random(16).sample(lines, 300)
    assert list(entries(line.split("\t", 1)[0] for line in sample)) == sample


def test_lemmas_read_from_the_lexicon() -> None:
    assert lemmas("saw") == {"NOUN": ("saw",), "VERB": ("saw", "see")}
    assert lemmas("women") == {"NOUN": ("woman",)}
    assert lemmas("zzzq") == {}
