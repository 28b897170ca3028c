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
    # a family, an English word that opens a sentence, a place one slip from a surname
    ("text", "Johann Bernoulli and the younger Bernoullis taught in Basel."),
    ("text", "Siméon Poisson reviewed the paper. Poison’s effects were studied later."),
    ("text", "Rui Oliveira opened a second shop in Oliviera last year."),
    # the given name of a person as a business's name, and a state's
    ("text", "Maria Ortega joined the board in 2008. They met at Maria’s Bakery."),
    ("text", "Georgia Pellegrini joined the board in 2008. She met Georgia's governor."),
    # a product named like a person, then owned by someone ("Debian's Emacs"); a passive verb
    ("text", "Each block is read by Emacs Lisp evaluated by Debian's Emacs at build time."),
    # a unit written like a lowercase courtesy title before a sentence's first word
    ("text", "The page loaded in 14.2 ms. Measured again, it took longer."),
]


@pytest.mark.parametrize(("fmt", "text"), QUIET, ids=[t[:40] for _, t in QUIET])
def test_names_family_is_quiet(fmt: str, text: str) -> None:
    assert lint(text, fmt=fmt, select=["names", "spelling/inconsistent"]) == []


def test_a_name_slip_inside_a_quotation_is_the_spelling_rules_alone() -> None:
    """The names rules leave a speaker's words alone; a name's spelling is the writer's,
    so the spelling rules still report it, once."""
    text = 'Ines Okwuosa chairs the board. "Okwuossa and two members agreed," he said.'
    assert lint(text, select=["names"]) == []
    assert [d.rule for d in lint(text, select=["names", "spelling"])] == ["spelling/inconsistent"]
