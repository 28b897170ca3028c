"""How typical a spelling is of the names the lexicon knows well: a character-trigram model of
the names seen MODEL_COUNT times or more.

spelling/inconsistent asks it when an article writes one name two ways equally often and no
dictionary knows either ("Levico Terme" … "Levicco Terme"): the count says nothing there, and a
slip (a doubled, dropped, transposed or added letter) usually makes a spelling less like a
name ("cc" before "o", "hb", a "d" moved before "l"). The model is built on first use, from the
lexicon already loaded (about 0.2 s), and only an article with such a tie pays for it.
"""

from __future__ import annotations

import functools
import math
from collections import Counter

from copylint.lexicon.dictionary import name_counts

#: Names the lexicon has seen this often make the model: common enough that their letters are
#: names' letters, not the web's typos.
MODEL_COUNT = 3000
#: Add-SMOOTHING counts for a trigram the model has not seen, over 27 symbols (26 letters and
#: the end of the word).
SMOOTHING = 0.1


@functools.cache
def _model() -> tuple[Counter[str], Counter[str]]:
    trigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for word, count in name_counts().items():
        if count >= MODEL_COUNT and word.isascii() and word.isalpha():
            padded = f"^{word}$"
            for i in range(len(padded) - 2):
                trigrams[padded[i : i + 3]] += 1
                bigrams[padded[i : i + 2]] += 1
    return trigrams, bigrams


def typicality(word: str) -> float:
    """The log-likelihood of ``word`` (any case) under the model: the higher, the more it is
    spelled like a name."""
    trigrams, bigrams = _model()
    padded = f"^{word.lower()}$"
    unseen = 27 * SMOOTHING
    return sum(
        math.log((trigrams[padded[i : i + 3]] + SMOOTHING) / (bigrams[padded[i : i + 2]] + unseen))
        for i in range(len(padded) - 2)
    )
