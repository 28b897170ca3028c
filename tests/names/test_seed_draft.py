"""The names rules on the seed draft (fixtures/blinken-middle-east.*), as a copy desk reads it."""

from __future__ import annotations

import pytest

from copylint.model import Diagnostic
from tests.helpers import FIXTURES, flagged, lint

DRAFTS = {"blinken-middle-east.txt": ("text", 1), "blinken-middle-east.md": ("markdown", 7)}


def names_diagnostics(name: str) -> tuple[str, list[Diagnostic]]:
    fmt, _ = DRAFTS[name]
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, lint(text, fmt=fmt, select=["names"])


def of_rule(text: str, diagnostics: list[Diagnostic], rule: str) -> list[str]:
    return flagged(text, [d for d in diagnostics if d.rule == rule])


@pytest.mark.parametrize("name", DRAFTS)
def test_every_sec_blinken_is_reported_once(name: str) -> None:
    """Each "Sec. Blinken" is a later reference: AP drops the title (names/later-reference),
    and title-abbreviation does not add a second finding with a contradictory fix."""
    text, diagnostics = names_diagnostics(name)
    assert of_rule(text, diagnostics, "names/title-abbreviation") == []
    later = of_rule(text, diagnostics, "names/later-reference")
    assert [" ".join(t.split()) for t in later if t.startswith("Sec.")] == ["Sec. Blinken"] * 5
    assert text.count("Sec.") == 5


@pytest.mark.parametrize("name", DRAFTS)
def test_anthony_blinken_without_the_initial_is_reported(name: str) -> None:
    text, diagnostics = names_diagnostics(name)
    found = [d for d in diagnostics if d.rule == "names/inconsistent-name"]
    assert flagged(text, found) == ["Anthony Blinken"]
    caption_line = next(n for n, line in enumerate(text.splitlines(), 1) if "J. Blinken" in line)
    assert found[0].message.endswith(f'"Anthony J. Blinken" on line {caption_line}')


@pytest.mark.parametrize("name", DRAFTS)
def test_names_list_corrects_anthony_and_al_sudani(name: str) -> None:
    text, diagnostics = names_diagnostics(name)
    found = [d for d in diagnostics if d.rule == "names/canonical-name"]
    assert flagged(text, found) == ["Anthony J. Blinken", "Anthony Blinken", "Shia al-Sudani"]
    assert [d.suggestions[0] for d in found] == [
        "Antony J. Blinken",
        "Antony Blinken",
        "Mohammed Shia al-Sudani",
    ]


@pytest.mark.parametrize("name", DRAFTS)
def test_headline_is_not_reported(name: str) -> None:
    _, diagnostics = names_diagnostics(name)
    _, headline_line = DRAFTS[name]
    assert [d for d in diagnostics if d.span.line == headline_line] == []


@pytest.mark.parametrize("name", DRAFTS)
def test_title_case_and_later_references(name: str) -> None:
    text, diagnostics = names_diagnostics(name)
    title_case = of_rule(text, diagnostics, "names/title-case")
    assert [" ".join(f.split()) for f in title_case] == ["Secretary", "foreign minister"]
    later = of_rule(text, diagnostics, "names/later-reference")
    assert [" ".join(f.split()) for f in later] == ["Sec. Blinken"] * 4 + [
        "Prime Minister Netanyahu",
        "Sec. Blinken",
    ]
    assert of_rule(text, diagnostics, "names/inconsistent-title") == []
