"""The numbers pack's patterns rewritten for speed find what they found as first written:
numbers/sentence-start's own ``(?<![\\d,.])`` (no place inside a number can start a
sentence or hide one that does) and its case read only by the ``\\p{Lu}`` that read it, and
the ``(?=\\d)`` that opens compound-modifier's unit pattern and ordinal-suffix's patterns
(each match begins with a digit), and spell-out's list of words that are not the counted noun
written once, as a group its followed-by calls. Each entry is compared, on generated articles,
with a house copy of itself as first written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.model import Diagnostic
from copylint.resources import rules_dir
from tests.helpers import lint
from tests.packs.support import write_pack


def _stop_words() -> str:
    """The words numbers/spell-out reads as no counted noun, as its group `stop` holds them."""
    text = (rules_dir() / "ap" / "numbers.toml").read_text(encoding="utf-8")
    found = re.search(r"\(\?P<stop>\(\?:(.*?)\)\\b\)\)", text)
    assert found is not None
    return found.group(1)


_STOP = _stop_words()

#: Each rewritten entry, and what the rewrites wrote in its block for what was there first.
REWRITES = {
    "numbers/sentence-start": [
        (r"(?<![\d,.])", ""),
        ("ignore-case = false\n", ""),
        (r"(?!-(?i:\p{Lu}))", r"(?!-\p{Lu})"),
    ],
    "numbers/compound-modifier": [(r"(?=\d)", "")],
    "numbers/ordinal-suffix": [(r"(?=\d)", "")],
    "numbers/spell-out": [
        (rf"(?(DEFINE)(?P<stop>(?:{_STOP})\b))", ""),
        ("(?!(?&stop))", rf"(?!(?:{_STOP})\b)"),
    ],
}

PIECES = ["12", "3", "1,204", "2024", "5.5", "0.5", "1990s", ".", ",", " ", "\n\n", "\n", "[",
          "]", "(", ")", '"', "“", "—", "-", "people", "The", "He", "said", "3th", "21st",
          "11st", "2nd", "12nd", "113rd", "year", "old", "mile", "hour", "race", " year old",
          " mile race", "It was over. ", "9/11", "3D", "$", "No. ", "-A", "-a", "-É",
          "-ß"]  # fmt: skip
#: What may follow a figure mid-sentence ("She gave 4 ..."): spell-out's reading of it.
SEPARATORS = [" ", "\u00a0", "-", "'", ". ", ", "]
WORDS = ["reasons", "percent", "percentage", "points", "pointsy", "of", "the", "new", "children",
         "is", "plus", "years", "old", "dozen", "yes", "goals", "runs", "Smith"]  # fmt: skip


def _as_first_written(rule_id: str, rewrites: list[tuple[str, str]]) -> str:
    """The entry's ``[[rule]]`` block from the built-in pack, as first written, under the id
    ``numbers/was-NAME``."""
    text = (rules_dir() / "ap" / "numbers.toml").read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=\[\[rule\]\])", text)
    (block,) = [b for b in blocks if f'id = "{rule_id}"\n' in b]
    for written, first in rewrites:
        assert written in block
        block = block.replace(written, first)
    old_id = rule_id.replace("numbers/", "numbers/was-")
    return block.replace(f'id = "{rule_id}"', f'id = "{old_id}"')


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("house")
    write_pack(directory, "".join(_as_first_written(i, f) for i, f in REWRITES.items()))
    return directory


def _found(diagnostics: list[Diagnostic], rule_id: str) -> list[tuple[object, ...]]:
    return [(d.span, d.message, d.suggestions) for d in diagnostics if d.rule == rule_id]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_rewritten_patterns_find_what_the_first_ones_found(house: Path, text: str) -> None:
    old_ids = [i.replace("numbers/", "numbers/was-") for i in REWRITES]
    found = lint(text, fmt="markdown", select=[*REWRITES, *old_ids], rules_dirs=(house,))
    for rule_id, old_id in zip(REWRITES, old_ids, strict=True):
        assert _found(found, rule_id) == _found(found, old_id)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(WORDS)), max_size=4).map(
        lambda pairs: "She gave 4" + "".join(map("".join, pairs))
    )
)
def test_spell_out_reads_its_words_as_first_written(house: Path, text: str) -> None:
    found = lint(text, fmt="markdown", select=["numbers/spell-out", "numbers/was-spell-out"],
                 rules_dirs=(house,))  # fmt: skip
    assert _found(found, "numbers/spell-out") == _found(found, "numbers/was-spell-out")
