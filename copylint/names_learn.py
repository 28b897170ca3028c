"""``copylint names learn``: a house names list from the newsroom's own archive.

Every article is read into its people table (:mod:`copylint.analysis.people`), as the names
rules read it. Each person named in full in the body, with evidence that the name is a
person's (a title, an initial, a verb of speech, an age: the table's ``confirmed``) and given
names that look like given names (no common English word: not "Dark Matters"), gives one
*form*: given names and surname as written ("Antony Blinken"), counted with its file:line
evidence. Across the archive:

- a form named in full in at least ``min_files`` articles is a **canonical** entry;
- a rarer form of the same person one slip away (a given name written another way,
  :func:`~copylint.lexicon.names.given_variant`, with the same surname; or the same given
  names and a surname one slip away, :func:`~copylint.lexicon.names.surname_variant`) is a
  **wrong form** of it, when the canonical form is at least ``ratio`` times as frequent and
  the wrong one never appears in more articles than a handful. Two forms with given names that
  are not variants are two people (relatives, namesakes), never a wrong form.

The proposal is printed for an editor to review; with ``-o`` it is merged into the names list
file (existing entries and wrong forms are kept) and written in one step, never half.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from copylint.analysis.names_list import read_names_file
from copylint.analysis.people import build_people_table
from copylint.analysis.variants import looks_like_given_name
from copylint.errors import CopylintError
from copylint.files import ReadError
from copylint.formats import load_document, read_file
from copylint.lexicon.names import fold, given_variant, surname_key, surname_variant

#: How many articles a form must be named in full in, to be a canonical entry.
MIN_FILES = 2
#: How much more often the canonical form must appear than a wrong one.
RATIO = 3
#: Evidence kept per form for the printout.
EVIDENCE = 3


@dataclass(frozen=True)
class Sighting:
    """One full name in one article."""

    given: tuple[str, ...]
    initials: tuple[str, ...]
    surname: str
    family_first: bool
    path: str
    line: int

    @property
    def form(self) -> str:
        if self.family_first:
            return " ".join((self.surname, *self.given))
        return " ".join((*self.given, *self.initials, self.surname))


@dataclass
class Form:
    """A name as written, with every article and line it appears on."""

    text: str
    given: tuple[str, ...]
    initials: tuple[str, ...]
    surname: str
    where: list[tuple[str, int]] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len({path for path, _ in self.where})

    @property
    def evidence(self) -> str:
        shown = ", ".join(f"{path}:{line}" for path, line in self.where[:EVIDENCE])
        more = len(self.where) - EVIDENCE
        return shown + (f", … {more} more" if more > 0 else "")


@dataclass
class Entry:
    canonical: Form
    wrong: list[Form] = field(default_factory=list)


def sightings(path: str) -> list[Sighting]:
    """The confirmed full names in the body of one article (outside quotations)."""
    try:
        source = read_file(path)
    except ReadError:
        return []
    doc = load_document(path, source.text)
    table = doc.shared(build_people_table)
    found = []
    for person in table.people:
        if not person.confirmed or table.shares_surname(person):
            continue
        for mention in person.mentions:
            name = mention.name
            if (
                name.given
                and mention.is_reference
                and not mention.quoted
                and all(looks_like_given_name(g) for g in name.given)
            ):
                found.append(
                    Sighting(
                        tuple(fold(g) for g in name.given),
                        name.initials,
                        fold(name.surname),
                        name.family_first,
                        path,
                        doc.line_of(name.start),
                    )
                )
    return found


def _sightings_of(paths: list[str]) -> list[Sighting]:
    return [s for path in paths for s in sightings(path)]


def collect(paths: Sequence[str], jobs: int = 1) -> list[Sighting]:
    """Every sighting in ``paths``, in path order; with ``jobs`` > 1 in worker processes
    (the start method :mod:`copylint.batch` chooses)."""
    if jobs <= 1 or len(paths) < 2 * jobs:
        return _sightings_of(list(paths))
    from concurrent.futures import ProcessPoolExecutor

    from copylint.batch import _context

    chunk = max(1, len(paths) // (4 * jobs))
    chunks = [list(paths[i : i + chunk]) for i in range(0, len(paths), chunk)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        return [s for found in pool.map(_sightings_of, chunks) for s in found]


def propose(
    found: Iterable[Sighting], min_files: int = MIN_FILES, ratio: int = RATIO
) -> list[Entry]:
    """Canonical entries and their wrong forms (see the module docstring)."""
    forms: dict[str, Form] = {}
    for sighting in found:
        form = forms.setdefault(
            sighting.form, Form(sighting.form, sighting.given, sighting.initials, sighting.surname)
        )
        form.where.append((sighting.path, sighting.line))
    ranked = sorted(forms.values(), key=lambda f: (-len(f.where), f.text))
    entries: list[Entry] = []
    taken: set[str] = set()
    for form in ranked:
        if form.files < min_files or form.text in taken:
            continue
        entry = Entry(form)
        taken.add(form.text)
        for other in ranked:
            if other.text in taken or len(form.where) < ratio * len(other.where):
                continue
            if other.files < min_files and _one_slip(form, other):
                entry.wrong.append(other)
                taken.add(other.text)
        entries.append(entry)
    entries.sort(key=lambda e: e.canonical.text)
    return entries


def _one_slip(right: Form, wrong: Form) -> bool:
    """One person's name written another way: one given name or the surname one slip off."""
    if len(right.given) != len(wrong.given) or right.initials != wrong.initials:
        return False
    same_surname = right.surname == wrong.surname
    differing = [(a, b) for a, b in zip(right.given, wrong.given, strict=True) if a != b]
    if same_surname:
        return len(differing) == 1 and given_variant(*differing[0])
    return not differing and surname_variant(surname_key(right.surname), surname_key(wrong.surname))


def report(entries: list[Entry]) -> str:
    """The proposal as an editor reviews it."""
    lines = []
    for entry in entries:
        form = entry.canonical
        lines.append(
            f'"{form.text}"  {len(form.where)} mentions in {form.files} articles ({form.evidence})'
        )
        for wrong in entry.wrong:
            lines.append(f'    wrong form "{wrong.text}"  {len(wrong.where)} ({wrong.evidence})')
    wrong_forms = sum(len(e.wrong) for e in entries)
    lines.append(f"{len(entries)} names, {wrong_forms} wrong forms")
    return "\n".join(lines) + "\n"


def merge(existing: dict[str, list[str]], entries: list[Entry]) -> dict[str, list[str]]:
    """The names list with the proposal added: existing entries and wrong forms are kept."""
    merged = {name: list(wrong) for name, wrong in existing.items()}
    for entry in entries:
        wrong = merged.setdefault(entry.canonical.text, [])
        wrong += [w.text for w in entry.wrong if w.text not in wrong]
    return merged


def write_names(path: Path, names: dict[str, list[str]], entries: list[Entry]) -> None:
    """Write the names list atomically: a temporary file beside it, then one rename."""
    counts = {e.canonical.text: e for e in entries}
    lines = [
        "# House names list: canonical name = [wrong forms]. Written by `copylint names learn`;",
        "# review it like code. The comment after an entry counts what the archive showed.",
        "",
        "[names]",
    ]
    for name in sorted(names):
        wrong = ", ".join(_quote(w) for w in names[name])
        entry = counts.get(name)
        note = ""
        if entry is not None:
            note = f"  # {len(entry.canonical.where)} in {entry.canonical.files} articles"
        lines.append(f"{_quote(name)} = [{wrong}]{note}")
    text = "\n".join(lines) + "\n"
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise CopylintError(f"{path}: cannot write the names list: {error.strerror}") from None


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_existing(path: Path) -> dict[str, list[str]]:
    """The names list already at ``path`` (checked), or an empty one."""
    return read_names_file(path) if path.exists() else {}
