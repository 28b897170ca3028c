"""An article's own convention: when a rule may leave a consistently used other form alone.

A pack entry that gives ``quiet-when-consistent`` offers the rule option of that name, with the
entry's value as its default. With the option on, an article that writes the entry's wrong
forms two or more times and never the preferred form follows another style on purpose, and
the rule leaves those uses alone; one use, or a mix of both conventions, is still flagged.

A house whose configuration declares its style (``style = "ap"``) wants that style applied
strictly — a repeated mistake is still a mistake — so there the option of every built-in
style entry defaults to off; the house may turn it back on per rule. Without a declared style
(a quick run on someone else's copy, the false-alarm corpus) the entries' own defaults hold.
``excusable`` limits what a convention may excuse to the forms the style leaves open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copylint.packs.entry import Entry
    from copylint.rule import Rule

#: How a built-in rule's origin starts: "built-in" (Python rules) or "built-in pack rules/..."
#: (the style's pack entries, named so by ``copylint.packs.load_packs``).
BUILT_IN = "built-in"

#: The pack key and rule option.
QUIET = "quiet-when-consistent"

#: How often an article must write the wrong forms before they count as its convention.
CONVENTION_MIN_USES = 2


def offers_convention(entry: Entry) -> bool:
    """Whether the entry reads an article's convention at all (it gives the key)."""
    return QUIET in entry.table


def convention_options(entry: Entry) -> dict[str, Any]:
    """The option the entry offers: ``quiet-when-consistent`` with the entry's default."""
    if not offers_convention(entry):
        return {}
    return {QUIET: entry.boolean(QUIET, False)}


def house_style_applies(rule: Rule, declared_only: bool) -> bool:
    """Whether a rule for a pure house-style choice runs: always, unless ``declared_only``
    (the choice is one where other professional styles differ — the serial comma, periods
    inside quotation marks — and copy in those styles is not wrong), in which case only when
    the configuration declares the style."""
    return not declared_only or rule.context.settings.style_declared


def quiet_when_consistent(rule: Rule) -> bool:
    """Whether ``rule`` leaves an article's own convention alone."""
    settings = rule.context.settings
    if QUIET in settings.rule_options.get(rule.info.id, {}):
        return bool(rule.options[QUIET])
    if settings.style_declared and rule.info.origin.startswith(BUILT_IN):
        return False
    return bool(rule.options.get(QUIET, False))
