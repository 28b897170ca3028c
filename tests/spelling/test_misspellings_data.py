"""The known-misspellings data (issue 13): two published lists, merged and filtered by
copylint.lexicon.build_misspellings, and the misspelled names a list gives capitalized, which
outrank a dictionary that took the web's typo for a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copylint.analysis.spelling import listed_name_slip
from copylint.lexicon import build_misspellings
from copylint.lexicon.dictionary import misspelled_names, misspellings
from tests.helpers import fix, lint

RULE = "spelling/misspelling"


def findings(text: str) -> dict[str, str]:
    return {
        text[d.span.start : d.span.end]: d.suggestions[0] if d.suggestions else ""
        for d in lint(text, select=["spelling"])
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pyspellchecker lists "tuscon" (at its floor count): the list outranks it
        ("The team flew to Tuscon on Monday.", {"Tuscon": "Tucson"}),
        (
            "Envoys from Lybia met Ghandi scholars and Japanes officials.",
            {"Lybia": "Libya", "Ghandi": "Gandhi", "Japanes": "Japanese"},
        ),
        ("The storm reached tuscon late.", {"tuscon": "Tucson"}),
    ],
)
def test_a_misspelled_name_a_list_gives_capitalized_is_flagged(
    text: str, expected: dict[str, str]
) -> None:
    assert findings(text) == expected
    assert fix(text, select=["spelling"]) == text  # a name is never a safe fix


@pytest.mark.parametrize(
    "text",
    [
        "Malcom Brogdon scored 20 points.",  # cspell's "Malcom->Malcolm": a name of its own
        "The Villegas family met Stubbs.",  # typos' "villegas->villages": a surname
        "The data on Skagerrak shipping were released.",
    ],
)
def test_a_name_of_its_own_is_not_the_lists_misspelling(text: str) -> None:
    assert findings(text) == {}


def test_the_shipped_misspelled_names_pass_the_frequency_test() -> None:
    names = misspelled_names()
    assert {"tuscon", "lybia", "ghandi", "japanes"} <= names
    assert "malcom" not in misspellings()
    assert all(listed_name_slip(name) for name in names)
    assert not names & build_misspellings.house_words()


def test_every_key_is_lowercase_but_the_misspelled_names() -> None:
    data = misspellings()
    assert len(data) > 90_000
    assert all(key.islower() for key in data)
    assert data["tuscon"] == ("Tucson",)


# -- the build -----------------------------------------------------------------------------------


def cspell_file(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "dict-en.json"
    definition = {"name": "en-common-misspellings", "suggestWords": lines}
    path.write_text(json.dumps({"dictionaryDefinitions": [definition]}), encoding="utf-8")
    return path


def test_cspells_capitalized_entry_wins_over_its_lowercase_twin(tmp_path: Path) -> None:
    path = cspell_file(tmp_path, ["tuscon->tucson", "Tuscon->Tucson", "accress->access, address"])
    assert build_misspellings.cspell_entries(path) == {
        "Tuscon": ("Tucson",),
        "accress": ("access", "address"),
    }


def test_the_merge_keeps_codespells_corrections_first(tmp_path: Path) -> None:
    path = cspell_file(tmp_path, ["accress->access, address", "recieve->receive"])
    merged = build_misspellings.merge(
        [("accress", ("access",)), ("recieve", ("receive",))],
        build_misspellings.cspell_entries(path),
    )
    # two lists that disagree make two corrections: never a safe fix
    assert merged == {"accress": ("access", "address"), "recieve": ("receive",)}


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Tuscon->Tucson", True),  # a misspelled name, rare beside its name
        ("Malcom->Malcolm", False),  # a name of its own: the web writes it too often
        ("villegas->villages", False),  # a lowercase entry the names lexicon counts
        ("vaccinee->vaccine", False),  # a regular derivative of a dictionary word
        ("afterwords->afterwards", False),  # a dictionary word
        ("Zelenskyy->Zelensky", False),  # the house names list's own spelling
        ("goverment->government", False),  # the web writes it: the frequency test decides
        ("abadonded->abandoned", True),
    ],
)
def test_the_build_keeps_only_trusted_cspell_entries(tmp_path: Path, line: str, kept: bool) -> None:
    merged = build_misspellings.merge(
        [], build_misspellings.cspell_entries(cspell_file(tmp_path, [line]))
    )
    assert bool(merged) is kept
