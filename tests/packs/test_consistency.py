"""The consistency kind: forms that are each fine but must not be mixed."""

from __future__ import annotations

from pathlib import Path

from tests.packs.support import entry, flags, lint_with, write_pack

ID = "usage/house-consistency"


def test_the_first_form_used_sets_the_standard(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "consistency", 'variants = [["email", "e-mail"]]\n'))
    assert flags(tmp_path, ID, "Send e-mail. Read email. Reply by e-mail.") == ["email"]


def test_first_listed_prefers_the_listed_form_whatever_comes_first(tmp_path: Path) -> None:
    keys = 'variants = [["U.S.", "US"]]\nprefer = "first-listed"\n'
    write_pack(tmp_path, entry(ID, "consistency", keys))
    assert flags(tmp_path, ID, "US troops left. The U.S. envoy stayed. US aid grew.") == [
        "US",
        "US",
    ]


def test_one_form_throughout_is_fine(tmp_path: Path) -> None:
    keys = 'variants = [["U.S.", "US"]]\nprefer = "first-listed"\n'
    write_pack(tmp_path, entry(ID, "consistency", keys))
    assert flags(tmp_path, ID, "US troops left. US aid grew.") == []


def test_the_message_points_at_the_standard(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "consistency", 'variants = [["email", "e-mail"]]\n'))
    (diagnostic,) = lint_with(tmp_path, ID, "Send e-mail.\n\nRead email.")
    assert diagnostic.message == "'email' here, but 'e-mail' on line 1: use one form throughout"
    assert diagnostic.suggestions == ("e-mail",)


def test_groups_are_independent(tmp_path: Path) -> None:
    write_pack(
        tmp_path, entry(ID, "consistency", 'variants = [["email", "e-mail"], ["OK", "okay"]]\n')
    )
    assert flags(tmp_path, ID, "Send email. OK. Read email. Okay.") == []


def test_headings_can_be_scoped_out(tmp_path: Path) -> None:
    keys = 'variants = [["U.S.", "US"]]\nprefer = "first-listed"\nscope = ["~heading"]\n'
    write_pack(tmp_path, entry(ID, "consistency", keys))
    text = "# US envoy visits\n\nThe U.S. envoy arrived.\n"
    assert flags(tmp_path, ID, text, fmt="markdown") == []
