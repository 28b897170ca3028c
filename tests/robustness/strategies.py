"""Hypothesis strategies for hostile article text: plain text and Markdown structures.

The alphabet leans on what breaks text tools: combining marks, right-to-left text and
direction controls, emoji sequences, zero-width characters, NUL and other controls, every
kind of line ending, the characters copylint itself uses (U+FFFC, U+FFFD), lone surrogates
written out as escapes (a decoded UTF-8 file cannot hold a real one), very long words and
lines, and the words and spacing the rules look for, so that fixes are exercised too.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Fragments that trip rules, tokenizers and offset arithmetic.
FRAGMENTS = (
    " ",
    " ",
    "  ",
    "   ",
    "\u00a0\u00a0",
    " \u2009 ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\u2028",
    "\u2029",
    "\x85",
    "on on",
    "the the",
    "The the",
    "had had",
    "on  on",
    "word",
    "Blinken",
    "U.S.",
    "Sec.",
    "Nov. 5",
    "don't",
    "al-Sudani",
    ".",
    ". ",
    "?!",
    "…",
    ",",
    '"',
    "“",
    "”",
    "'",
    "’",
    "«",
    "»",
    "(",
    ")",
    "-",
    "—",
    "e\u0301",
    "\u0301",
    "\u0301\u0302\u0303",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u200f",
    "\u202e",
    "\u2066",
    "😀",
    "👩\u200d👩\u200d👧",
    "🇺🇸",
    "👍🏽",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u2060",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\ufffc",
    "\ufffd",
    "\\ud800",
    "\\udc80",
    "\\",
    "https://example.com/a_b?c=d.",
    "www.example.org",
    "desk@paper.example",
    "<!-- copylint-disable -->",
    "<!-- copylint-enable -->",
    "<!-- copylint-disable-next-line repetition -->",
    "<!-- copylint-words: Sudani -->",
    "<!--",
    "-->",
    "&amp;",
    "&#0;",
    "İ",
    "ß",
    "ﬁ",
    "Σ",
)

_ANY_CHARACTER = st.characters(exclude_categories=("Cs",))  # no real surrogates: see above


def _long_word() -> st.SearchStrategy[str]:
    return st.builds(
        lambda letter, n: letter * n, st.sampled_from("ae\u0301😀ø"), st.integers(200, 3000)
    )


_FRAGMENT = st.sampled_from(FRAGMENTS)
_PIECE = st.one_of(
    _FRAGMENT,
    _FRAGMENT,
    _FRAGMENT,
    st.text(_ANY_CHARACTER, max_size=12),
    st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True),
    _long_word(),
)

#: Inline text: a run of fragments, arbitrary characters and long words.
prose = st.lists(_PIECE, max_size=30).map("".join)

#: Plain text of several paragraphs; sometimes one very long line.
plain_text = st.one_of(
    st.lists(prose, max_size=6).map("\n\n".join),
    st.builds(lambda p, n: " ".join([p] * n), prose, st.integers(1, 60)),
    st.text(_ANY_CHARACTER, max_size=200),
)

# -- Markdown -------------------------------------------------------------------------------

_INLINE_MARKUP = st.sampled_from(
    (
        "*{}*",
        "**{}**",
        "_{}_",
        "~~{}~~",
        "`{}`",
        "``{}``",
        "[{}](https://example.com/x)",
        "[{}][ref]",
        "![{}](img.png)",
        "<https://example.com/{}>",
        "<b>{}</b>",
        "{}  \n",
        "{}\\\n",
        "{}[^1]",
        "$${}$$",
        "\\*{}",
        "&nbsp;{}&copy;",
        "<!-- {} -->",
        "*{}",
        "[{}",
    )
)

inline = st.lists(
    st.one_of(prose, st.builds(str.format, _INLINE_MARKUP, prose)), min_size=1, max_size=5
).map("".join)


def _prefix_lines(prefix: str, text: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


def _leaf() -> st.SearchStrategy[str]:
    return st.one_of(
        inline,
        st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 7), inline),
        st.builds(lambda t, u: t + "\n" + u, inline, st.sampled_from(("===", "---", "-"))),
        st.builds(
            lambda f, info, t: f"{f}{info}\n{t}\n{f}",
            st.sampled_from(("```", "~~~")),
            st.sampled_from(("", "python", "`x`")),
            prose,
        ),
        st.builds(
            lambda f, t: f"{f}\n{t}", st.sampled_from(("```", "~~~~", "```md")), prose
        ),  # unclosed fence
        st.builds(lambda t: "    " + t, prose),
        st.builds(lambda t: f"<div>\n{t}\n</div>", prose),
        st.builds(lambda t: f"<!--\n{t}", prose),  # unclosed HTML comment
        st.builds(lambda a, b: f"| {a} | {b} |\n| --- | :-: |\n| {b} | {a} |", inline, inline),
        st.builds(lambda t: f"[^1]: {t}", inline),
        st.builds(lambda t: f"[ref]: https://example.com/{t[:10]}", prose),
        st.sampled_from(("---", "***", "- - -", "", "$$\nx\n$$")),
    )


def _containers(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    joined = st.lists(children, min_size=1, max_size=4).map("\n\n".join)
    return st.one_of(
        st.builds(lambda t: _prefix_lines("> ", t), joined),
        st.builds(lambda t: _prefix_lines(">", t), joined),
        st.builds(
            lambda marker, t: marker + " " + t.replace("\n", "\n" + " " * (len(marker) + 1)),
            st.sampled_from(("-", "*", "+", "1.", "2)", "- [ ]", "- [x]")),
            joined,
        ),
        st.builds(lambda t: "-\n" + _prefix_lines("  ", t), joined),
    )


block = st.recursive(_leaf(), _containers, max_leaves=12)

_FRONT_MATTER = st.one_of(
    st.just(""),
    st.builds(lambda t: f"---\ntitle: {t}\n---\n", prose),
    st.builds(lambda t: f"+++\ntitle = '{t}'\n+++\n", prose),
    st.builds(lambda t: f"---\ntitle: {t}\n", prose),  # unclosed front matter
)

#: A Markdown article: optional front matter, then blocks separated by one or two newlines.
markdown_text = st.builds(
    lambda front, blocks, separators: (
        front + "".join(b + s for b, s in zip(blocks, separators, strict=False))
    ),
    _FRONT_MATTER,
    st.lists(block, max_size=6),
    st.lists(st.sampled_from(("\n\n", "\n", "\n\n\n")), min_size=6, max_size=6),
)


def with_line_endings(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The text as written, or with every line feed turned into CRLF."""
    return st.one_of(text, text.map(lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n")))


#: (format, source) pairs over both formats.
articles = st.one_of(
    st.tuples(st.just("text"), with_line_endings(plain_text)),
    st.tuples(st.just("markdown"), with_line_endings(markdown_text)),
    st.tuples(st.just("markdown"), plain_text),
)
