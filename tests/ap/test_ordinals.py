"""Ordinals in messages: never "3th", "21th" or "12nd"."""

from __future__ import annotations

import pytest

from copylint.ordinals import ordinal


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "first"),
        (3, "third"),
        (9, "ninth"),
        (10, "10th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (101, "101st"),
        (111, "111th"),
    ],
)
def test_ordinal(number: int, expected: str) -> None:
    assert ordinal(number) == expected
