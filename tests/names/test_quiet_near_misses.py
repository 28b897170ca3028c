"""Issue 12's false alarms seen on edited copy: the whole names family stays quiet on them."""

from __future__ import annotations

import pytest

from tests.helpers import lint

QUIET = [
    ("text", "A major Picasso exhibition opened at the museum."),
    ("text", "Bill Clinton and Hillary Clinton arrived. Clinton spoke first."),
    ("text", "George W. Bush met Laura Bush and Jeb Bush in Texas."),
    ("text", "Serena and Venus Williams practiced. Serena Williams won."),
    ("text", "Kim Jong Un and Kim Yo Jong arrived. Kim Yo Jong spoke."),
    ("text", "Mr. and Mrs. Smith opened the bakery. Mrs. Smith bakes."),
    ("text", "Donald Trump's campaign began in June. President Trump later spoke in Ohio."),
    ("text", '"President Lopez is wrong," said Ana Ruiz, the mayor.'),
    (
        "markdown",
        "# Secretary Blinken Meets Abbas\n\nSecretary of State Antony Blinken met President "
        "Mahmoud Abbas.",
    ),
    (
        "markdown",
        "*Senator Jo Kim speaks at the rally. (AP Photo/Evan Vucci)*\n\nSen. Jo Kim spoke.",
    ),
]


@pytest.mark.parametrize(("fmt", "text"), QUIET, ids=[t[:40] for _, t in QUIET])
def test_names_family_is_quiet(fmt: str, text: str) -> None:
    assert lint(text, fmt=fmt, select=["names", "spelling/inconsistent"]) == []
