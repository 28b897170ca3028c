"""``consistency``: forms that are each fine but must not be mixed in one article.

Keys: ``variants``, a list of groups, each a list of interchangeable forms
(``[["U.S.", "US"], ["email", "e-mail"]]``). The form used first in the article sets the
standard; later uses of another form of its group are flagged. ``message`` may use
``{match}``, ``{other}`` (the form used first) and ``{line}`` (where it was first used).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copylint.packs.kinds import PackRule
from copylint.packs.terms import PhraseMatcher, check_message, finditer, phrase_pattern
from copylint.rule import Finding

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs import Entry

DEFAULT_MESSAGE = "'{match}' here, but '{other}' on line {line}: use one form throughout"


@dataclass(frozen=True)
class ConsistencySpec:
    patterns: tuple[tuple[PhraseMatcher, ...], ...]  # per group, one matcher per form
    message: str


class ConsistencyRule(PackRule):
    KEYS = frozenset({"variants"})
    spec: ConsistencySpec

    @classmethod
    def compile(cls, entry: Entry) -> ConsistencySpec:
        ignore_case = entry.boolean("ignore-case", False)
        groups = entry.get("variants", [])
        if not (
            isinstance(groups, list)
            and groups
            and all(
                isinstance(g, list) and len(g) > 1 and all(isinstance(f, str) for f in g)
                for g in groups
            )
        ):
            raise entry.error("'variants' must be a list of groups of two or more forms")
        patterns = tuple(
            tuple(phrase_pattern([form], ignore_case) for form in group) for group in groups
        )
        message = check_message(
            entry,
            entry.string("message", DEFAULT_MESSAGE),
            {"match": "", "other": "", "line": 0},
        )
        return ConsistencySpec(patterns, message)

    def check(self, doc: Document) -> Iterator[Finding]:
        for group in self.spec.patterns:
            uses = sorted(
                (match.start(), match.end(), form)
                for form, pattern in enumerate(group)
                for match in finditer(pattern, doc.text)
            )
            if not uses:
                continue
            first_start, first_end, standard = uses[0]
            other = doc.text[first_start:first_end]
            for start, end, form in uses[1:]:
                if form != standard:
                    yield Finding(
                        start,
                        end,
                        self.spec.message.format(
                            match=doc.text[start:end], other=other, line=doc.line_of(first_start)
                        ),
                        (other,),
                    )
