"""spelling/misspelling: what is a misspelling, what is not, and what it suggests."""

from __future__ import annotations

import pytest

from tests.helpers import fix, flagged, lint

RULE = "spelling/misspelling"


def misspelled(text: str, fmt: str = "text", **settings: object) -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE], **settings))


def first_suggestion(text: str) -> str:
    (diagnostic,) = lint(text, select=[RULE])
    return diagnostic.suggestions[0]


def test_misspelled_place_name_is_flagged_with_the_name_first() -> None:
    assert first_suggestion("Abbas met him in Rahmallah on Sunday.") == "Ramallah"


def test_only_the_bad_part_of_a_hyphenated_compound_is_underlined() -> None:
    text = "Troops entered the Isareli-occupied West Bank."
    assert misspelled(text) == ["Isareli"]
    assert first_suggestion(text) == "Israeli"


def test_slip_of_a_name_the_article_uses_suggests_that_name_first() -> None:
    text = "Shia al-Sudani spoke on Sunday. Later the al-Sudany government met the envoy."
    assert misspelled(text) == ["Sudany"]
    assert first_suggestion(text) == "Sudani"


def test_transposed_name_is_flagged() -> None:
    assert first_suggestion("Prime Minister Netanyhau spoke.") == "Netanyahu"


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("The goverment met on Monday.", "goverment", "government"),
        ("She will recieve the award.", "recieve", "receive"),
        ("It occured twice.", "occured", "occurred"),
        ("They waited untill noon.", "untill", "until"),
        ("Teh minister resigned.", "Teh", "The"),
        ("Goverment officials declined to comment.", "Goverment", "Government"),
    ],
)
def test_common_misspellings_are_flagged_with_the_right_first_suggestion(
    text: str, wrong: str, right: str
) -> None:
    assert misspelled(text) == [wrong]
    assert first_suggestion(text) == right


@pytest.mark.parametrize(
    "text",
    [
        # names the lexicon knows, also at the start of a sentence and as possessives
        "Foreign Minister Ayman Safadi met Shia al-Sudani in Amman.",
        "Safadi said the talks would go on.",
        "Blinken's trip followed Israel's strikes.",
        "Mahmoud Abbas greeted Isaac Herzog and Yoav Gallant.",
        # unknown names nothing suggests are misspelled
        "By Melis Akkum",
        "Akkum reported from the scene.",
        "Ngozi Okonjo-Iweala addressed the board.",
        # acronyms and call letters, words with digits, handles, tags
        "KTVU and NATO reported it, as did WNYC.",
        "The 3rd-quarter result was posted at 5pm by @copydesk with #breaking.",
        # contractions and possessives of known words
        "They're sure it isn't the council's fault, and she'd say so.",
        "The Joneses' farm and O'Brien's shop.",
        # British spellings are words (spelling/variant-mix handles mixing)
        "The colour of the theatre's curtain was grey.",
        # a fragment that only lives in compounds
        "The photo-op came after the pre-war talks and the neo-noir film.",
        # abbreviations and domains
        "He married in 1949 (div. 1964) and wrote for podiobooks.com.",
        # accents left out of a loanword
        "They met at a cafe near the attache's office.",
        # a phrase in another language
        'He quoted Vergil: "Horror ubique animos, simul ipsa silentia terrent."',
        # French and Italian among English: function words mark the phrase and the title
        "Her last words were Ne pleure pas, Alfred, the biographer wrote.",
        "She starred in the film Touchez pas au grisbi that year.",
        "He worked with Antonioni on La notte in 1961.",
        # a term the writer uses consistently
        "The aerogel trapped dust. The aerogel was then cut.",
        # a species name
        "The team studied Formica fusca in the wild.",
    ],
)
def test_correct_copy_is_quiet(text: str) -> None:
    assert misspelled(text) == []


def test_name_at_sentence_start_is_quiet_when_used_as_a_name_elsewhere() -> None:
    text = "Matthew Goode starred in it. Goode said he enjoyed the role."
    assert misspelled(text) == []


def test_custom_words_from_config_are_known_in_any_case() -> None:
    text = "The Xolanis farm near Qwabe grows maize."
    assert misspelled(text, words=frozenset({"xolanis", "Qwabe"})) == []


def test_inline_words_comment_adds_words_for_that_article() -> None:
    text = "<!-- copylint-words: Sudany Wobbleton -->\nSudany met Wobbleton's envoy."
    assert misspelled(text, fmt="markdown") == []
    assert misspelled("Sudany met Wobbleton's envoy.", fmt="markdown") == ["Sudany"]


def test_markdown_code_and_urls_are_not_read() -> None:
    text = "Run `recieve` or see <https://example.com/goverment>, then the goverment."
    assert misspelled(text, fmt="markdown") == ["goverment"]


def test_markdown_heading_and_emphasis_are_read() -> None:
    text = "# Talks in *Rahmallah*\n\nAbbas met him there.\n"
    assert misspelled(text, fmt="markdown") == ["Rahmallah"]


def test_safe_fix_only_for_a_lowercase_known_misspelling_with_one_correction() -> None:
    assert fix("She will recieve it tommorow.", select=[RULE]) == "She will receive it tomorrow."
    # "diety" is listed with one correction, "deity", which comes first (not "dirty")
    assert fix("The diety was honored.", select=[RULE]) == "The deity was honored."
    # a name or a capitalized word: suggested, never applied
    assert fix("The Isareli flag.", select=[RULE]) == "The Isareli flag."
    (diagnostic,) = lint("The Isareli flag.", select=[RULE])
    assert diagnostic.suggestions[0] == "Israeli"
    assert fix("Recieve it.", select=[RULE]) == "Recieve it."
    # "abbout" is listed with two corrections, "about" and "abbot": suggestions, no safe fix
    assert fix("He spoke abbout it.", select=[RULE]) == "He spoke abbout it."
    (diagnostic,) = lint("He spoke abbout it.", select=[RULE])
    assert diagnostic.suggestions[:2] == ("about", "abbot")


def test_edit_distance_alone_never_makes_a_safe_fix() -> None:
    # not a known misspelling: the likeliest slip is only a suggestion
    (diagnostic,) = lint("The council met the govermint.", select=[RULE])
    assert diagnostic.fix is not None and not diagnostic.fix.is_safe


def test_suggestions_are_computed_once_per_word() -> None:
    from copylint.lexicon.suggest import common_words

    vocabulary = common_words()
    text = " ".join(["The goverment acted."] * 200)
    before = vocabulary.suggest.cache_info()
    assert len(lint(text, select=[RULE])) == 200
    after = vocabulary.suggest.cache_info()
    assert after.misses - before.misses <= 1
