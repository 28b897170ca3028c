"""How many correct rare names spelling/misspelling flags: the false-alarm check behind every
proper-noun slip shape (issue 13).

    python benchmarks/eval_real_names.py [--list] [--save FILE] [--compare FILE]

The names are the capitalized words of SCOWL's largest American list (Debian's
``wamerican-insane``, /usr/share/dict/american-english-insane) and, when Faker is installed
(``pip install faker``; it is no dependency of copylint), the first names, last names, cities
and streets of all its locales: real names, most of which the lexicons barely know. Kept are
those no dictionary knows that the names lexicon has seen fewer than LISTED (40) times, the
names a slip shape could take for a typo. Each is linted mid-sentence ("They spoke with X on
Monday.") by spelling/misspelling alone, 500 to a document. ``--save`` writes the flagged names
and ``--compare`` prints the names flagged now that a saved run did not flag: a new slip shape
must add none.

``--twins`` also counts the real names that spelling/inconsistent's short and plural-looking
twins could flag, though only beside their twin in the same article: a four-letter name no
lexicon knows that is a listed name (LISTED) with two letters after the first transposed
("Pihl", Phil), and a name no lexicon has seen whose form with a final "s" a lexicon has
("Eusebiu", Eusebius).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

from copylint.analysis.spelling import LISTED, is_known
from copylint.api import linter_for
from copylint.config import Settings
from copylint.formats import load_document
from copylint.lexicon.dictionary import english_counts, name_counts

SCOWL = Path("/usr/share/dict/american-english-insane")
_NAME = re.compile(r"[A-Z][a-z]{2,}")
_CARRIER = "They spoke with {} on Monday."
_FAKER_LISTS = (
    "first_names", "last_names", "first_names_male", "first_names_female", "last_names_male",
    "last_names_female", "first_names_nonbinary", "city_names", "street_names", "cities",
    "countries", "states",
)  # fmt: skip
BATCH = 500


def scowl_names() -> set[str]:
    if not SCOWL.exists():
        return set()
    lines = SCOWL.read_text(encoding="utf-8", errors="replace").splitlines()
    return {w for w in lines if _NAME.fullmatch(w)}


def faker_names() -> set[str]:
    """The capitalized words of Faker's person and address lists, every locale."""
    try:
        person = importlib.import_module("faker.providers.person")
        address = importlib.import_module("faker.providers.address")
    except ImportError:
        return set()
    found: set[str] = set()
    for package in (person, address):
        for module in pkgutil.iter_modules(package.__path__):
            provider = getattr(
                importlib.import_module(f"{package.__name__}.{module.name}"), "Provider", None
            )
            for attribute in _FAKER_LISTS:
                values = getattr(provider, attribute, None)
                if isinstance(values, (dict, list, tuple, set, frozenset)):
                    for value in values:
                        if isinstance(value, str):
                            found.update(w for w in value.split() if _NAME.fullmatch(w))
    return found


def rare_names(names: set[str]) -> list[str]:
    counts = name_counts()
    return sorted(w for w in names if not is_known(w.lower()) and counts.get(w.lower(), 0) < LISTED)


def flagged(names: list[str]) -> Iterator[str]:
    linter = linter_for(Settings(select=("spelling/misspelling",)))
    for start in range(0, len(names), BATCH):
        batch = names[start : start + BATCH]
        texts = [_CARRIER.format(name) for name in batch]
        offsets, position = [], 0
        for text in texts:
            offsets.append(position + _CARRIER.index("{}"))
            position += len(text) + 2
        hits = {
            d.span.start
            for d in linter.lint(load_document("n.txt", "\n\n".join(texts))).diagnostics
        }
        yield from (name for name, at in zip(batch, offsets, strict=True) if at in hits)


def twins(names: set[str]) -> tuple[list[str], list[str]]:
    """The real names spelling/inconsistent's four-letter transposition and dropped final "s"
    would flag beside their twin (see the module docstring)."""
    english, counts = english_counts(), name_counts()

    def seen(lower: str) -> int:
        return max(english.get(lower, 0), counts.get(lower, 0))

    transposed, s_less = [], []
    for name in sorted(names):
        lower = name.lower()
        if is_known(lower) or seen(lower):
            continue
        if len(lower) == 4 and any(
            seen(lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :]) >= LISTED
            for i in (1, 2)
            if lower[i] != lower[i + 1]
        ):
            transposed.append(name)
        if seen(lower + "s"):
            s_less.append(name)
    return transposed, s_less


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every flagged name")
    parser.add_argument("--save", type=Path, help="write the flagged names to this file")
    parser.add_argument("--compare", type=Path, help="a saved run: print the names flagged since")
    parser.add_argument(
        "--twins", action="store_true", help="count the names an article's twin could flag"
    )
    args = parser.parse_args(argv)
    scowl, faker = scowl_names(), faker_names()
    if args.twins:
        transposed, s_less = twins(scowl | faker)
        print(
            f"beside a twin in the article: {len(transposed)} four-letter names a listed name "
            f"transposed ({' '.join(transposed[:12])} …), {len(s_less)} names without the "
            f"final s of a listed one ({' '.join(s_less[:12])} …)"
        )
    names = rare_names(scowl | faker)
    found = list(flagged(names))
    print(
        f"real names: {len(scowl)} from SCOWL, {len(faker)} from Faker; {len(names)} that no "
        f"dictionary knows and the lexicon has seen fewer than {LISTED} times; flagged "
        f"{len(found)} ({len(found) / max(len(names), 1):.1%})"
    )
    if args.list:
        print(" ".join(found))
    if args.save:
        args.save.write_text("\n".join(found) + "\n", encoding="utf-8")
    if args.compare:
        before = set(args.compare.read_text(encoding="utf-8").split())
        new = [name for name in found if name not in before]
        print(f"flagged now, not in {args.compare}: {len(new)} {' '.join(new)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
