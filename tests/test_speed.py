"""Speed work that must not cost correctness: what is compiled lazily is still checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from copylint.config import Settings
from copylint.packs import conditions, load_packs, matching, rules_dir
from copylint.packs.kinds import substitution
from copylint.packs.matching import Matcher


def _capture(monkeypatch: pytest.MonkeyPatch) -> list[Matcher]:
    """Every matcher compiled from now on."""
    made: list[Matcher] = []
    real = Matcher.compile.__func__  # type: ignore[attr-defined]

    def capture(cls: type[Matcher], *args: Any, **kwargs: Any) -> Matcher:
        matcher: Matcher = real(cls, *args, **kwargs)
        made.append(matcher)
        return matcher

    monkeypatch.setattr(Matcher, "compile", classmethod(capture))
    return made


def test_every_built_in_pack_pattern_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """The built-in packs compile their patterns on first use, not at load time (a faster
    start); so every pattern of every style's packs is compiled here, as a repository's pack
    is checked at load time, with each phrase's own pattern, the swap-patterns' templates, and
    the searches and each of their branches."""
    made = _capture(monkeypatch)
    for module in (matching, conditions, substitution):  # check as a repository's
        monkeypatch.setattr(module, "built_in", lambda entry: False)
    styles = [d.name for d in rules_dir().iterdir() if d.is_dir() and any(d.rglob("*.toml"))]
    for style in styles:
        try:
            load_packs(Settings(root=Path.cwd(), style=style))
        except Exception as error:
            if "unknown style" in str(error):
                continue
            raise
    assert len(made) > 20
    for matcher in made:
        for index in range(len(matcher.literals)):
            matcher.phrase(index)
        if matcher.patterns:
            search = matcher.search()
            for index in range(len(search.sources)):
                search.branch(index)


def test_built_in_packs_compile_their_searches_on_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = _capture(monkeypatch)
    load_packs(Settings(root=Path.cwd()))
    with_patterns = [m for m in made if m.patterns]
    assert with_patterns and not any(m._search_cache for m in with_patterns)
    search = with_patterns[0].search()
    assert search.pattern is not None and not search._branches  # branches: on a match


def test_a_lookahead_is_not_compiled_while_the_lookbehind_fails() -> None:
    """A phrase entry with both context conditions tests the lookbehind first; its lookahead
    (on the seed draft, 1,560 characters) is compiled only where the lookbehind holds."""
    from copylint.packs.entry import Entry

    table = {"id": "usage/test", "not-preceded-by": r"\d ", "followed-by": r" of (?:the|a)\b"}
    entry = Entry(Path("test.toml"), 0, table, origin="built-in pack test")
    matcher = Matcher.compile(entry, ["top"], ignore_case=True)
    assert not list(matcher._hits("On 5 top of the hill."))
    assert list(matcher._context) == [matcher.before]  # the lookahead was not needed
    assert [h.text for h in matcher._hits("On top of the hill, 5 top of a hill.")] == ["top"]
    assert set(matcher._context) == {matcher.before, matcher.after}
