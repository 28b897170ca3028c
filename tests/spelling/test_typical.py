"""The letter model behind spelling/inconsistent's tie-break (copylint.lexicon.typical)."""

from __future__ import annotations

from copylint.lexicon.typical import typicality


def test_a_slip_is_spelled_less_like_a_name_than_the_name() -> None:
    for name, slip in (
        ("Tavernelli", "Tavernnelli"),
        ("Marsoviko", "Marsovikho"),
        ("Okwuosa", "Okwousa"),
    ):
        assert typicality(name) > typicality(slip)


def test_case_does_not_matter() -> None:
    assert typicality("Okwuosa") == typicality("okwuosa")
