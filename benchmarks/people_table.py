"""Print the people table copylint builds for an article: every mention, grouped by person.

    python benchmarks/people_table.py ARTICLE [ARTICLE ...]

For reviewing what the names rules see: which capitalized runs became people, how mentions
were grouped, which were left ambiguous, and which titles stood alone.
"""

from __future__ import annotations

import sys

from copylint.analysis.people import build_people_table
from copylint.formats import load_document, read_file


def main(argv: list[str]) -> int:
    for path in argv:
        doc = load_document(path, read_file(path).text)
        table = doc.shared(build_people_table)
        print(f"== {path}")
        for person in table.people:
            flag = "" if person.confirmed else "  (unconfirmed)"
            print(f"  {person.key}{flag}")
            for m in person.mentions:
                titles = " ".join(t.written for t in m.titles)
                extra = " ".join(
                    word
                    for word, on in (
                        (m.region, m.region != "body"),
                        ("quoted", m.quoted),
                        ("implied", m.implied),
                        ("qualified", m.qualified),
                    )
                    if on
                )
                print(f"    {doc.line_of(m.start):4d} [{titles}] {m.name.written!r} {extra}")
        orphans = [m for m in table.mentions if table.person(m) is None]
        for m in orphans:
            print(f"  ambiguous: {doc.line_of(m.start)} {m.name.written!r}")
        for lone in table.lone_titles:
            line = doc.line_of(lone.match.start)
            print(f"  lone title: {line} {lone.match.written!r} preceded_by={lone.preceded_by!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
