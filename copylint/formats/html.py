"""Web pages (.html, .htm): what a reader sees in the story, mapped back to the HTML source.

The page is parsed by html5lib, which implements the WHATWG HTML5 tokenizer and tree
construction (implied end tags, misnested formatting, foster-parented table text: the tree a
browser builds). Its tokenizer is driven here one state at a time over the whole source, so
every text token, character reference and tag gets its exact source range; the tree builder
below keeps those ranges on the text it places in the tree instead of merging strings.

Prose is the text of the story: when the page has an ``article`` or ``main`` element, only those
(nav bars, footers and sidebars are not the story); otherwise the body and the ``title``. A
page whose ``<meta name=generator>`` is copylint (its own HTML report) has no prose.
Left out: ``head`` (but ``title``), ``script``, ``style``, ``template``, ``noscript``,
``code``/``pre``, ``textarea``, SVG and MathML, attributes and comments. Block elements end
paragraphs. Character references decode; a prose character from one maps to the whole reference
in the source (so ``--fix`` leaves an entity-encoded span alone). Copylint comments
(``<!-- copylint-disable ... -->``) work as in Markdown.
"""

from __future__ import annotations

import bisect
import codecs
from collections import deque
from collections.abc import Iterator
from typing import Any

import regex
from html5lib import HTMLParser
from html5lib._inputstream import EncodingParser, HTMLUnicodeInputStream
from html5lib._tokenizer import HTMLTokenizer
from html5lib.constants import namespaces, spaceCharacters, tokenTypes
from html5lib.treebuilders import base

from copylint.document import Directive, Document
from copylint.files import ReadError, SourceFile
from copylint.formats.inline import add_prose, find_directives
from copylint.prose import BlockKind, ProseBuilder
from copylint.selectors import Selector

_CHARACTERS = (tokenTypes["Characters"], tokenTypes["SpaceCharacters"])
_PARSE_ERROR = tokenTypes["ParseError"]
_TAGS = (tokenTypes["StartTag"], tokenTypes["EndTag"], tokenTypes["EmptyTag"])

#: Elements whose content is never prose.
SKIPPED = frozenset(
    {
        "head",
        "script",
        "style",
        "template",
        "noscript",
        "code",
        "pre",
        "textarea",
        "svg",
        "math",
        "iframe",
        "object",
        "select",
        "kbd",
        "samp",
        "var",
    }
)
#: Skipped elements a reader does not see at all (the others, such as code, stand for words).
_INVISIBLE = frozenset({"head", "script", "style", "template", "noscript"})
#: Elements that start and end a paragraph of prose.
BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
        "html",
    }
)
#: Inline elements that stand for something other than text: one placeholder each.
_OBJECTS = frozenset({"img", "video", "audio", "picture", "canvas", "input", "embed"})
#: The story, when the page marks it.
STORY = ("article", "main")

_HEADING = regex.compile(r"^h([1-6])$")
_SPACE = " \t\n\r\f"


# -- reading the bytes ----------------------------------------------------------------------


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_html(path: str, data: bytes) -> SourceFile:
    """The page's text: UTF-8 unless a byte-order mark or a ``<meta charset>`` says otherwise."""
    encoding = declared_encoding(data)
    bom = next((mark for mark, name in _BOMS if data.startswith(mark)), b"")
    return _decode(data[len(bom) :], encoding, path, bom=bom == codecs.BOM_UTF8)


def declared_encoding(data: bytes) -> str:
    """The codec a page's bytes are read with (a byte-order mark's, else the ``<meta
    charset>``'s among the first 1,024 bytes, else UTF-8); ``--fix`` writes UTF-8 only."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    declared = EncodingParser(data[:1024]).getEncoding()
    name = declared.codec_info.name if declared is not None else "utf-8"
    # A meta tag read as ASCII cannot declare UTF-16: the page means UTF-8.
    return "utf-8" if name.startswith("utf-16") else str(name)


def _decode(data: bytes, encoding: str, path: str, bom: bool = False) -> SourceFile:
    if b"\x00" in data[:8192] and not encoding.startswith("utf-16"):
        raise ReadError("binary file (contains NUL bytes), not HTML")
    try:
        return SourceFile(path, data.decode(encoding), bom)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ReadError(
            f"not valid {encoding} (byte {error.start}, line {line}); declare the page's "
            "encoding with <meta charset>"
        ) from None


# -- tokens with source ranges --------------------------------------------------------------


class _Piece(str):
    """Text from the tokenizer that remembers its source range (``start`` None: unknown)."""

    start: int | None = None
    end: int | None = None


class _Stream(HTMLUnicodeInputStream):  # type: ignore[misc]
    """The whole source as one chunk, so that a character's offset is ``chunkOffset``."""

    def __init__(self, source: str) -> None:
        self._defaultChunkSize = len(source) + 2
        self._base = 0
        super().__init__(source)

    def readChunk(self, chunkSize: int | None = None) -> bool:
        self._base += getattr(self, "chunkSize", 0)
        result: bool = super().readChunk(chunkSize)
        return result

    def offset(self) -> int:
        return int(self._base + self.chunkOffset)


class _Tokenizer(HTMLTokenizer):  # type: ignore[misc]
    """html5lib's tokenizer, stepped one state at a time to give each token its source range.

    Offsets are in the newline-normalized text html5lib reads; ``to_source`` maps them back.
    """

    def __init__(self, stream: str, parser: Any, to_source: Any) -> None:
        super().__init__(stream, parser=parser)
        self.stream = _Stream(stream)
        self.to_source = to_source
        self.comments: list[tuple[int, int]] = []

    def __iter__(self) -> Iterator[dict[str, Any]]:
        self.tokenQueue: deque[dict[str, Any]] = deque()
        stream = self.stream
        mark = stream.offset()
        while self.state():
            stream.errors.clear()
            if not self.tokenQueue:
                continue
            end = stream.offset()
            start_src, end_src = self.to_source(mark), self.to_source(end)
            # One token from this step: the range is its own (parse errors do not count).
            alone = sum(t["type"] != _PARSE_ERROR for t in self.tokenQueue) == 1
            while self.tokenQueue:
                token = self.tokenQueue.popleft()
                kind = token["type"]
                if kind in _CHARACTERS:
                    piece = _Piece(token["data"])
                    if alone:
                        piece.start, piece.end = start_src, end_src
                    token["data"] = piece
                elif kind in _TAGS:
                    token["_span"] = (start_src, end_src)
                elif kind == tokenTypes["Comment"]:
                    self.comments.append((start_src, end_src))
                yield token
            mark = end


# -- the tree -------------------------------------------------------------------------------


class _Node(base.Node):  # type: ignore[misc]
    def __init__(self, name: str, namespace: str | None = None) -> None:
        super().__init__(name)
        self.childNodes: list[Any] = []
        self.namespace = namespace
        self.span: tuple[int, int] | None = None

    @property
    def nameTuple(self) -> tuple[str, str]:
        return (self.namespace or namespaces["html"], self.name)

    def appendChild(self, node: Any) -> None:
        node.parent = self
        self.childNodes.append(node)

    def insertText(self, data: str, insertBefore: Any = None) -> None:
        index = len(self.childNodes)
        if insertBefore is not None:
            index = self.childNodes.index(insertBefore)
        if index and isinstance(self.childNodes[index - 1], _Text):  # one run, as html5lib's
            self.childNodes[index - 1].pieces.append(data)
            return
        text = _Text(data)
        text.parent = self
        self.childNodes.insert(index, text)

    def insertBefore(self, node: Any, refNode: Any) -> None:
        node.parent = self
        self.childNodes.insert(self.childNodes.index(refNode), node)

    def removeChild(self, node: Any) -> None:
        self.childNodes.remove(node)
        node.parent = None

    def reparentChildren(self, newParent: Any) -> None:
        for child in self.childNodes:
            newParent.appendChild(child)
        self.childNodes = []

    def cloneNode(self) -> _Node:
        clone = _Node(self.name, self.namespace)
        clone.attributes = dict(self.attributes)
        clone.span = None  # a reconstructed formatting element has no source of its own
        return clone

    def hasContent(self) -> bool:
        return bool(self.childNodes)


class _Text:
    """A run of text in the tree: the tokenizer's pieces, each with its source range."""

    def __init__(self, data: str) -> None:
        self.pieces = [data]
        self.parent: Any = None


class _Other(_Node):
    def __init__(self, *args: Any) -> None:
        super().__init__("#other")


class _TreeBuilder(base.TreeBuilder):  # type: ignore[misc]
    documentClass = _Other
    elementClass = _Node
    commentClass = _Other
    doctypeClass = _Other
    fragmentClass = _Other

    def insertElementNormal(self, token: dict[str, Any]) -> Any:
        element = super().insertElementNormal(token)
        element.span = token.get("_span")
        return element

    def insertElementTable(self, token: dict[str, Any]) -> Any:
        element = super().insertElementTable(token)
        element.span = token.get("_span")
        return element

    def getDocument(self) -> Any:
        return self.document

    def getFragment(self) -> Any:  # pragma: no cover - documents only
        raise NotImplementedError

    def testSerializer(self, node: Any) -> str:  # pragma: no cover - html5lib's test hook
        raise NotImplementedError


def _table_text_phase(phase: type) -> type:
    """html5lib's phase for text met inside a table, flushing it piece by piece instead of
    joined, so that foster-parented text keeps its source ranges."""

    class TableText(phase):  # type: ignore[misc]
        def flushCharacters(self) -> None:
            items: list[dict[str, Any]] = self.characterTokens
            if any(c not in spaceCharacters for item in items for c in item["data"]):
                for item in items:
                    token = {"type": _CHARACTERS[0], "data": item["data"]}
                    self.parser.phases["inTable"].insertText(token)
            else:
                for item in items:
                    if item["data"]:
                        self.tree.insertText(item["data"])
            items.clear()

    return TableText


class _Parser(HTMLParser):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(tree=_TreeBuilder, namespaceHTMLElements=False)
        self.phases["inTableText"] = _table_text_phase(type(self.phases["inTableText"]))(
            self, self.tree
        )

    def parse_source(self, normalized: str, to_source: Any) -> tuple[Any, list[tuple[int, int]]]:
        self.innerHTMLMode = False
        self.container = "div"
        self.scripting = False
        self.tokenizer = _Tokenizer(normalized, parser=self, to_source=to_source)
        self.reset()
        self.mainLoop()
        return self.tree.getDocument(), self.tokenizer.comments


# -- prose ----------------------------------------------------------------------------------


def _normalize(source: str) -> tuple[str, Any]:
    """The source with CRLF and CR as LF (what html5lib reads), and the map of its offsets back
    to the source's."""
    if "\r" not in source:
        return source, lambda offset: offset
    removed: list[int] = []  # normalized offsets after which one source character was dropped
    parts: list[str] = []
    position = 0
    for match in regex.finditer(r"\r\n?", source):
        parts.append(source[position : match.start()])
        parts.append("\n")
        position = match.end()
        if match.end() - match.start() == 2:
            removed.append(match.start() - len(removed) + 1)
    parts.append(source[position:])

    def to_source(offset: int) -> int:
        return offset + bisect.bisect_right(removed, offset)

    return "".join(parts), to_source


def _elements(node: Any, stop: Any = None) -> Iterator[Any]:
    """The elements below ``node`` in document order (without recursion: pages nest deep);
    the children of an element for which ``stop`` is true are not visited."""
    stack = list(reversed(node.childNodes))
    while stack:
        child = stack.pop()
        if isinstance(child, _Node) and not isinstance(child, _Other):
            yield child
            if stop is None or not stop(child):
                stack.extend(reversed(child.childNodes))


def _roots(document: Any, selector: str | None) -> list[Any]:
    """The elements to read: the story's (outermost ones only), or the whole page."""
    wanted = Selector(selector).matches if selector else lambda e: e.name in STORY
    found = [element for element in _elements(document, wanted) if wanted(element)]
    return found or [document]


class _Prose:
    """Walks the tree, one block of prose per block element, whitespace trimmed at block ends."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.builder = ProseBuilder(source)
        self.pending: list[tuple[str, str, int, int]] = []  # (how, text, start, end)
        self.kind: tuple[BlockKind, int] = ("paragraph", 0)
        self.quoted = False
        self.last = 0

    def flush(self) -> None:
        pieces = self.pending
        self.pending = []
        # White space and invisible elements at either end of the block are not prose.
        while pieces and (pieces[0][0] == "gap" or not pieces[0][1].strip(_SPACE)):
            if pieces[0][0] == "object":
                break
            pieces.pop(0)
        while pieces and (pieces[-1][0] == "gap" or not pieces[-1][1].strip(_SPACE)):
            if pieces[-1][0] == "object":
                break
            pieces.pop()
        if not pieces or all(how == "object" for how, *_ in pieces):
            return
        kind, depth = self.kind
        self.builder.open_block(kind, depth, self.quoted)
        last = len(pieces) - 1
        for index, (how, text, start, end) in enumerate(pieces):
            if how == "text" and index in (0, last):
                text, start, end = self._trim(text, start, end, index == 0, index == last)
            if how in ("object", "gap"):  # a gap inside the text: keep the words apart
                self.builder.placeholder(start, end)
            elif how == "break":
                self.builder.replaced("\n", start, end)
            elif self.source[start:end] == text:
                add_prose(self.builder, self.source, start, end)
            else:
                self.builder.replaced(text, start, end)
        self.builder.close_block()

    def _trim(
        self, text: str, start: int, end: int, head: bool, tail: bool
    ) -> tuple[str, int, int]:
        """``text`` without the white space at the block's ends (source range moved with it
        where the text is verbatim)."""
        verbatim = self.source[start:end] == text
        if head:
            cut = len(text) - len(text.lstrip(_SPACE))
            text, start = text[cut:], start + cut if verbatim else start
        if tail:
            cut = len(text) - len(text.rstrip(_SPACE))
            text, end = text[: len(text) - cut], end - cut if verbatim else end
        return text, start, end

    def walk(self, node: Any, quote_depth: int = 0) -> None:
        """Read ``node``'s content (without recursion: pages nest deep)."""
        stack: list[tuple[Any, Any]] = [(child, quote_depth) for child in reversed(node.childNodes)]
        while stack:
            child, depth = stack.pop()
            if child is None:  # the end of a block: ``depth`` holds the state it interrupted
                self.flush()
                self.kind, self.quoted = depth
            elif isinstance(child, _Text):
                for piece in child.pieces:
                    start = getattr(piece, "start", None)
                    end = getattr(piece, "end", None)
                    if start is None or end is None:
                        start = end = self.last
                    self.pending.append(("text", str(piece), start, end))
                    self.last = end
            elif isinstance(child, _Node) and not isinstance(child, _Other):
                self._element(child, depth, stack)

    def _element(self, element: Any, depth: int, stack: list[tuple[Any, Any]]) -> None:
        name = element.name
        span = element.span or (self.last, self.last)
        if name in SKIPPED:
            # Left out, but not joined across: inline code and the like stand as one
            # placeholder (as in Markdown); a script or style between words, as a gap.
            self.pending.append(("gap" if name in _INVISIBLE else "object", "", *span))
        elif name in _OBJECTS or name == "br":
            self.pending.append(("break" if name == "br" else "object", "\n", *span))
            self.last = span[1]
        elif name in BLOCKS:
            self.flush()
            stack.append((None, (self.kind, self.quoted)))
            depth += name == "blockquote"
            heading = _HEADING.match(name)
            if heading or name == "title":
                self.kind = ("heading", int(heading.group(1)) if heading else 1)
            elif name == "li":
                self.kind = ("item", depth)
            elif name in ("td", "th"):
                self.kind = ("cell", depth)
            elif name not in ("tr", "table", "tbody", "thead", "tfoot"):
                self.kind = ("paragraph", depth)
            self.quoted = depth > 0
            stack.extend((child, depth) for child in reversed(element.childNodes))
        else:
            stack.extend((child, depth) for child in reversed(element.childNodes))


def _made_by_copylint(document: Any) -> bool:
    return any(
        element.name == "meta"
        and element.attributes.get("name", "").lower() == "generator"
        and element.attributes.get("content", "").lower().startswith("copylint")
        for element in _elements(document)
    )


def parse_html(path: str, source: str, selector: str | None = None) -> Document:
    """The document for an HTML page; ``selector`` names the story's elements (else
    ``article``/``main``, else the whole page)."""
    normalized, to_source = _normalize(source)
    document, comments = _Parser().parse_source(normalized, to_source)
    prose = _Prose(source)
    if _made_by_copylint(document):  # a report of copylint's own: findings, not a story
        text, blocks, source_map = prose.builder.build()
        return Document(path, source, "html", text, blocks, source_map)
    roots = _roots(document, selector)
    if roots == [document]:
        for element in _elements(document):
            if element.name == "title":
                prose.walk(_Wrapper(element))
                break
    for root in roots:
        prose.walk(_Wrapper(root) if root is not document else root)
    prose.flush()
    directives: list[Directive] = []
    for start, end in comments:
        directives.extend(find_directives(source, start, end))
    text, blocks, source_map = prose.builder.build()
    return Document(path, source, "html", text, blocks, source_map, tuple(directives))


class _Wrapper:
    """A node whose one child is ``element``, so that a walk starts with the element itself."""

    def __init__(self, element: Any) -> None:
        self.childNodes = [element]
