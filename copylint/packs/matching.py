"""Finding an entry's terms in a document: the :class:`Matcher` every matching kind uses.

An entry's terms are literal phrases and regular expressions. The phrases of every entry are
found in one pass over the text (:mod:`.phrases`), and each place is confirmed by that
phrase's own pattern; the regular expressions of an entry are combined into one pattern, so a
document is scanned once per entry that has any. Patterns compile on first use; a
repository's own packs are compiled at load time too, so a bad one is named at once
(:mod:`.validation`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.packs.conditions import Conditions, context
from copylint.packs.patterns import (
    WORD_CHAR,
    Hit,
    TimeBudget,
    ends_word,
    finditer,
    flags,
    match_at,
    normalize,
    phrase_source,
    starts_word,
    time_limit,
)
from copylint.packs.phrases import PHRASES
from copylint.packs.presence import PRESENCE
from copylint.packs.regex_size import MAX_EXPANDED_SIZE, expanded_size
from copylint.packs.required import Requirements, requirements
from copylint.packs.validation import built_in, user_pattern

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs.entry import Entry


def listed_terms(entry: Entry, kind: str) -> Matcher:
    """The matcher of an entry that lists ``tokens`` and/or ``patterns`` (existence,
    occurrence); case is ignored unless the entry says ``ignore-case = false``."""
    tokens, patterns = entry.strings("tokens"), entry.strings("patterns")
    if not tokens and not patterns:
        raise entry.error(f"an {kind} rule needs 'tokens' or 'patterns'")
    return Matcher.compile(entry, tokens, patterns, ignore_case=entry.boolean("ignore-case", True))


class _Form(NamedTuple):
    """How a literal phrase is compared at a place the phrase index found."""

    begins_word: bool  # a match must begin a word (the phrase begins with a letter or digit)
    words: tuple[str, ...]  # its words, white space between them
    ends_word: bool  # a match must end a word


def _start_then_rank(candidate: tuple[int, int, Hit]) -> tuple[int, int]:
    return candidate[0], candidate[1]


class _Search:
    """An entry's regular expressions: each one alone (compiled when it is needed), and one
    combined pattern to scan with when that is needed (compiled on first use)."""

    def __init__(
        self, combined: str, sources: tuple[str, ...], bare_sources: tuple[str, ...], flags: int
    ) -> None:
        self.combined = combined
        self.sources = sources
        self.bare_sources = bare_sources  # each one without the entry's preceding context
        self.flags = flags
        self._branches: dict[int, regex.Pattern[str]] = {}
        self._bare: dict[int, regex.Pattern[str]] = {}

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        return regex.compile(self.combined, self.flags)

    def branch(self, index: int) -> regex.Pattern[str]:
        compiled = self._branches.get(index)
        if compiled is None:
            compiled = self._branches[index] = regex.compile(self.sources[index], self.flags)
        return compiled

    def bare(self, index: int) -> regex.Pattern[str]:
        compiled = self._bare.get(index)
        if compiled is None:
            compiled = self._bare[index] = regex.compile(self.bare_sources[index], self.flags)
        return compiled


_SPACE = regex.compile(r"\s", regex.VERSION1)
#: The characters that the word-character pattern matches in any case and not in its own case:
#: a mark that folds to a letter (U+0345 folds to "ι"). (Compiling the pattern in any case, for
#: this, took 1 ms; tests/test_pack_matching.py compares the two on every code point.)
FOLDS_TO_WORD_CHAR = frozenset("\u0345")
#: Whether a character is a letter or digit (what a phrase's word boundary looks at), by
#: character, as a pattern that matches case-sensitively (False) or in any case (True) sees it.
_word_chars: dict[bool, dict[str, bool]] = {False: {}, True: {}}


def word_char(char: str, fold: bool) -> bool:
    known = _word_chars[fold].get(char)
    if known is None:
        known = WORD_CHAR.match(char) is not None or (fold and char in FOLDS_TO_WORD_CHAR)
        _word_chars[fold][char] = known
    return known


def plain_match(text: str, start: int, parts: Sequence[str], fold: bool, right: bool) -> int:
    """Where the phrase of ``parts`` (its words, white space between them) matches ``text`` at
    ``start``, as its pattern would: the end offset, -1 when it does not match, or -2 when
    the answer needs the regex module (a letter outside ASCII compared without case, where
    Unicode's case folding can match strings of other lengths).
    """
    at = start
    for number, part in enumerate(parts):
        if number:
            if at >= len(text) or _SPACE.match(text, at) is None:
                return -1
            while at < len(text) and _SPACE.match(text, at) is not None:
                at += 1
        written = text[at : at + len(part)]
        if fold:
            if not (written.isascii() and part.isascii()):
                return -2
            if written.lower() != part.lower():
                return -1
        elif written != part:
            return -1
        at += len(part)
    if right and at < len(text) and word_char(text[at], fold):
        return -1
    return at


class Matcher:
    """The compiled search of one entry: its terms, with its conditions.

    Terms are literal phrases (matched as whole words, white space matching any white space)
    and regular expressions. Matches are chosen as one alternation of every term would choose
    them: leftmost first, and at one place the first alternative in its order (phrases that
    begin with a letter, longest first; then the other phrases, longest first; then the
    regular expressions in the pack's order). The regular expressions are combined with group
    numbers reset per alternative, so a term's own groups (and back-references) work as
    written; which one matched is settled only at a hit, by matching each alone there.

    (A plain class, as the pack records are NamedTuples: defining a dataclass costs every run,
    a one-draft check too, a few million instructions.)
    """

    def __init__(
        self,
        *,
        label: str,
        literals: tuple[str, ...],
        literal_keys: tuple[str, ...],
        patterns: tuple[str, ...],
        scoped: str,
        before: str,
        after: str,
        flags: int,
        conditions: Conditions,
        literal_priority: tuple[int, ...],
        literal_forms: tuple[_Form, ...],
        folds: bool,
    ) -> None:
        self.label = label  # the terms as the pack wrote them, for reports
        self.literals = literals
        self.literal_keys = literal_keys  # each literal's key in the shared phrase index
        self.patterns = patterns  # the regular expressions, wrapped as alternatives
        self.scoped = scoped  # the case flag of the terms where it differs from the conditions'
        self.before = before
        self.after = after
        self.flags = flags
        self.conditions = conditions
        self.literal_priority = literal_priority  # each literal's place in the alternation
        self.literal_forms = literal_forms  # each literal read once, to compare at a place
        self.folds = folds  # whether the terms match in any case
        self._search_cache: list[_Search] = []
        self._phrases: dict[int, regex.Pattern[str]] = {}
        self._needs: list[Requirements | None] = []
        self._context_needs: dict[str, Requirements | None] = {}
        # the lookbehinds and the lookaheads, each compiled on first use
        self._context: dict[str, regex.Pattern[str]] = {}

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
        checked = not built_in(entry)
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
        before, after = context(entry, ignore_case)
        first: dict[str, int] = {}  # normalized literal → the first term that writes it
        for index, phrase in enumerate(literals):
            first.setdefault(normalize(phrase, terms_fold), index)
        order = sorted(
            (i for i in first.values() if literals[i].strip()),
            key=lambda i: (not starts_word(literals[i]), -len(literals[i].strip())),
        )
        priority = [len(literals)] * len(literals)
        for rank, index in enumerate(order):
            priority[index] = rank
        matcher = cls(
            label=" | ".join(patterns) if patterns else f"{len(literals)} phrases",
            literals=tuple(literals),
            literal_keys=tuple(
                PHRASES.add(p) if rank < len(literals) else ""
                for p, rank in zip(literals, priority, strict=True)
            ),
            patterns=tuple(f"(?:{p})" for p in patterns),
            scoped="" if terms_fold == ignore_case else ("(?i)" if terms_fold else "(?-i)"),
            before=before,
            after=after,
            flags=flags(ignore_case),
            conditions=Conditions.read(entry, ignore_case),
            literal_priority=tuple(priority),
            literal_forms=tuple(
                _Form(starts_word(p), tuple(p.split()), ends_word(p)) for p in literals
            ),
            folds=terms_fold,
        )
        if patterns and checked:
            matcher.search().pattern  # noqa: B018 (together: errors surface at load time)
        return matcher

    def search(self) -> _Search:
        """The combined search of the entry's regular expressions, compiled on first use."""
        if not self._search_cache:
            alternatives = list(self.patterns)
            if self.scoped:
                alternatives = [f"(?:{self.scoped}{a})" for a in alternatives]
            before, after = self.before, self.after
            self._search_cache.append(
                _Search(
                    f"{before}(?|{'|'.join(alternatives)}){after}",
                    tuple(f"{before}{a}{after}" for a in alternatives),
                    tuple(f"{a}{after}" for a in alternatives),
                    self.flags,
                )
            )
        return self._search_cache[0]

    def needs(self) -> list[Requirements | None]:
        """For each regular expression, what a text it matches in contains (see
        :mod:`.required`), or None when that is not known; read from their source once."""
        if not self._needs:
            self._needs.extend(requirements(source) for source in self.patterns)
        return self._needs

    def hits(self, doc: Document) -> Iterator[Hit]:
        """Every match in the prose that meets the entry's conditions."""
        if not self.conditions.may_count(doc):
            return iter(())
        return self.conditions.filter(doc, self._hits(doc.text))

    def phrase(self, index: int) -> regex.Pattern[str]:
        """The pattern of literal ``index`` alone, with the entry's context conditions."""
        pattern = self._phrases.get(index)
        if pattern is None:
            source = phrase_source(self.literals[index].strip())
            if self.scoped:
                source = f"(?:{self.scoped}{source})"
            pattern = regex.compile(f"{self.before}{source}{self.after}", self.flags)
            self._phrases[index] = pattern
        return pattern

    def _in_context(self, text: str, start: int, end: int, budget: TimeBudget) -> bool:
        """Whether the entry's context conditions hold around a phrase found at ``start`` to
        ``end``: its lookbehinds at the start, then its lookaheads at the end, each compiled
        once for the entry when first needed (what the phrase's own pattern would test there,
        as it can match only that far; a lookahead is not compiled while the lookbehind
        fails)."""
        return all(
            self._possible(source, text)
            and match_at(self._lookaround(source), text, at, self.label, budget) is not None
            for source, at in ((self.before, start), (self.after, end))
            if source
        )

    def _possible(self, source: str, text: str) -> bool:
        """Whether the lookarounds ``source`` can hold anywhere in ``text``: False when what a
        positive one requires is not in it (then it is not compiled)."""
        if source not in self._context_needs:
            self._context_needs[source] = requirements(source)
        needs = self._context_needs[source]
        return needs is None or PRESENCE.met(needs, text)

    def _lookaround(self, source: str) -> regex.Pattern[str]:
        compiled = self._context.get(source)
        if compiled is None:
            compiled = self._context[source] = regex.compile(source, self.flags)
        return compiled

    def _hits(self, text: str) -> Iterator[Hit]:
        candidates: list[tuple[int, int, Hit]] = []  # (start, priority, hit)
        # One limit for the entry, not one per term.
        budget = TimeBudget(time_limit(text))
        if self.literals:
            candidates.extend(self._literal_hits(text, PHRASES.occurrences(text), budget))
        if self.patterns:
            candidates.extend(self._pattern_hits(text, budget))
        candidates.sort(key=_start_then_rank)
        end = 0
        for start, _, hit in candidates:
            if start >= end:
                end = hit.end
                yield hit

    def _pattern_hits(self, text: str, budget: TimeBudget) -> Iterator[tuple[int, int, Hit]]:
        """The regular expressions' matches. When each one is known to require some literal,
        each is scanned alone, and only on a text with one of its literals: at a place, the
        first in the pack's order wins, as in their alternation, and none can match empty, so
        none hides another. Otherwise one combined scan, each match settled by :meth:`_resolve`.
        """
        search = self.search()
        needs = self.needs()
        if all(need is not None for need in needs):
            for index, need in enumerate(needs):
                if need is not None and PRESENCE.met(need, text):
                    term = len(self.literals) + index
                    for match in self._branch_matches(search, index, text, budget):
                        if match.end() > match.start():
                            hit = Hit(match.start(), match.end(), term, match.group(), match)
                            yield match.start(), len(self.literals) + term, hit
            return
        for match in finditer(search.pattern, text, self.label, True, budget):
            if match.end() > match.start():
                resolved = self._resolve(search, text, match, budget)
                if resolved is not None:
                    yield match.start(), len(self.literals) + resolved.term, resolved

    def _branch_matches(
        self, search: _Search, index: int, text: str, budget: TimeBudget
    ) -> Iterator[regex.Match[str]]:
        """Where regular expression ``index`` matches, at every place (overlapped). With a
        preceding context (lookbehinds before the term), the term is scanned without it and
        the context tested at each match's start, as the pattern with it would there: a
        pattern that opens with a lookbehind is tried at every place, where one that opens
        with a character skips ahead to it (numbers/compound-modifier scans three times
        faster). A context with groups of its own would renumber the term's groups: it is
        scanned as written."""
        before = self.before
        if not before or self._lookaround(before).groups:
            yield from finditer(search.branch(index), text, self.label, True, budget)
            return
        if not self._possible(before, text):
            return
        context = self._lookaround(before)
        for match in finditer(search.bare(index), text, self.label, True, budget):
            if match_at(context, text, match.start(), self.label, budget) is not None:
                yield match

    def _literal_hits(
        self, text: str, occurrences: Mapping[str, list[int]], budget: TimeBudget
    ) -> Iterator[tuple[int, int, Hit]]:
        """The literals' matches at the places the phrase index found their folded form."""
        for index, key in enumerate(self.literal_keys):
            starts = occurrences.get(key)
            if not starts:
                continue
            whole_word, parts, right = self.literal_forms[index]
            # The phrase is compared here, without compiling its pattern, wherever plain
            # comparison says what the pattern would; the context conditions, if any, are
            # then tested at its two ends.
            context = bool(self.before or self.after)
            fold = self.folds
            for start in starts:
                if whole_word and start and word_char(text[start - 1], fold):
                    continue  # inside a word: the pattern cannot match here
                end = plain_match(text, start, parts, fold, right)
                if end == -2:
                    match = match_at(self.phrase(index), text, start, self.label, budget)
                    end = -1 if match is None else match.end()
                elif end > start and context and not self._in_context(text, start, end, budget):
                    end = -1
                if end > start:
                    hit = Hit(start, end, index, text[start:end])
                    yield start, self.literal_priority[index], hit

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
            if own is not None and own.end() == end:
                return Hit(start, end, len(self.literals) + index, own.group(), own)
        return None
