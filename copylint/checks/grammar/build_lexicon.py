"""Build ``rules/lexicon/grammar/lexicon.tsv``: parts of speech and lemmas of English words.

The grammar rules need to know what a word can be (noun, verb, adjective, adverb, auxiliary)
and whether it is its own lemma ("things" is the plural of "thing", "saw" the past of "see").
lemminflect's lexicon knows (MIT licence; derived from the Automatically Generated Inflection
Database and the English Web Treebank), but loading it takes NumPy and its full inflection
tables, about a second at every start. This script writes the part the rules read, one line a
lowercase word, so that copylint loads 1 MB of text instead:

    word <TAB> TAG[!][=lemma,lemma] ...

TAG is N (noun), V (verb), A (adjective), R (adverb) or X (auxiliary); ``!`` marks a word that
is not a lemma of that part of speech ("women": ``N!=woman``); ``=`` lists its other lemmas
("saw": ``N V=see``).

    pip install lemminflect && python -m copylint.checks.grammar.build_lexicon
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from copylint.resources import data_path

TAGS = {"NOUN": "N", "VERB": "V", "ADJ": "A", "ADV": "R", "AUX": "X"}


def entries(words: Iterable[str]) -> Iterator[str]:
    """The lexicon line of each word (in the order given) that lemminflect knows."""
    from lemminflect import getAllLemmas

    for word in words:
        found = getAllLemmas(word)
        parts = []
        for tag, lemmas in sorted(found.items()):
            if tag not in TAGS:
                continue
            others = [lemma for lemma in lemmas if lemma != word]
            mark = "" if word in lemmas else "!"
            parts.append(TAGS[tag] + mark + ("=" + ",".join(others) if others else ""))
        if parts:
            yield word + "\t" + " ".join(parts)


def known_words() -> list[str]:
    """Every lowercase single word of lemminflect's lemma lexicon."""
    from lemminflect import Lemmatizer

    lexicon = Lemmatizer()._getLemmaDict()  # the public API looks words up one at a time
    return sorted(w for w in lexicon if w == w.lower() and not any(c.isspace() for c in w))


def main() -> int:
    path = data_path("lexicon", "grammar", "lexicon.tsv")
    lines = list(entries(known_words()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} words to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
