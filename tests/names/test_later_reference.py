"""names/later-reference: AP's surname-only later references and full first references."""

from __future__ import annotations

from tests.helpers import fix, flagged, lint

RULE = "names/later-reference"


def check(text: str, fmt: str = "text", **settings: object) -> list[str]:
    return flagged(text, lint(text, fmt=fmt, select=[RULE], **settings))


def test_title_on_a_later_reference() -> None:
    text = "Secretary of State Antony Blinken arrived. Sec. Blinken met Prime Minister Netanyahu."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["Sec. Blinken"]
    assert diagnostics[0].suggestions == ("Blinken",)
    assert diagnostics[0].fix is not None and not diagnostics[0].fix.is_safe


def test_courtesy_title_and_possessive() -> None:
    text = "Antony Blinken arrived. Mr. Blinken's plane left. Dr. Blinken returned."
    assert check(text) == ["Mr. Blinken", "Dr. Blinken"]


def test_first_reference_by_bare_surname() -> None:
    text = "Blinken said the talks would go on. Secretary of State Antony Blinken then left."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["Blinken"]
    assert "line 1" in diagnostics[0].message


def test_bare_surname_that_names_a_place_or_a_thing_is_quiet() -> None:
    text = "They met in Washington, D.C. General George Washington was born in 1732."
    assert check(text) == []
    text = "A drink called Santorum. Former Sen. Rick Santorum said he was not amused."
    assert check(text) == []


def test_surname_the_article_uses_as_a_place_is_quiet() -> None:
    text = (
        "Jordan would keep pressing, Ayman Safadi said. Refugees will not be pushed into "
        "Jordan. Rep. Jim Jordan said Congress should hold hearings."
    )
    assert check(text) == []


def test_bare_surname_of_a_name_that_may_not_be_a_person_is_quiet() -> None:
    assert check("Hope returned. Good Hope is a cape.") == []


def test_headline_and_caption_are_not_references() -> None:
    text = (
        "# Secretary Blinken Meets Abbas\n\n"
        "*Secretary Blinken and President Mahmoud Abbas (AP Photo/Jane Roe)*\n\n"
        "Secretary of State Antony Blinken met Palestinian President Mahmoud Abbas.\n"
    )
    assert check(text, "markdown") == []


def test_caption_full_name_does_not_introduce_the_body() -> None:
    text = (
        "Blinken Visits\n\nAntony Blinken shakes hands (AP Photo/Jane Roe)\n\n"
        "Blinken said the talks went well. Secretary of State Antony Blinken left Tuesday.\n"
    )
    assert check(text) == ["Blinken"]


def test_names_inside_quotations_count_but_are_not_flagged() -> None:
    text = 'Antony Blinken arrived. "Mr. Blinken is welcome," Ayman Safadi said.'
    assert check(text) == []
    text = '"Antony Blinken is welcome," Ayman Safadi said. Blinken nodded.'
    assert check(text) == []


def test_people_sharing_a_surname_keep_their_titles() -> None:
    text = "President Joe Biden and his son Hunter Biden arrived. Mr. Biden spoke."
    assert check(text) == []
    text = "Mary Smith spoke. Mr. Smith and Mrs. Smith left together."
    assert check(text) == []


def test_royal_religious_and_past_titles_are_left_alone() -> None:
    text = (
        "Pope Francis met Antony Blinken and Barack Obama. Pope Francis left. The former "
        "President Obama stayed."
    )
    assert check(text) == []


def test_title_before_the_first_full_reference_is_not_a_later_reference() -> None:
    assert check("President Biden spoke. Later President Biden left.") == []


def test_off_for_other_styles() -> None:
    text = "Antony Blinken arrived. Mr. Blinken left."
    assert check(text) == ["Mr. Blinken"]
    assert flagged(text, lint(text, style="none")) == []


def test_fix_is_offered_not_applied() -> None:
    text = "Antony Blinken arrived. Mr. Blinken left."
    assert fix(text, select=[RULE]) == text


def test_mr_and_mrs_keep_their_courtesy_titles() -> None:
    assert check("John Smith spoke. Mr. and Mrs. Smith left. Mrs. Smith waved.") == []


def test_particles_and_hyphenated_surnames() -> None:
    text = (
        "Prime Minister Mohammed Shia al-Sudani met Mary Smith-Jones and Ursula von der Leyen. "
        "Prime Minister al-Sudani spoke, Dr. Smith-Jones listened and Ms. von der Leyen left."
    )
    assert check(text) == ["Prime Minister al-Sudani", "Dr. Smith-Jones", "Ms. von der Leyen"]


def test_sentence_start_forms_link_to_the_full_name() -> None:
    text = "Al-Sudani said Iraq would help. Iraqi Prime Minister Mohammed Shia al-Sudani spoke."
    assert check(text) == ["Al-Sudani"]


def test_company_named_for_a_person_is_quiet() -> None:
    text = (
        "Ford is recalling 1 million trucks. Ford said no one was hurt. The company was "
        "founded by Henry Ford in 1903."
    )
    assert check(text) == []


def test_a_title_that_carries_news_stays() -> None:
    """The first reference gave no office: "President Trump" later tells the reader more."""
    text = "Donald Trump's campaign began in June. President Trump later spoke in Ohio."
    assert check(text) == []
    text = "President Donald Trump spoke. Later, President Trump left for Ohio."
    assert check(text) == ["President Trump"]


def test_full_name_repeated_on_a_later_reference() -> None:
    text = "The vote was close, said Ann Lee, the clerk. It will be recounted, said Ann Lee."
    diagnostics = lint(text, select=[RULE])
    assert flagged(text, diagnostics) == ["Ann Lee"]
    assert diagnostics[0].suggestions == ("Lee",)
    # Sisters share a surname and keep their given names; a reminder far away is a choice.
    assert check("Ann Lee and Mai Lee spoke, said Ann Lee.") == []
