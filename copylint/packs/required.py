"""What text a regular expression cannot match without: its required strings.

Most of a pack's regular expressions need some text ("percent", a digit before "th", a space
before a comma) to match at all, and most articles do not contain it. :func:`requirements`
reads a pattern's source and returns sets of strings such that a text where the pattern
matches contains one string of each set, in its :func:`shape`: case-folded as :mod:`.phrases`
folds, every digit written "0" and every white space " " (so that ``\\d`` and ``\\s`` can be
read as the one character they match in the shape). The matcher then skips, without
compiling it, an expression whose requirements the shape of the text does not meet.

The reading follows what the strings of each part of a pattern can be: all of them when they
are few (``reign(ed|ing|s)? in`` is one of eight strings), else how they must begin and end,
so that neighbours join (``\\d+(?:st|nd)`` needs "0st" or "0nd", ``[ \\t]+[,;]`` needs " ," or
" ;"); a positive lookaround's text must be in the text too. The reading is deliberately
partial: anything it does not know (verbose mode, nested or negated sets, fuzzy matching,
conditionals, an escape it has not met, properties) counts as "any string", and a pattern it
cannot read at all gives ``None``; a requirement that can be wrong is never returned
(tests/test_pack_required.py compares the filtered scan with the full one on generated
patterns and texts).
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import zlib
from pathlib import Path
from typing import NamedTuple

import regex

from copylint.packs.phrases import fold_text, folded_utf8
from copylint.resources import data_path

#: The one-letter escapes that match a character (or none) this reader does not follow.
_CLASS_ESCAPES = frozenset("DSwWbBAZamXGKhH")
#: Escapes that match no character (a position).
_POSITIONS = frozenset("bBAZGK")
#: Escapes of one white-space character, " " in the shape.
_SPACES = frozenset("ntrfv")
#: Escapes followed by ``{...}`` or one letter: a property, a named character.
_BRACED_ESCAPES = frozenset("pPN")
_HEX_LENGTH = {"x": 2, "u": 4, "U": 8}
_SPECIAL = frozenset("\\()[]{}|.^$?*+")
#: The most strings a part's summary lists; past it, less is known (never something wrong).
_MOST = 64
#: The most strings of a set that are compared with each other to drop what adds nothing.
_FEW = 16
#: The widest range of a character set that is listed character by character.
_WIDEST_RANGE = 32
#: The most repeats of a part whose strings are listed (``\\d{3}``).
_MOST_REPEATS = 4

#: A run of characters that stand for themselves (the last one may be quantified).
_PLAIN = re.compile(r"[^\\()\[\]{}|.^$?*+]+")
_DIGIT = regex.compile(r"\d", regex.VERSION1)
_SPACE = regex.compile(r"\s", regex.VERSION1)


#: The shapes of the ASCII characters, as the patterns above give them.
_ASCII_SHAPES = {
    code: "0" if _DIGIT.match(chr(code)) else " " if _SPACE.match(chr(code)) else chr(code)
    for code in range(128)
}


#: The same, byte by byte, for a text's UTF-8 form (where a byte under 128 is a character).
_BYTE_SHAPES = bytes(ord(_ASCII_SHAPES[code]) for code in range(128)) + bytes(range(128, 256))
#: Whether a character outside ASCII is a digit or white space, by character, as met.
_other_digit_or_space: dict[str, bool] = {}


def shape(text: str) -> str:
    """``text`` as requirements are compared with it: case-folded (as :func:`.phrases.fold`),
    each digit "0", each white-space character " "."""
    folded = fold_text(text)
    if folded.isascii():
        return folded.translate(_ASCII_SHAPES)
    # An article with curly quotes or dashes but no other digit or space is shaped byte by
    # byte (two substitutions over it cost ten times as much).
    utf8, others = folded_utf8(text)
    if not any(map(_digit_or_space, set(others))):
        return utf8.translate(_BYTE_SHAPES).decode("utf-8", "surrogatepass")
    return _SPACE.sub(" ", _DIGIT.sub("0", folded))


def _digit_or_space(char: str) -> bool:
    known = _other_digit_or_space.get(char)
    if known is None:
        known = _other_digit_or_space[char] = bool(_DIGIT.match(char) or _SPACE.match(char))
    return known


class _Unknown(Exception):
    """The pattern uses syntax this reader does not follow: no requirement is claimed."""


Strings = frozenset[str]
#: Requirements: every set has a string in the shape of a text the pattern matches in.
Requirements = tuple[Strings, ...]
_ANY: Strings = frozenset({""})  # what is known of a part that can be any string


def _join(first: Strings, second: Strings) -> Strings | None:
    """Every string of ``first`` followed by one of ``second``; None when too many."""
    if len(second) == 1:
        (end,) = second
        return first if not end else frozenset([a + end for a in first])
    if len(first) == 1:
        (start,) = first
        return second if not start else frozenset([start + b for b in second])
    if len(first) * len(second) > _MOST:
        return None
    return frozenset([a + b for a, b in itertools.product(first, second)])


class _Part(NamedTuple):
    """What is known of the strings a part of a pattern matches (in their shape): all of them
    (``exact``, None when unknown or too many), strings one of which each begins and ends
    with (``{""}``: nothing known), and sets one string of which each contains."""

    exact: Strings | None
    starts: Strings
    ends: Strings
    needs: Requirements = ()

    def then(self, other: _Part) -> _Part:
        """This part followed by ``other``."""
        if self.exact is not None and other.exact is not None:
            exact = _join(self.exact, other.exact)
            if exact is not None:
                return _Part(exact, exact, exact, (*self.needs, *other.needs))
        starts = _join(self.exact, other.starts) if self.exact is not None else None
        ends = _join(self.ends, other.exact) if other.exact is not None else None
        needs = [*self.needs, *other.needs]
        needs.extend(part.exact for part in (self, other) if part.exact and "" not in part.exact)
        across = _join(self.ends, other.starts)
        if across is not None and "" not in across:
            needs.append(across)
        return _Part(None, starts or self.starts, ends or other.ends, tuple(needs))

    def repeated(self, low: int, high: int | None) -> _Part:
        """This part ``low`` to ``high`` (None: any number of) times."""
        exact = None
        if self.exact is not None and high is not None and high <= _MOST_REPEATS:
            found: set[str] = set()
            for count in range(low, high + 1):
                strings: Strings | None = frozenset({""})
                for _ in range(count):
                    strings = _join(strings, self.exact) if strings is not None else None
                if strings is None or len(found | strings) > _MOST:
                    break
                found |= strings
            else:
                exact = frozenset(found)
        if low == 0:
            return _Part(exact, self.starts | _ANY, self.ends | _ANY)
        if exact is not None:
            return _Part(exact, exact, exact, self.needs)
        least = self._least(low)
        if least is not None:  # ",{2,}" begins, ends and holds ",,"
            return _Part(None, least, least, (*self.needs, least))
        return _Part(None, self.starts, self.ends, self.needs)

    def _least(self, low: int) -> Strings | None:
        """The strings of this part ``low`` times in a row (its first and its last ``low``
        repeats), when they are known and few; None otherwise."""
        if self.exact is None or "" in self.exact or not 1 < low <= _MOST_REPEATS:
            return None
        strings: Strings | None = self.exact
        for _ in range(low - 1):
            strings = _join(strings, self.exact) if strings is not None else None
        return strings

    def best(self) -> Strings | None:
        """The most selective set a string of which is in every match: of the needs, the
        strings themselves and how they begin and end; None when every match may be empty."""
        return _best([*self.needs, self.exact or _ANY, self.starts, self.ends])

    def requirements(self) -> Requirements:
        return tuple(
            dict.fromkeys(
                strings
                for strings in (*self.needs, self.exact or _ANY, self.starts, self.ends)
                if "" not in strings
            )
        )


def _best(candidates: list[Strings]) -> Strings | None:
    """The set whose shortest string is longest (fewer strings breaking a tie)."""
    useful = [strings for strings in candidates if "" not in strings]
    if not useful:
        return None
    return max(useful, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _either(needs: list[Requirements]) -> Requirements:
    """What one of several parts requires, when each requires something."""
    if not all(needs):
        return ()
    return (frozenset().union(*(own[0] for own in needs)),)


def _alternatives(parts: list[_Part]) -> _Part:
    """One of ``parts``."""
    exact: Strings | None = None
    if all(part.exact is not None for part in parts):
        union = frozenset().union(*(part.exact or _ANY for part in parts))
        exact = union if len(union) <= _MOST else None
    if exact is not None:  # (what each may require besides: one of them does)
        return _Part(exact, exact, exact, _either([part.needs for part in parts]))
    starts = frozenset().union(*(part.starts for part in parts))
    ends = frozenset().union(*(part.ends for part in parts))
    bests = [part.best() for part in parts]
    needs: Requirements = ()
    if all(best is not None for best in bests):
        needs = (frozenset().union(*(best for best in bests if best is not None)),)
    return _Part(
        None, starts if len(starts) <= _MOST else _ANY, ends if len(ends) <= _MOST else _ANY, needs
    )


def _known(strings: Strings, needs: Requirements = ()) -> _Part:
    """A part that matches one of ``strings``."""
    return _Part(strings, strings, strings, needs)


def _literal(text: str) -> _Part:
    shaped = frozenset({shape(text)})
    return _Part(shaped, shaped, shaped)


_NOTHING = _known(_ANY)  # a position (``\b``, ``^``, a negative lookaround): no text
_UNKNOWN = _Part(None, _ANY, _ANY)  # a character or text this reader does not follow


class _Reader:
    """A pattern's source, read from left to right."""

    __slots__ = ("at", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0

    def peek(self) -> str:
        return self.source[self.at] if self.at < len(self.source) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _Unknown
        self.at += 1
        return char

    def alternation(self) -> _Part:
        """``a|b|...`` up to a closing parenthesis or the end."""
        parts = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            parts.append(self.sequence())
        return parts[0] if len(parts) == 1 else _alternatives(parts)

    def sequence(self) -> _Part:
        """Items in a row; a run of items whose strings are all known is joined first (and a
        run of characters is one item)."""
        whole = run = _NOTHING
        literal = ""
        source = self.source
        while self.peek() not in ("", "|", ")"):
            plain = _PLAIN.match(source, self.at)
            if plain is not None:
                end = plain.end()
                if end < len(source) and source[end] in "?*+{":
                    end -= 1  # the last character is quantified
                if end > self.at:
                    literal += source[self.at : end]
                    self.at = end
                    continue
            read = self.item()
            repeats = self.quantifier()
            if isinstance(read, str):
                if repeats is None:
                    literal += read
                    continue
                read = _literal(read)
            item = read if repeats is None else read.repeated(*repeats)
            if literal:
                run = run.then(_literal(literal))
                literal = ""
            if item.exact is not None:
                joined = run.then(item)
                if joined.exact is None:  # too many strings: a new run
                    whole, joined = whole.then(run), item
                run = joined
            else:
                whole, run = whole.then(run).then(item), _NOTHING
        if literal:
            run = run.then(_literal(literal))
        return whole.then(run)

    def quantifier(self) -> tuple[int, int | None] | None:
        """The repeats the quantifier after an item allows (None: there is none)."""
        char = self.peek()
        repeats: tuple[int, int | None]
        if char in ("?", "*", "+"):
            self.at += 1
            repeats = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
        elif char == "{":
            close = self.source.find("}", self.at)
            body = self.source[self.at + 1 : close] if close > 0 else ""
            low, comma, high = body.partition(",")
            if not body or not (low.isdigit() or not low) or not (high.isdigit() or not high):
                raise _Unknown  # a fuzzy constraint, or a brace this reader does not know
            self.at = close + 1
            least = int(low) if low else 0
            repeats = (least, int(high) if high else None if comma else least)
        else:
            return None
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.at += 1
        return repeats

    def item(self) -> str | _Part:
        """One item: a character (as written, or what ``\\d`` or ``\\s`` is in a shape), an
        escape, a group or a set."""
        char = self.take()
        if char == "\\":
            return self.escape()
        if char == "(":
            return self.group()
        if char == "[":
            return self.character_set()
        if char == ".":
            return _UNKNOWN
        if char in ("^", "$"):
            return _NOTHING
        if char in _SPECIAL:
            raise _Unknown  # a quantifier with nothing before it, a stray bracket
        return char

    def escape(self) -> str | _Part:
        char = self.take()
        if not char.isalnum():
            return char
        if char == "d":
            return "0"
        if char == "s" or char in _SPACES:
            return " "
        if char in _POSITIONS:
            return _NOTHING
        if char in _CLASS_ESCAPES:
            return _UNKNOWN
        if char in _BRACED_ESCAPES:
            if self.peek() == "{":
                close = self.source.find("}", self.at)
                if close < 0:
                    raise _Unknown
                self.at = close + 1
            else:
                self.take()
            return _UNKNOWN
        if char in _HEX_LENGTH:
            code = _hex(self.source[self.at : self.at + _HEX_LENGTH[char]], _HEX_LENGTH[char])
            self.at += _HEX_LENGTH[char]
            return chr(code)
        if char.isdigit():  # a back-reference or an octal escape
            while self.peek().isdigit():
                self.at += 1
            return _UNKNOWN
        raise _Unknown

    def group(self) -> _Part:
        lookaround = None  # True for a positive one, False for a negative one
        if self.peek() == "?":
            self.at += 1
            kind = self.take()
            if kind in (":", "|", ">"):
                pass
            elif kind in ("=", "!"):
                lookaround = kind == "="
            elif kind == "<" and self.peek() in ("=", "!"):
                lookaround = self.take() == "="
            elif kind in ("<", "P") and (kind == "<" or self.take() == "<"):
                close = self.source.find(">", self.at)
                if close < 0:
                    raise _Unknown
                self.at = close + 1
            elif kind == "-" or kind in "ims":  # scoped or inline case, dot-all, multi-line
                self.at -= 1
                while self.peek() in ("i", "m", "s", "-"):
                    self.at += 1
                end = self.take()
                if end == ")":
                    return _NOTHING  # an inline flag: no text of its own
                if end != ":":
                    raise _Unknown
            else:
                raise _Unknown  # comments, conditionals, verbose mode, versions, ...
        part = self.alternation()
        if self.take() != ")":
            raise _Unknown
        if lookaround is None:
            return part
        # A lookaround matches no text, but a positive one's text is in the text around.
        return _known(_ANY, part.requirements() if lookaround else ())

    def character_set(self) -> _Part:
        """A set ``[...]``: its characters when it lists them plainly (characters, small
        ranges, ``\\d`` and ``\\s``, no negation or set operation), else any character.
        Nested sets are not followed."""
        start = self.at
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        if self.peek() == "]":
            self.at += 1
        while True:
            char = self.take()
            if char == "\\":
                self.take()
            elif char == "[":
                raise _Unknown
            elif char == "]":
                break
        members = self.source[start : self.at - 1]
        operator = any(pair in members for pair in ("&&", "||", "~~", "--"))
        listed = None if negated or operator else _members(members)
        return _known(listed) if listed else _UNKNOWN


def _hex(digits: str, length: int | None = None) -> int:
    """The code point ``digits`` (hexadecimal, all of them) write."""
    if (length is not None and len(digits) != length) or not all(
        d in "0123456789abcdefABCDEF" for d in digits
    ):
        raise _Unknown
    code = int(digits, 16)
    if code > 0x10FFFF:
        raise _Unknown
    return code


def _members(body: str) -> Strings | None:
    """The shapes of the characters a set's ``body`` lists; None for what is not plain."""
    chars: list[str] = []
    at = 0
    while at < len(body):
        char = body[at]
        if char == "\\":
            escaped = body[at + 1 : at + 2]
            if escaped == "d":
                chars.append("0")
            elif escaped == "s" or escaped in _SPACES:
                chars.append(" ")
            elif escaped and not escaped.isalnum():
                chars.append(escaped)
            elif escaped in _HEX_LENGTH:
                digits = body[at + 2 : at + 2 + _HEX_LENGTH[escaped]]
                chars.append(chr(_hex(digits, _HEX_LENGTH[escaped])))
                at += len(digits)
            else:
                return None
            at += 2
            if body[at : at + 1] == "-" and at + 1 < len(body):
                return None  # a range that starts with an escape
            continue
        if body[at + 1 : at + 2] == "-" and at + 2 < len(body):
            if body[at + 2] == "\\":
                return None  # a range that ends in an escape
            low, high = ord(char), ord(body[at + 2])
            if not 0 <= high - low < _WIDEST_RANGE:
                return None
            chars.extend(map(chr, range(low, high + 1)))
            at += 3
            continue
        if char in "[&|~":
            return None
        chars.append(char)
        at += 1
    return frozenset(map(shape, chars)) or None


#: What the built-in packs' expressions require, read ahead of time (``python -m
#: copylint.compact_requirements``): reading them took about 3% of a one-draft check.
COMPACT_REQUIREMENTS = ("compact-requirements.json",)


def reader_version() -> int:
    """The CRC-32 of the code that reads requirements and shapes texts: a file of
    requirements read by other code is not used."""
    from copylint.packs import phrases

    return zlib.crc32(Path(__file__).read_bytes() + Path(phrases.__file__).read_bytes())


@functools.cache
def _read_ahead() -> dict[str, list[list[str]] | None]:
    """Expression → its requirements as lists, from the file written ahead of time; empty
    when there is none or it was written by other code (then every expression is read)."""
    try:
        saved = json.loads(data_path(*COMPACT_REQUIREMENTS).read_text(encoding="utf-8"))
        if saved.get("reader") != reader_version():
            return {}
        table: dict[str, list[list[str]] | None] = saved["requirements"]
        return table
    except (OSError, ValueError, KeyError, AttributeError):
        return {}


#: While :mod:`copylint.compact_requirements` records them: every expression asked about.
ASKED: list[dict[str, None]] = []


def requirements(source: str) -> Requirements | None:
    """Sets of strings (in their :func:`shape`) a text where the pattern ``source`` matches
    (compiled with the regex module, ``VERSION1``, any case flag) has one string of each
    in its shape; None when nothing is known (or every match may be empty)."""
    for asked in ASKED:
        asked[source] = None
    table = _read_ahead()
    if source in table:
        saved = table[source]
        return None if saved is None else tuple(frozenset(strings) for strings in saved)
    return read_requirements(source)


def read_requirements(source: str) -> Requirements | None:
    """:func:`requirements`, read from ``source`` itself."""
    reader = _Reader(source)
    try:
        part = reader.alternation()
    except (_Unknown, ValueError):
        return None
    if reader.at != len(source):
        return None
    found = _strongest(part.requirements())
    return found or None


def _strongest(needs: Requirements) -> Requirements:
    """``needs`` without a set that another implies (each of whose strings contains one of
    its strings), the most selective first."""
    kept: list[Strings] = []
    for strings in sorted(
        map(_shortest, dict.fromkeys(needs)), key=lambda s: (-min(map(len, s)), len(s))
    ):
        if not any(
            len(other) <= _FEW and all(any(a in b for a in strings) for b in other)
            for other in kept
        ):
            kept.append(strings)
    return tuple(kept)


def _shortest(strings: Strings) -> Strings:
    """``strings`` without one that contains another ("0st" and "00st"), when they are few."""
    if len(strings) > _FEW:
        return strings
    return frozenset(a for a in strings if not any(b != a and b in a for b in strings))


def met(needs: Requirements, shaped: str) -> bool:
    """Whether the shape of a text, ``shaped``, has a string of each set of ``needs``."""
    return all(any(string in shaped for string in strings) for strings in needs)
