"""Compiling and running the patterns of declarative entries, shared by every kind.

An entry's terms (literal phrases and regular expressions) compile into one :class:`Matcher`:
a single combined pattern per entry, so a document is scanned once per entry however many
terms it lists. The conditions every matching kind accepts live here too:

- ``preceded-by`` / ``followed-by`` (and ``not-preceded-by`` / ``not-followed-by``): regular
  expressions that must (not) match right before or right after the term — the context that
  makes a pattern an error ("a month name followed by a day number");
- ``scope``: the block kinds the entry reads (``paragraph``, ``heading``, ``item``, ``cell``,
  ``footnote``); ``"~heading"`` excludes a kind;
- ``exceptions``: phrases inside which a match is not a finding ("Internet Explorer");
- ``position``: ``"sentence-start"`` (only matches that open a sentence) or ``"mid-sentence"``
  (only matches that do not).
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from copylint.config import did_you_mean
from copylint.errors import CopylintError

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs import Entry

#: How long one pattern may run over one document before it is reported as runaway: this many
#: seconds, plus :data:`SECONDS_PER_MILLION` for every million characters of prose, so that an
#: ordinary pattern over a very long article is not mistaken for a runaway one.
PATTERN_TIMEOUT = 2.0
SECONDS_PER_MILLION = 2.0

#: The keys of the conditions above, accepted by every kind that matches terms.
CONDITION_KEYS = frozenset(
    {
        "preceded-by",
        "followed-by",
        "not-preceded-by",
        "not-followed-by",
        "scope",
        "exceptions",
        "position",
    }
)

BLOCK_KINDS = ("paragraph", "heading", "item", "cell", "footnote")
POSITIONS = ("anywhere", "sentence-start", "mid-sentence")

#: What may stand between the start of a sentence and its first word.
SENTENCE_OPENERS = frozenset("\"“‘'([{¡¿—–- \n")

_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]", regex.VERSION1)
_LEFT = r"(?<![\p{L}\p{N}])"
_RIGHT = r"(?![\p{L}\p{N}])"
_TEMPLATE_GROUP = regex.compile(r"\\(\d+)|\\g<([^>]*)>")


class PatternTimeout(CopylintError):
    """A pack pattern ran longer than :data:`PATTERN_TIMEOUT` on one document."""


def normalize(phrase: str, ignore_case: bool) -> str:
    """The form a literal term is looked up by: white space collapsed, case folded if asked."""
    normal = " ".join(phrase.split())
    return normal.lower() if ignore_case else normal


def phrase_source(phrase: str, left: bool = True) -> str:
    """A literal phrase as a pattern: white space matches any run of white space, and a
    phrase that begins or ends with a letter or digit must begin or end a word there (the
    start is left to the caller when ``left`` is False)."""
    body = r"\s+".join(regex.escape(part) for part in phrase.split())
    starts_word = left and _WORD_CHAR.match(phrase.strip()[:1])
    right = _RIGHT if _WORD_CHAR.match(phrase.strip()[-1:]) else ""
    return f"{_LEFT if starts_word else ''}{body}{right}"


def _flags(ignore_case: bool) -> int:
    return regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)


def phrase_pattern(phrases: Sequence[str], ignore_case: bool) -> regex.Pattern[str]:
    """One pattern matching any of ``phrases`` as whole words, longest first."""
    return regex.compile(_phrases_source(phrases), _flags(ignore_case))


def _phrases_source(phrases: Sequence[str]) -> str:
    """The phrases as one alternation, longest first; the phrases that start with a letter or
    digit share one word-start check, so the engine can skip ahead on their first letters."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    words = [phrase_source(p, left=False) for p in ordered if _WORD_CHAR.match(p[:1])]
    others = [phrase_source(p) for p in ordered if not _WORD_CHAR.match(p[:1])]
    groups = ([f"{_LEFT}(?:{'|'.join(words)})"] if words else []) + others
    return f"(?:{'|'.join(groups)})"


def user_pattern(entry: Entry, source: str, ignore_case: bool) -> regex.Pattern[str]:
    """Compile a regular expression written in a pack; a bad one names the file and entry."""
    try:
        return regex.compile(source, _flags(ignore_case))
    except (regex.error, ValueError, OverflowError) as error:
        raise entry.error(f"invalid regular expression {source!r}: {error}") from None


def time_limit(text: str) -> float:
    """The seconds one pattern may take over ``text``."""
    return PATTERN_TIMEOUT + SECONDS_PER_MILLION * len(text) / 1_000_000


def finditer(
    pattern: regex.Pattern[str], text: str, label: str | None = None
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` with a time limit, so a runaway pattern cannot hang a run.

    ``label`` is how the report names the pattern: what the pack wrote, not the compiled form.
    """
    limit = time_limit(text)
    try:
        yield from pattern.finditer(text, timeout=limit)
    except TimeoutError:
        raise _timeout(label or pattern.pattern, limit) from None


def match_at(
    pattern: regex.Pattern[str], text: str, pos: int, label: str | None = None
) -> regex.Match[str] | None:
    """``pattern.match(text, pos)`` with the same time limit."""
    limit = time_limit(text)
    try:
        return pattern.match(text, pos, timeout=limit)
    except TimeoutError:
        raise _timeout(label or pattern.pattern, limit) from None


def _timeout(label: str, limit: float) -> PatternTimeout:
    return PatternTimeout(
        f"pattern {label[:60]!r} ran for more than {limit:.0f} s "
        "(a runaway regular expression?); rule skipped for this file"
    )


def check_message(entry: Entry, message: str, fields: Mapping[str, Any]) -> str:
    """Fail at load time unless every placeholder of ``message`` is a plain ``{name}`` the kind
    fills. Attribute and index lookups (``{match.__class__}``), conversions and format specs
    (``{match:>999999999}``) are refused: a pack from an untrusted repository must not reach
    into objects or make one message a gigabyte, and a checked message is safe to ``format``.
    """
    try:
        pieces = list(string.Formatter().parse(message))
    except ValueError as error:
        raise entry.error(f"message {message!r} is malformed: {error}") from None
    for _, name, spec, conversion in pieces:
        if name is None:
            continue
        if name not in fields:
            known = ", ".join(f"{{{f}}}" for f in fields)
            raise entry.error(
                f"message {message!r} has an unknown placeholder {{{name}}} (known: {known})"
            )
        if spec or conversion:
            raise entry.error(
                f"message {message!r}: write placeholders as plain {{{name}}}, "
                "without a conversion or format"
            )
    return message


def check_template(entry: Entry, pattern: regex.Pattern[str], template: str) -> str:
    """Fail at load time when a replacement names a group its pattern does not have."""
    for match in _TEMPLATE_GROUP.finditer(template):
        number, name = match.groups()
        known = (
            int(number) <= pattern.groups
            if number is not None
            else (name in pattern.groupindex or (name.isdigit() and int(name) <= pattern.groups))
        )
        if not known:
            raise entry.error(
                f"replacement {template!r} refers to group {match.group()!r}, "
                f"which {pattern.pattern!r} does not have"
            )
    return template


def match_case(replacement: str, matched: str) -> str:
    """Carry the capitalisation of the matched text over to its replacement."""
    if matched.isupper() and len(matched) > 1 and replacement.islower():
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def at_sentence_start(doc: Document, offset: int) -> bool:
    """True when only opening quotes, brackets or dashes stand between the start of the
    sentence (or block) and ``offset``."""
    sentence = doc.sentence_at(offset)
    start = sentence.start if sentence is not None else _block_start(doc, offset)
    return all(char in SENTENCE_OPENERS for char in doc.text[start:offset])


def _block_start(doc: Document, offset: int) -> int:
    block = doc.block_at(offset)
    return block.start if block is not None else offset


@dataclass(frozen=True)
class Conditions:
    """Where a match counts: the entry's scope, exceptions and position."""

    kinds: frozenset[str]
    exceptions: regex.Pattern[str] | None
    sentence_start: bool | None  # True: only at a sentence start; False: never; None: anywhere

    @classmethod
    def read(cls, entry: Entry, ignore_case: bool) -> Conditions:
        exceptions = entry.strings("exceptions")
        position = entry.string("position", "anywhere")
        if position not in POSITIONS:
            raise entry.error(f"'position' must be one of: {', '.join(POSITIONS)}")
        return cls(
            _scope(entry),
            phrase_pattern(exceptions, ignore_case) if exceptions else None,
            {"sentence-start": True, "mid-sentence": False}.get(position),
        )

    def filter(self, doc: Document, spans: Iterator[Hit]) -> Iterator[Hit]:
        excepted: list[tuple[int, int]] | None = None
        all_kinds = len(self.kinds) == len(BLOCK_KINDS)
        for hit in spans:
            if not all_kinds:
                block = doc.block_at(hit.start)
                if block is None or block.kind not in self.kinds:
                    continue
            if (
                self.sentence_start is not None
                and at_sentence_start(doc, hit.start) != self.sentence_start
            ):
                continue
            if self.exceptions is not None:
                if excepted is None:
                    excepted = [m.span() for m in finditer(self.exceptions, doc.text)]
                if any(s <= hit.start and hit.end <= e for s, e in excepted):
                    continue
            yield hit


def _scope(entry: Entry) -> frozenset[str]:
    values = entry.strings("scope")
    for value in values:
        name = value.removeprefix("~")
        if name not in BLOCK_KINDS:
            raise entry.error(
                f"unknown scope {value!r}{did_you_mean(name, BLOCK_KINDS)} "
                f"(scopes: {', '.join(BLOCK_KINDS)}; '~kind' excludes one)"
            )
    included = {v for v in values if not v.startswith("~")} or set(BLOCK_KINDS)
    return frozenset(included - {v[1:] for v in values if v.startswith("~")})


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of an entry: ``term`` indexes the entry's terms (literals first, then
    patterns); ``match`` is the match of that term alone, with its own groups."""

    start: int
    end: int
    term: int
    match: regex.Match[str]

    @property
    def text(self) -> str:
        return self.match.group()


@dataclass(frozen=True)
class Matcher:
    """The compiled search of one entry: every term in one pattern, with its conditions.

    Terms are literal phrases (matched as whole words, white space matching any white space)
    and regular expressions. The combined pattern resets group numbers per alternative, so a
    term's own groups (and back-references) work as written; which term matched is settled
    only at a hit, by matching the alternatives alone at that offset.
    """

    pattern: regex.Pattern[str]
    label: str  # the terms as the pack wrote them, for reports
    branches: tuple[regex.Pattern[str], ...]  # the literal alternation (if any), then each regex
    literal_terms: Mapping[str, int]  # normalised literal → term index
    n_literals: int
    ignore_case: bool
    conditions: Conditions

    @classmethod
    def compile(
        cls,
        entry: Entry,
        literals: Sequence[str],
        patterns: Sequence[str] = (),
        *,
        ignore_case: bool,
        terms_ignore_case: bool | None = None,
    ) -> Matcher:
        """Compile ``literals`` and ``patterns`` with the entry's conditions.

        ``ignore_case`` applies to the conditions (context, exceptions) and, unless
        ``terms_ignore_case`` says otherwise, to the terms.
        """
        terms_fold = ignore_case if terms_ignore_case is None else terms_ignore_case
        for source in patterns:
            user_pattern(entry, source, terms_fold)  # a bad pattern is named on its own
        before, after = _context(entry, ignore_case)
        scoped = "" if terms_fold == ignore_case else ("(?i)" if terms_fold else "(?-i)")
        alternatives = ([_phrases_source(literals)] if literals else []) + [
            f"(?:{p})" for p in patterns
        ]
        if not alternatives:
            raise entry.error("needs at least one term")
        alternatives = [f"(?:{scoped}{a})" if scoped else a for a in alternatives]
        flags = _flags(ignore_case)
        branches = tuple(regex.compile(f"{before}{a}{after}", flags) for a in alternatives)
        combined = regex.compile(f"{before}(?|{'|'.join(alternatives)}){after}", flags)
        literal_terms: dict[str, int] = {}
        for index, phrase in enumerate(literals):
            literal_terms.setdefault(normalize(phrase, terms_fold), index)
        label = " | ".join(patterns) if patterns else f"{len(literals)} phrases"
        return cls(
            combined,
            label,
            branches,
            literal_terms,
            len(literals),
            terms_fold,
            Conditions.read(entry, ignore_case),
        )

    def hits(self, doc: Document) -> Iterator[Hit]:
        """Every match in the prose that meets the entry's conditions."""
        return self.conditions.filter(doc, self._hits(doc.text))

    def _hits(self, text: str) -> Iterator[Hit]:
        for match in finditer(self.pattern, text, self.label):
            if match.end() > match.start():
                hit = self._resolve(text, match)
                if hit is not None:
                    yield hit

    def _resolve(self, text: str, match: regex.Match[str]) -> Hit | None:
        start, end = match.span()
        has_literals = self.n_literals > 0
        for index, branch in enumerate(self.branches):
            own = match_at(branch, text, start, self.label)
            if own is None or own.end() != end:
                continue
            if has_literals and index == 0:
                term = self.literal_terms.get(normalize(own.group(), self.ignore_case))
                if term is None:
                    continue
            else:
                term = self.n_literals + index - (1 if has_literals else 0)
            return Hit(start, end, term, own)
        return None


def _context(entry: Entry, ignore_case: bool) -> tuple[str, str]:
    """The lookarounds of the entry's preceded-by / followed-by conditions."""
    parts: dict[str, str] = {}
    for key, wrapper in (
        ("preceded-by", "(?<={})"),
        ("not-preceded-by", "(?<!{})"),
        ("followed-by", "(?={})"),
        ("not-followed-by", "(?!{})"),
    ):
        source = entry.get(key)
        if source is None:
            continue
        if not isinstance(source, str) or not source:
            raise entry.error(f"'{key}' must be a regular expression (a non-empty string)")
        user_pattern(entry, source, ignore_case)
        parts[key] = wrapper.format(f"(?:{source})")
    before = parts.get("preceded-by", "") + parts.get("not-preceded-by", "")
    after = parts.get("followed-by", "") + parts.get("not-followed-by", "")
    return before, after
