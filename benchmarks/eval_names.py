"""Names recall with seeded slips, and names findings on the clean corpus.

Each article of the shared corpus (edited copy, so its names are taken as right) is read into
its people table. For every person introduced in full in the body and named again by bare
surname, one slip of each class below is planted, one slip per copy of the article, outside
quotations, headlines and captions. A slip is caught when a names or spelling/inconsistent
finding covers it that the clean article did not have. Everything is deterministic: the
person, the mention and the spelling operator are chosen by position, not at random.

Classes (the kinds of issue 12):

- ``given-variant``: a later reference written with the given name misspelled ("Micheal
  Bloomberg" after "Michael Bloomberg"): a letter dropped, doubled or two swapped, or a known
  variant ("Jon" for "John");
- ``given-translit``: the given name of a later full reference with a vowel written another
  way ("Dmytro" for "Dmitry");
- ``surname-change``, ``surname-drop``, ``surname-double``, ``surname-swap``: a later bare
  surname with a letter changed, dropped, doubled, or two swapped ("Hanzon", "Kowalcyk",
  "Maurrer", "Oliviera");
- ``surname-translit``: a vowel written another way ("Rasheed" for "Rashid");
- ``surname-possessive``: a misspelled surname in a possessive with a curly apostrophe;
- ``surname-first``: the first full reference misspelled (two letters swapped, else one
  dropped) and every later reference right;
- ``never-introduced``: the first full reference cut to the bare surname with a title
  ("Deputy Secretary Holloway", "Mr. Reid"), so the person is never named in full;
- ``given-later``: a later reference by the given name alone ("Maria wrote");
- ``full-repeated``: the full name repeated on a later reference;
- ``courtesy-later``: "Mr."/"Ms." or "Dr" (no period) on a later reference;
- ``title-apposition``: the title set off after the name, capitalized ("Ana Diaz, the
  Secretary of State,");
- ``title-lowercase``: a formal title lowercase before the full name ("said president …").

Names recall is over all classes; variant recall over the given-name and surname classes.

    python benchmarks/eval_names.py [CORPUS_DIR] [--list] [--class NAME]
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from copylint.analysis.mentions import Mention
from copylint.analysis.people import Person, build_people_table
from copylint.api import linter_for
from copylint.config import Settings
from copylint.document import Document
from copylint.formats import load_document, read_file
from copylint.lexicon.names import acts_as_person

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_report import DEFAULT_CORPUS

#: The rules whose findings can catch a slip: the names family, and the spelling rules that
#: read capitalized words (a slip no dictionary knows is spelling/misspelling's). Findings on
#: the clean articles are counted for the names family and spelling/inconsistent only.
SELECT = ("names", "spelling/inconsistent", "spelling/misspelling")
CLEAN = ("names/", "spelling/inconsistent")
VARIANT_CLASSES = (
    "given-variant",
    "given-translit",
    "surname-change",
    "surname-drop",
    "surname-double",
    "surname-swap",
    "surname-translit",
    "surname-possessive",
    "surname-first",
)
#: Known misspellings and variant forms of given names that copy desks see.
GIVEN_SLIPS = {
    "John": "Jon", "Mark": "Marc", "Michael": "Micheal", "Stephen": "Steven", "Philip": "Phillip",
    "Catherine": "Katherine", "Jeffrey": "Geoffrey", "Eric": "Erik", "Carl": "Karl",
    "Sean": "Shawn", "Brian": "Bryan", "Ann": "Anne", "Sara": "Sarah", "Alan": "Allan",
}  # fmt: skip
#: Runs of capitalized words the people table reads as names that are no person's (reviewed
#: by hand on the shared corpus): slips are not planted in them.
NOT_PEOPLE = frozenset(
    {
        "Returning America", "English Wikipedia", "Summer Paralympics", "Hollywood Magic",
        "Modern English Grammar", "Hebrew Gospel", "French-born American", "Southern California",
        "American YouTube", "Conservatoire de Paris", "Pittsburgh Pirates",
        # "Abba" is a monk's honorific (father), not a given name
        "Abba Theodorus",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Seed:
    kind: str
    article: str
    source: str
    start: int  # the slip's span in ``source``
    end: int
    note: str


def _is_body(mention: Mention) -> bool:
    return mention.region == "body" and not mention.quoted and not mention.implied


def _later_bare(person: Person, first: Mention) -> list[Mention]:
    return [
        m
        for m in person.mentions
        if _is_body(m)
        and m.start > first.start
        and not m.titles
        and not m.name.full
        and not m.name.suffix
    ]


def _drop(word: str, n: int) -> str | None:
    """Drop the n-th interior letter that a reader would miss (not the first or last)."""
    spots = [i for i in range(1, len(word) - 1) if word[i].isalpha()]
    if len(word) < 5 or not spots:
        return None
    i = spots[n % len(spots)]
    return word[:i] + word[i + 1 :]


def _double(word: str, n: int) -> str | None:
    spots = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i] != word[i + 1]]
    if len(word) < 4 or not spots:
        return None
    i = spots[n % len(spots)]
    return word[: i + 1] + word[i] + word[i + 1 :]


def _swap(word: str, n: int) -> str | None:
    spots = [
        i
        for i in range(1, len(word) - 2)
        if word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha()
    ]
    if len(word) < 5 or not spots:
        return None
    i = spots[n % len(spots)]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _change(word: str, n: int) -> str | None:
    """One interior consonant changed to the next in the alphabet ("Maurer" → "Mauser")."""
    consonants = "bcdfghjklmnpqrstvwxz"
    spots = [i for i in range(1, len(word) - 1) if word[i] in consonants]
    if len(word) < 5 or not spots:
        return None
    i = spots[n % len(spots)]
    return word[:i] + consonants[(consonants.index(word[i]) + 1) % 20] + word[i + 1 :]


def _translit(word: str, n: int) -> str | None:
    """One interior vowel written another way: i → ee, u → ou, a → e, o → u, e → i."""
    other = {"i": "ee", "u": "ou", "a": "e", "o": "u", "e": "i"}
    spots = [i for i in range(1, len(word) - 1) if word[i] in other]
    if len(word) < 5 or not spots:
        return None
    i = spots[n % len(spots)]
    return word[:i] + other[word[i]] + word[i + 1 :]


def _given_slip(word: str, n: int) -> str | None:
    return GIVEN_SLIPS.get(word) or _swap(word, n) or _drop(word, n)


def _replace(source: str, start: int, end: int, text: str) -> tuple[str, int, int]:
    return source[:start] + text + source[end:], start, start + len(text)


def seeds(path: Path) -> Iterator[Seed]:
    source = read_file(str(path)).text
    doc = load_document(str(path), source)
    table = doc.shared(build_people_table)
    for n, person in enumerate(table.people):
        if table.shares_surname(person) or not _a_person(doc, person):
            continue
        first = next((m for m in person.mentions if _is_body(m) and m.name.full), None)
        if first is None or not first.name.given or " " in first.name.surname:
            continue
        later = _later_bare(person, first)
        if not later or any(
            _is_body(m) and m.name.full and m is not first for m in person.mentions
        ):
            continue
        for k, target in enumerate(later[:: max(1, len(later) // 3)][:3]):
            yield from _person_seeds(path.name, doc, source, first, target, later, n + k)


def _a_person(doc: Document, person: Person) -> bool:
    """The table's own evidence, or a mention that acts as a person's ("Euler proved")."""
    first = person.first_full
    if first is None or first.name.written in NOT_PEOPLE:
        return False
    return person.confirmed or any(acts_as_person(doc, m.name) for m in person.mentions)


def _span(doc: Document, start: int, end: int) -> tuple[int, int]:
    span = doc.source_span(start, end)
    return span.start, span.end


def _person_seeds(
    article: str,
    doc: Document,
    source: str,
    first: Mention,
    target: Mention,
    later: list[Mention],
    n: int,
) -> Iterator[Seed]:
    name = first.name
    given, surname = name.given[0], name.surname
    t_start, t_end = _span(doc, target.name.start, target.name.end)
    if source[t_start:t_end] != surname:
        return

    def at_target(kind: str, text: str, note: str, lead: int = 0) -> Seed:
        new, start, end = _replace(source, t_start, t_end, text)
        return Seed(kind, article, new, start + lead, end, note)

    variant = _given_slip(given, n)
    if variant and variant != given:
        yield at_target("given-variant", f"{variant} {surname}", f"{given} → {variant}")
    variant = _translit(given, n)
    if variant and variant != given:
        yield at_target("given-translit", f"{variant} {surname}", f"{given} → {variant}")
    operators: dict[str, Callable[[str, int], str | None]] = {
        "surname-change": _change,
        "surname-drop": _drop,
        "surname-double": _double,
        "surname-swap": _swap,
        "surname-translit": _translit,
    }
    for kind, operator in operators.items():
        slip = operator(surname, n)
        if slip and slip != surname:
            yield at_target(kind, slip, f"{surname} → {slip}")
    possessive = next((m for m in later if m.name.possessive), None)
    slip = _drop(surname, n + 1)
    if possessive is not None and slip:
        p_start, p_end = _span(doc, possessive.name.start, possessive.name.end + 2)
        new, start, end = _replace(source, p_start, p_end, slip + "’s")
        yield Seed("surname-possessive", article, new, start, end - 2, f"{surname}’s → {slip}’s")
    yield at_target("given-later", given, f"{surname} → {given}")
    yield at_target("full-repeated", f"{given} {surname}", f"{surname} → {given} {surname}")
    courtesy = ("Mr.", "Ms.", "Dr")[n % 3]
    yield at_target("courtesy-later", f"{courtesy} {surname}", f"{surname} → {courtesy} {surname}")
    f_start, f_end = _span(doc, first.name.start, first.name.end)
    s_start, s_end = _span(doc, first.name.surname_start, first.name.surname_end)
    slip = _swap(surname, n + 2) or _drop(surname, n + 2)
    if slip and source[s_start:s_end] == surname:
        new, start, end = _replace(source, s_start, s_end, slip)
        yield Seed("surname-first", article, new, start, end, f"first {surname} → {slip}")
    if not name.initials and source[f_start:f_end] == name.written:
        # "Deputy Secretary Holloway" with a title; "Reid has warned … Mr. Reid" without.
        new, start, end = _replace(source, t_start, t_end, f"Mr. {surname}")
        if first.titles:
            new = source
        new, start, end = _replace(new, f_start, f_end, surname)
        yield Seed("never-introduced", article, new, start, end, f"{name.written} → {surname}")
    title = first.title
    if (
        title is not None
        and title.is_capitalized
        and title.title.capitalize
        and not title.abbreviation
    ):
        s_start, s_end = _span(doc, title.start, title.end)
        lower = source[s_start:s_end].lower()
        new, start, end = _replace(source, s_start, s_end, lower)
        yield Seed("title-lowercase", article, new, start, end, f"{title.written} → {lower}")
    if not first.titles and source[f_end : f_end + 1] == " ":
        inserted = ", the Secretary of State,"
        new, start, end = _replace(source, f_end, f_end, inserted)
        yield Seed("title-apposition", article, new, start + 6, end - 1, name.written + inserted)


Finding = tuple[int, int, str]


def _findings(linter: object, path: str, source: str) -> list[Finding]:
    doc = load_document(path, source)
    diagnostics = linter.lint(doc).diagnostics  # type: ignore[attr-defined]
    return [(d.span.start, d.span.end, f"{d.rule} {d.message}") for d in diagnostics]


def _elsewhere(
    clean: list[Finding], found: list[Finding], hits: list[Finding], seed: Seed, shift: int
) -> list[Finding]:
    """New names/inconsistent-name findings away from the slip: a right form reported as the
    wrong one. Findings after the slip are moved back by the length it added."""
    before = {(f[0], f[2]) for f in clean}
    return [
        f
        for f in found
        if f[2].startswith("names/inconsistent-name")
        and f not in hits
        and (f[0] - shift * (f[0] >= seed.end), f[2]) not in before
    ]


def _ratio(caught: int, total: int) -> str:
    return f"{caught}/{total} {caught / total:6.1%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--list", action="store_true", help="print every miss and each false alarm")
    parser.add_argument("--class", dest="kind", help="only this class")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    linter = linter_for(Settings(select=SELECT))
    files = sorted(p for p in args.corpus.iterdir() if p.suffix in (".md", ".txt"))
    caught: collections.Counter[str] = collections.Counter()
    by_names: collections.Counter[str] = collections.Counter()  # names and inconsistent only
    total: collections.Counter[str] = collections.Counter()
    clean_findings = 0
    doubled: list[str] = []
    with_misspelling = 0
    misdirected: list[str] = []
    for path in files:
        text = read_file(str(path)).text
        clean = _findings(linter, str(path), text)
        clean_findings += sum(f[2].startswith(CLEAN) for f in clean)
        for seed in seeds(path):
            if args.kind and seed.kind != args.kind:
                continue
            found = _findings(linter, str(path), seed.source)
            hits = [f for f in found if f[0] < max(seed.end, seed.start + 1) and seed.start < f[1]]
            total[seed.kind] += 1
            caught[seed.kind] += bool(hits)
            rules = [f[2].split(" ", 1)[0] for f in hits]
            named = any(r.startswith(CLEAN) for r in rules)
            by_names[seed.kind] += named
            if seed.kind in VARIANT_CLASSES:
                misdirected += [
                    f"{seed.article}: {seed.note}: {seed.source[f[0] : f[1]]!r} {f[2]}"
                    for f in _elsewhere(clean, found, hits, seed, len(seed.source) - len(text))
                ]
            if len([r for r in rules if r.startswith(CLEAN)]) > 1:
                doubled.append(f"{seed.article}: {seed.note}: {sorted(rules)}")
            if "spelling/misspelling" in rules and len(rules) > 1:
                with_misspelling += 1
            if args.list and not named:
                spelling = " (spelling/misspelling only)" if hits else ""
                print(f"missed {seed.kind:<18} {seed.article}: {seed.note}{spelling}")
    print(f"{len(files)} articles; {clean_findings} names findings on the clean articles")
    print(f"  {'class':<20} {'names rules':>18} {'with misspelling':>18}")
    for kind in sorted(total):
        print(
            f"  {kind:<20} {_ratio(by_names[kind], total[kind]):>18} "
            f"{_ratio(caught[kind], total[kind]):>18}"
        )
    for label, kinds in (
        ("given-name/surname-variant recall", VARIANT_CLASSES),
        ("names recall", tuple(total)),
    ):
        n = sum(total[k] for k in kinds)
        if n:
            named, any_rule = sum(by_names[k] for k in kinds), sum(caught[k] for k in kinds)
            print(
                f"{label} {named}/{n} = {named / n:.3f} (names rules); "
                f"{any_rule}/{n} = {any_rule / n:.3f} with spelling/misspelling"
            )
    print(f"variant slips with a names/inconsistent-name finding elsewhere: {len(misdirected)}")
    print(f"slips reported more than once by names and spelling/inconsistent: {len(doubled)}")
    print(f"slips spelling/misspelling reports beside a names finding: {with_misspelling}")
    for line in [*doubled, *misdirected] if args.list else ():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
