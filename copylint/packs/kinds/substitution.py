"""``substitution``: a wrong word or phrase and what to write instead, with a fix.

Keys: ``swap`` (a table of wrong = right, or wrong = [choices]), ``fix`` (``safe``, ``unsafe``
or ``none``; default ``safe``; an entry with several choices is never fixed automatically),
``message`` with ``{match}`` and ``{replacement}``. The replacement takes the capitalisation of
the text it replaces.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copylint.packs.kinds import PackRule
from copylint.packs.terms import (
    PhraseMatcher,
    check_message,
    finditer,
    match_case,
    phrase_pattern,
)
from copylint.rule import Finding, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs import Entry

DEFAULT_MESSAGE = "Write '{replacement}' rather than '{match}'"


@dataclass(frozen=True)
class SubstitutionSpec:
    pattern: PhraseMatcher
    swaps: Mapping[str, tuple[str, ...]]  # normalised wrong form → choices
    ignore_case: bool
    fix: str
    message: str

    def key(self, matched: str) -> str:
        normal = " ".join(matched.split())
        return normal.lower() if self.ignore_case else normal


class SubstitutionRule(PackRule):
    KEYS = frozenset({"swap", "fix"})
    spec: SubstitutionSpec

    @classmethod
    def compile(cls, entry: Entry) -> SubstitutionSpec:
        ignore_case = entry.boolean("ignore-case", True)
        swaps: dict[str, tuple[str, ...]] = {}
        for wrong, right in entry.table_of("swap").items():
            choices = (right,) if isinstance(right, str) else right
            if not (
                isinstance(choices, list | tuple)
                and choices
                and all(isinstance(c, str) for c in choices)
            ):
                raise entry.error(f"swap {wrong!r} must map to a string or a list of strings")
            normal = " ".join(wrong.split())
            swaps[normal.lower() if ignore_case else normal] = tuple(choices)
        if not swaps:
            raise entry.error("a substitution rule needs a non-empty 'swap' table")
        fix = entry.string("fix", "safe")
        if fix not in ("safe", "unsafe", "none"):
            raise entry.error("'fix' must be safe, unsafe or none")
        message = check_message(
            entry, entry.string("message", DEFAULT_MESSAGE), {"match": "", "replacement": ""}
        )
        return SubstitutionSpec(
            phrase_pattern(entry.table_of("swap"), ignore_case), swaps, ignore_case, fix, message
        )

    def check(self, doc: Document) -> Iterator[Finding]:
        spec = self.spec
        for match in finditer(spec.pattern, doc.text):
            matched = match.group()
            choices = tuple(match_case(c, matched) for c in spec.swaps[spec.key(matched)])
            message = spec.message.format(match=matched, replacement="' or '".join(choices))
            edits: tuple[TextEdit, ...] = ()
            if spec.fix != "none" and len(choices) == 1:
                edits = (TextEdit(match.start(), match.end(), choices[0]),)
            yield Finding(
                match.start(), match.end(), message, choices, edits, safe=spec.fix == "safe"
            )
