"""names/canonical-name: a name in a form the house names list marks as wrong."""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from copylint.analysis.mentions import Mention, use_titles
from copylint.analysis.names_list import (
    NamesList,
    WrongForm,
    build_names_list,
    builtin_names,
    read_names_file,
    validate_names,
)
from copylint.analysis.people import build_people_table
from copylint.lexicon.names import fold
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, RuleContext, TextEdit
from copylint.tokens import Word

if TYPE_CHECKING:
    from copylint.document import Document


class CanonicalName(Rule):
    id = "names/canonical-name"
    severity = Severity.ERROR
    summary = "A name in a form the house names list marks as wrong"
    what = (
        "Checks every name in the article (headline, captions and quotations included) "
        "against the house names list, which gives each person's canonical name and its "
        'known wrong forms ("Anthony Blinken" for "Antony Blinken", "Zelensky" for '
        '"Zelenskyy"), and flags each wrong form with the canonical one, even when the '
        "article is consistent with itself. A middle initial in the article does not stop "
        "the match and is kept. copylint ships a small sample list of current public figures "
        "(AP spellings); a newsroom adds its own list as a TOML file (`files`) or inline in "
        "its config (`names`), and can drop the sample (`builtin = false`)."
    )
    why = (
        "A person's name is the fact a reader checks first. Names that are often misspelled "
        "in copy (transliterated names especially) are spelled one way by a newsroom's style "
        'desk; AP Stylebook, "names": use the spelling the person uses, and AP\'s spelling of '
        "foreign names."
    )
    bad = (
        Example(
            "Secretary of State Anthony J. Blinken met Abbas.",
            fixed="Secretary of State Antony J. Blinken met Abbas.",
            flags=("Anthony J. Blinken",),
        ),
        Example(
            "President Zelensky spoke by video.",
            fixed="President Zelenskyy spoke by video.",
            flags=("Zelensky",),
        ),
        Example(
            "Mayor Jon Smyth opened the fair.",
            fixed="Mayor John Smyth opened the fair.",
            options={"names": {"John Smyth": ["Jon Smyth"]}},
            flags=("Jon Smyth",),
        ),
    )
    good = (
        Example("Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelenskyy."),
        Example("Anthony Hopkins and Antony Blinken were both in London."),
    )
    fix_safety = (
        "Safe: the house list says which form is right. The fix replaces the given names and "
        "surname and keeps a middle initial or possessive the article wrote."
    )
    references = ("AP Stylebook: names",)
    reads_quotes = True
    default_options = {"builtin": True, "files": [], "names": {}}

    def __init__(self, context: RuleContext) -> None:
        super().__init__(context)
        forms = list(builtin_names()) if self.options["builtin"] else []
        root = context.settings.root
        for file in self.options["files"]:
            path = Path(root) / str(file)
            forms += build_names_list(str(path), read_names_file(path))
        where = str(context.settings.config_path or "configuration")
        inline = validate_names(f"{where}: {self.id}", self.options["names"])
        forms += build_names_list(f"{where}: {self.id}", inline)
        self.names = NamesList(forms)
        #: Every way to write a listed surname, with a possessive ending or without: the
        #: words that :func:`_key` reads as one.
        self._spellings = frozenset(
            spelling
            for key in self.names.single
            for end in ("", "'s", "'S")
            for spelling in _unfolded(key + end)
        )
        #: Every way to write the surname of a listed full name: a mention with another
        #: surname is none of them, passed over with no key built (most mentions).
        self._full_surnames = frozenset(
            spelling for _, surname in self.names.full for spelling in _unfolded(surname)
        )

    def _may_write_listed(self, doc: Document) -> bool:
        """Whether a word of ``doc`` may be a listed surname (see :func:`_key`): its words
        compared with every spelling of the list in C, since most articles write none."""
        return not self._spellings.isdisjoint(map(_TEXT, doc.words))

    def check(self, doc: Document) -> Iterator[Finding]:
        use_titles(doc, self.context.settings)
        if not len(self.names):
            return
        table = doc.shared(build_people_table)
        flagged: list[tuple[int, int]] = []
        surnames = self._full_surnames
        for mention in table.mentions:
            if mention.name.surname not in surnames:
                continue
            form = self.names.full.get(NamesList.key(mention.name))
            if form is not None and not mention.implied:
                flagged.append((mention.name.start, mention.name.core_end))
                yield _full_name_finding(mention, form)
        single = self.names.single
        listed = set()
        if self._may_write_listed(doc):
            # Each spelling the article uses looked up once, then only the words written so.
            listed = {text for text in {w.text for w in doc.words} if _key(text) in single}
        for word in doc.words if listed else ():
            if word.text not in listed:
                continue
            form = single[_key(word.text)]
            if any(start <= word.start < end for start, end in flagged):
                continue
            right = form.canonical.surname
            end = word.start + len(word.base)
            yield Finding.replace(word.start, end, _message(word.base, right), right)


def _full_name_finding(mention: Mention, form: WrongForm) -> Finding:
    name, canonical = mention.name, form.canonical
    initials = canonical.initials or name.initials
    if canonical.family_first:
        right, written = canonical.written, name.written
    else:
        right = " ".join((*canonical.given, *initials, canonical.surname))
        written = " ".join((*name.given, *name.initials, name.surname))
    return Finding(
        name.start,
        name.core_end,
        _message(written, right),
        (right,),
        (TextEdit(name.start, name.core_end, right),),
        safe=True,
    )


_TEXT = operator.itemgetter(2)  # Word.text, read in C


@functools.lru_cache(maxsize=1 << 14)
def _key(text: str) -> str:
    """A word as the house list's surnames are keyed: its possessive ending dropped (see
    Word.base), apostrophes and hyphens folded. Cached: an archive repeats its words."""
    return fold(Word(0, len(text), text).base)


def _unfolded(folded: str) -> Iterator[str]:
    """Every text that :func:`~copylint.lexicon.names.fold` makes ``folded``: each
    apostrophe straight or curly, each hyphen plain or non-breaking."""
    choices = [_UNFOLD.get(char, char) for char in folded]
    return map("".join, itertools.product(*choices))


_UNFOLD = {"'": "'’", "-": "-‑"}


def _message(written: str, right: str) -> str:
    return f'"{written}" is spelled "{right}" (house names list)'
