"""Word drafts built for the tests with python-docx (and, for what it cannot write, the XML)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def tracked(paragraph: Any, kind: str, text: str, author: str = "Ed", change_id: int = 901) -> None:
    """Append a tracked insertion or deletion by ``author`` to ``paragraph``."""
    tag = "w:delText" if kind == "del" else "w:t"
    paragraph._p.append(
        parse_xml(
            f'<w:{kind} {W_NS} w:id="{change_id}" w:author="{author}" '
            f'w:date="2024-05-01T09:00:00Z"><w:r><{tag} xml:space="preserve">{text}</{tag}>'
            f"</w:r></w:{kind}>"
        )
    )


def draft(path: Path) -> Path:
    """A short story: a headline, a bold word, an empty paragraph, a table, an earlier
    editor's tracked changes and comment."""
    document = docx.Document()
    document.add_heading("Council approves the budget", 1)
    paragraph = document.add_paragraph("The the council voted on ")
    bold = paragraph.add_run("Tuesday")
    bold.bold = True
    paragraph.add_run(" to approve it.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Votes for"
    table.cell(0, 1).text = "Seven of of nine members"
    quoted = document.add_paragraph("Mayor Ann Lee said ")
    tracked(quoted, "del", "it was was ", change_id=901)
    tracked(quoted, "ins", "the plan ", change_id=902)
    quoted.add_run("would pass.")
    note = document.add_paragraph("Officials said  it would take effect in January.")
    document.add_comment(note.runs, text="Check the date", author="Desk Editor", initials="DE")
    document.save(str(path))
    return path


def rewrite_parts(path: Path, changes: dict[str, bytes]) -> None:
    """Rewrite the zip at ``path`` with the parts in ``changes`` replaced or added."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update(changes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def _before(path: Path, part: str, closing: str, addition: str) -> bytes:
    """The XML part ``part`` of the package at ``path`` with ``addition`` before ``closing``."""
    with zipfile.ZipFile(path) as archive:
        text = archive.read(part).decode()
    return text.replace(closing, addition + closing).encode()


def add_footnote(path: Path, text: str) -> None:
    """Give the document at ``path`` a footnotes part with one footnote holding ``text``."""
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    )
    relationship = (
        '<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/footnotes" Target="footnotes.xml"/>'
    )
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    )
    rels = "word/_rels/document.xml.rels"
    rewrite_parts(
        path,
        {
            "word/footnotes.xml": footnotes.encode(),
            rels: _before(path, rels, "</Relationships>", relationship),
            "[Content_Types].xml": _before(path, "[Content_Types].xml", "</Types>", override),
        },
    )
