"""What text a regular expression cannot match without: its required literals.

Most of a pack's regular expressions need some literal text ("percent", "dollars", ",,") to
match at all, and most articles do not contain it. :func:`required_literals` reads a pattern's
source and returns a set of strings such that every match of the pattern contains one of them
(case-folded as :mod:`.phrases` folds); the matcher then skips, without compiling it, an
entry none of whose required literals occurs in the folded text. The reading is deliberately
partial: anything it does not know (verbose mode, nested sets, fuzzy matching, conditionals,
an escape it has not met) gives ``None``, "no requirement known", and the entry is scanned as
before; a set that can be wrong is never returned (tests/test_pack_required.py compares the
filtered scan with the full one on generated patterns and texts).
"""

from __future__ import annotations

from dataclasses import dataclass

from copylint.packs.phrases import fold

#: The one-letter escapes that match a character (or none) other than themselves.
_CLASS_ESCAPES = frozenset("dDsSwWbBAZntrfvamXGKhH")
#: Escapes followed by ``{...}`` or one letter: a property, a named character.
_BRACED_ESCAPES = frozenset("pPN")
_HEX_LENGTH = {"x": 2, "u": 4, "U": 8}
_SPECIAL = frozenset("\\()[]{}|.^$?*+")


class _Unknown(Exception):
    """The pattern uses syntax this reader does not follow: no requirement is claimed."""


#: A requirement: one of these strings is in every match (None: nothing is known to be).
Need = frozenset[str] | None


@dataclass
class _Reader:
    source: str
    at: int = 0

    def peek(self) -> str:
        return self.source[self.at] if self.at < len(self.source) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _Unknown
        self.at += 1
        return char

    def alternation(self) -> Need:
        """``a|b|...`` up to a closing parenthesis or the end: one of the branches' needs."""
        needs = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            needs.append(self.sequence())
        if any(need is None for need in needs):
            return None
        return frozenset().union(*(need for need in needs if need is not None))

    def sequence(self) -> Need:
        """Items in a row: every item is required, so the best single need of them (a run of
        literal characters counts as one item)."""
        best: Need = None
        run = ""
        while self.peek() not in ("", "|", ")"):
            literal, need = self.item()
            optional = self.quantifier()
            if literal is not None and optional is None:
                run += literal
                continue
            best = _better(best, frozenset({fold(run)}) if run else None)
            run = ""
            if not optional:  # required (at least once), but not as part of a run
                best = _better(best, frozenset({fold(literal)}) if literal is not None else need)
        return _better(best, frozenset({fold(run)}) if run else None)

    def quantifier(self) -> bool | None:
        """The quantifier after an item: None when there is none, True when the item may be
        absent, False when it occurs at least once."""
        char = self.peek()
        if char in ("?", "*", "+"):
            self.at += 1
            optional: bool | None = char != "+"
        elif char == "{":
            close = self.source.find("}", self.at)
            body = self.source[self.at + 1 : close] if close > 0 else ""
            low, _, high = body.partition(",")
            if not body or not (low.isdigit() or not low) or not (high.isdigit() or not high):
                raise _Unknown  # a fuzzy constraint, or a brace this reader does not know
            self.at = close + 1
            optional = not low or int(low) == 0
        else:
            return None
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.at += 1
        return optional

    def item(self) -> tuple[str | None, Need]:
        """One item: (its literal character or None, its need)."""
        char = self.take()
        if char == "\\":
            return self.escape()
        if char == "(":
            return None, self.group()
        if char == "[":
            return None, self.character_set()
        if char in (".", "^", "$"):
            return None, None
        if char in _SPECIAL:
            raise _Unknown  # a quantifier with nothing before it, a stray bracket
        return char, None

    def escape(self) -> tuple[str | None, Need]:
        char = self.take()
        if not char.isalnum():
            return char, None
        if char in _CLASS_ESCAPES:
            return None, None
        if char in _BRACED_ESCAPES:
            if self.peek() == "{":
                close = self.source.find("}", self.at)
                if close < 0:
                    raise _Unknown
                self.at = close + 1
            else:
                self.take()
            return None, None
        if char in _HEX_LENGTH:
            self.at += _HEX_LENGTH[char]
            return None, None
        if char.isdigit():  # a back-reference or an octal escape
            while self.peek().isdigit():
                self.at += 1
            return None, None
        raise _Unknown

    def group(self) -> Need:
        zero_width = False
        if self.peek() == "?":
            self.at += 1
            kind = self.take()
            if kind in (":", "|", ">"):
                pass
            elif kind in ("=", "!"):
                zero_width = True
            elif kind == "<" and self.peek() in ("=", "!"):
                self.at += 1
                zero_width = True
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
                    return None  # an inline flag: no text of its own
                if end != ":":
                    raise _Unknown
            else:
                raise _Unknown  # comments, conditionals, verbose mode, versions, ...
        need = self.alternation()
        if self.take() != ")":
            raise _Unknown
        return None if zero_width else need

    def character_set(self) -> Need:
        """Skip a set ``[...]``: its need is its characters when it lists a few plainly (no
        negation, range, escape or set operation), else None. Nested sets are not followed."""
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
        plain = not negated and not set("\\&|~") & set(members) and "-" not in members[:-1]
        return frozenset(fold(char) for char in members) if plain and members else None

def _better(one: Need, other: Need) -> Need:
    """The more selective of two needs: the one whose shortest string is longer."""
    if one is None or "" in one:
        return other
    if other is None or "" in other:
        return one
    return other if min(map(len, other)) > min(map(len, one)) else one


def required_literals(source: str) -> Need:
    """Strings, case-folded, one of which occurs in every match of the pattern ``source``
    (compiled with the regex module, ``VERSION1``, any case flag); None when none is known."""
    reader = _Reader(source)
    try:
        need = reader.alternation()
    except (_Unknown, ValueError):
        return None
    if reader.at != len(source) or need is None or "" in need:
        return None
    return need
