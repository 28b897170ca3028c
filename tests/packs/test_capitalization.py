"""The capitalization kind: terms with one fixed case."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import fix, flagged, lint
from tests.packs.support import entry, flags, write_pack

ID = "usage/house-capitalization"


def test_any_other_case_is_flagged_and_fixed(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "capitalization", 'terms = ["YouTube", "internet"]\n'))
    text = "We saw it on Youtube and the Internet, and on youtube."
    assert flags(tmp_path, ID, text) == ["Youtube", "Internet", "youtube"]
    assert fix(text, select=[ID], rules_dirs=(tmp_path,)) == (
        "We saw it on YouTube and the internet, and on YouTube."
    )


def test_a_lowercase_term_may_start_a_sentence_or_stand_in_a_heading(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "capitalization", 'terms = ["internet", "eBay"]\n'))
    text = "# The Internet Age\n\nInternet use rose. “Internet use fell.” EBay said so.\n"
    assert flags(tmp_path, ID, text, fmt="markdown") == []


def test_a_name_starting_in_lowercase_gets_its_capital_at_a_sentence_start(
    tmp_path: Path,
) -> None:
    write_pack(tmp_path, entry(ID, "capitalization", 'terms = ["eBay"]\n'))
    assert fix("Ebay said so.", select=[ID], rules_dirs=(tmp_path,)) == "EBay said so."


def test_text_in_capitals_throughout_is_left_alone(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "capitalization", 'terms = ["internet"]\n'))
    assert flags(tmp_path, ID, "The INTERNET is down.") == []


def test_exceptions_compare_case_exactly(tmp_path: Path) -> None:
    keys = 'terms = ["internet"]\nexceptions = ["Internet Explorer"]\n'
    write_pack(tmp_path, entry(ID, "capitalization", keys))
    text = "She used Internet Explorer and internet explorer on the Internet."
    assert flags(tmp_path, ID, text) == ["Internet"]
    assert len(flags(tmp_path, ID, "She used internet Explorer.")) == 0


def test_conditions_compare_case_exactly_while_terms_match_any_case(tmp_path: Path) -> None:
    keys = 'terms = ["internet"]\nnot-preceded-by = "\\\\p{Lu}\\\\p{L}*\\\\s+"\n'
    write_pack(tmp_path, entry(ID, "capitalization", keys))
    assert flags(tmp_path, ID, "We used the Internet and the Pew Internet Project.") == ["Internet"]


def test_quiet_when_consistent_is_per_term(tmp_path: Path) -> None:
    keys = 'terms = ["internet", "YouTube"]\nquiet-when-consistent = true\n'
    write_pack(tmp_path, entry(ID, "capitalization", keys))
    text = "The Internet grew; the Internet won. Then Youtube came."
    assert flags(tmp_path, ID, text) == ["Youtube"]
    assert flags(tmp_path, ID, "The Internet grew; the internet won.") == ["Internet"]


def test_a_declared_ap_style_flags_a_consistent_internet_unless_the_option_is_on() -> None:
    text = "Readers use the Internet, and the Internet changed news."
    assert lint(text, select=["usage/lowercase-term"]) == []
    strict = lint(text, select=["usage/lowercase-term"], style_declared=True)
    assert flagged(text, strict) == ["Internet", "Internet"]
    options = {"usage/lowercase-term": {"quiet-when-consistent": True}}
    assert lint(text, select=["usage/lowercase-term"], style_declared=True, options=options) == []
