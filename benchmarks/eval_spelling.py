"""How well the spelling rules catch real misspellings, and how quiet they stay on clean copy.

    python benchmarks/eval_spelling.py [--corpus DIR] [--sample N | --all] [--speed]

1. Common words: real-world misspellings from codespell's published list (installed with the
   ``test`` extra, never copied here). Each misspelling is linted mid-sentence in lowercase
   ("They saw the recieve there.") and capitalised at the start of a sentence ("Recieve was
   there."). Reported: recall (flagged by spelling/misspelling) and first-suggestion accuracy
   (the first suggestion is one of codespell's corrections; "strict" when it is codespell's
   first). Entries that are not tests of a spelling checker are filtered out: corrections of
   more than one word or with punctuation, and words that are not plain lowercase letters or
   shorter than 3 letters. Misspellings the English dictionary knows are NOT filtered: they
   count as misses and are listed, since some are real words ("calfs", "useable") and some
   are the dictionary's own errors.
2. Proper-noun slips: for each name in the corpus (a capitalised word mid-sentence that is not
   a common English word), one transposition, one doubled letter, one dropped letter and one
   extra "h" are made (seeded, so runs repeat), one occurrence in its article is replaced, and
   the article is linted with the spelling rules. A slip that spells another known word or
   name is skipped (no spelling checker can see it) and counted. Recall is split by whether
   the name occurs elsewhere in the article (where spelling/inconsistent can see the slip).
3. Rough drafts: in sentences of the corpus (up to DRAFT_SENTENCES per article, seeded), three
   lowercase dictionary words of four letters or more are misspelled at once, the way a
   hurried draft bunches its typos: each takes a real-world misspelling of that word from
   Wikipedia's list of common misspellings (benchmarks/data/wikipedia-misspellings.tsv, not
   copylint's codespell data) when it lists one, otherwise a seeded slip (a transposition, a
   dropped or a doubled letter). A slip that spells a dictionary word ("thru") is not used;
   one the names lexicon lists is (the web's typos are what the lexicon must not excuse).
   Reported: recall over the slips and the share of sentences with all three caught.
4. False alarms: spelling diagnostics per 1,000 words on the corpus, each listed.
5. ``--speed``: dictionary load time, and the corpus checked with and without spelling.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import resource
import subprocess
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from copylint.api import linter_for
from copylint.config import Settings
from copylint.engine import Linter
from copylint.formats import load_document
from copylint.lexicon.dictionary import english_counts, name_counts

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SPELLING = ("spelling",)
_PLAIN = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True)
class Entry:
    """A codespell entry: a misspelling and the corrections codespell lists, in its order."""

    misspelling: str
    corrections: tuple[str, ...]


def codespell_entries() -> list[Entry]:
    """The usable entries of codespell's main dictionary (see the module docstring)."""
    source = resources.files("codespell_lib") / "data" / "dictionary.txt"
    entries = []
    for line in source.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        corrections = tuple(c.strip() for c in right.split(",") if c.strip())
        if (
            _PLAIN.fullmatch(wrong)
            and corrections
            and all(_PLAIN.fullmatch(c) for c in corrections)
        ):
            entries.append(Entry(wrong, corrections))
    return entries


def sample(entries: Sequence[Entry], size: int | None, seed: int = 2024) -> list[Entry]:
    if size is None or size >= len(entries):
        return list(entries)
    return sorted(random.Random(seed).sample(list(entries), size), key=lambda e: e.misspelling)


@dataclass
class Score:
    total: int = 0
    flagged: int = 0
    first_right: int = 0
    first_strict: int = 0
    correctable: int = 0  # a correction is a word of the English dictionary
    missed: list[str] | None = None

    @property
    def recall(self) -> float:
        return self.flagged / max(self.total, 1)

    @property
    def accuracy(self) -> float:
        return self.first_right / max(self.correctable, 1)

    @property
    def strict(self) -> float:
        return self.first_strict / max(self.correctable, 1)


def evaluate_common(entries: Sequence[Entry], *, capitalised: bool = False) -> Score:
    """Lint every misspelling in a carrier sentence and score the first suggestion."""
    linter = linter_for(Settings(select=("spelling/misspelling",)))
    english = english_counts()
    score = Score(missed=[])
    for batch_start in range(0, len(entries), 400):
        batch = entries[batch_start : batch_start + 400]
        paragraphs, offsets = [], []
        position = 0
        for entry in batch:
            if capitalised:
                sentence = f"{entry.misspelling.capitalize()} was there."
                offset = 0
            else:
                sentence = f"They saw the {entry.misspelling} there."
                offset = len("They saw the ")
            offsets.append(position + offset)
            paragraphs.append(sentence)
            position += len(sentence) + 2
        doc = load_document("eval.txt", "\n\n".join(paragraphs))
        found = {d.span.start: d for d in linter.lint(doc).diagnostics}
        for entry, offset in zip(batch, offsets, strict=True):
            score.total += 1
            correctable = any(c in english for c in entry.corrections)
            score.correctable += correctable
            diagnostic = found.get(offset)
            if diagnostic is None:
                score.missed.append(entry.misspelling)
                continue
            score.flagged += 1
            first = diagnostic.suggestions[0].lower() if diagnostic.suggestions else ""
            if correctable and first in entry.corrections:
                score.first_right += 1
                score.first_strict += first == entry.corrections[0]
    return score


# -- proper-noun slips -------------------------------------------------------------------------

SLIP_KINDS = ("transposition", "doubled", "dropped", "extra h")


def make_slip(name: str, kind: str, rng: random.Random) -> str | None:
    """``name`` with one slip of ``kind`` somewhere after its first letter."""
    positions = range(1, len(name))
    if kind == "transposition":
        options = [i for i in range(1, len(name) - 1) if name[i] != name[i + 1]]
        if not options:
            return None
        i = rng.choice(options)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if kind == "doubled":
        i = rng.choice(positions)
        return name[: i + 1] + name[i] + name[i + 1 :]
    if kind == "dropped":
        i = rng.choice(positions)
        return name[:i] + name[i + 1 :]
    options = [i for i in positions if name[i - 1].lower() not in "aeiouh" and name[i] != "h"]
    if not options:
        return None
    i = rng.choice(options)
    return name[:i] + "h" + name[i:]


@dataclass(frozen=True)
class NameUse:
    path: Path
    source: str
    name: str
    starts: tuple[int, ...]  # source offsets of the name's mid-sentence occurrences


def corpus_names(corpus: Path, names: Collection[str] | None = None) -> Iterator[NameUse]:
    """The proper nouns of each article: capitalised mid-sentence, not a common word."""
    from copylint.analysis.spelling import spelling_tokens

    english = english_counts()
    names = name_counts() if names is None else names
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        source = path.read_text(encoding="utf-8")
        doc = load_document(str(path), source)
        uses: dict[str, list[int]] = collections.defaultdict(list)
        for token in spelling_tokens(doc):
            text = token.text
            if (
                token.foreign
                or token.initial
                or not text.isalpha()
                or not text[0].isupper()
                or not text[1:].islower()
                or len(text) < 4
            ):
                continue
            lower = text.lower()
            if lower in english and lower not in names:
                continue  # a common word, capitalised in a title or a name
            start = doc.source_span(token.start, token.end).start
            if source[start : start + len(text)] == text:
                uses[text].append(start)
        for name, starts in sorted(uses.items()):
            yield NameUse(path, source, name, tuple(starts))


@dataclass
class SlipScore:
    tried: int = 0
    caught: int = 0
    real_words: int = 0
    by_kind: collections.Counter[str] | None = None
    caught_by_kind: collections.Counter[str] | None = None
    repeated: list[int] | None = None  # [tried, caught] where the name occurs more than once
    single: list[int] | None = None
    #: [tried, caught] of the slips no evidence can catch: a name the lexicons have seen fewer
    #: than LISTED times (or never), used once in its article
    unseen: list[int] | None = None
    missed: list[str] | None = None


def evaluate_slips(
    corpus: Path, limit: int | None = None, seed: int = 7, names: Collection[str] | None = None
) -> SlipScore:
    """``names``: the lexicon that says which corpus words are names and which slips are real
    words (default: the current one; pass an earlier names.tsv to compare on its
    denominator)."""
    from copylint.analysis.spelling import LISTED, is_known

    linter = linter_for(Settings(select=SPELLING))
    names = name_counts() if names is None else names
    english, counts = english_counts(), name_counts()

    def seen(lower: str) -> int:
        return max(english.get(lower, 0), counts.get(lower, 0))

    score = SlipScore(
        by_kind=collections.Counter(),
        caught_by_kind=collections.Counter(),
        repeated=[0, 0],
        single=[0, 0],
        unseen=[0, 0],
        missed=[],
    )
    uses = list(corpus_names(corpus, names))
    if limit is not None and limit < len(uses):
        uses = random.Random(seed).sample(uses, limit)
    for use in uses:
        for kind in SLIP_KINDS:
            rng = random.Random(f"{seed}:{use.path.name}:{use.name}:{kind}")
            slip = make_slip(use.name, kind, rng)
            if slip is None:
                continue
            if is_known(slip.lower()) or slip.lower() in names:
                score.real_words += 1
                continue
            at = rng.choice(use.starts)
            text = use.source[:at] + slip + use.source[at + len(use.name) :]
            result = linter.lint(load_document(use.path.name, text))
            hit = any(d.span.start <= at < d.span.end for d in result.diagnostics)
            score.tried += 1
            score.caught += hit
            score.by_kind[kind] += 1
            score.caught_by_kind[kind] += hit
            bucket = score.repeated if len(use.starts) > 1 else score.single
            bucket[0] += 1
            bucket[1] += hit
            if len(use.starts) == 1 and seen(use.name.lower()) < LISTED:
                score.unseen[0] += 1
                score.unseen[1] += hit
            if not hit:
                score.missed.append(f"{use.name}->{slip}")
    return score


# -- rough drafts: three slips in one sentence ---------------------------------------------------

DRAFT_SENTENCES = 5
_DRAFT_WORD = re.compile(r"(?<![\w'’\-.@#/])[a-z]{4,}(?![\w'’\-.@/])")


@dataclass
class DraftScore:
    sentences: int = 0
    slips: int = 0
    caught: int = 0
    all_caught: int = 0
    missed: list[str] = field(default_factory=list)


def wikipedia_misspellings() -> dict[str, list[str]]:
    """Wikipedia's common misspellings (``benchmarks/data/wikipedia-misspellings.tsv``) by
    their correction, leaving out those that spell a dictionary word ("thru", "toke")."""
    from copylint.analysis.spelling import is_known

    by_word: dict[str, list[str]] = collections.defaultdict(list)
    text = (REPO / "benchmarks" / "data" / "wikipedia-misspellings.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            wrong, right = line.split("\t")
            if not is_known(wrong):
                by_word[right].append(wrong)
    return by_word


def draft_slip(word: str, rng: random.Random, real: dict[str, list[str]]) -> str | None:
    from copylint.analysis.spelling import is_known

    if real.get(word):
        return rng.choice(real[word])
    for _ in range(5):
        slip = make_slip(word, rng.choice(("transposition", "doubled", "dropped")), rng)
        if slip and not is_known(slip):
            return slip
    return None


def evaluate_drafts(corpus: Path, seed: int = 13) -> DraftScore:
    linter = linter_for(Settings(select=SPELLING))
    real = wikipedia_misspellings()
    score = DraftScore()
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        source = path.read_text(encoding="utf-8")
        doc = load_document(path.name, source)
        rng = random.Random(f"{seed}:{path.name}")
        sentences = [s for s in doc.sentences if s.end - s.start > 60]
        for sentence in rng.sample(sentences, min(DRAFT_SENTENCES, len(sentences))):
            span = doc.source_span(sentence.start, sentence.end)
            text = source[span.start : span.end]
            words = [m for m in _DRAFT_WORD.finditer(text) if m.group() in english_counts()]
            if len(words) < 3:
                continue
            chosen = sorted(rng.sample(words, 3), key=lambda m: m.start())
            slips = [draft_slip(m.group(), rng, real) for m in chosen]
            if any(s is None for s in slips):
                continue
            pieces, last, starts = [], 0, []
            offset = span.start
            for match, slip in zip(chosen, slips, strict=True):
                assert slip is not None
                pieces.append(text[last : match.start()])
                starts.append(offset + len("".join(pieces)))
                pieces.append(slip)
                last = match.end()
            pieces.append(text[last:])
            drafted = source[: span.start] + "".join(pieces) + source[span.end :]
            found = linter.lint(load_document(path.name, drafted)).diagnostics
            caught = [any(d.span.start == at for d in found) for at in starts]
            score.sentences += 1
            score.slips += 3
            score.caught += sum(caught)
            score.all_caught += all(caught)
            for slip, hit in zip(slips, caught, strict=True):
                if not hit:
                    score.missed.append(f"{path.name}:{slip}")
    return score


def report_drafts(args: argparse.Namespace) -> None:
    drafts = evaluate_drafts(args.corpus)
    print(
        f"rough drafts (3 slips a sentence): recall {drafts.caught / max(drafts.slips, 1):6.1%} "
        f"({drafts.caught}/{drafts.slips}); all three caught in "
        f"{drafts.all_caught}/{drafts.sentences} sentences"
    )
    if args.list:
        print("  missed: " + " ".join(drafts.missed))


# -- false alarms and speed ----------------------------------------------------------------------


def corpus_findings(corpus: Path, linter: Linter) -> tuple[int, list[str]]:
    words, lines = 0, []
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        source = path.read_text(encoding="utf-8")
        doc = load_document(str(path), source)
        words += len(doc.words)
        for d in linter.lint(doc).diagnostics:
            flagged = source[d.span.start : d.span.end]
            lines.append(f"{path.name}:{d.span.line}:{d.span.column} {d.rule} {flagged!r}")
    return words, lines


def load_seconds(runs: int = 5) -> float:
    """Best time to load all spelling dictionaries in a fresh interpreter."""
    code = (
        "import time, copylint.lexicon.dictionary as d; t = time.perf_counter(); "
        "d.english_counts(); d.name_counts(); d.variants(); print(time.perf_counter() - t)"
    )
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return min(times)


def cli_seconds(corpus: Path, select: str, runs: int = 7) -> float:
    """Least CPU time (user + system, so other load on the machine matters little) of
    ``copylint check --no-config --select SELECT CORPUS``."""
    best = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "copylint",
                "check",
                "--no-config",
                "--select",
                select,
                "--statistics",
                str(corpus),
            ],
            capture_output=True,
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, cpu)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=5000, help="codespell entries (default 5000)")
    parser.add_argument("--all", action="store_true", help="every usable codespell entry")
    parser.add_argument("--speed", action="store_true", help="also time loading and the corpus")
    parser.add_argument("--list", action="store_true", help="print every miss and false alarm")
    parser.add_argument(
        "--slip-names",
        type=Path,
        help="names.tsv whose entries are skipped as real words by the proper-noun slips "
        "(e.g. an earlier version, to compare on its denominator)",
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=("common", "slips", "drafts", "corpus"),
        help="run only these parts (default: all)",
    )
    args = parser.parse_args(argv)
    parts = set(args.part or ("common", "slips", "drafts", "corpus"))
    if "common" in parts:
        evaluate_codespell(args)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus} (skipping slips and false alarms)")
        return 0
    if "slips" in parts:
        report_slips(args)
    if "drafts" in parts:
        report_drafts(args)
    if "corpus" in parts:
        report_corpus(args)
    return 0


def evaluate_codespell(args: argparse.Namespace) -> None:
    entries = codespell_entries()
    chosen = sample(entries, None if args.all else args.sample)
    print(f"codespell {len(entries)} usable entries, {len(chosen)} evaluated")
    english = english_counts()
    for label, capitalised in (("lowercase, mid-sentence", False), ("capitalised, first", True)):
        score = evaluate_common(chosen, capitalised=capitalised)
        print(
            f"  {label:<24} recall {score.recall:6.1%} ({score.flagged}/{score.total})  "
            f"first suggestion {score.accuracy:6.1%} (strict {score.strict:.1%}, "
            f"of {score.correctable} with a correction in the dictionary)"
        )
        known = [m for m in score.missed or [] if m in english]
        print(
            f"    missed {len(score.missed or [])}, of which the English dictionary knows "
            f"{len(known)}: {' '.join(known[:15])}"
        )
        if args.list:
            print("    " + " ".join(score.missed or []))


def report_slips(args: argparse.Namespace) -> None:
    names = None
    if args.slip_names:
        text = args.slip_names.read_text(encoding="utf-8")
        names = {line.split("\t")[0] for line in text.splitlines() if not line.startswith("#")}
    slips = evaluate_slips(args.corpus, names=names)
    assert slips.by_kind is not None and slips.caught_by_kind is not None
    assert slips.repeated is not None and slips.single is not None and slips.unseen is not None
    print(
        f"proper-noun slips: recall {slips.caught / max(slips.tried, 1):6.1%} "
        f"({slips.caught}/{slips.tried}; {slips.real_words} slips spelling another known "
        "word skipped)"
    )
    for kind in SLIP_KINDS:
        tried, caught = slips.by_kind[kind], slips.caught_by_kind[kind]
        print(f"  {kind:<14} {caught / max(tried, 1):6.1%} ({caught}/{tried})")
    for label, (tried, caught) in (
        ("name used again", slips.repeated),
        ("name used once", slips.single),
        ("used once, seen < 40 times by the lexicons (no evidence)", slips.unseen),
        (
            "the rest (evidence exists)",
            [slips.tried - slips.unseen[0], slips.caught - slips.unseen[1]],
        ),
    ):
        print(f"  {label:<14} {caught / max(tried, 1):6.1%} ({caught}/{tried})")
    if args.list:
        print("  missed: " + " ".join(slips.missed or []))


def report_corpus(args: argparse.Namespace) -> None:
    linter = linter_for(Settings(select=SPELLING))
    words, findings = corpus_findings(args.corpus, linter)
    print(
        f"clean corpus: {len(findings)} spelling diagnostics in {words} words "
        f"= {1000 * len(findings) / max(words, 1):.2f} per 1,000 words"
    )
    by_rule = collections.Counter(line.split()[1] for line in findings)
    for rule, count in sorted(by_rule.items()):
        print(f"  {rule:<24} {count:3d}  {1000 * count / max(words, 1):.2f}/1k")
    for line in findings:
        print(f"    {line}")

    if args.speed:
        print(f"dictionaries load in {load_seconds():.3f} s (best of 5, fresh interpreter)")
        with_spelling = cli_seconds(args.corpus, "ALL")
        without = cli_seconds(args.corpus, "repetition,whitespace")
        print(
            f"corpus CPU time, all rules: {with_spelling:.2f} s; "
            f"without spelling: {without:.2f} s; ratio {with_spelling / without:.2f}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
