"""Plain text: paragraphs are runs of non-blank lines; every line is prose.

URLs and e-mail addresses are left out, and a line that holds only a copylint comment is a
directive, not prose, so plain-text articles can use the same inline controls as Markdown.
"""

from __future__ import annotations

import regex

from copylint.document import Directive, Document
from copylint.formats.inline import DIRECTIVE, add_prose, find_directives
from copylint.prose import ProseBuilder

_LINE = regex.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


def parse_plain(path: str, source: str) -> Document:
    builder = ProseBuilder(source)
    directives: list[Directive] = []
    in_paragraph = False
    pending_break: tuple[int, int] | None = None
    for match in _LINE.finditer(source):
        line_start, line_end = match.span(1)
        if match.end() == match.start() and line_start == len(source):
            break
        content = match.group(1)
        comments = list(DIRECTIVE.finditer(source, line_start, line_end))
        directives.extend(find_directives(source, line_start, line_end))
        rest = DIRECTIVE.sub("", content) if comments else content
        if not rest.strip():
            if in_paragraph:
                builder.close_block()
                in_paragraph = False
            pending_break = None
        else:
            if not in_paragraph:
                builder.open_block("paragraph")
                in_paragraph = True
            elif pending_break is not None:
                builder.replaced("\n", *pending_break)
            position = line_start
            for comment in comments:
                add_prose(builder, source, position, comment.start())
                builder.placeholder(comment.start(), comment.end())
                position = comment.end()
            add_prose(builder, source, position, line_end)
            pending_break = match.span(2)
        if not match.group(2):
            break
    text, blocks, source_map = builder.build()
    return Document(path, source, "text", text, blocks, source_map, tuple(directives))
