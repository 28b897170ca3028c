"""Web pages in: what a reader sees in the story, positioned in the HTML source."""

from __future__ import annotations

from pathlib import Path

from copylint.api import lint_paths, lint_text
from copylint.formats import read_file
from copylint.formats.html import parse_html
from tests.helpers import cli, run_copylint

PAGE = """<!DOCTYPE html>
<html><head><title>Council approves the the budget</title>
<style>p::before { content: "the the" }</style><script>let x = "the the";</script>
<meta name="description" content="the the">
</head><body>
<nav>Home the the news</nav>
<article>
<h1>Council approves budget</h1>
<p class="the the">The council voted &amp; approved it on on Tuesday.</p>
<template><p>the the</p></template><noscript>the the</noscript>
<p>Mayor Ann Lee said <code>the the</code> it was fine. <!-- the the --></p>
<pre>the the</pre>
</article>
<footer>the the footer</footer>
</body></html>
"""


def _at(source: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Line and column (1-based) where ``needle`` occurs for the ``occurrence``-th time."""
    offset = -1
    for _ in range(occurrence):
        offset = source.index(needle, offset + 1)
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def _found(source: str, path: str = "page.html") -> list[tuple[int, int, str]]:
    diagnostics = lint_text(source, path=path, config={"select": ["repetition/doubled-word"]})
    return [(d.line, d.column, source[d.span.start : d.span.end]) for d in diagnostics]


def test_only_the_story_is_prose_by_default() -> None:
    assert _found(PAGE) == [(*_at(PAGE, "on Tuesday"), "on")]


def test_without_article_or_main_the_body_and_title_are_read() -> None:
    page = PAGE.replace("<article>", "<div>").replace("</article>", "</div>")
    assert _found(page) == [
        (*_at(page, "the budget"), "the"),
        (*_at(page, "the news"), "the"),
        (*_at(page, "on Tuesday"), "on"),
        (*_at(page, "the footer"), "the"),
    ]


def test_blocks_end_paragraphs_and_inline_elements_do_not() -> None:
    document = parse_html("p.html", "<div>One <b>bold</b> word</div><p>Two<li>Three")
    assert [document.text[b.start : b.end] for b in document.blocks] == [
        "One bold word",
        "Two",
        "Three",
    ]
    assert [b.kind for b in document.blocks] == ["paragraph", "paragraph", "item"]


def test_entities_decode_and_count_as_written() -> None:
    source = "<main><p>Caf&eacute; &amp; bar said  no.</p></main>"
    document = parse_html("p.html", source)
    assert document.text == "Café & bar said  no."
    diagnostics = lint_text(source, path="p.html", config={"select": ["whitespace"]})
    (double,) = diagnostics
    assert source[double.span.start : double.span.end] == "  "
    assert double.column == source.index("  ") + 1


def test_crlf_sources_keep_their_positions() -> None:
    source = "<main>\r\n<p>First.</p>\r\n<p>It was was fine.</p></main>"
    assert _found(source) == [(3, 11, "was")]


def test_fix_edits_only_verbatim_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    text = "<main><p>It was was fine.</p><p>It was&#32;was fine.</p></main>\n"
    page.write_text(text)
    result = cli("check", "--no-config", "--select", "repetition", "--fix", str(page))
    assert page.read_text() == "<main><p>It was fine.</p><p>It was&#32;was fine.</p></main>\n"
    column = text.index("&#32;was") + len("&#32;") + 1
    assert f":1:{column - 4}:" in result.output  # reported, left alone (4 characters fewer)


def test_meta_charset_declares_the_encoding(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(
        '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 owner said '
        "it was was fine.</p></body></html>".encode("latin-1")
    )
    assert "Café owner" in read_file(str(page)).text
    (diagnostic,) = lint_paths([page], config={"select": ["repetition"]})
    assert diagnostic.column == _at(read_file(str(page)).text, "was fine")[1]
    before = page.read_bytes()
    result = cli("check", "--no-config", "--select", "repetition", "--fix", str(page))
    assert page.read_bytes() == before  # not rewritten as UTF-8
    assert "not written: the page is in cp1252" in result.output
    assert "doubled-word" in result.output  # the page as it stands


def test_malformed_html_gets_the_tree_a_browser_builds() -> None:
    source = "<p>One <b>two <i>three</b> four</i><table><p>It was was there<td>cell</table></div>"
    document = parse_html("bad.html", source)
    assert "It was was there" in document.text
    assert _found(source) == [(*_at(source, "was there"), "was")]


def test_garbage_bytes_are_one_line_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>caf\xe9 \xff\xfe</p>")
    result = run_copylint("check", "--no-config", str(page))
    assert result.returncode == 2
    (line,) = result.stderr.decode().strip().splitlines()
    assert str(page) in line and "not valid utf-8" in line and "<meta charset>" in line


def test_directories_take_html_files(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(PAGE)
    result = cli("check", "--no-config", "--select", "repetition", str(tmp_path))
    assert "story.html:{}:{}".format(*_at(PAGE, "on Tuesday")) in result.output


def test_config_names_the_story_by_selector(tmp_path: Path) -> None:
    page = (
        "<body><div class=sidebar>the the</div><div id=content class='story body'>"
        "<p>It was was late.</p></div><article>Related: on on air</article></body>"
    )
    for selector, expected in [
        ("div.story", ["was"]),
        ("#content", ["was"]),
        ("div.sidebar, #content", ["the", "was"]),
        ("section", ["the", "was", "on"]),  # nothing matches: the whole page
    ]:
        found = lint_text(
            page, path="p.html", config={"select": ["repetition"], "html-story": selector}
        )
        assert [page[d.span.start : d.span.end] for d in found] == expected, selector


def test_a_selector_copylint_cannot_apply_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".copylint.toml").write_text('html-story = "article > p"\n')
    (tmp_path / "page.html").write_text("<p>Fine.</p>")
    result = run_copylint("check", "page.html", cwd=tmp_path)
    assert result.returncode == 2
    assert b"no combinators" in result.stderr


def test_copylint_never_lints_its_own_html_report(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("It was was late.\n")
    report = tmp_path / "report.html"
    cli("check", "--no-config", "--format", "html", "-o", str(report), str(tmp_path))
    assert "repetition/doubled-word" in report.read_text()
    result = cli("check", "--no-config", str(tmp_path))
    assert "report.html" not in result.output
    assert "story.md:1:8" in result.output


def test_left_out_elements_do_not_join_the_words_around_them() -> None:
    for source in (
        "<p>Press <kbd>Ctrl</kbd> now.</p>",
        "<p>Text <script>track()</script> more.</p>",
        "<p>He said. <script>track()</script></p>",
    ):
        found = lint_text(source, path="p.html", config={"select": ["whitespace"]})
        assert found == [], source
    assert parse_html("p.html", "<p>Text <script>x</script> more.</p>").text == "Text \ufffc more."


def test_deeply_nested_pages_are_read_without_recursion() -> None:
    source = "<div>" * 1500 + "It was was deep." + "</div>" * 1500
    assert _found(source) == [(*_at(source, "was deep"), "was")]


def test_text_foster_parented_out_of_a_table_is_linear() -> None:
    import time

    source = "<table>" + "x &amp; y " * 12000 + "</table><p>It was was late.</p>"
    started = time.perf_counter()
    document = parse_html("t.html", source)
    assert time.perf_counter() - started < 8  # quadratic: about 30 s here; linear: 1 s
    assert document.text.startswith("x & y x & y")


def test_a_utf16_page_is_read_and_never_rewritten(tmp_path: Path) -> None:
    page = tmp_path / "wide.html"
    page.write_bytes(b"\xff\xfe" + "<p>It was was late.</p>".encode("utf-16-le"))
    (diagnostic,) = lint_paths([page], config={"select": ["repetition"]})
    assert diagnostic.column == 11
    before = page.read_bytes()
    result = cli("check", "--no-config", "--select", "repetition", "--fix", str(page))
    assert page.read_bytes() == before
    assert "utf-16-le" in result.output


def test_a_reference_with_a_parse_error_keeps_its_source_range() -> None:
    source = "<p>ab &#0; cd</p>"
    document = parse_html("p.html", source)
    replaced = document.text.index("\ufffd")
    span = document.source_span(replaced, replaced + 1)
    assert source[span.start : span.end] == "&#0;"
