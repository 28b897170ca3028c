"""AP's forms of titles before a name: abbreviations AP uses, party-state labels, "FM"."""

from __future__ import annotations

from tests.helpers import fix, flagged, lint

SPELLED = ["names/title-spelled-out"]
PARTY = ["names/party-state"]


def test_titles_ap_abbreviates_before_a_full_name() -> None:
    # A suggestion, not a safe fix: a newsroom that spells titles out chose to.
    for text, short in [
        ("U.S. Senator Jo Kim filed it.", "Sen."),
        ("Congresswoman Ann Lee voted no.", "Rep."),
        ("Lieutenant Governor Sam Ortiz spoke.", "Lt. Gov."),
    ]:
        (diagnostic,) = lint(text, select=SPELLED)
        assert diagnostic.suggestions == (short,)
        assert diagnostic.fix is not None and not diagnostic.fix.is_safe
    text = "Governor of Ohio Ben Cole signed it."
    (diagnostic,) = lint(text, select=SPELLED)
    assert diagnostic.suggestions == ("Ohio Gov.",)
    assert fix(text, select=SPELLED) == text  # a reordering is offered, not applied


def test_spelled_out_near_misses() -> None:
    for text in (
        "Sen. Jo Kim filed the bill.",
        "The senator, Jo Kim, filed the bill.",
        '"Senator Kim is right," the aide said.',
        "General Charles Gordon served the tsar.",
        "Jo Kim became a senator in 2019.",
    ):
        assert flagged(text, lint(text, select=SPELLED)) == [], text


def test_party_and_state() -> None:
    assert fix("Sen. Jo Kim (R-AZ) filed it.", select=PARTY) == "Sen. Jo Kim (R-Ariz.) filed it."
    assert fix("Rep. Ann Lee, D-NY, voted.", select=PARTY) == "Rep. Ann Lee, D-N.Y., voted."
    assert fix("Rep. Ann Lee, D-Arizona, voted.", select=PARTY) == ("Rep. Ann Lee, D-Ariz., voted.")
    assert fix("Sen. Jo Kim (I-OH) spoke.", select=PARTY) == "Sen. Jo Kim (I-Ohio) spoke."
    for text in (
        "Sen. Jo Kim, R-Ariz., filed it.",
        "Rep. Ann Lee, D-Texas, voted.",
        "The plane, a B-52, flew low.",
        '"Kim (R-AZ) is wrong," he said.',
    ):
        assert lint(text, select=PARTY) == [], text


def test_fm_is_no_title() -> None:
    text = "FM Sergey Lavrov met the envoy."
    assert fix(text, select=["names/title-abbreviation"], unsafe_fixes=True) == (
        "Foreign Minister Sergey Lavrov met the envoy."
    )
    assert lint("The station broadcasts on FM radio.", select=["names"]) == []
