"""A rule's documentation as text (``copylint explain``) and Markdown (SARIF help, README).

Both are made from the one source, the rule's :class:`~copylint.rule.RuleInfo`.
"""

from __future__ import annotations

import json
import textwrap

from copylint.rule import Example, RuleInfo


def _options_lines(info: RuleInfo) -> list[str]:
    return [
        f"{key} = {json.dumps(value, ensure_ascii=False)}"
        for key, value in sorted(info.options.items())
    ]


def _flags(info: RuleInfo) -> str:
    flags = [info.severity.label]
    if info.fixable:
        flags.append("fixable")
    if info.preview:
        flags.append("preview")
    if info.styles is not None:
        flags.append("style: " + ", ".join(sorted(info.styles)))
    return ", ".join(flags)


def _example_text(example: Example, bad: bool) -> list[str]:
    """``- text`` with continuation lines indented, and the text after ``--fix``."""
    lines = [
        f"  - {line}" if i == 0 else f"    {line}"
        for i, line in enumerate(example.text.splitlines() or [""])
    ]
    notes = [example.format] if example.format != "text" else []
    notes += [
        f"{k} = {json.dumps(v, ensure_ascii=False)}"
        for k, v in {**example.options, **example.settings}.items()
    ]
    if notes:
        lines[0] += f"   ({'; '.join(notes)})"
    if bad and example.flags:
        lines.append(f"    flags: {_quoted(example.flags)}")
    if bad and example.fixed is not None:
        lines.extend(
            f"    fixed: {line}" if i == 0 else f"           {line}"
            for i, line in enumerate(example.fixed.splitlines() or [""])
        )
    return lines


def _quoted(flags: tuple[str, ...]) -> str:
    """The flagged texts, each quoted and with white space other than a plain space escaped,
    so a tab or a no-break space shows: ``"on", "\\t", "\\u00a0 "``."""
    return ", ".join(f'"{"".join(map(_visible, text))}"' for text in flags)


def _visible(char: str) -> str:
    if char in '"\\':
        return "\\" + char
    if char == " " or not char.isspace():
        return char
    return {"\n": "\\n", "\t": "\\t"}.get(char, f"\\u{ord(char):04x}")


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), 88, initial_indent="  ", subsequent_indent="  ")


def explain_text(info: RuleInfo) -> str:
    """The plain-text documentation ``copylint explain`` prints."""
    out = [
        f"{info.id} ({_flags(info)})",
        f"  {info.summary}",
        "",
        "What it does",
        _wrap(info.docs.what),
        "",
        "Why",
        _wrap(info.docs.why),
        "",
        "Bad",
    ]
    for example in info.docs.bad:
        out.extend(_example_text(example, bad=True))
    out.extend(["", "Good"])
    for example in info.docs.good:
        out.extend(_example_text(example, bad=False))
    if info.docs.fix_safety:
        out.extend(["", "Fix safety", _wrap(info.docs.fix_safety)])
    if info.options:
        out.extend(["", "Options", *(f"  {line}" for line in _options_lines(info))])
    if info.docs.references:
        out.extend(["", "References", *(f"  {ref}" for ref in info.docs.references)])
    out.extend(["", f"Defined in: {info.origin}"])
    return "\n".join(out) + "\n"


def _fence(text: str) -> str:
    return f"```\n{text}\n```"


def explain_markdown(info: RuleInfo) -> str:
    """The same documentation as Markdown."""
    out = [
        f"## {info.id}",
        "",
        f"*{info.summary}* ({_flags(info)})",
        "",
        "### What it does",
        "",
        info.docs.what,
        "",
        "### Why",
        "",
        info.docs.why,
        "",
        "### Bad",
        "",
    ]
    for example in info.docs.bad:
        out.extend([_fence(example.text), ""])
        if example.flags:
            out.extend([f"Flags: `{_quoted(example.flags)}`", ""])
        if example.fixed is not None:
            out.extend(["After `--fix`:", "", _fence(example.fixed), ""])
    out.extend(["### Good", ""])
    for example in info.docs.good:
        out.extend([_fence(example.text), ""])
    if info.docs.fix_safety:
        out.extend(["### Fix safety", "", info.docs.fix_safety, ""])
    if info.options:
        out.extend(["### Options", "", _fence("\n".join(_options_lines(info))), ""])
    return "\n".join(out).rstrip() + "\n"


def rule_table(infos: list[RuleInfo]) -> str:
    """The README's table of rules, one row per rule, in id order."""
    rows = ["| rule | severity | summary |", "| --- | --- | --- |"]
    for info in sorted(infos, key=lambda i: i.id):
        marks = "".join(
            [" (fixable)" if info.fixable else "", " (preview)" if info.preview else ""]
        )
        rows.append(f"| `{info.id}` | {info.severity.label} | {info.summary}{marks} |")
    return "\n".join(rows) + "\n"
