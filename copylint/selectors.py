"""The story selectors of the ``html-story`` setting: tag names, ``#id`` and ``.class``.

Apart from the HTML reader so that the configuration can check a selector when it loads
without importing an HTML parser (and without reaching up to the formats).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import regex

_COMPOUND = r"\s*(?:[A-Za-z][\w-]*)?(?:[#.][\w-]+)*\s*"


@functools.cache
def _selector() -> regex.Pattern[str]:
    """(Compiled when a configuration sets a selector: a check of a draft never does, and a
    warm re-run that loads the configuration does not import the regex module for it.)"""
    import regex

    return regex.compile(rf"(?!\s*(?:,|$)){_COMPOUND}(?:,(?!\s*(?:,|$)){_COMPOUND})*")


@functools.cache
def _part() -> regex.Pattern[str]:
    import regex

    return regex.compile(r"([#.]?)([\w-]+)")


def selector_error(text: str) -> str | None:
    """Why ``text`` is not a selector copylint can apply (None: it is)."""
    if _selector().fullmatch(text):
        return None
    return (
        f"{text!r} is not a selector copylint understands: tag names, #id and .class, e.g. "
        "'div.story-body' or '#content, article' (no combinators)"
    )


class Selector:
    """A compound CSS selector: a tag name, ``#id`` and ``.class`` parts (``article.story``,
    ``#content``, ``div.entry-body``), or several of them separated by commas."""

    def __init__(self, text: str) -> None:
        self.alternatives = [
            [(m.group(1), m.group(2)) for m in _part().finditer(alternative)]
            for alternative in text.split(",")
            if alternative.strip()
        ]

    def matches(self, element: Any) -> bool:
        """Whether an html5lib element (its ``name`` and ``attributes``) matches."""
        classes = element.attributes.get("class", "").split()
        return any(
            all(
                (element.attributes.get("id") == name)
                if kind == "#"
                else (name in classes)
                if kind == "."
                else element.name == name.lower()
                for kind, name in parts
            )
            for parts in self.alternatives
        )
