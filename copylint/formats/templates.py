"""Template markup inside Markdown that is not prose: Hugo shortcodes (``{{< figure ... >}}``,
``{{% note %}}``), Liquid and Jinja tags and output (``{% include x.html %}``, ``{{ page.title
}}``, ``{# comment #}``) and kramdown attribute lists (``{: .lead}``, ``{:toc}``).

Static-site generators expand these before a reader sees the page; their quotation marks and
words are code. They are found in the source once, and the Markdown reader puts a placeholder
where a text event overlaps one.
"""

from __future__ import annotations

import bisect

import regex

#: One tag or output expression; the length limit keeps a stray ``{{`` from swallowing a page.
TEMPLATE = regex.compile(
    r"\{\{[<%].{0,2000}?[%>]\}\}"  # Hugo shortcodes
    r"|\{%.{0,2000}?%\}"  # Liquid and Jinja tags
    r"|\{\{.{0,2000}?\}\}"  # Liquid and Jinja output
    r"|\{#.{0,2000}?#\}"  # Jinja comments
    r"|\{:[^{}\n]{0,200}\}",  # kramdown attribute lists and extensions
    regex.DOTALL,
)


def template_spans(source: str) -> list[tuple[int, int]]:
    """The source ranges of template markup, in order."""
    return [m.span() for m in TEMPLATE.finditer(source)] if "{" in source else []


def masked_pieces(
    spans: list[tuple[int, int]], start: int, end: int
) -> list[tuple[int, int, bool]]:
    """``start:end`` cut into ``(start, end, is_template)`` pieces by ``spans``."""
    pieces: list[tuple[int, int, bool]] = []
    position = start
    index = max(bisect.bisect_right(spans, (start, start)) - 1, 0)
    while index < len(spans) and spans[index][0] < end:
        span_start, span_end = spans[index]
        index += 1
        if span_end <= position:
            continue
        if span_start > position:
            pieces.append((position, span_start, False))
        piece_end = min(span_end, end)
        pieces.append((max(span_start, position), piece_end, True))
        position = piece_end
    if position < end:
        pieces.append((position, end, False))
    return pieces
