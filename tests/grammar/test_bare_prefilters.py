"""The grammar rules that test the bare lowercased words before reading them properly (names
masked, one clause): the cheap test must pass over nothing the proper reading flags. Each text
puts the pair at an edge the bare test sees differently: the last word of the text, a clause
break, a capitalized word or name. The findings are those the rules gave before the bare tests
(the texts end with a period, or the line would be read as a headline)."""

from __future__ import annotations

import pytest

from tests.helpers import lint


def flagged(text: str, rule: str) -> list[str]:
    """The text of each finding of ``rule`` in ``text`` (one line)."""
    return [text[d.span.column - 1 : d.span.end_column - 1] for d in lint(text, select=[rule])]


@pytest.mark.parametrize(
    ("rule", "text", "flags"),
    [
        (
            "grammar/subject-verb",
            "They was late. They, was it? It go. Will go home. he go home. Ask it.",
            ["was", "go", "go"],
        ),
        ("grammar/subject-verb", "They were late; she has it. Tell them.", []),
        (
            "grammar/doubled-article",
            "She read the a report. The A train. the. A the.",
            ["the a", "A the"],
        ),
        ("grammar/doubled-article", "It was a the. Read an the a.", ["a the", "an the", "the a"]),
        (
            "grammar/indefinite-article",
            "An report came. A hour passed. a FBI agent. Plan A.",
            ["An", "A", "a"],
        ),
        ("grammar/indefinite-article", "A report, an hour, an FBI agent; a, an.", []),
        (
            "grammar/article-plural",
            "Each members voted. A new rules. Each plays. Take a.",
            ["members", "rules"],
        ),
        (
            "grammar/to-too",
            "It was far to late. To the polls, to. Way, to late. Me to. Go to.",
            ["to", "to"],
        ),
    ],
)
def test_the_bare_test_passes_over_nothing_flagged(rule: str, text: str, flags: list[str]) -> None:
    assert flagged(text, rule) == flags
