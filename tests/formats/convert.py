"""Test helpers: a Markdown article as a Word document and as a web page.

The .docx is built with python-docx the way a writer's draft looks: headings in Heading styles,
list items in List styles, block quotes in the Quote style, tables as tables, bold and italic
runs. The web page is pulldown-cmark's own HTML rendering of the Markdown inside an
``article``, with a navigation bar and a footer around it that copylint must not read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyromark

from copylint.formats.markdown import _OPTIONS, _name

#: Containers whose text does not reach the draft (code, HTML, front matter, images).
_DROPPED = frozenset({"CodeBlock", "MetadataBlock", "HtmlBlock", "Image"})


def markdown_to_docx(markdown: str, path: Path) -> Path:
    """Write ``markdown`` as a Word document at ``path``."""
    import docx

    document = docx.Document()
    paragraph: Any = None
    bold = italic = 0
    lists: list[str] = []
    quote = 0
    table: Any = None
    row: list[Any] = []
    cell_index = 0
    dropped = 0
    item_open = False

    def open_paragraph(style: str | None = None) -> Any:
        nonlocal paragraph
        if table is not None:
            cell = table.rows[-1].cells[cell_index]
            paragraph = cell.paragraphs[0]
        else:
            paragraph = document.add_paragraph(style=style)
        return paragraph

    for event in pyromark.events(markdown, options=_OPTIONS):
        kind, tag, payload = _name(event)
        if dropped:
            if tag in _DROPPED:
                dropped += 1 if kind == "Start" else -1
            continue
        if kind == "Start":
            if tag in _DROPPED:
                dropped = 1
            elif tag == "Heading":
                open_paragraph(f"Heading {int(payload['level'][1:])}")
            elif tag == "Paragraph":
                if item_open:  # an item's first paragraph is the item's own
                    item_open = False
                else:
                    open_paragraph("Quote" if quote else None)
            elif tag == "Item":
                open_paragraph("List Number" if lists[-1] == "ordered" else "List Bullet")
                item_open = True
            elif tag == "List":
                lists.append("ordered" if payload is not None else "bullet")
            elif tag == "BlockQuote":
                quote += 1
            elif tag == "Strong":
                bold += 1
            elif tag == "Emphasis":
                italic += 1
            elif tag == "Table":
                table = document.add_table(rows=0, cols=len(payload))
            elif tag in ("TableHead", "TableRow"):
                row = table.add_row().cells
                cell_index = -1
            elif tag == "TableCell":
                cell_index += 1
                paragraph = row[cell_index].paragraphs[0]
        elif kind == "End":
            if tag == "Item":
                item_open = False
            elif tag == "List":
                lists.pop()
            elif tag == "BlockQuote":
                quote -= 1
            elif tag == "Strong":
                bold -= 1
            elif tag == "Emphasis":
                italic -= 1
            elif tag == "Table":
                table = None
        elif kind in ("Text", "Code"):
            if paragraph is None:
                open_paragraph()
            run = paragraph.add_run(payload)
            run.bold = bold > 0 or None
            run.italic = italic > 0 or None
        elif kind in ("SoftBreak", "HardBreak") and paragraph is not None:
            paragraph.add_run(" ")
    document.save(str(path))
    return path


def markdown_to_html(markdown: str, path: Path, title: str = "The story") -> Path:
    """Write ``markdown`` as a web page at ``path``: the story in ``article``, site chrome
    around it."""
    body = pyromark.html(markdown, options=_OPTIONS)
    page = (
        "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n"
        f"<title>{title}</title>\n<style>p {{ margin: 0 }}</style>\n"
        "<script>var teh = 'the the';</script>\n</head>\n<body>\n"
        "<nav><a href=/>Home</a> | <a href=/news>Newz</a></nav>\n"
        f"<article>\n{body}</article>\n"
        "<footer>Copyright the the Gazette</footer>\n</body>\n</html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return path
