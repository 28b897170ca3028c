"""Print the cspell part of ``benchmarks/data/proper-noun-misspellings.tsv``.

    npm pack @cspell/dict-en-common-misspellings@2.2.6 && tar xzf cspell-dict-*.tgz
    python benchmarks/build_proper_noun_cases.py package/dict/dict-en.json

cspell's common English misspellings (Street Side Software, CC BY-SA 4.0) compile Wikipedia's
lists of common misspellings and the word list of crate-ci/typos (MIT). Kept: entries with one
correction, a word that SCOWL's largest American list (Debian's ``wamerican-insane``) writes
only capitalized (a name, a place, an institution), whose misspelling is neither a SCOWL word
(a real name: "Malcom") nor codespell's (the part of copylint's data that came first) nor
already in the list from another source. When it was made, the result was held out; cspell's
list has since joined copylint's data (``rules/lexicon/misspellings.tsv``), and
``eval_proper_nouns.py`` decides at run time which entries are held out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from copylint.lexicon.build_misspellings import codespell_entries

LIST = Path(__file__).resolve().parent / "data" / "proper-noun-misspellings.tsv"
SCOWL = Path("/usr/share/dict/american-english-insane")
SENTENCE = "Officials said the report on {} was released late."
#: Misspellings that are real names or accepted spellings, left out after review.
REAL = {
    "ermington": "a town in Devon and a suburb of Sydney",
    "morrisound": "Morrisound Recording, a Florida studio",
    "sebastiaan": "the Dutch given name",
    "transilvania": "the Romanian, Spanish and Italian spelling",
}


def rows(cspell: Path, scowl: Path = SCOWL, existing: Path = LIST) -> list[tuple[str, str]]:
    definition = json.loads(cspell.read_text(encoding="utf-8"))["dictionaryDefinitions"][0]
    words = set(scowl.read_text(encoding="utf-8", errors="replace").split())
    capitalized = {w for w in words if w[:1].isupper() and w[1:].islower()}
    listed = {
        line.split("\t")[0].lower()
        for line in existing.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and line.split("\t")[3] != "cspell"
    }
    known = dict(codespell_entries())
    found: dict[str, tuple[str, str]] = {}
    for entry in definition["suggestWords"]:
        wrong, _, right = entry.partition("->")
        corrections = [c.strip() for c in right.split(",")]
        if len(corrections) != 1 or not wrong.isalpha() or not corrections[0].isalpha():
            continue
        lower = wrong.lower()
        name = corrections[0][:1].upper() + corrections[0][1:].lower()
        if (
            name in capitalized
            and name.lower() not in words
            and lower != name.lower()
            and wrong.capitalize() not in words
            and lower not in known
            and lower not in listed
            and lower not in REAL
        ):
            found.setdefault(lower, (wrong.capitalize(), name))
    return sorted(found.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cspell", type=Path, help="the package's dict/dict-en.json")
    args = parser.parse_args(argv)
    for wrong, right in rows(args.cspell):
        print("\t".join((wrong, right, "place-or-name", "cspell", SENTENCE.format(wrong))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
