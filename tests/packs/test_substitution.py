"""The substitution kind: a wrong form, what to write instead, and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint.errors import ConfigError
from tests.helpers import fix
from tests.packs.support import entry, flags, lint_with, write_pack

ID = "usage/house-substitution"


def _fix(directory: Path, text: str) -> str:
    return fix(text, select=[ID], rules_dirs=(directory,))


def test_the_replacement_takes_the_case_of_the_match(tmp_path: Path) -> None:
    write_pack(
        tmp_path, entry(ID, "substitution", 'swap = { "in the horizon" = "on the horizon" }\n')
    )
    text = "In the horizon. in the horizon. IN THE HORIZON."
    assert _fix(tmp_path, text) == "On the horizon. on the horizon. ON THE HORIZON."


def test_several_choices_are_suggested_but_not_fixed(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", 'swap = { "utilize" = ["use", "employ"] }\n'))
    (diagnostic,) = lint_with(tmp_path, ID, "We utilize it.")
    assert diagnostic.suggestions == ("use", "employ")
    assert diagnostic.fix is None
    assert "'use' or 'employ'" in diagnostic.message


def test_pattern_replacements_use_groups(tmp_path: Path) -> None:
    keys = (
        "swap-patterns = { '(?P<day>\\d{1,2})(?:st|nd|rd|th)' = '\\g<day>', "
        "'(\\w+) \\1 again' = '\\1 again' }\n"
    )
    write_pack(tmp_path, entry(ID, "substitution", keys))
    assert _fix(tmp_path, "On the 5th, go go again.") == "On the 5, go again."


def test_a_pattern_replacement_starts_with_a_capital_where_the_match_did(
    tmp_path: Path,
) -> None:
    keys = "swap-patterns = { '\\bpeaked (my|his) interest' = 'piqued \\1 interest' }\n"
    write_pack(tmp_path, entry(ID, "substitution", keys))
    assert _fix(tmp_path, "Peaked my interest.") == "Piqued my interest."


def test_a_match_equal_to_its_replacement_is_not_a_finding(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", "swap-patterns = { '(\\d+) ?%' = '\\1%' }\n"))
    assert flags(tmp_path, ID, "It rose 5% and 6 %.") == ["6 %"]


def test_unsafe_fixes_are_suggested_but_not_applied(tmp_path: Path) -> None:
    keys = 'swap = { "in order to" = "to" }\nfix = "unsafe"\n'
    write_pack(tmp_path, entry(ID, "substitution", keys))
    (diagnostic,) = lint_with(tmp_path, ID, "We met in order to vote.")
    assert diagnostic.fix is not None and diagnostic.fix.applicability.value == "unsafe"
    assert _fix(tmp_path, "We met in order to vote.") == "We met in order to vote."


def test_fix_none_offers_only_the_suggestion(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", 'swap = { "a" = "b" }\nfix = "none"\n'))
    (diagnostic,) = lint_with(tmp_path, ID, "a")
    assert diagnostic.suggestions == ("b",) and diagnostic.fix is None


QUIET = """\
ignore-case = false
followed-by = '\\s+\\d'
quiet-when-consistent = true
swap = { "November" = "Nov.", "October" = "Oct." }
"""


def test_quiet_when_consistent_flags_a_single_use(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET))
    assert flags(tmp_path, ID, "The vote is November 5.") == ["November"]


def test_quiet_when_consistent_respects_an_article_that_keeps_its_own_style(
    tmp_path: Path,
) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET))
    assert flags(tmp_path, ID, "It ran from October 3 to November 5.") == []


def test_quiet_when_consistent_flags_an_article_that_mixes_both(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET))
    text = "It ran from Oct. 3 to November 5 and November 9."
    assert flags(tmp_path, ID, text) == ["November", "November"]


def test_the_replacement_counts_only_in_the_same_context(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET))
    text = "In Oct., it ran from October 3 to November 5."  # "Oct." alone is no date
    assert flags(tmp_path, ID, text) == []


def test_quiet_when_consistent_with_preferred_patterns(tmp_path: Path) -> None:
    keys = (
        "quiet-when-consistent = true\npreferred = ['\\d%']\n"
        "swap-patterns = { '(\\d+) percent' = '\\1%' }\n"
    )
    write_pack(tmp_path, entry(ID, "substitution", keys))
    assert flags(tmp_path, ID, "It rose 5 percent and 6 percent.") == []
    assert flags(tmp_path, ID, "It rose 5% and 6 percent.") == ["6 percent"]


def test_uses_inside_quotations_do_not_count_towards_a_convention(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET))
    text = '"We meet October 3," she said. The vote is November 5.'
    assert flags(tmp_path, ID, text) == ["November"]


def test_the_entry_sets_the_default_and_the_configuration_flips_it(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET.replace("= true", "= false")))
    text = "It ran from October 3 to November 5."
    assert flags(tmp_path, ID, text) == ["October", "November"]
    options = {ID: {"quiet-when-consistent": True}}
    assert lint_with(tmp_path, ID, text, options=options) == []


def test_excusable_limits_what_a_convention_may_excuse(tmp_path: Path) -> None:
    keys = QUIET.replace('"October" = "Oct." }', '"October" = "Oct.", "Sep." = "Sept." }')
    write_pack(tmp_path, entry(ID, "substitution", keys + 'excusable = ["November", "October"]\n'))
    assert flags(tmp_path, ID, "It ran from October 3 to November 5.") == []
    assert flags(tmp_path, ID, "It ran from Sep. 3 to Sep. 5.") == ["Sep.", "Sep."]


def test_excusable_must_name_a_listed_wrong_form(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", QUIET + 'excusable = ["Mayy"]\n'))
    with pytest.raises(ConfigError, match="'excusable' names 'Mayy'"):
        lint_with(tmp_path, ID, "x")


def test_an_entry_without_the_key_offers_no_option(tmp_path: Path) -> None:
    write_pack(tmp_path, entry(ID, "substitution", 'swap = { "a" = "b" }\n'))
    options = {ID: {"quiet-when-consistent": True}}
    with pytest.raises(ConfigError, match="has no option 'quiet-when-consistent'"):
        lint_with(tmp_path, ID, "a", options=options)


def test_safe_swaps_make_some_fixes_of_an_unsafe_entry_safe(tmp_path: Path) -> None:
    keys = (
        'fix = "unsafe"\nswap = { "November" = "Nov.", "Nov" = "Nov." }\n'
        "safe-swaps = [\"Nov\"]\nfollowed-by = '\\s+\\d'\n"
    )
    write_pack(tmp_path, entry(ID, "substitution", keys))
    assert _fix(tmp_path, "On Nov 5 and November 9.") == "On Nov. 5 and November 9."


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ('swap = { "Nov" = "Nov." }\nsafe-swaps = ["Nov"]\n', "only applies with fix"),
        ('fix = "unsafe"\nswap = { "Nov" = "Nov." }\nsafe-swaps = ["X"]\n', "names 'x'"),
    ],
)
def test_safe_swaps_are_checked_at_load(tmp_path: Path, keys: str, message: str) -> None:
    write_pack(tmp_path, entry(ID, "substitution", keys))
    with pytest.raises(ConfigError, match=message):
        lint_with(tmp_path, ID, "x")
