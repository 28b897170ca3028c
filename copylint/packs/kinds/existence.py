"""``existence``: flag any of a list of words, phrases or patterns.

Keys: ``tokens`` (literal words or phrases, matched as whole words), ``patterns`` (regular
expressions), ``message`` with ``{match}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copylint.packs.kinds import PackRule
from copylint.packs.terms import (
    Matcher,
    check_message,
    finditer,
    phrase_pattern,
    user_pattern,
)
from copylint.rule import Finding

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs import Entry


@dataclass(frozen=True)
class ExistenceSpec:
    patterns: tuple[Matcher, ...]
    message: str


class ExistenceRule(PackRule):
    KEYS = frozenset({"tokens", "patterns"})
    spec: ExistenceSpec

    @classmethod
    def compile(cls, entry: Entry) -> ExistenceSpec:
        ignore_case = entry.boolean("ignore-case", True)
        tokens, patterns = entry.strings("tokens"), entry.strings("patterns")
        if not tokens and not patterns:
            raise entry.error("an existence rule needs 'tokens' or 'patterns'")
        compiled: list[Matcher] = [user_pattern(entry, p, ignore_case) for p in patterns]
        if tokens:
            compiled.insert(0, phrase_pattern(tokens, ignore_case))
        message = check_message(entry, entry.string("message", "'{match}'"), {"match": ""})
        return ExistenceSpec(tuple(compiled), message)

    def check(self, doc: Document) -> Iterator[Finding]:
        for pattern in self.spec.patterns:
            for match in finditer(pattern, doc.text):
                if match.end() > match.start():
                    yield Finding(
                        match.start(), match.end(), self.spec.message.format(match=match.group())
                    )
