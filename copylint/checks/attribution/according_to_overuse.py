"""attribution/according-to-overuse: "according to" as the article's stock attribution."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from copylint.analysis.attribution import in_transcript
from copylint.lexicon.attribution import attribution_words
from copylint.model import Severity
from copylint.ordinals import ordinal
from copylint.packs.presence import GatedPattern
from copylint.rule import Example, Finding, Rule

if TYPE_CHECKING:
    from copylint.document import Document

#: Compiled only for an article that has "according to" (most do not).
_ACCORDING_TO = GatedPattern(
    r"(?<![\p{L}\p{N}])(according\s+to)(?![\p{L}\p{N}])"
    r"(?:\s+(?:the|a|an|his|her|its|their|our)\b)?(?:\s+(\p{L}+))?",
    regex.IGNORECASE | regex.VERSION1,
)


class AccordingToOveruse(Rule):
    id = "attribution/according-to-overuse"
    severity = Severity.INFO
    summary = '"according to" used for more attributions than the article can carry'
    what = (
        'Counts the attributions an article makes with "according to" (not "according to plan" '
        "or a quotation's own words) and reports each one past the limit, the option `max` "
        '(default 3), so the writer can turn them into the neutral forms: "X said", "X '
        'reported", "X told reporters".'
    )
    why = (
        'AP: "said" is the neutral verb of attribution, and "according to" is best kept for '
        "documents and published reports; used again and again it turns a story into a list "
        "of hearsay and keeps the source out of the subject, where readers look for it."
    )
    references = ("AP Stylebook: according to; said",)
    bad = (
        Example(
            "According to Reuters, talks began. Aid stalled, according to CNN. According to "
            "the BBC, fighting resumed. Prices rose, according to officials.",
            flags=("according to",),
        ),
        Example(
            "Talks began, according to Reuters. Aid stalled, according to CNN.",
            options={"max": 1},
            flags=("according to",),
        ),
    )
    good = (
        Example(
            "According to Reuters, talks began. Aid stalled, CNN reported. According to the BBC, "
            "fighting resumed. Prices rose, officials said. According to the ministry, it ended."
        ),
        Example(
            "According to Reuters, talks began. It went according to plan, according to plan "
            "B, and according to schedule, according to CNN."
        ),
        Example(
            'According to Reuters, talks began. According to CNN, aid stalled. "According to '
            'the rules, according to the law, according to me," she said.'
        ),
    )
    default_options = {"max": 3}

    def check(self, doc: Document) -> Iterator[Finding]:
        limit = self.options["max"]
        not_sources = attribution_words().not_sources
        count = 0
        for match in _ACCORDING_TO.finditer(doc.text):
            start = match.start()
            if doc.in_quotation(start) or in_transcript(doc, start):
                continue
            if (
                not doc.within_block(*match.span(1))
                or (match.group(2) or "").lower() in not_sources
            ):
                continue
            count += 1
            if count > limit:
                yield Finding(
                    start,
                    match.end(1),
                    f'"according to" for the {ordinal(count)} time in this article '
                    f"(more than {limit});"
                    ' vary it with the neutral forms: "X said", "X reported"',
                )
