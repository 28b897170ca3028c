"""attribution/according-to-overuse: more than the allowed "according to" attributions."""

from __future__ import annotations

from copylint.model import Severity
from tests.helpers import flagged, lint

RULE = "attribution/according-to-overuse"

FOUR = (
    "According to Reuters, talks began. Aid stalled, according to CNN. According to the BBC, "
    "fighting resumed. Prices rose, according to officials."
)


def test_each_use_past_the_limit_is_one_info() -> None:
    text = FOUR + " According to the ministry, it ended."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["according to", "According to"]
    assert {d.severity for d in diagnostics} == {Severity.INFO}
    assert "fourth time in this article (more than 3)" in diagnostics[0].message


def test_three_uses_are_fine() -> None:
    text = "According to Reuters, talks began. Aid stalled, according to CNN. According to AP."
    assert lint(text, select=[RULE]) == []


def test_limit_is_an_option() -> None:
    text = "Talks began, according to Reuters. Aid stalled, according to CNN."
    diagnostics = lint(text, select=[RULE], options={RULE: {"max": 1}})
    assert flagged(text, diagnostics) == ["according to"]


def test_according_to_plan_is_not_an_attribution() -> None:
    text = FOUR.replace("according to officials", "according to plan")
    assert lint(text, select=[RULE]) == []


def test_according_to_in_a_quotation_does_not_count() -> None:
    text = FOUR.replace("Prices rose, according to officials.", '"According to me," he said.')
    assert lint(text, select=[RULE]) == []


def test_according_to_across_a_line_break_counts() -> None:
    text = FOUR.replace("according to officials", "according\nto officials")
    assert flagged(text, lint(text, select=[RULE])) == ["according\nto"]


def test_the_message_writes_a_real_ordinal_with_a_lower_limit() -> None:
    """Regression: with max = 2 the message said "for the 3th time"."""
    text = "According to Reuters, talks began. Aid stalled, according to CNN. According to AP."
    (diagnostic,) = lint(text, select=[RULE], options={RULE: {"max": 2}})
    assert "for the third time" in diagnostic.message
