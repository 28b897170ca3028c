"""Word documents (.docx): the body, tables and footnotes as prose, one line per paragraph.

A .docx is a zip of XML parts. It is checked before anything is inflated (see
:func:`open_package`), opened with python-docx, and reduced to a text with one line per ``w:p``:
every paragraph of the body in order, empty ones included, table-cell paragraphs in reading
order, then the footnotes' paragraphs. That text is the document's *source*, so a diagnostic's
line is the paragraph's number and its column the code point within the paragraph, and every
report shows the paragraph as the flagged line. Text in deleted tracked changes (``w:del``,
``w:moveFrom``) is not prose; inserted text (``w:ins``) is.

The paragraph kinds (heading, list item, table cell, footnote, block quote) are not in that
text; :func:`decode_docx` records them for the document built from it, by path, and a text with
another number of lines (one handed to the API) is read as plain paragraphs.

:func:`paragraph_segments` is shared with :mod:`copylint.annotate`, which maps the same columns
back onto the runs of the XML.
"""

from __future__ import annotations

import difflib
import io
import os
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import regex

from copylint.document import Document
from copylint.files import ReadError, SourceFile
from copylint.formats.inline import add_prose
from copylint.prose import PLACEHOLDER, BlockKind, ProseBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

#: A draft inflates to a few megabytes; past this (summed over the zip's declared sizes) the file
#: is refused without inflating anything. zipfile stops at the declared size of a member, so a
#: member that lies about its size fails its check instead of inflating further.
MAX_INFLATED = 256 * 1024 * 1024
#: A compressed member more than this many times smaller than its declared size is a bomb:
#: Word's XML compresses about 10:1.
MAX_RATIO = 200

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN_PART = "word/document.xml"
_MACRO_TYPES = ("macroEnabled", "vbaProject")

#: Elements whose content is never prose: properties, deleted and moved-away text, field codes.
_SKIPPED = frozenset(
    W + name
    for name in (
        "pPr",
        "rPr",
        "del",
        "moveFrom",
        "delText",
        "instrText",
        "delInstrText",
        "sdtPr",
        "commentReference",
        "annotationRef",
        "footnoteRef",
        "endnoteRef",
        "fldChar",
        "lastRenderedPageBreak",
        "proofErr",
        "bookmarkStart",
        "bookmarkEnd",
    )
)
#: Inline objects (pictures, text boxes, embedded objects): one placeholder each, not prose.
_OBJECTS = frozenset(
    {
        W + "drawing",
        W + "pict",
        W + "object",
        MC + "AlternateContent",
        W + "footnoteReference",
        W + "endnoteReference",
        W + "sym",
    }
)
#: Characters a run element stands for.
_CHARACTERS = {W + "tab": "\t", W + "br": " ", W + "cr": " ", W + "noBreakHyphen": "\u2011"}

_HEADING_STYLE = regex.compile(r"(?i)^heading\s*(\d)$")
_QUOTE_STYLES = frozenset({"quote", "intense quote", "block text"})


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a paragraph's text: ``text`` comes from ``node`` (a ``w:t``, ``w:tab``, ...)
    inside the run ``run`` (None for an object outside any run)."""

    text: str
    node: Any
    run: Any


@dataclass(frozen=True, slots=True)
class ParagraphKind:
    """What a paragraph is, for the prose blocks: ``kind`` as in :class:`~copylint.prose.Block`."""

    kind: BlockKind = "paragraph"
    depth: int = 0
    quoted: bool = False


# -- the package ----------------------------------------------------------------------------


def open_package(path: str, data: bytes) -> Any:
    """The python-docx document in ``data``, or a :class:`ReadError` saying why not.

    Refused before anything is inflated: an OLE file (a password-protected .docx, or an old
    binary .doc), anything that is not a zip, a macro-enabled document, a zip that is not a
    Word document, and a zip whose members would inflate past :data:`MAX_INFLATED`.
    """
    if PurePath(path).suffix.lower() in (".docm", ".dotm"):
        raise ReadError("macro-enabled Word document (.docm): not read; save it as .docx")
    if data.startswith(_OLE_MAGIC):
        raise ReadError(
            "password-protected or old binary Word file (.doc): save it as an unprotected .docx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError("not a Word document (.docx is a zip file; this is not one)") from None
    with archive:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if declared > MAX_INFLATED:
            raise ReadError(
                f"refused: would inflate to {declared // (1024 * 1024)} MiB "
                f"(limit {MAX_INFLATED // (1024 * 1024)} MiB; a zip bomb?)"
            )
        for member in members:
            if member.file_size > MAX_RATIO * max(member.compress_size, 1) + 1024 * 1024:
                raise ReadError(
                    f"refused: {member.filename} is compressed {MAX_RATIO}+:1 (a zip bomb?)"
                )
        names = {member.filename for member in members}
        if "[Content_Types].xml" not in names or _MAIN_PART not in names:
            raise ReadError("a zip file, but not a Word document (no word/document.xml)")
        try:
            types = archive.read("[Content_Types].xml")
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
            raise ReadError(f"damaged Word document: {error}") from None
        if any(marker.encode() in types for marker in _MACRO_TYPES):
            raise ReadError("macro-enabled Word document: not read; save it as .docx")
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise ReadError(f"damaged Word document: {type(error).__name__}: {error}") from None


def _style_names(document: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    for style in document.styles.element.iterchildren(W + "style"):
        name = style.find(W + "name")
        style_id = style.get(W + "styleId")
        if style_id is not None:
            names[style_id] = (name.get(W + "val") if name is not None else style_id) or ""
    return names


def _kind(paragraph: Any, styles: dict[str, str], in_cell: bool) -> ParagraphKind:
    properties = paragraph.find(W + "pPr")
    style = ""
    numbered = False
    if properties is not None:
        style_element = properties.find(W + "pStyle")
        if style_element is not None:
            style_id = style_element.get(W + "val") or ""
            style = styles.get(style_id, style_id).strip().lower()
        numbered = properties.find(W + "numPr") is not None
    heading = _HEADING_STYLE.match(style)
    if heading:
        return ParagraphKind("heading", int(heading.group(1)))
    if style == "title":
        return ParagraphKind("heading", 1)
    if in_cell:
        return ParagraphKind("cell")
    if numbered or style.startswith("list"):
        return ParagraphKind("item")
    if style in _QUOTE_STYLES:
        return ParagraphKind("paragraph", 1, True)
    return ParagraphKind()


def _block_paragraphs(container: Any, in_cell: bool = False) -> Iterator[tuple[Any, bool]]:
    """The ``w:p`` of a body, cell or content control in reading order, with whether each
    is in a table cell."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == W + "p":
            yield child, in_cell
        elif tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    yield from _block_paragraphs(cell, True)
        elif tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo"):
            content = child.find(W + "sdtContent") if tag == W + "sdt" else child
            if content is not None:
                yield from _block_paragraphs(content, in_cell)


def body_paragraphs(document: Any) -> list[Any]:
    """Every ``w:p`` of the body, in the order that numbers the lines."""
    return [p for p, _ in _block_paragraphs(document.element.body)]


def footnotes_element(document: Any) -> Any | None:
    """The root of the footnotes part, or None when the document has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            return parse_xml(rel.target_part.blob)
    return None


def _footnote_paragraphs(document: Any) -> Iterator[Any]:
    root = footnotes_element(document)
    if root is None:
        return
    for note in root.iterchildren(W + "footnote"):
        if note.get(W + "type") in (None, "normal"):
            yield from (p for p, _ in _block_paragraphs(note))


def paragraph_segments(paragraph: Any) -> list[Segment]:
    """The pieces of ``paragraph``'s visible text, in order (the line copylint reads)."""
    segments: list[Segment] = []
    _collect(paragraph, None, segments)
    return segments


def _collect(element: Any, run: Any, out: list[Segment]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == W + "t":
            if child.text:
                out.append(Segment(_one_line(child.text), child, run))
        elif tag in _CHARACTERS:
            out.append(Segment(_CHARACTERS[tag], child, run))
        elif tag in _OBJECTS:
            out.append(Segment(PLACEHOLDER, child, run))
        elif tag == W + "p":  # a paragraph inside a paragraph: a text box's, not this line
            continue
        else:
            _collect(child, child if tag == W + "r" else run, out)


def _one_line(text: str) -> str:
    """Line breaks inside a ``w:t`` (possible in hand-made XML) as spaces: one line a paragraph."""
    return text.replace("\r", " ").replace("\n", " ") if "\n" in text or "\r" in text else text


# -- reading ---------------------------------------------------------------------------------

#: Paragraph kinds of the documents decoded lately, by path (see the module docstring).
_LAYOUTS: OrderedDict[str, tuple[ParagraphKind, ...]] = OrderedDict()
_LAYOUTS_KEPT = 256


def extract(document: Any) -> tuple[list[str], tuple[ParagraphKind, ...]]:
    """The text of every paragraph (body, then footnotes) and what each paragraph is."""
    styles = _style_names(document)
    lines: list[str] = []
    kinds: list[ParagraphKind] = []
    for paragraph, in_cell in _block_paragraphs(document.element.body):
        lines.append("".join(s.text for s in paragraph_segments(paragraph)))
        kinds.append(_kind(paragraph, styles, in_cell))
    for paragraph in _footnote_paragraphs(document):
        lines.append("".join(s.text for s in paragraph_segments(paragraph)))
        kinds.append(ParagraphKind("footnote"))
    return lines, tuple(kinds)


def decode_docx(path: str, data: bytes) -> SourceFile:
    """The paragraphs of the .docx in ``data`` as a text, one line each."""
    lines, kinds = extract(open_package(path, data))
    _LAYOUTS[path] = kinds
    _LAYOUTS.move_to_end(path)
    while len(_LAYOUTS) > _LAYOUTS_KEPT:
        _LAYOUTS.popitem(last=False)
    return SourceFile(path, "\n".join(lines))


def parse_docx(path: str, source: str) -> Document:
    """The document for the paragraph text that :func:`decode_docx` made from a .docx."""
    lines = source.split("\n")
    kinds = _LAYOUTS.get(path, ())
    if len(kinds) != len(lines):
        kinds = tuple(ParagraphKind() for _ in lines)
    builder = ProseBuilder(source)
    offset = 0
    for line, kind in zip(lines, kinds, strict=True):
        if line.strip():
            builder.open_block(kind.kind, kind.depth, kind.quoted)
            add_prose(builder, source, offset, offset + len(line))
            builder.close_block()
        offset += len(line) + 1
    text, blocks, source_map = builder.build()
    return Document(path, source, "docx", text, blocks, source_map)


# -- what changed since a commit (--changed-since) ---------------------------------------------


def paragraph_changes(old: list[str], new: list[str]) -> tuple[set[int], set[int]]:
    """The lines (paragraphs) of ``new`` that are new or changed since ``old``, and the seams
    where paragraphs were deleted (n: between lines n and n + 1), as git's line diff gives them
    for a text file."""
    added: set[int] = set()
    seams: set[int] = set()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag == "delete":
            seams.add(j1)
        elif tag != "equal":
            added.update(range(j1 + 1, j2 + 1))
    return added, seams


def word_changes(
    top: str, base: str, git: Callable[..., bytes]
) -> dict[str, tuple[set[int], set[int]] | None]:
    """For each Word document that differs from ``base`` in the repository at ``top``: its
    changed paragraphs (see :func:`paragraph_changes`), or None when all of it is new (or the
    old version cannot be read). git diffs a .docx as binary; this compares the paragraphs."""
    numstat = git("diff", "--numstat", "-z", "--no-renames", base, "--", cwd=top)
    changes: dict[str, tuple[set[int], set[int]] | None] = {}
    for record in numstat.split(b"\0"):
        fields = record.split(b"\t", 2)
        if len(fields) != 3 or fields[0] != b"-":  # not a binary file
            continue
        name = fields[2].decode("utf-8", "surrogateescape")
        path = os.path.join(top, name)
        if PurePath(name).suffix.lower() not in (".docx", ".dotx") or not os.path.isfile(path):
            continue
        try:
            old = git("show", f"{base}:{name}", cwd=top)
            old_lines, _ = extract(open_package(name, old))
            with open(path, "rb") as handle:
                new_lines, _ = extract(open_package(name, handle.read()))
        except Exception:  # new since base, or unreadable then or now: all of it is new
            changes[name] = None
            continue
        changes[name] = paragraph_changes(old_lines, new_lines)
    return changes
