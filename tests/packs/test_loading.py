"""A broken pack stops the run with one line that names the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from copylint.config import Settings
from copylint.errors import ConfigError
from copylint.registry import Registry
from tests.packs.support import BOILERPLATE, entry, write_pack


def _load_error(directory: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        Registry.load(Settings(rules_dirs=(directory,)))
    return str(caught.value)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ('tokens = ["x"]\nsevrity = "info"\n', "unknown key 'sevrity' (did you mean 'severity'?)"),
        ('patterns = ["(unclosed"]\n', "invalid regular expression '(unclosed'"),
        ('tokens = ["x"]\nfollowed-by = "[a-"\n', "invalid regular expression '[a-'"),
        ('tokens = ["x"]\nscope = ["headline"]\n', "unknown scope 'headline'"),
        ('tokens = ["x"]\nposition = "start"\n', "'position' must be one of"),
        ('tokens = ["x"]\nfollowed-by = ""\n', "'followed-by' must be a regular expression"),
        ("", "an existence rule needs 'tokens' or 'patterns'"),
        ('tokens = ["x"]\nmessage = "{nope}"\n', "unknown placeholder"),
    ],
)
def test_existence_errors_name_file_and_entry(tmp_path: Path, keys: str, expected: str) -> None:
    path = write_pack(tmp_path, entry("usage/house-test", "existence", keys))
    message = _load_error(tmp_path)
    assert str(path) in message
    assert "rule 'usage/house-test'" in message
    assert expected in message


@pytest.mark.parametrize(
    ("kind", "keys", "expected"),
    [
        ("substitution", "swap-patterns = { '(a)' = '\\2' }\n", "refers to group '\\\\2'"),
        ("substitution", "swap-patterns = { '(a)' = '\\g<name>' }\n", "refers to group"),
        ("substitution", "swap = { a = 1 }\n", "must map to a string or a list of strings"),
        ("substitution", 'swap = { a = "b" }\nfix = "maybe"\n', "'fix' must be safe, unsafe"),
        (
            "substitution",
            "swap-patterns = { 'a' = 'b' }\nquiet-when-consistent = true\n",
            "needs 'preferred'",
        ),
        ("substitution", 'swap = { a = "b" }\npreferred = ["b"]\n', "only applies with"),
        ("substitution", "", "needs a non-empty 'swap' or 'swap-patterns'"),
        ("consistency", 'variants = ["a", "b"]\n', "'variants' must be a list of groups"),
        ("consistency", 'variants = [["a", "b"]]\nprefer = "last"\n', "'prefer' must be one of"),
        ("occurrence", 'tokens = ["a"]\n', "'max' must be a whole number"),
        ("occurrence", 'tokens = ["a"]\nmax = -1\n', "'max' must be a whole number"),
        ("occurrence", 'tokens = ["a"]\nmax = 1\nper = "page"\n', "'per' must be one of"),
        ("capitalization", "", "needs 'terms'"),
        ("capitalization", 'terms = ["Web", "web"]\n', "listed in more than one case"),
        ("spelling", 'tokens = ["a"]\n', "unknown kind 'spelling'"),
    ],
)
def test_kind_errors_name_file_and_entry(
    tmp_path: Path, kind: str, keys: str, expected: str
) -> None:
    path = write_pack(tmp_path, entry("usage/house-test", kind, keys))
    message = _load_error(tmp_path)
    assert str(path) in message and "usage/house-test" in message
    assert expected in message


def test_missing_examples_are_an_error(tmp_path: Path) -> None:
    write_pack(
        tmp_path,
        '[[rule]]\nid = "usage/house-test"\nkind = "existence"\ntokens = ["x"]\n'
        'summary = "s"\nwhy = "w"\nbad = ["x"]\n',
    )
    assert "needs at least one 'bad' and one 'good' example" in _load_error(tmp_path)


def test_fixed_texts_must_match_the_bad_ones(tmp_path: Path) -> None:
    write_pack(
        tmp_path, entry("usage/house-test", "existence", 'tokens = ["x"]\nfixed = ["a", "b"]\n')
    )
    assert "'fixed' must give one text per 'bad' example" in _load_error(tmp_path)


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ('flags = ["x", "y"]\n', "'flags' must give one item per 'bad' example"),
        ("flags = [1]\n", "each item of 'flags' must be a string or a list of strings"),
        ('flags = "x"\n', "'flags' must be a list, one item per 'bad' example"),
    ],
)
def test_flags_give_one_item_per_bad_example(tmp_path: Path, flags: str, expected: str) -> None:
    write_pack(tmp_path, entry("usage/house-test", "existence", 'tokens = ["x"]\n' + flags))
    assert expected in _load_error(tmp_path)


def test_flags_of_a_pack_entry_become_its_examples_flags(tmp_path: Path) -> None:
    keys = 'tokens = ["x"]\nflags = [["x", "x"]]\n'
    write_pack(tmp_path, entry("usage/house-test", "existence", keys))
    info = Registry.load(Settings(rules_dirs=(tmp_path,)))["usage/house-test"].info
    assert [example.flags for example in info.docs.bad] == [("x", "x")]


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write_pack(tmp_path, "[[rule]\nid = 1\n")
    message = _load_error(tmp_path)
    assert str(path) in message and "invalid TOML" in message


def test_an_entry_without_id_is_named_by_its_position(tmp_path: Path) -> None:
    write_pack(tmp_path, '[[rule]]\nkind = "existence"\ntokens = ["x"]\n' + BOILERPLATE)
    assert "rule '#1': missing 'id'" in _load_error(tmp_path)


def test_switching_off_an_unknown_rule_is_an_error_with_a_hint(tmp_path: Path) -> None:
    path = write_pack(tmp_path, '[[rule]]\nid = "usage/idioms"\nenabled = false\n')
    message = _load_error(tmp_path)
    assert str(path) in message
    assert "'usage/idioms'" in message and "did you mean 'usage/idiom'" in message


def test_a_missing_rules_directory_is_an_error(tmp_path: Path) -> None:
    assert "rules directory does not exist" in _load_error(tmp_path / "nowhere")


def test_every_built_in_entry_is_found_in_one_pass() -> None:
    """A document is read once for the phrases of every entry, however many they list."""
    from copylint.packs.kinds import PackRule
    from copylint.packs.phrases import PHRASES, phrase_key

    registry = Registry.load(Settings())
    pack_rules = [
        spec.factory(_context())
        for spec in registry
        if spec.info.origin.startswith("built-in pack")
    ]
    assert len(pack_rules) >= 20
    idioms = next(r for r in pack_rules if r.info.id == "usage/idiom")
    assert isinstance(idioms, PackRule)
    swaps = idioms.spec.choices
    assert len(swaps) >= 100  # every form of every idiom ...
    literals = idioms.spec.matcher.literals
    assert {phrase_key(p) for p in literals} <= PHRASES.keys  # ... in the one automaton


def _context():  # type: ignore[no-untyped-def]
    from copylint.rule import RuleContext

    return RuleContext({}, Settings())
