"""Regnal numerals are a set, not a pattern (a cold run would compile it): the set holds
exactly the words the pattern it replaced accepted."""

from __future__ import annotations

import itertools

import regex

from copylint.analysis.mentions import _ROMAN, parse_name

_PATTERN = regex.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XXI{0,3})$")


def test_the_set_holds_what_the_pattern_matched() -> None:
    words = {"".join(p) for n in range(1, 7) for p in itertools.product("IVXLC", repeat=n)}
    assert {w for w in words if _PATTERN.match(w)} == _ROMAN


def test_a_numeral_after_a_name_is_its_suffix() -> None:
    name = parse_name("John Smith III")
    assert name is not None
    assert (name.given, name.surname, name.suffix) == (("John",), "Smith", "III")
