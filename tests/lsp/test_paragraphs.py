"""The language server's paragraph cache: after every edit, what it finds is what the engine
finds on the whole edited text (`copylint check`), while paragraph-level rules run only on the
paragraphs the edit changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copylint.config import Settings
from copylint.document import Document
from copylint.engine import Linter
from copylint.formats import load_document
from copylint.lsp.paragraphs import ParagraphCache
from copylint.model import Diagnostic
from copylint.rule import Finding
from tests.helpers import FIXTURES

LINTER = Linter(Settings())


def _both(cache: ParagraphCache, text: str, name: str = "story.md") -> list[Diagnostic]:
    """The cache's diagnostics for ``text``, checked against a fresh lint of it."""
    cached = cache.lint(load_document(name, text)).diagnostics
    assert cached == LINTER.lint(load_document(name, text)).diagnostics
    return cached


@pytest.mark.parametrize(
    "path", [FIXTURES / "blinken-middle-east.md", FIXTURES / "blinken-middle-east.txt"]
)
def test_a_paragraph_read_alone_maps_to_the_same_source(path: Path) -> None:
    """SourceMap.window: each character of a paragraph on its own (markup, entities, the
    front matter) starts and ends where it does in the whole document."""
    doc = load_document(path.name, path.read_text(encoding="utf-8"))
    for block in doc.blocks:
        window = doc.source_map.window(block.start, block.end)
        for i in range(block.end - block.start):
            assert window.start(i) == doc.source_map.start(block.start + i)
            assert window.end(i + 1) == doc.source_map.end(block.start + i + 1)


def test_paragraph_rules_are_the_phrase_rules_and_not_the_article_rules() -> None:
    local = ParagraphCache(LINTER).local
    assert {"whitespace/double-space", "repetition/doubled-word", "usage/idiom"} <= local
    article = {
        "names/inconsistent-name",
        "names/later-reference",
        "spelling/inconsistent",
        "spelling/misspelling",
        "punctuation/unbalanced-quotes",
        "attribution/unattributed-quote",
        "dates/month-abbreviation",  # quiet when the article writes months its own way
    }
    assert not article & local
    assert all(rule.reads_one_paragraph() == (rule.info.id in local) for rule in LINTER.rules)


DRAFT = """# Talks resume

Secretary of State Anthony J. Blinken arrived in Amman on Monday.

Anthony Blinken met Foreign Minister Ayman Safadi for two hours.

The the ministers spoke  about aid.

"We will keep talking," Safadi said.
"""


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_article_level_findings_follow_every_edit() -> None:
    cache = ParagraphCache(LINTER)
    text = DRAFT
    first = {d.rule for d in _both(cache, text)}
    assert {"names/inconsistent-name", "repetition/doubled-word"} <= first
    assert "whitespace/double-space" in first
    steps = [
        ("Anthony J. Blinken", "Anthony Blinken"),  # the other mention now agrees
        ("The the", "The"),  # a paragraph-level finding fixed
        ("Safadi said", "Safady said"),  # a misspelled later reference in another paragraph
        ("two hours.", "two hours.\n\nThey met on on Tuesday."),  # a paragraph split
        ("# Talks resume\n\n", ""),  # the headline removed: every offset moves
    ]
    for old, new in steps:
        text = _edit(text, old, new)
        _both(cache, text)
    final = _both(cache, text)
    names = [d.message for d in final if d.rule == "names/inconsistent-name"]
    assert not any("Blinken" in message for message in names)  # the two mentions agree
    assert any("Safady" in message for message in names)  # the later reference's slip
    assert "repetition/doubled-word" in {d.rule for d in final}  # "on on", in the new paragraph


def test_an_edit_reruns_paragraph_rules_on_its_paragraph_only() -> None:
    cache = ParagraphCache(LINTER)
    _both(cache, DRAFT)
    before = cache.misses
    _both(cache, _edit(DRAFT, "two hours", "three hours"))
    assert cache.misses - before == len(cache.local)  # one paragraph, each paragraph rule
    before = cache.misses
    _both(cache, DRAFT)  # back: every paragraph seen before
    assert cache.misses == before


def test_a_paragraph_moved_keeps_its_findings_at_its_new_place() -> None:
    cache = ParagraphCache(LINTER)
    _both(cache, DRAFT)
    moved = _edit(DRAFT, "The the ministers spoke  about aid.\n\n", "")
    moved = moved.replace(
        "# Talks resume\n\n", "# Talks resume\n\nThe the ministers spoke  about aid.\n\n"
    )
    before = cache.misses
    found = _both(cache, moved)
    assert cache.misses == before
    doubled = next(d for d in found if d.rule == "repetition/doubled-word")
    assert doubled.span.line == 3


def test_the_same_prose_from_other_markup_is_another_paragraph() -> None:
    """One trailing space is a slip; two are Markdown's line break. The prose is the same."""
    cache = ParagraphCache(LINTER)
    slip = _both(cache, "The vote was final. \nIt passed.\n")
    assert [d.rule for d in slip] == ["whitespace/trailing-space"]
    assert _both(cache, "The vote was final.  \nIt passed.\n") == []


def test_a_rule_that_reports_across_paragraphs_is_run_on_the_whole_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = next(rule for rule in LINTER.rules if rule.info.id == "whitespace/tab")

    def across(doc: Document) -> Iterator[Finding]:
        if len(doc.blocks) > 1:
            yield Finding(doc.blocks[0].start, doc.blocks[1].end, "Two paragraphs")

    monkeypatch.setattr(tab, "check", across)
    cache = ParagraphCache(LINTER)
    found = _both(cache, "First paragraph.\n\nSecond paragraph.\n")
    assert [d.rule for d in found] == ["whitespace/tab"]
    assert "whitespace/tab" not in cache.local


@pytest.mark.slow
@pytest.mark.parametrize(
    "path",
    [
        FIXTURES / "blinken-middle-east.md",
        FIXTURES / "riverside-council-budget.md",
        *sorted((FIXTURES / "students").glob("*.md")),
    ],
    ids=lambda p: Path(p).name,
)
def test_fixture_articles_edited_paragraph_by_paragraph(path: Path) -> None:
    """Each paragraph in turn gets a slip (two letters swapped in its first long word) and
    then loses it: after every edit the cache agrees with a lint of the whole text."""
    cache = ParagraphCache(LINTER)
    text = path.read_text(encoding="utf-8")
    _both(cache, text, path.name)
    paragraphs = text.split("\n\n")
    for index, paragraph in enumerate(paragraphs):
        word = next((w for w in paragraph.split() if w.isalpha() and len(w) > 5), None)
        if word is None:
            continue
        slipped = paragraph.replace(word, word[0] + word[2] + word[1] + word[3:], 1)
        edited = "\n\n".join([*paragraphs[:index], slipped, *paragraphs[index + 1 :]])
        _both(cache, edited, path.name)
    _both(cache, text, path.name)
