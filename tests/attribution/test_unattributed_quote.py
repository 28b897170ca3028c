"""attribution/unattributed-quote: direct quotations nobody is said to have said."""

from __future__ import annotations

import pytest

from tests.helpers import flagged, lint

RULE = "attribution/unattributed-quote"


def _flagged(text: str, fmt: str = "text") -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE]))


def test_quotation_without_attribution_is_flagged() -> None:
    text = 'The council met on Monday. "We will not raise taxes this year." The vote was 5-2.'
    assert _flagged(text) == ['"We will not raise taxes this year."']


@pytest.mark.parametrize(
    "text",
    [
        '"We will not raise taxes this year," the mayor said.',
        'The mayor told reporters, "We will not raise taxes this year."',
        '"We will not raise taxes this year." That was the promise, she told us.',
        'The mayor was blunt: "We will not raise taxes this year."',
        'Smith: "We will not raise taxes this year."',
        'According to the mayor, "we will not raise taxes this year."',
        'The vote was 5-2. The mayor spoke first. "We will not raise taxes this year."',
    ],
)
def test_attribution_in_the_sentence_paragraph_or_a_colon_is_enough(text: str) -> None:
    assert _flagged(text) == []


def test_attribution_in_the_next_sentence_is_enough() -> None:
    text = 'The council met.\n\n"We will not raise taxes this year."\n\nThe mayor said it twice.'
    assert _flagged(text) == []


def test_attribution_two_sentences_later_is_too_late() -> None:
    text = '"We will not raise taxes this year." The vote was 5-2.\n\nThe mayor said it twice.'
    assert len(_flagged(text)) == 1


def test_short_quotation_is_not_checked() -> None:
    assert _flagged('The council cut "waste" and "more waste" again.') == []
    text = 'The council met. "We will not raise taxes."'
    assert len(flagged(text, lint(text, select=[RULE], options={RULE: {"min-words": 2}}))) == 1


def test_titles_and_names_in_quotation_marks_are_not_quotations() -> None:
    text = (
        'She sang "Songs My Mother Taught Me" and read "On the Last Day of the Year". Their '
        'podcast is called "the best show on the air today" by fans.'
    )
    assert _flagged(text) == []


def test_quoted_headline_under_sources_is_a_citation() -> None:
    text = '## Sources\n\n* "Greek court legalizes worship of ancient gods" — Reuters, 2006'
    assert _flagged(text, "markdown") == []


# -- quotations over several paragraphs (AP) ------------------------------------------------------


def test_quotation_over_paragraphs_attributed_in_its_last_paragraph_is_fine() -> None:
    text = (
        'The council met.\n\n"We will not raise taxes this year.\n\n'
        '"Nor next year," the mayor said.'
    )
    assert _flagged(text) == []


def test_quotation_over_paragraphs_attributed_in_its_first_paragraph_is_fine() -> None:
    text = (
        '"We will not raise taxes this year," the mayor said. "Nor next year.\n\n'
        '"And not after that either."\n\nThe vote was 5-2.'
    )
    assert _flagged(text) == []


def test_quotation_over_paragraphs_without_attribution_is_flagged_once() -> None:
    text = (
        'The council met.\n\n"We will not raise taxes this year.\n\n'
        '"Nor next year."\n\nThe vote was 5-2.'
    )
    assert _flagged(text) == ['"We will not raise taxes this year.']


def test_paragraph_that_opens_a_new_quotation_after_a_closed_one_is_separate() -> None:
    text = (
        '"We will not raise taxes this year," the mayor said.\n\n'
        '"Nor will we cut the schools budget."\n\nThe vote was 5-2.'
    )
    assert _flagged(text) == ['"Nor will we cut the schools budget."']


def test_quoted_paragraph_after_an_introduction_with_a_colon_is_attributed() -> None:
    text = 'The mayor wrote:\n\n"We will not raise taxes this year, nor the next."'
    assert _flagged(text) == []


# -- nested quotations -----------------------------------------------------------------------------


def test_nested_quotation_belongs_to_its_attributed_outer_quotation() -> None:
    texts = [
        "\"They chanted 'no more war for us' all night,\" she said.",
        'Einstein said, "It wouldn\'t be called "research", would it?" and smiled.',
        "“He told me “go home right now,” and then he left,” she said.",
    ]
    for text in texts:
        assert _flagged(text) == []


def test_nested_quotation_in_an_unattributed_quotation_is_flagged_with_it() -> None:
    text = "The talks ended.\n\n“He told me “go home right now,” and then he left.”"
    assert _flagged(text) == ["“He told me “go home right now,” and then he left.”"]


# -- interviews ------------------------------------------------------------------------------------


def test_quotations_in_an_interview_transcript_are_the_speakers_words() -> None:
    text = (
        "Jane Doe runs the shop.\n\n"
        "What do you think of the new law?\n\n"
        'People keep telling me "you should close the shop today" and I refuse.\n\n'
        "Why?\n\nBecause I like it.\n\nWill you stay?\n\nYes."
    )
    assert _flagged(text) == []


def test_quotation_before_the_transcript_still_needs_attribution() -> None:
    text = (
        '"I have no doubt there will be more cases like it"\n\n'
        "Jane Doe runs the shop.\n\n"
        "What do you think?\n\nIt is fine.\n\nWhy?\n\nBecause.\n\nAnd then?\n\nWe left."
    )
    assert len(_flagged(text)) == 1


def test_markdown_block_quote_without_attribution_is_flagged() -> None:
    text = 'Intro.\n\n> "We will not raise taxes this year."\n\nThe vote.'
    assert len(_flagged(text, "markdown")) == 1


def test_partial_quotation_woven_into_the_sentence_is_left_alone() -> None:
    text = 'The talks ended. The group aims to "build a bridge between scientists and the public."'
    assert _flagged(text) == []


def test_full_quotation_woven_into_the_sentence_is_checked() -> None:
    text = 'The talks ended. Then came "We will build a bridge to the public."'
    assert len(_flagged(text)) == 1


# A mention before a quotation is found by comparing characters, not by compiling the
# pattern of every mention phrase (a start-up cost): both must agree everywhere.
_MENTION_PIECES = (
    "called",
    "Known",
    "as",
    "the",
    "SLOGAN",
    "see",
    "x",
    "1",
    " ",
    "  ",
    "\n",
    "\x1c",
    "\u00a0",
    ",",
    ":",
    "é",
    "ﬁ",
    "İ",
    "ſ",
    "’",
    "K",
)


def _mention_texts() -> list[str]:
    import random

    rng = random.Random(21)
    texts = [
        "a podcast called ",
        "the slogan, ",
        "known\n as:",
        "xcalled ",
        "billed  as ,: ",
        "see",
        "the ﬁtle",
        "title",
        " the TITLE",
        "é called ",
        "1called ",
        "the\x1cphrase ",
    ]
    for _ in range(4000):
        texts.append("".join(rng.choice(_MENTION_PIECES) for _ in range(rng.randint(1, 8))))
    return texts


def test_mention_reading_agrees_with_its_pattern() -> None:
    from copylint.checks.attribution import unattributed_quote as module
    from copylint.lexicon.attribution import attribution_words

    phrases = (*attribution_words().mentions, "nick-named", "ſee")
    pattern = module._mention_pattern(phrases)
    for text in _mention_texts():
        for lo in range(min(len(text), 3) + 1):
            expected = pattern.search(text, lo, len(text)) is not None
            assert module._ends_with_mention(text, lo, len(text), phrases) == expected, (text, lo)
