"""``substitution``: a wrong word or phrase and what to write instead, with a fix.

Keys: ``swap`` (a table of literal wrong = right, or wrong = [choices]), ``swap-patterns`` (a
table of regular expression = replacement, where the replacement may use the pattern's groups
as ``\\1`` or ``\\g<name>``), ``fix`` (``safe``, ``unsafe`` or ``none``; default ``safe``; a
finding with several choices is never fixed automatically), ``quiet-when-consistent`` and
``preferred``, the conditions of :mod:`copylint.packs.conditions`, and ``message`` with
``{match}`` and ``{replacement}``. A literal replacement takes the capitalization of the text it
replaces.

``quiet-when-consistent`` offers the rule option of that name (see
:mod:`copylint.packs.convention`), with the entry's value as default: with it on, when the
article writes the entry's wrong forms two or more times and never the preferred form in the
same context, it follows another style on purpose, and the entry stays quiet. One use, or a mix
of both conventions, is still flagged. The preferred form is the literal replacements, or the
regular expressions of ``preferred`` (required with ``swap-patterns``). ``excusable`` lists the
literal wrong forms a convention may excuse (default: all); the others are always flagged.
``declared-style-only = true`` runs the entry only when the configuration declares the style:
for a choice where other professional styles differ, which is no error in their copy.
``safe-swaps`` lists, in an entry whose ``fix`` is ``unsafe``, the literal wrong forms whose fix
cannot change meaning (a form no style writes, as "Sep." for "Sept."): theirs is safe.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from copylint.packs.conditions import CONDITION_KEYS
from copylint.packs.convention import (
    CONVENTION_MIN_USES,
    convention_options,
    house_style_applies,
    offers_convention,
    quiet_when_consistent,
)
from copylint.packs.entry import Entry
from copylint.packs.kinds.base import PackRule
from copylint.packs.matching import Matcher
from copylint.packs.patterns import Hit, normalize
from copylint.packs.validation import built_in, check_message, check_template, user_pattern
from copylint.rule import Finding, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

DEFAULT_MESSAGE = "Write '{replacement}' rather than '{match}'"


class SubstitutionSpec(NamedTuple):
    """A substitution entry compiled: each term's replacements and when they apply."""

    matcher: Matcher
    choices: tuple[tuple[str, ...], ...]  # per term: literal choices or regex templates
    n_literals: int
    fix: str
    message: str
    convention: Matcher | None  # the replacements, when quiet-when-consistent
    excusable: frozenset[int] | None  # the terms a convention may excuse; None: all
    declared_only: bool  # runs only when the configuration declares the style
    safe_terms: frozenset[int] = frozenset()  # terms whose fix is safe in an unsafe entry

    def replacements(self, hit: Hit) -> tuple[str, ...]:
        choices = self.choices[hit.term]
        if hit.term < self.n_literals:
            return tuple(_carry_case(choice, hit.text) for choice in choices)
        return tuple(_capital_like(hit.expand(t), hit.text) for t in choices)


def _carry_case(replacement: str, matched: str) -> str:
    """A literal replacement takes the capitals of the text it replaces: all of them ("FAQ"
    for "FAQS"), or the first; a replacement with capitals of its own keeps them."""
    if matched.isupper() and len(matched) > 1 and replacement.islower():
        return replacement.upper()
    return _capital_like(replacement, matched)


def _capital_like(replacement: str, matched: str) -> str:
    """A replacement built from a pattern starts with a capital where the match did."""
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _choices(entry: Entry, key: str, wrong: str, right: Any) -> tuple[str, ...]:
    choices = (right,) if isinstance(right, str) else right
    if not (
        isinstance(choices, list | tuple) and choices and all(isinstance(c, str) for c in choices)
    ):
        raise entry.error(f"{key} {wrong!r} must map to a string or a list of strings")
    return tuple(choices)


def _literal_terms(
    entry: Entry, key: str, literals: Mapping[str, object], ignore_case: bool
) -> frozenset[int]:
    """The term numbers of the literal wrong forms ``key`` lists (each must be in 'swap')."""
    keys = [normalize(w, ignore_case) for w in entry.strings(key)]
    unknown = [w for w in keys if w not in literals]
    if unknown:
        raise entry.error(f"{key!r} names {unknown[0]!r}, which 'swap' does not list")
    return frozenset(list(literals).index(w) for w in keys)


class SubstitutionRule(PackRule[SubstitutionSpec]):
    paragraph_local = True  # phrases within one paragraph
    KEYS = (
        frozenset(
            {"swap", "swap-patterns", "fix", "quiet-when-consistent", "preferred", "excusable"}
            | {"declared-style-only", "safe-swaps"}
        )
        | CONDITION_KEYS
    )

    @classmethod
    def compile(cls, entry: Entry) -> SubstitutionSpec:
        ignore_case = entry.boolean("ignore-case", True)
        literals: dict[str, tuple[str, tuple[str, ...]]] = {}
        for wrong, right in entry.table_of("swap").items():
            literals.setdefault(
                normalize(wrong, ignore_case), (wrong, _choices(entry, "swap", wrong, right))
            )
        patterns = entry.table_of("swap-patterns")
        choices = [c for _, c in literals.values()]
        checked = not built_in(entry)  # the built-in packs' templates: checked by the tests
        for source, right in patterns.items():
            templates = _choices(entry, "swap-patterns", source, right)
            if checked:
                compiled = user_pattern(entry, source, ignore_case)
                templates = tuple(check_template(entry, compiled, t) for t in templates)
            choices.append(templates)
        if not choices:
            raise entry.error("a substitution rule needs a non-empty 'swap' or 'swap-patterns'")
        fix = entry.string("fix", "safe")
        if fix not in ("safe", "unsafe", "none"):
            raise entry.error("'fix' must be safe, unsafe or none")
        message = check_message(
            entry, entry.string("message", DEFAULT_MESSAGE), {"match": "", "replacement": ""}
        )
        wrongs = [w for w, _ in literals.values()]
        matcher = Matcher.compile(entry, wrongs, list(patterns), ignore_case=ignore_case)
        convention = None
        preferred = entry.strings("preferred")
        if offers_convention(entry):
            if patterns and not preferred:
                raise entry.error("'quiet-when-consistent' with 'swap-patterns' needs 'preferred'")
            rights = [] if preferred else sorted({r for _, rs in literals.values() for r in rs})
            convention = Matcher.compile(entry, rights, preferred, ignore_case=ignore_case)
        elif preferred or "excusable" in entry.table:
            raise entry.error(
                "'preferred' or 'excusable' only applies with 'quiet-when-consistent'"
            )
        excusable = None
        if "excusable" in entry.table:
            excusable = _literal_terms(entry, "excusable", literals, ignore_case)
        safe_terms: frozenset[int] = frozenset()
        if "safe-swaps" in entry.table:
            if fix != "unsafe":
                raise entry.error("'safe-swaps' only applies with fix = \"unsafe\"")
            safe_terms = _literal_terms(entry, "safe-swaps", literals, ignore_case)
        return SubstitutionSpec(
            matcher,
            tuple(choices),
            len(wrongs),
            fix,
            message,
            convention,
            excusable,
            entry.boolean("declared-style-only", False),
            safe_terms,
        )

    @classmethod
    def offered_options(cls, entry: Entry) -> dict[str, Any]:
        return convention_options(entry)

    def check(self, doc: Document) -> Iterator[Finding]:
        spec = self.spec
        if not house_style_applies(self, spec.declared_only):
            return
        hits = list(self.counted(doc, spec.matcher.hits(doc)))
        excusable = [h for h in hits if spec.excusable is None or h.term in spec.excusable]
        if self._follows_own_convention(doc, excusable):
            hits = [h for h in hits if spec.excusable is not None and h.term not in spec.excusable]
        for hit in hits:
            choices = tuple(c for c in spec.replacements(hit) if c != hit.text)
            if not choices:
                continue
            message = spec.message.format(match=hit.text, replacement="' or '".join(choices))
            edits: tuple[TextEdit, ...] = ()
            if spec.fix != "none" and len(choices) == 1:
                edits = (TextEdit(hit.start, hit.end, choices[0]),)
            safe = spec.fix == "safe" or hit.term in spec.safe_terms
            yield Finding(hit.start, hit.end, message, choices, edits, safe=safe)

    def _follows_own_convention(self, doc: Document, hits: list[Hit]) -> bool:
        convention = self.spec.convention
        if not quiet_when_consistent(self) or convention is None:
            return False
        if len(hits) < CONVENTION_MIN_USES:  # one use is a slip, not a convention
            return False
        return next(self.counted(doc, convention.hits(doc)), None) is None
