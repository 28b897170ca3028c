"""directive/unknown: a copylint comment with a typo or an unknown rule id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.config import did_you_mean
from copylint.document import DIRECTIVE_KINDS
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document


class UnknownDirective(Rule):
    id = "directive/unknown"
    severity = Severity.WARNING
    summary = "A copylint comment with a typo or an unknown rule id"
    what = (
        "Flags an inline comment that starts like a copylint directive but is none "
        "(`<!-- copylint-disable-nextline -->`), and a rule id or family in a disable or "
        "enable comment that no rule has (`repetition/doubled-wrd`), with the closest known "
        "one. Such a comment switches nothing off, silently."
    )
    why = (
        "A suppression that does not work is worse than none: the writer believes a finding "
        "is handled. Linters warn about it for the same reason (ESLint's unused and unknown "
        "directives, ruff's RUF100)."
    )
    references = (
        "ruff, RUF100 unused-noqa: https://docs.astral.sh/ruff/rules/unused-noqa/",
        "ESLint, --report-unused-disable-directives: https://eslint.org/docs/latest/use/command-line-interface",
    )
    bad = (
        Example(
            "<!-- copylint-disable-nextline repetition/doubled-word -->\nIt was the the end.\n",
            format="markdown",
            flags=("<!-- copylint-disable-nextline repetition/doubled-word -->",),
        ),
        Example(
            "<!-- copylint-disable repetition/doubled-wrd -->\nIt was the end.\n",
            format="markdown",
            flags=("repetition/doubled-wrd",),
        ),
    )
    good = (
        Example(
            "<!-- copylint-disable-next-line repetition/doubled-word -->\nIt was the the end.\n",
            format="markdown",
        ),
        Example("<!-- copylint-disable repetition -->\nIt was the end.\n", format="markdown"),
    )
    fix_safety = "No fix: the comment's intent is the writer's to state."

    @property
    def known(self) -> frozenset[str]:
        """Every rule id and family the run knows (its packs and plugins included)."""
        return self.context.known_rules

    def check(self, doc: Document) -> Iterator[Finding]:
        for directive in doc.directives:  # real comments only: the format leaves out code
            kind = directive.kind
            if kind not in DIRECTIVE_KINDS:
                yield Finding(
                    directive.start,
                    directive.end,
                    f"Unknown copylint directive 'copylint-{kind}'"
                    f"{did_you_mean(kind, DIRECTIVE_KINDS)}: it switches nothing off",
                    in_source=True,
                )
                continue
            if kind == "words":
                continue
            for selector in directive.args:
                if selector not in self.known:
                    yield Finding(
                        directive.args_start,
                        directive.args_end,
                        f"Unknown rule or family '{selector}'{did_you_mean(selector, self.known)}",
                        in_source=True,
                    )
