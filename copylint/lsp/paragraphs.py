"""Paragraph-level findings kept across edits, so a keystroke re-runs only what it can change.

Most rules read one paragraph at a time: a phrase to swap, a doubled word, two spaces; a rule
says so itself (``Rule.paragraph_local``, decided per entry by a pack kind). Their findings in
a paragraph depend on that paragraph alone (its prose, its markup, its kind), so
after a one-word edit the findings of every other paragraph are still right. This cache keeps
them per paragraph, keyed by what the rule can read of it, for the life of one linter (one
config: new settings build a new linter, and so a new cache). Each lint runs these rules only
on the paragraphs it has not seen, each read as a document of its own (its prose mapped to the
same source), and takes the rest from the cache. Rules that read the whole article (names,
spelling consistency, headlines and datelines, attribution, a pack's "quiet when consistent")
run on the whole document every time, so their findings are always those of the current text.

The findings, cached or not, go through the engine as usual (quotations, suppressions, fix
safety are decided on the whole document), so the result is what ``copylint check`` gives:
``tests/lsp/test_paragraphs.py`` compares the two on edited texts.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable

from copylint.document import Document
from copylint.engine import Linter
from copylint.outcome import FileResult
from copylint.prose import Block
from copylint.rule import Finding, Rule, TextEdit

#: Paragraphs kept per linter; past it the cache keeps only the last document's.
MAX_PARAGRAPHS = 4096

#: What a rule can read of a paragraph: the format, the block's kind, depth and quoting, its
#: prose and its source (markup included).
BlockKey = tuple[str, str, int, bool, str, str]


def _key(doc: Document, block: Block) -> BlockKey:
    source = doc.source[doc.source_map.start(block.start) : doc.source_map.end(block.end)]
    text = doc.text[block.start : block.end]
    return (doc.format, block.kind, block.depth, block.quoted, text, source)


def _moved(finding: Finding, delta: int) -> Finding:
    if not delta:
        return finding
    edits = tuple(TextEdit(e.start + delta, e.end + delta, e.replacement) for e in finding.edits)
    refers_to = tuple((start + delta, end + delta) for start, end in finding.refers_to)
    return dataclasses.replace(
        finding,
        start=finding.start + delta,
        end=finding.end + delta,
        edits=edits,
        refers_to=refers_to,
    )


def _alone(doc: Document, block: Block) -> Document:
    """``block`` of ``doc`` as a document of its own: its prose, counted from 0, mapped to the
    same source."""
    text = doc.text[block.start : block.end]
    own = block._replace(start=0, end=len(text))
    window = doc.source_map.window(block.start, block.end)
    return Document(doc.path, doc.source, doc.format, text, (own,), window, doc.directives)


def _inside(block: Block, finding: Finding) -> bool:
    spans = [
        (finding.start, finding.end),
        *((e.start, e.end) for e in finding.edits),
        *finding.refers_to,
    ]
    return not finding.in_source and all(
        block.start <= start <= end <= block.end for start, end in spans
    )


class _Pass:
    """One lint of one document: its paragraphs' cache entries, and each new paragraph as a
    document of its own."""

    def __init__(self, doc: Document, store: dict[BlockKey, dict[str, tuple[Finding, ...]]]):
        self.doc = doc
        self.entries = [store.setdefault(_key(doc, block), {}) for block in doc.blocks]
        self._alone: dict[int, Document] = {}

    def alone(self, index: int) -> Document:
        if index not in self._alone:
            self._alone[index] = _alone(self.doc, self.doc.blocks[index])
        return self._alone[index]


class ParagraphCache:
    """A linter whose paragraph-level rules answer from the paragraphs seen before."""

    def __init__(self, linter: Linter) -> None:
        self.linter = linter
        self.local = {rule.info.id for rule in linter.rules if rule.reads_one_paragraph()}
        self._store: dict[BlockKey, dict[str, tuple[Finding, ...]]] = {}
        self._pass: _Pass | None = None
        #: Paragraph-rule runs on paragraphs not seen before (for tests and the benchmark).
        self.misses = 0

    def lint(self, doc: Document) -> FileResult:
        """What ``linter.lint(doc)`` gives, re-running paragraph rules on new paragraphs only."""
        if len(self._store) > MAX_PARAGRAPHS:
            self._store.clear()
        self._pass = _Pass(doc, self._store)
        try:
            return self.linter.lint(doc, self._check)
        finally:
            self._pass = None

    def _check(self, rule: Rule, doc: Document) -> Iterable[Finding]:
        rule_id = rule.info.id
        if rule_id not in self.local or self._pass is None or self._pass.doc is not doc:
            return rule.check(doc)
        entries = self._pass.entries
        missing = tuple(i for i, entry in enumerate(entries) if rule_id not in entry)
        if missing and not self._fill(rule, missing):
            self.local.discard(rule_id)  # it found something across paragraphs: not local
            return rule.check(doc)
        found: list[Finding] = []
        for block, entry in zip(doc.blocks, entries, strict=True):
            found.extend(_moved(finding, block.start) for finding in entry[rule_id])
        return found

    def _fill(self, rule: Rule, missing: tuple[int, ...]) -> bool:
        """Run ``rule`` on the ``missing`` paragraphs and cache its findings in each (counted
        from the paragraph's start); False when a finding lies outside one paragraph. A new
        document is read whole; an edited one, paragraph by new paragraph."""
        assert self._pass is not None
        doc = self._pass.doc
        found: dict[int, list[Finding]] = {index: [] for index in missing}
        if len(missing) == len(doc.blocks):
            starts = [block.start for block in doc.blocks]
            for finding in rule.check(doc):
                at = bisect.bisect_right(starts, finding.start) - 1
                if at < 0 or not _inside(doc.blocks[at], finding):
                    return False
                found[at].append(_moved(finding, -doc.blocks[at].start))
        else:
            for index in missing:
                alone = self._pass.alone(index)
                for finding in rule.check(alone):
                    if not _inside(alone.blocks[0], finding):
                        return False
                    found[index].append(finding)
        self.misses += len(missing)
        for index, findings in found.items():
            self._pass.entries[index][rule.info.id] = tuple(findings)
        return True
