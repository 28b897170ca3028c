"""Static-site markup is not prose: Hugo shortcodes, Liquid/Jinja tags, kramdown attributes."""

from __future__ import annotations

import pytest

from copylint.formats import load_document
from tests.helpers import lint

PAGE = """---
title: "Board approves budget"
---

{{< figure src="board.jpg" caption="The board's "final" vote" >}}

The board voted {{% sup "5-2" %}} on Monday. {% include note.html text="a "quote" here" %}

Read {{ page.title | upcase }} and {# a "comment #} more.
{: .lead #intro}

The plan passed.
{:toc}
"""


def test_template_markup_raises_no_quotation_warnings() -> None:
    assert lint(PAGE, fmt="markdown") == []


@pytest.mark.parametrize(
    "code", ["figure", "sup", "include", "upcase", "comment", ".lead", "toc", "{", "}"]
)
def test_template_markup_is_not_in_the_prose(code: str) -> None:
    assert code not in load_document("page.md", PAGE).text


def test_the_prose_around_template_markup_keeps_its_place() -> None:
    text = "The board voted {{% sup 5 %}} on Monday and aprove it.\n"
    (diagnostic,) = lint(text, fmt="markdown")
    assert (diagnostic.rule, diagnostic.span.column) == ("spelling/misspelling", 45)
