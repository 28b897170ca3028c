"""The document model: what counts as prose, and how prose maps back to the source."""

from __future__ import annotations

import gc
import weakref
from pathlib import PurePath
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint import tokens
from copylint.config import Settings
from copylint.document import Document
from copylint.engine import FileResult, Linter
from copylint.files import SourceFile
from copylint.formats import format_for, load_document, suffix_of
from copylint.prose import PLACEHOLDER
from copylint.runner import lint_source
from copylint.tokens import Word


def spans_of(source: str, fmt: str, word: str) -> list[str]:
    """The source text under every occurrence of ``word`` in the prose."""
    doc = load_document("x", source, fmt)
    found = []
    start = doc.text.find(word)
    while start != -1:
        span = doc.source_span(start, start + len(word))
        found.append(source[span.start : span.end])
        start = doc.text.find(word, start + 1)
    return found


def position(source: str, fmt: str, word: str) -> tuple[int, int, int, int]:
    doc = load_document("x", source, fmt)
    start = doc.text.index(word)
    span = doc.source_span(start, start + len(word))
    return span.line, span.column, span.end_line, span.end_column


def test_format_follows_the_extension() -> None:
    assert format_for("a/story.md") == "markdown"
    assert format_for("STORY.MARKDOWN") == "markdown"
    assert format_for("story.txt") == "text"
    assert format_for("README") == "text"
    assert format_for(".md") == "text"  # a hidden file named ".md" has no suffix
    assert format_for("notes/..md") == "markdown"


_FILE_NAMES = st.text(alphabet=st.sampled_from(list("ab.M\u00e9 ")), max_size=8)


@given(st.lists(_FILE_NAMES.filter(lambda n: n not in ("", ".", "..")), min_size=1, max_size=3))
def test_suffix_is_what_pathlib_says(parts: list[str]) -> None:
    path = "/".join(parts)
    assert suffix_of(path) == PurePath(path).suffix


# -- plain text -----------------------------------------------------------------------------


def test_plain_text_positions_are_one_based_code_points() -> None:
    assert position("Hello world.\nSecond line here.", "text", "line") == (2, 8, 2, 12)


def test_plain_text_with_crlf_maps_lines_and_columns() -> None:
    source = "First line.\r\nSecond  line.\r\n\r\nNew paragraph.\r\n"
    assert position(source, "text", "line.") == (1, 7, 1, 12)
    assert position(source, "text", "paragraph") == (4, 5, 4, 14)
    doc = load_document("x", source, "text")
    assert "\r" not in doc.text
    assert len(doc.blocks) == 2


def test_non_ascii_and_emoji_count_as_one_column_each() -> None:
    source = "Café 😀 naïve résumé target"
    assert position(source, "text", "target") == (1, 21, 1, 27)


def test_paragraphs_are_blocks_and_lines_inside_them_are_joined() -> None:
    doc = load_document("x", "One\ntwo\n\n\nThree", "text")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["One\ntwo", "Three"]


def test_urls_and_emails_are_not_prose_in_plain_text() -> None:
    doc = load_document("x", "See https://example.com/a?b=c or mail desk@paper.com now.", "text")
    assert "example" not in doc.text and "desk" not in doc.text
    assert doc.text.count(PLACEHOLDER) == 2
    assert position("See https://example.com/a. Then now", "text", "Then") == (1, 28, 1, 32)


def test_url_keeps_trailing_sentence_punctuation_as_prose() -> None:
    doc = load_document("x", "Read www.example.com.", "text")
    assert doc.text == f"Read {PLACEHOLDER}."


# -- Markdown -------------------------------------------------------------------------------

MARKDOWN = """---
title: Front matter headline
---
# A heading with *emphasis*

Para with **bold** text, a [link text](https://example.com/target "title"), `inline code`,
an entity &amp; more, an escaped \\* star, <b>inline html</b> and https://bare.example.org.

> A quoted paragraph
> over two lines.

- first item
- second item with ![alt words](img.png)

| head one | head two |
| --- | --- |
| cell one | cell two |

```
fenced code is not prose
```

    indented code is not prose

<div>
html block is not prose
</div>

<!-- a comment is not prose -->

Footnote marker[^1] here.

[^1]: The footnote text.
"""


@pytest.mark.parametrize(
    "prose",
    [
        "A heading with emphasis",
        "Para with bold text",
        "link text",
        "an entity & more",
        "escaped * star",
        "A quoted paragraph\nover two lines.",
        "first item",
        "second item with",
        "head one",
        "cell two",
        "Footnote marker",
        "The footnote text.",
        "Front matter headline",  # a prose field of the front matter (issue 17)
        "alt words",  # image alt text (issue 17)
    ],
)
def test_markdown_prose_is_read(prose: str) -> None:
    assert prose in load_document("x.md", MARKDOWN).text


@pytest.mark.parametrize(
    "not_prose",
    [
        "example.com",
        "title",
        "inline code",
        "<b>",
        "bare.example",
        "fenced code",
        "indented code",
        "html block",
        "a comment",
        "**",
        "[",
        "#",
        ">",
        "|",
    ],
)
def test_markdown_non_prose_is_left_out(not_prose: str) -> None:
    assert not_prose not in load_document("x.md", MARKDOWN).text


def test_markdown_block_kinds() -> None:
    doc = load_document("x.md", MARKDOWN)
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] == "heading" and doc.blocks[0].depth == 1
    assert "item" in kinds and "cell" in kinds and "footnote" in kinds
    quoted = [b for b in doc.blocks if b.quoted]
    assert [doc.text[b.start : b.end] for b in quoted] == ["A quoted paragraph\nover two lines."]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("emphasis", (4, 19, 4, 27)),
        ("bold", (6, 13, 6, 17)),
        ("link", (6, 29, 6, 33)),
        ("entity", (7, 4, 7, 10)),
        ("escaped", (7, 26, 7, 33)),
        ("over", (10, 3, 10, 7)),
        ("second", (13, 3, 13, 9)),
        ("cell", (17, 3, 17, 7)),
        ("Footnote", (31, 1, 31, 9)),
    ],
)
def test_markdown_prose_maps_to_exact_source_positions(word: str, expected: tuple) -> None:
    assert position(MARKDOWN, "markdown", word) == expected


def test_markdown_entity_maps_to_the_whole_entity() -> None:
    assert spans_of("Tom &amp; Jerry", "markdown", "&") == ["&amp;"]


def test_markdown_with_crlf_and_non_ascii() -> None:
    source = "# Título\r\n\r\nCafé *naïve* 😀 target\r\n"
    assert position(source, "markdown", "target") == (3, 16, 3, 22)
    assert position(source, "markdown", "naïve") == (3, 7, 3, 12)


def test_markdown_inline_code_is_a_placeholder_so_words_do_not_join() -> None:
    doc = load_document("x.md", "the `the` cat")
    assert doc.text == f"the {PLACEHOLDER} cat"


def test_markdown_toml_front_matter_keeps_only_its_prose_fields() -> None:
    doc = load_document("x.md", "+++\ntitle = 'Vote set'\nslug = 'vote'\n+++\n\nBody text.\n")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Vote set", "Body text."]
    assert doc.blocks[0].kind == "heading"


def test_every_prose_character_maps_into_the_source() -> None:
    doc = load_document("x.md", MARKDOWN)
    for offset in range(len(doc.text)):
        span = doc.source_span(offset, offset + 1)
        assert 0 <= span.start <= span.end <= len(MARKDOWN)
        if doc.is_verbatim(offset, offset + 1):
            assert MARKDOWN[span.start : span.end] == doc.text[offset]


# -- tokens ---------------------------------------------------------------------------------


def test_words_keep_inner_apostrophes_and_hyphens() -> None:
    doc = load_document("x", "Blinken’s Isareli-occupied don't al-Sudani U.S. 2023", "text")
    assert [w.text for w in doc.words] == [
        "Blinken’s",
        "Isareli-occupied",
        "don't",
        "al-Sudani",
        "U.S.",
        "2023",
    ]
    possessive, compound = doc.words[0], doc.words[1]
    assert possessive.base == "Blinken"
    assert [p.text for p in compound.parts()] == ["Isareli", "occupied"]
    assert [doc.text[p.start : p.end] for p in compound.parts()] == ["Isareli", "occupied"]


@pytest.mark.parametrize(
    "text",
    [
        "Sec. Blinken met Gen. Smith on Nov. 5 in the capital.",
        "U.S. officials said Anthony J. Blinken would go.",
        "Martin Luther King Jr. spoke at 5 p.m. on Monday.",
        "Dr. Jones and Mr. Brown met Sen. Green.",
    ],
)
def test_abbreviations_do_not_end_sentences(text: str) -> None:
    assert len(load_document("x", text, "text").sentences) == 1


def test_long_abbreviations_do_not_end_sentences() -> None:
    """Every listed abbreviation of four letters or more, read before the period like any long
    word (tokens._is_boundary tells most sentence ends by their last four letters alone), keeps
    the sentence going before a name: "Capt. Smith", "Acme Corp. Smith"."""
    before_name, maybe_final, _, _ = tokens._abbreviations()
    long_ones = [word for word in before_name | maybe_final if len(word) >= 4]
    assert len(long_ones) > 20
    for word in long_ones:
        text = f"They met the {word}. Smith said so."
        assert len(load_document("x", text, "text").sentences) == 1, word


#: Every character the fast word split knows (tokens._FAST_RANGE).
_FAST_CHARACTERS = [chr(c) for block in tokens._FAST_RANGE for c in block]


def _words_by_regex(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in tokens.WORD_PATTERN.finditer(text)]


def test_fast_word_split_knows_every_character_of_its_range() -> None:
    """Each character the fast split knows, alone, inside a word, after an apostrophe or a
    hyphen and in a dotted abbreviation, splits as the ``regex`` pattern splits it."""
    fast = tokens._fast_word_split()
    for c in _FAST_CHARACTERS:
        for text in (c, f"a{c}b", f"{c}a", f"x'{c}", f"1-{c}", f"{c}.{c}.", f"ab.{c}."):
            assert fast.split(text) == tokens._WORD_SPLIT.split(text), hex(ord(c))


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(_FAST_CHARACTERS)
        | st.sampled_from("aZ9.'’-‑ \n\u0301²Ωжا—“Ḥა一😀ǅⅫ٣"),
        max_size=30,
    )
)
def test_words_found_as_the_regex_pattern_finds_them(text: str) -> None:
    """Whichever split a text takes (the fast one, or ``regex`` for a character beyond its
    range: "ა", "一"), the words are the matches of WORD_PATTERN."""
    split = tokens._WordSplit()
    split._fast = tokens._fast_word_split()
    assert split(text) == tokens._WORD_SPLIT.split(text)
    words, starts = tokens.find_words(text)
    assert [tuple(w) for w in words] == _words_by_regex(text)
    assert starts == [w.start for w in words]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé9.'’-‑ \n\u0301²ΩжǅⅫ٣一"), max_size=30))
def test_factored_word_split_splits_as_the_word_pattern(text: str) -> None:
    """The fast split's source, its first character taken in front of the alternatives,
    matches what WORD_PATTERN matches, in ``regex`` too (not only within the fast range)."""
    factored = regex.compile(tokens._FACTORED_WORD_SPLIT, regex.VERSION1)
    assert factored.split(text) == tokens._WORD_SPLIT.split(text)


def test_placeholder_and_vietnamese_names_keep_the_fast_split() -> None:
    """A link or template left out of the prose (its placeholder) or a name spelled with the
    letters of U+1E00 to U+1FFF does not send the text to the slower ``regex`` split; the
    words come out the same."""
    text = f"Read Nguyễn Thị Ḥanh's plan at {PLACEHOLDER} before the U.S. vote."
    assert tokens._BEYOND_FAST_RANGE.search(text) is None
    assert tokens._fast_word_split().split(text) == tokens._WORD_SPLIT.split(text)


def test_fast_word_split_built_once_it_pays() -> None:
    """A draft is split by ``regex`` (building the fast split would cost more than it saves);
    once a process has split FAST_SPLIT_AFTER characters, the fast split takes over."""
    split = tokens._WordSplit()
    text = "Gov. María O’Neill-Smith said the U.S. plan is “done.” "
    assert split(text) == tokens._WORD_SPLIT.split(text)
    assert split._fast is None
    long = text * (tokens.FAST_SPLIT_AFTER // len(text) + 1)
    assert split(long) == tokens._WORD_SPLIT.split(long)
    assert split._fast is not None
    assert split(text + "一") == tokens._WORD_SPLIT.split(text + "一")  # beyond the range


#: A forward search for the word before a period: leftmost start, as the splitter first did.
_WORD_BEFORE_FORWARD = regex.compile(tokens._WORD_BEFORE.pattern)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.C é", max_size=24), st.integers(0, 24))
def test_word_before_a_period_searched_backwards_as_forwards(text: str, cut: int) -> None:
    """The splitter finds the word before a period with a backward search (the first position
    it tries matches); it must find what a forward search over the same twelve characters does,
    dotted pairs ("U.S", "a.m"), three-letter runs and the window's edge included."""
    end = min(cut, len(text))
    lo = max(0, end - 12)
    backward = tokens._WORD_BEFORE.search(text, lo, end)
    forward = _WORD_BEFORE_FORWARD.search(text, lo, end)
    assert (backward and backward.group(1)) == (forward and forward.group(1))


def test_sentences_end_at_terminal_punctuation() -> None:
    doc = load_document("x", 'He left. She stayed! Did they? "Yes." Then the U.S. The end.', "text")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "He left.",
        "She stayed!",
        "Did they?",
        '"Yes."',
        "Then the U.S.",
        "The end.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left. — She stayed.", ["He left.", "— She stayed."]),  # no word, no opening mark
        ('He said no. "— and more.', ['He said no. "— and more.']),  # an opening mark, no word
        ('He said no. "A', ["He said no.", '"A']),  # a capital after the opening mark
        ("He left. (he said so.)", ["He left.", "(he said so.)"]),  # an opening mark, lowercase
        ("He left. they stayed.", ["He left. they stayed."]),  # lowercase: no sentence end
        ("He left.  ", ["He left."]),  # white space to the end of the block
    ],
)
def test_what_follows_the_stop_decides_the_sentence_end(text: str, sentences: list[str]) -> None:
    """The opening marks and the word after the stop's white space, read in the search for the
    stop itself (tokens._BOUNDARY), decide each case as a second search after it did."""
    doc = load_document("x", text, "text")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == sentences


def _stops(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], Any]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, 1, len(text) - 1)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab.A é'\"“’)(\n-", max_size=30))
def test_period_boundary_finds_the_stops_the_boundary_finds(text: str) -> None:
    """In a block with no "!", "?" or "…" the splitter searches with a pattern that opens with
    a period (tokens._PERIOD_BOUNDARY): the same stops, spans and groups as tokens._BOUNDARY
    (within a block's bounds, as the splitter searches)."""
    text = f"x{text}x"
    assert _stops(tokens._PERIOD_BOUNDARY, text) == _stops(tokens._BOUNDARY, text)


def test_sentences_of_blocks_with_and_without_other_stops() -> None:
    """A block with a question mark or an ellipsis is split at those as before, a block with
    periods only by the period pattern, in one document."""
    text = "Who won? He did. It was late…\n\nThe U.S. team won. Gov. Lopez said so.\n"
    doc = load_document("x", text, "text")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Who won?",
        "He did.",
        "It was late…",
        "The U.S. team won.",
        "Gov. Lopez said so.",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \"“”«»„'’\n", max_size=40))
def test_quotation_marks_found_one_mark_at_a_time_as_by_a_pattern(text: str) -> None:
    """The quotation finder searches for each double mark on its own and merges the offsets:
    the marks a pattern of the six finds, in the same order."""
    assert tokens._mark_offsets(text) == [m.start() for m in regex.finditer('["“”«»„]', text)]


def test_quotations_straight_and_curly() -> None:
    doc = load_document("x", 'He said "we will win" and “they will lose” today.', "text")
    assert [doc.text[q.start : q.end] for q in doc.quotations] == [
        '"we will win"',
        "“they will lose”",
    ]
    assert doc.in_quotation(doc.text.index("win"))
    assert not doc.in_quotation(doc.text.index("today"))


def test_ap_multi_paragraph_quotation_continues() -> None:
    text = '"The first paragraph of the quote.\n\n"And the second," she said.'
    doc = load_document("x", text, "text")
    first, second = doc.quotations
    assert not first.closed and first.continues
    assert second.closed
    assert doc.in_quotation(doc.text.index("first"))


def test_apostrophes_are_not_quotations() -> None:
    doc = load_document("x", "It's the Times' view and Blinken’s trip.", "text")
    assert doc.quotations == []


# -- the lookups rules share instead of reading the source map ------------------------------


def test_sentence_start_allows_only_opening_marks_before_the_word() -> None:
    doc = load_document("a.txt", 'He left. "The mayor spoke." — Then it rained.\n')
    assert doc.at_sentence_start(doc.text.index("He"))
    assert doc.at_sentence_start(doc.text.index("The"))  # after an opening quotation mark
    assert not doc.at_sentence_start(doc.text.index("mayor"))
    assert not doc.at_sentence_start(doc.text.index("left"))


def test_space_between_stays_inside_one_block() -> None:
    doc = load_document("a.txt", "New York\n\nTimes square and the Times\n")
    text = doc.text
    york, times = text.index("York"), text.index("Times")
    assert not doc.space_between(york + len("York"), times)  # a paragraph break between
    assert not doc.within_block(york, times)
    assert doc.space_between(text.index("the") + 3, text.rindex("Times"))
    assert not doc.space_between(times, times)  # nothing between is not white space


def test_heading_and_emphasis_only_paragraphs() -> None:
    doc = load_document("a.md", "# Council votes\n\n*Photo by Ann Lee*\n\nThe *council* met.\n")
    caption, body = doc.blocks[1], doc.blocks[2]
    assert doc.in_heading(doc.text.index("Council"))
    assert not doc.in_heading(doc.text.index("met"))
    assert doc.is_emphasis_only(caption)
    assert not doc.is_emphasis_only(body)


def test_source_of_a_soft_break_holds_the_spaces_markdown_dropped() -> None:
    doc = load_document("a.md", "The council met   \nand voted.\n")
    doc2 = load_document("b.md", "The council met \nand voted.\n")
    assert doc.source_of(doc.text.index("\n"), doc.text.index("\n") + 1) == "   \n"
    assert doc2.source_of(doc2.text.index("\n"), doc2.text.index("\n") + 1) == " \n"


def test_what_markdown_leaves_out_of_the_prose_is_read_through_the_document() -> None:
    source = "**json**: the format.\n\n```\ncode\n```\n\nrun it.\nThe end \nof it.\n"
    doc = load_document("a.md", source)
    label, after_code = doc.blocks[0], doc.blocks[1]
    assert doc.source_char_before(label.start) == "*"  # the word is set in emphasis
    assert doc.source_char_before(after_code.start) == "\n"
    assert doc.source_between(label.end, after_code.start).strip() == "```\ncode\n```"
    start, end = doc.left_out_before(doc.text.index("\nof"))
    assert source[start:end] == " "  # the trailing space a soft break drops


def test_sentence_start_scans_back_over_opening_marks_only() -> None:
    doc = load_document("a.txt", "“(—The vote passed,” she said.\n")
    assert doc.at_sentence_start(doc.text.index("The"))
    assert not doc.at_sentence_start(doc.text.index("she"))


def test_section_heading_is_the_nearest_heading_before_an_offset() -> None:
    doc = load_document("x.md", "Lead paragraph.\n\n## Sources\n\nA cited headline.\n", "markdown")
    lead, cited = doc.text.index("Lead"), doc.text.index("A cited")
    assert doc.section_heading(lead) is None
    heading = doc.section_heading(cited)
    assert heading is not None
    assert doc.text[heading.start : heading.end].strip() == "Sources"


@given(
    text=st.text(alphabet="ab- .\n'’", max_size=40),
    start=st.integers(-2, 45),
    end=st.integers(-2, 45),
)
def test_words_between_are_the_words_wholly_inside_the_range(
    text: str, start: int, end: int
) -> None:
    doc = load_document("a.txt", text, "text")
    inside = [w for w in doc.words if start <= w.start and w.end <= end]
    assert list(doc.words_between(start, end)) == inside


def test_a_linted_document_is_freed_without_the_cyclic_collector() -> None:
    # The shared analyses refer back to the document; the runner releases them once every rule
    # has run, so reference counting frees the document (no collector pass over it).
    linter = Linter(Settings())
    linted: list[weakref.ref[Document]] = []
    real_lint = linter.lint

    def noting(doc: Document, check: Any = None) -> FileResult:
        linted.append(weakref.ref(doc))
        return real_lint(doc, check)

    linter.lint = noting  # type: ignore[method-assign]
    story = 'Secretary of State Antony Blinken met Gov. Maria Lopez. "We agreed," Blinken said.\n'
    gc.disable()
    try:
        result = lint_source(linter, SourceFile("story.txt", story))
        assert [ref() for ref in linted] == [None]
    finally:
        gc.enable()
    assert result.path == "story.txt"


def test_a_released_document_computes_an_analysis_again() -> None:
    doc = load_document("story.txt", "The mayor spoke.\n")
    calls: list[Document] = []

    def analysis(d: Document) -> int:
        calls.append(d)
        return len(calls)

    assert doc.shared(analysis) == doc.shared(analysis) == 1
    doc.release()
    assert doc.shared(analysis) == 2


@given(st.text(alphabet="ab'’-‑", min_size=1, max_size=12), st.integers(0, 50))
def test_word_parts_split_at_either_hyphen_with_their_own_offsets(text: str, start: int) -> None:
    word = Word(start, start + len(text), text)
    pieces = regex.split(r"[\-‑]", text) if "-" in text or "‑" in text else [text]
    assert [p.text for p in word.parts()] == pieces
    for part in word.parts():
        assert text[part.start - start : part.end - start] == part.text
