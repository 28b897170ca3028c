"""Path patterns: the star-and-suffix shortcut (the default ``include``) decides as git does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copylint.config import DEFAULT_INCLUDE
from copylint.globs import gitignore_spec, suffix_matcher

_PART = st.text(alphabet="ab.mdtxMD-_ ", min_size=1, max_size=8).filter(
    lambda part: part not in (".", "..")
)
_PATH = st.lists(_PART, min_size=1, max_size=4).map("/".join)
_SUFFIX = st.text(alphabet="abmdtx.-", min_size=1, max_size=4).map(lambda s: "*" + s)


@given(st.lists(_SUFFIX, min_size=1, max_size=3), _PATH)
def test_the_shortcut_matches_what_pathspec_matches(patterns: list[str], path: str) -> None:
    matches = suffix_matcher(patterns)
    assert matches is not None
    assert matches(path) == bool(gitignore_spec(patterns).match_file(path))


@pytest.mark.parametrize(
    "path", ["story.md", "news/2026/story.md", "a.md/notes", "draft.MD", "story.md.bak", ".md"]
)
def test_the_default_include_matches_as_pathspec_does(path: str) -> None:
    matches = suffix_matcher(DEFAULT_INCLUDE)
    assert matches is not None
    assert matches(path) == bool(gitignore_spec(DEFAULT_INCLUDE).match_file(path))


@pytest.mark.parametrize(
    "patterns",
    [["*.md", "news/*.txt"], ["*.md", "!draft.md"], ["story.md"], ["*.m?"], ["*.[mM]d"], []],
)
def test_any_other_pattern_goes_to_pathspec(patterns: list[str]) -> None:
    assert suffix_matcher(patterns) is None
