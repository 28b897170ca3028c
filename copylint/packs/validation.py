"""Checks of what a pack writes, made once at load time so a bad entry names its file and entry.

A pack may come from an untrusted repository: its regular expressions are refused when they
would take too much memory to compile (:mod:`.regex_size`), and its messages and replacement
templates when they refer to something the kind does not provide.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import regex

from copylint.packs.lazy import LazyPattern
from copylint.packs.patterns import flags
from copylint.packs.regex_size import MAX_EXPANDED_SIZE, expanded_size

if TYPE_CHECKING:
    from copylint.packs.entry import Entry

_TEMPLATE_GROUP = LazyPattern(r"\\(\d+)|\\g<([^>]*)>")


def built_in(entry: Entry) -> bool:
    """A shipped pack: tested (tests/test_speed.py compiles every pattern of every built-in
    pack), so its patterns are compiled on first use rather than checked at load time."""
    return entry.origin.startswith("built-in pack")


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
        return regex.compile(source, flags(ignore_case))
    except (regex.error, ValueError, OverflowError) as error:
        raise entry.error(f"invalid regular expression {source!r}: {error}") from None


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
