"""Compiling and running the patterns of declarative entries, shared by every kind.

An entry's terms (literal phrases and regular expressions) compile into one :class:`Matcher`:
a single combined pattern per entry, so a document is scanned once per entry however many
terms it lists. The conditions every matching kind accepts live here too:

- ``preceded-by`` / ``followed-by`` (and ``not-preceded-by`` / ``not-followed-by``): regular
  expressions that must (not) match right before or right after the term — the context that
  makes a pattern an error ("a month name followed by a day number");
- ``scope``: the block kinds the entry reads (``paragraph``, ``heading``, ``item``, ``cell``,
  ``footnote``, ``caption`` — front matter descriptions and image alt text); ``"~heading"``
  excludes a kind;
- ``exceptions``: phrases inside which a match is not a finding ("Internet Explorer");
- ``position``: ``"sentence-start"`` (only matches that open a sentence) or ``"mid-sentence"``
  (only matches that do not).
"""

from __future__ import annotations

import bisect
import string
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from copylint.config import did_you_mean
from copylint.errors import CopylintError
from copylint.packs.regex_size import MAX_EXPANDED_SIZE, expanded_size

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs.entry import Entry

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

BLOCK_KINDS = ("paragraph", "heading", "item", "cell", "footnote", "caption")
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
    """Compile a regular expression written in a pack; a bad one names the file and entry, and
    so does one that would take too much memory to compile (see :mod:`.regex_size`)."""
    size = expanded_size(source)
    if size > MAX_EXPANDED_SIZE:
        raise entry.error(
            f"regular expression {source[:60]!r} is too large once its repeats are unrolled "
            f"(about {size:,} steps; the limit is {MAX_EXPANDED_SIZE:,})"
        )
    try:
        return regex.compile(source, _flags(ignore_case))
    except (regex.error, ValueError, OverflowError) as error:
        raise entry.error(f"invalid regular expression {source!r}: {error}") from None


def time_limit(text: str) -> float:
    """The seconds one pattern may take over ``text``."""
    return PATTERN_TIMEOUT + SECONDS_PER_MILLION * len(text) / 1_000_000


@dataclass
class TimeBudget:
    """The seconds of pattern searching one pack entry may spend on one document, shared by
    all its patterns and terms: a pack of thousands of terms must not get thousands of time
    limits. Only the time inside the searches counts, not what the caller does between them."""

    limit: float
    spent: float = 0.0

    @property
    def left(self) -> float:
        """What is left; a little more than nothing once spent, so the next search stops."""
        return max(self.limit - self.spent, 0.001)


def finditer(
    pattern: regex.Pattern[str],
    text: str,
    label: str | None = None,
    overlapped: bool = False,
    budget: TimeBudget | None = None,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` with a time limit, so a runaway pattern cannot hang a run.

    ``label`` is how the report names the pattern: what the pack wrote, not the compiled form.
    With ``overlapped``, the match at every position where the pattern matches. ``budget`` is
    the entry's shared limit (by default one of :func:`time_limit` for this search alone).
    """
    budget = TimeBudget(time_limit(text)) if budget is None else budget
    matches = pattern.finditer(text, overlapped=overlapped, timeout=budget.left)
    while True:
        started = time.perf_counter()
        try:
            match = next(matches)
        except StopIteration:
            return
        except TimeoutError:
            raise _timeout(label or pattern.pattern, budget.limit) from None
        finally:
            budget.spent += time.perf_counter() - started
        if budget.spent > budget.limit:
            raise _timeout(label or pattern.pattern, budget.limit)
        yield match


def match_at(
    pattern: regex.Pattern[str],
    text: str,
    pos: int,
    label: str | None = None,
    budget: TimeBudget | None = None,
) -> regex.Match[str] | None:
    """``pattern.match(text, pos)`` with the same time limit (or what is left of ``budget``)."""
    budget = TimeBudget(time_limit(text)) if budget is None else budget
    started = time.perf_counter()
    try:
        return pattern.match(text, pos, timeout=budget.left)
    except TimeoutError:
        raise _timeout(label or pattern.pattern, budget.limit) from None
    finally:
        budget.spent += time.perf_counter() - started


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
    """Carry the capitalization of the matched text over to its replacement."""
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
    text = doc.text
    # Backwards from the offset, stopping at the first other character: a long sentence with
    # no end (a paragraph of unclosed quotes) costs nothing per match.
    position = offset
    while position > start and text[position - 1] in SENTENCE_OPENERS:
        position -= 1
    return position == start


def _within(spans: list[tuple[int, int]], hit: Hit) -> bool:
    """Whether ``hit`` lies inside one of the sorted, disjoint ``spans`` (a binary search)."""
    index = bisect.bisect_right(spans, (hit.start, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= hit.start and hit.end <= spans[index][1]


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
                if _within(excepted, hit):
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


def listed_terms(entry: Entry, kind: str) -> Matcher:
    """The matcher of an entry that lists ``tokens`` and/or ``patterns`` (existence,
    occurrence); case is ignored unless the entry says ``ignore-case = false``."""
    tokens, patterns = entry.strings("tokens"), entry.strings("patterns")
    if not tokens and not patterns:
        raise entry.error(f"an {kind} rule needs 'tokens' or 'patterns'")
    return Matcher.compile(entry, tokens, patterns, ignore_case=entry.boolean("ignore-case", True))


def _start_then_rank(candidate: tuple[int, int, Hit]) -> tuple[int, int]:
    return candidate[0], candidate[1]


@dataclass(frozen=True)
class _Search:
    """The compiled patterns for some of an entry's terms: one combined pattern to scan with,
    and each alternative alone (the literal alternation first, if any) to settle which term
    matched."""

    pattern: regex.Pattern[str]
    sources: tuple[str, ...]  # of the alternatives alone, compiled when a match needs them
    flags: int
    has_literals: bool
    _branches: dict[int, regex.Pattern[str]] = field(default_factory=dict, compare=False)

    def branch(self, index: int) -> regex.Pattern[str]:
        compiled = self._branches.get(index)
        if compiled is None:
            compiled = self._branches[index] = regex.compile(self.sources[index], self.flags)
        return compiled


#: A run of letters and digits: the whole-word check of a phrase looks at these.
_ATOM = regex.compile(r"[\p{L}\p{N}]+", regex.VERSION1)
_last_atoms: dict[bool, tuple[str, frozenset[str]]] = {}


def _atoms_of(text: str, fold: bool) -> frozenset[str]:
    return frozenset(_ATOM.findall(text.casefold() if fold else text))


def text_atoms(text: str, fold: bool) -> frozenset[str]:
    """The runs of letters and digits of ``text`` (case-folded if ``fold``), remembered for the
    last text: every entry of every pack asks about the same ``doc.text``, only the first pays."""
    last = _last_atoms.get(fold)
    if last is not None and last[0] is text:
        return last[1]
    atoms = _atoms_of(text, fold)
    _last_atoms[fold] = (text, atoms)
    return atoms


@dataclass(frozen=True)
class Matcher:
    """The compiled search of one entry: its terms in one pattern, with its conditions.

    Terms are literal phrases (matched as whole words, white space matching any white space)
    and regular expressions. The combined pattern resets group numbers per alternative, so a
    term's own groups (and back-references) work as written; which term matched is settled
    only at a hit, by matching the alternatives alone at that offset.

    A long phrase list (the idioms are hundreds) scans slowly as one alternation and compiles
    slowly, so each literal is compiled on its own, on first use, and run only on documents that
    hold all of its words (a phrase can match only where each of its runs of letters stands as
    a whole run). The matches of the phrases and of the regular expressions are then chosen as
    the one alternation would choose them: leftmost first, and at one place the first
    alternative in its order (phrases that begin with a letter, longest first; then the other
    phrases, longest first; then the regular expressions).
    """

    label: str  # the terms as the pack wrote them, for reports
    literals: tuple[str, ...]
    literal_atoms: tuple[frozenset[str], ...]
    patterns: tuple[str, ...]  # the regular expressions, wrapped as alternatives
    literal_terms: Mapping[str, int]  # normalized literal → term index
    ignore_case: bool  # of the terms
    scoped: str  # the case flag of the terms where it differs from the conditions'
    before: str
    after: str
    flags: int
    conditions: Conditions
    literal_priority: tuple[int, ...]  # each literal's place in the alternation's order
    _searches: dict[tuple[int, ...], _Search] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    _phrases: dict[int, regex.Pattern[str]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

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
        # A repository's pack is checked here, so a bad pattern is named at load time; the
        # built-in packs are checked by the tests, and compile on first use (a faster start).
        checked = not _built_in(entry)
        for source in patterns if checked else ():
            user_pattern(entry, source, terms_fold)  # a bad pattern is named on its own
        total = sum(expanded_size(source) for source in patterns)
        if total > MAX_EXPANDED_SIZE:  # each one small, but compiled together
            raise entry.error(
                f"its regular expressions are too large together once their repeats are "
                f"unrolled (about {total:,} steps; the limit is {MAX_EXPANDED_SIZE:,})"
            )
        if not literals and not patterns:
            raise entry.error("needs at least one term")
        before, after = _context(entry, ignore_case)
        literal_terms: dict[str, int] = {}
        for index, phrase in enumerate(literals):
            literal_terms.setdefault(normalize(phrase, terms_fold), index)
        order = sorted(
            (i for i in literal_terms.values() if literals[i].strip()),
            key=lambda i: (
                not _WORD_CHAR.match(literals[i].strip()[:1]),
                -len(literals[i].strip()),
            ),
        )
        priority = [len(literals)] * len(literals)
        for rank, index in enumerate(order):
            priority[index] = rank
        matcher = cls(
            label=" | ".join(patterns) if patterns else f"{len(literals)} phrases",
            literals=tuple(literals),
            literal_atoms=tuple(_atoms_of(phrase, terms_fold) for phrase in literals),
            patterns=tuple(f"(?:{p})" for p in patterns),
            literal_terms=literal_terms,
            ignore_case=terms_fold,
            scoped="" if terms_fold == ignore_case else ("(?i)" if terms_fold else "(?-i)"),
            before=before,
            after=after,
            flags=_flags(ignore_case),
            conditions=Conditions.read(entry, ignore_case),
            literal_priority=tuple(priority),
        )
        if patterns and checked:
            matcher._search(())  # the regular expressions together: errors surface at load time
        return matcher

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The one pattern of every term (what a document holding all their words is scanned
        with)."""
        return self._search(tuple(range(len(self.literals)))).pattern

    def _search(self, chosen: tuple[int, ...]) -> _Search:
        """The search for the literals ``chosen`` (indices) and every regular expression."""
        search = self._searches.get(chosen)
        if search is None:
            phrases = [self.literals[i] for i in chosen]
            alternatives = ([_phrases_source(phrases)] if phrases else []) + list(self.patterns)
            if self.scoped:
                alternatives = [f"(?:{self.scoped}{a})" for a in alternatives]
            before, after, flags = self.before, self.after, self.flags
            search = _Search(
                regex.compile(f"{before}(?|{'|'.join(alternatives)}){after}", flags),
                tuple(f"{before}{a}{after}" for a in alternatives),
                flags,
                bool(phrases),
            )
            self._searches[chosen] = search
        return search

    def hits(self, doc: Document) -> Iterator[Hit]:
        """Every match in the prose that meets the entry's conditions."""
        return self.conditions.filter(doc, self._hits(doc.text))

    def _phrase(self, index: int) -> regex.Pattern[str]:
        """The pattern of literal ``index`` alone, with the entry's conditions."""
        pattern = self._phrases.get(index)
        if pattern is None:
            source = phrase_source(self.literals[index].strip())
            if self.scoped:
                source = f"(?:{self.scoped}{source})"
            pattern = regex.compile(f"{self.before}{source}{self.after}", self.flags)
            self._phrases[index] = pattern
        return pattern

    def _hits(self, text: str) -> Iterator[Hit]:
        candidates: list[tuple[int, int, Hit]] = []  # (start, priority, hit)
        budget = TimeBudget(time_limit(text))  # one limit for the entry, not one per term
        if self.literals:
            present = text_atoms(text, self.ignore_case)
            for index, atoms in enumerate(self.literal_atoms):
                rank = self.literal_priority[index]
                if rank < len(self.literals) and atoms <= present:
                    phrase = self._phrase(index)
                    for match in finditer(phrase, text, self.label, True, budget):
                        if match.end() > match.start():
                            hit = Hit(match.start(), match.end(), index, match)
                            candidates.append((match.start(), rank, hit))
        if self.patterns:
            search = self._search(())
            for match in finditer(search.pattern, text, self.label, True, budget):
                if match.end() > match.start():
                    resolved = self._resolve(search, text, match, budget)
                    if resolved is not None:
                        rank = len(self.literals) + resolved.term
                        candidates.append((match.start(), rank, resolved))
        candidates.sort(key=_start_then_rank)
        end = 0
        for start, _, hit in candidates:
            if start >= end:
                end = hit.end
                yield hit

    def _resolve(
        self,
        search: _Search,
        text: str,
        match: regex.Match[str],
        budget: TimeBudget | None = None,
    ) -> Hit | None:
        start, end = match.span()
        for index in range(len(search.sources)):
            own = match_at(search.branch(index), text, start, self.label, budget)
            if own is None or own.end() != end:
                continue
            if search.has_literals and index == 0:
                term = self.literal_terms.get(normalize(own.group(), self.ignore_case))
                if term is None:
                    continue
            else:
                term = len(self.literals) + index - (1 if search.has_literals else 0)
            return Hit(start, end, term, own)
        return None


def _built_in(entry: Entry) -> bool:
    """A shipped pack: tested (tests/test_speed.py compiles every pattern of every built-in
    pack), so its patterns are compiled on first use rather than checked at load time."""
    return entry.origin.startswith("built-in pack")


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
        if not _built_in(entry):
            user_pattern(entry, source, ignore_case)
        parts[key] = wrapper.format(f"(?:{source})")
    before = parts.get("preceded-by", "") + parts.get("not-preceded-by", "")
    after = parts.get("followed-by", "") + parts.get("not-followed-by", "")
    return before, after
