"""Property tests: any HTML a CMS can produce maps back to its source, and annotating any
Word paragraph keeps the writer's text under rejection and the --fix text under acceptance."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from copylint.annotate import annotate_file
from copylint.api import linter_for
from copylint.config import Settings
from copylint.files import SourceFile
from copylint.formats import read_file
from copylint.formats.html import parse_html
from copylint.runner import fix_source
from tests.formats.wordxml import rejected_text
from tests.robustness.invariants import check_document
from tests.robustness.profiles import robust

_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<li>", "<br>",
        "<article>", "</article>", "<script>x</script>", "<code>", "</code>", "<!-- c -->",
        "&amp;", "&eacute;", "&#8217;", "&", "&bogus;", "<", ">", "\r\n", "\n", " ", "  ",
        "the", "The", "was", "council", "said", ".", ",", "\u201c", "Caf\u00e9",
        '<a href="x">', "</a>", "<h2>", "</h2>", "<blockquote>", "</blockquote>",
    ]
)  # fmt: skip


@robust
@given(st.lists(_HTML_PIECES, max_size=40))
def test_any_page_maps_back_to_its_source(pieces: list[str]) -> None:
    source = "".join(pieces)
    document = parse_html("page.html", source)
    check_document(document)
    for word in document.words:
        if document.is_verbatim(word.start, word.end):
            span = document.source_span(word.start, word.end)
            assert source[span.start : span.end] == word.text


_WORDS = st.sampled_from(["the", "The", "council", "was", "met", "on", "Tuesday", ","])
_RUN = st.tuples(
    st.lists(_WORDS, min_size=1, max_size=6).map(" ".join),
    st.sampled_from(["", " ", "  "]),
    st.booleans(),
)

SELECT = ("repetition/doubled-word", "whitespace/double-space")


@pytest.mark.slow  # builds and reads back a Word file per example
@robust
@given(st.lists(st.lists(_RUN, min_size=1, max_size=5), min_size=1, max_size=4))
def test_annotating_any_draft_keeps_the_text(paragraphs: list[list[tuple[str, str, bool]]]) -> None:
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for words, space, bold in runs:
            paragraph.add_run(words + space).bold = bold or None
    linter = linter_for(Settings(select=SELECT))
    with tempfile.TemporaryDirectory() as directory:
        path, out = Path(directory) / "draft.docx", Path(directory) / "out.docx"
        document.save(str(path))
        report = annotate_file(linter, str(path), str(out))
        assert rejected_text(out) == rejected_text(path)
        accepted = read_file(str(out)).text
        fixed, _, _ = fix_source(linter, SourceFile(str(path), read_file(str(path)).text), "docx")
        if report.skipped_changes == 0:
            assert accepted == fixed
        assert report.comments == len(report.diagnostics)
