"""Recall on real-word errors seeded into clean copy, side by side with Harper.

Takes the edited articles of the shared corpus (../shared/corpus), and for every kind of slip
issue 16 lists — a/an by sound, its/it's, their/there/they're, your/you're, whose/who's,
then/than, to/too, lose/loose, passed/past, led/lead, affect/effect, weather/whether, "could
of", possessive time, a singular determiner with a plural, subject-verb agreement, doubled
articles — finds the places where the correct word stands in body text (outside quotations,
headlines and captions) and turns it into the slip. At most one slip per sentence and
``--per-kind`` sites per kind, chosen with a fixed seed, so every run seeds the same errors.

A seeded slip is caught when a diagnostic overlaps its word (or the word on either side:
peers point at the phrase differently). Recall is per kind and overall. The false alarms are
measured on the unmodified corpus by ``benchmarks/corpus_report.py``.

Where a kind's correct form has several contexts, the sites are those where the slip is an
error a reader of the sentence alone can see, which is how the issue states the kinds:
"then/than after comparatives and rather/other", "led/lead (past tense)", "affect/effect
where the part of speech is certain", "agreement with a clear singular or plural subject".
Each kind's context is the pattern below; nothing is seeded from copylint's own rules.

    python benchmarks/eval_grammar.py [--per-kind N] [--list] [--harper PATH] [--keep DIR]
                                      [--no-supplement]
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import regex

from copylint.analysis.layout import article_regions
from copylint.api import linter_for
from copylint.config import Settings
from copylint.document import Document
from copylint.formats import load_document, read_file

HERE = Path(__file__).resolve().parent
SEED = 16
#: Sites for the kinds the shared corpus (encyclopedia biographies and interviews) lacks:
#: passed/past, led/lead, affect/effect, weather/whether, lose/loose, possessive time. An
#: invented news story, written for this benchmark; see its README entry.
SUPPLEMENT = HERE / "data"


def _default_corpus() -> Path:
    for directory in HERE.parents:
        if (directory / "shared" / "corpus").is_dir():
            return directory / "shared" / "corpus"
    return HERE.parent.parent / "shared" / "corpus"


Replace = Callable[["regex.Match[str]"], str | None]


@dataclass(frozen=True)
class Kind:
    """One kind of slip: where the correct form stands (group ``w`` is the word to change),
    and what the slip makes of it."""

    name: str
    pattern: regex.Pattern[str]
    replace: Replace


def _swap(mapping: dict[str, str]) -> Replace:
    def replace(match: regex.Match[str]) -> str | None:
        word = match.group("w")
        new = mapping.get(word.lower())
        if new is None:
            return None
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return replace


def _const(text: str) -> Replace:
    return lambda match: text


def _plural(match: regex.Match[str]) -> str | None:
    from lemminflect import getAllLemmas, getInflection

    word = match.group("w")
    lemmas = getAllLemmas(word)
    if set(lemmas) != {"NOUN"} or word not in lemmas["NOUN"] or word.endswith("s"):
        return None
    forms = getInflection(word, "NNS")
    return forms[0] if forms and forms[0] != word else None


def _third_to_base(match: regex.Match[str]) -> str | None:
    from lemminflect import getAllLemmas

    word = match.group("w")
    verbs = getAllLemmas(word).get("VERB", ())
    if set(getAllLemmas(word)) != {"VERB"} or not verbs or verbs[0] == word:
        return None
    return verbs[0]


_P = regex.compile
#: The kinds, each with the contexts of its correct form.
KINDS: tuple[Kind, ...] = (
    Kind("a-for-an", _P(r"\b(?P<w>a) (?=[b-df-hj-np-tv-z][a-z]{2,}\b)"), _const("an")),
    Kind("an-for-a", _P(r"\b(?P<w>an) (?=[aei][a-z]+\b)"), _const("a")),
    Kind(
        "article-acronym-number",
        _P(r"\b(?P<w>an?) (?=(?:[A-Z]{2,3}|\d+|[A-Z]\.[A-Z]\.)\b)"),
        _swap({"a": "an", "an": "a"}),
    ),
    Kind(
        "its-for-possessive",
        _P(r"\b(?P<w>its) (?=own\b|[a-z]+ (?:is|was|has|had|were|are)\b)"),
        _const("it's"),
    ),
    Kind(
        "its-for-it-is", _P(r"\b(?P<w>[Ii]t's) (?=(?:a|an|the|been|not)\b)"), _swap({"it's": "its"})
    ),
    Kind(
        "there-for-their",
        _P(r"\b(?P<w>their) (?=own\b|[a-z]+ (?:is|was|were|are|had)\b)"),
        _const("there"),
    ),
    Kind(
        "their-for-there",
        _P(r"\b(?P<w>[Tt]here) (?=(?:is|are|was|were)\b)"),
        _swap({"there": "their"}),
    ),
    Kind(
        "your-for-youre",
        _P(r"\b(?P<w>[Yy]ou're) (?=(?:a|an|the|not|going)\b)"),
        _swap({"you're": "your"}),
    ),
    Kind(
        "whose-for-whos", _P(r"\b(?P<w>who's) (?=(?:been|a|an|the|not|going)\b)"), _const("whose")
    ),
    Kind(
        "then-for-than",
        _P(r"\b(?:more|less|fewer|rather|other|[a-z]+er) (?P<w>than)\b"),
        _const("then"),
    ),
    Kind(
        "than-for-then",
        _P(r"(?:\b(?:and|since|until|back) |^|(?<=[.!?] ))(?P<w>[Tt]hen)\b", regex.MULTILINE),
        _swap({"then": "than"}),
    ),
    Kind(
        "to-for-too",
        _P(r"\b(?:is|was|were|are|far|much|be) (?P<w>too) (?=[a-z]+[.,;]| many\b| much\b)"),
        _const("to"),
    ),
    Kind(
        "too-for-to",
        _P(r"\b(?P<w>to) (?=(?:the|a|an|his|her|their|go|see|make|take|be)\b)"),
        _const("too"),
    ),
    Kind("loose-for-lose", _P(r"\b(?:to|will|would|could|not|did) (?P<w>lose)\b"), _const("loose")),
    Kind("lose-for-loose", _P(r"\b(?:broke|cut|set|let|is|was|a) (?P<w>loose)\b"), _const("lose")),
    Kind(
        "passed-for-past",
        _P(
            r"\b(?:the|in the) (?P<w>past) (?=(?:year|week|month|decade|few|two|three|several)\b)|\b(?:worked|ran|walked|drove|went) (?P<w>past) (?=(?:midnight|noon|the|\d))"  # noqa: E501
        ),
        _const("passed"),
    ),
    Kind(
        "past-for-passed",
        _P(r"\b(?:has|have|had) (?P<w>passed) (?=(?:the|a|an|away)\b)|\b(?P<w>passed) (?=away\b)"),
        _const("past"),
    ),
    Kind(
        "lead-for-led",
        _P(
            r"\b(?:was|were|been|has|have|had|he|she|it) (?P<w>led) (?=(?:by|to|the|a|an|his|her|their|its)\b)"  # noqa: E501
        ),
        _const("lead"),
    ),
    Kind(
        "affect-for-effect",
        _P(
            r"\b(?:the|an|no|side|little|significant|major|positive|negative|adverse) (?P<w>effects?) (?=(?:on|of)\b|[.,])"  # noqa: E501
        ),
        _swap({"effect": "affect", "effects": "affects"}),
    ),
    Kind(
        "effect-for-affect",
        _P(
            r"\b(?:adversely|negatively|directly|severely|badly|deeply|seriously|greatly) (?P<w>affected)\b|\b(?:to|will|would|could|may|might) (?P<w>affect) (?=(?:how|whether|them|us|him|her|me)\b)"  # noqa: E501
        ),
        _swap({"affected": "effected", "affect": "effect"}),
    ),
    Kind(
        "weather-for-whether",
        _P(
            r"\b(?:of|about|on|know|decide|decided|determine|asked|ask|wonder|unclear|whether|regardless of) (?P<w>whether)\b|\b(?P<w>whether) (?=or not)"  # noqa: E501
        ),
        _const("weather"),
    ),
    Kind("whether-for-weather", _P(r"\bthe (?P<w>weather)\b"), _const("whether")),
    Kind(
        "could-of",
        _P(
            r"\b(?:could|would|should|must|might)(?:n't)? (?P<w>have) (?=(?:been|had|done|gone|never|made|seen|known|taken|become|got|used|said|acted|paid)\b)"  # noqa: E501
        ),
        _const("of"),
    ),
    Kind(
        "possessive-time",
        _P(
            r"\b(?i:this|last|next|that) (?P<w>(?:year|week|month|day|season|decade|century)'s) (?=[a-z])|\b(?P<w>(?i:today|yesterday|tomorrow)'s) (?=[a-z])"  # noqa: E501
        ),
        lambda m: m.group("w").replace("'s", "s"),
    ),
    Kind(
        "determiner-plural",
        _P(
            r"\b(?:such an?|an?|each|every|another)(?: (?:new|old|large|small|major|single|second|first|great|good|big|long|short|local|national|public|political|special|similar|different|famous|young))? (?P<w>[a-z]{3,})(?= (?:of|in|on|at|for|with|to|that|which|who|and|by|from|as)\b|[.,;])"  # noqa: E501
        ),
        _plural,
    ),
    Kind(
        "agreement-pronoun",
        _P(r"\b(?:they|we) (?P<w>were|are|have|do)\b|\b(?:he|she) (?P<w>has|is|does)\b"),
        _swap(
            {
                "were": "was",
                "are": "is",
                "have": "has",
                "do": "does",
                "has": "have",
                "is": "are",
                "does": "do",
            }
        ),
    ),
    Kind(
        "agreement-verb",
        _P(
            r"(?:^|(?<=[.;] )|\b(?:and|but|when|after|because|as|while) )(?:[Hh]e|[Ss]he) (?P<w>[a-z]+s)\b(?= (?:the|a|an|his|her|to|in|that|on)\b)",  # noqa: E501
            regex.MULTILINE,
        ),
        _third_to_base,
    ),
    Kind(
        "agreement-noun",
        _P(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Ss]everal) [a-z]+s (?P<w>were|are|have)\b"),
        _swap({"were": "was", "are": "is", "have": "has"}),
    ),
    Kind(
        "known-as",
        _P(r"\b(?:also|is|was|are|were|commonly|widely|better) (?P<w>known) (?=as\b)"),
        _const("knows"),
    ),
    Kind(
        "agent-noun-for-verb",
        _P(
            r"(?<=\b(?:[A-Z][a-z]+|he|she|it|which|that|who) )(?P<w>(?:manufactur|produc|operat|build|mak|publish|own|run|supply|design|develop|provid)[a-z]*s)(?= (?:a|an|the|its|their|more|some|about)\b)"  # noqa: E501
        ),
        lambda m: {
            "manufactures": "manufacturers",
            "produces": "producers",
            "operates": "operators",
            "builds": "builders",
            "makes": "makers",
            "publishes": "publishers",
            "owns": "owners",
            "runs": "runners",
            "supplies": "suppliers",
            "designs": "designers",
            "develops": "developers",
            "provides": "providers",
        }.get(m.group("w")),
    ),
    Kind("doubled-article", _P(r"\b(?P<w>the) (?=[a-z]{3,} )"), _const("the a")),
)


@dataclass(frozen=True)
class Seed:
    kind: str
    path: str
    start: int  # source offsets of the slip in the seeded file
    end: int
    line: int
    column: int  # 1-based, code points
    end_column: int
    text: str
    context: str


def _candidates(doc: Document, kind: Kind) -> list[tuple[int, int, str]]:
    """(prose start, prose end, replacement) for every site of ``kind`` in body text."""
    regions = article_regions(doc)
    found = []
    for match in kind.pattern.finditer(doc.text):
        start, end = match.span("w")
        if start < 0 or doc.in_quotation(start):
            continue
        block = doc.block_index(start)
        if block < 0 or regions[block] != "body" or not doc.is_verbatim(start, end):
            continue
        new = kind.replace(match)
        if new is not None:
            found.append((start, end, new))
    return found


def seed_corpus(corpora: list[Path], out: Path, per_kind: int) -> list[Seed]:
    """Write the seeded copy of every article of ``corpora`` into ``out``; return the seeds."""
    docs = {}
    for corpus in corpora:
        for path in sorted(p for p in corpus.iterdir() if p.suffix in (".md", ".txt")):
            docs[path.name] = load_document(str(path), read_file(str(path)).text)
    rng = random.Random(SEED)
    used: set[tuple[str, int]] = set()  # (file, sentence start): one slip a sentence
    chosen: dict[str, list[tuple[int, int, str, str]]] = {name: [] for name in docs}
    all_sites = {
        kind.name: [(name, *site) for name, doc in docs.items() for site in _candidates(doc, kind)]
        for kind in KINDS
    }
    for kind in sorted(KINDS, key=lambda k: len(all_sites[k.name])):  # the rarest kinds first
        sites = all_sites[kind.name]
        rng.shuffle(sites)
        taken = 0
        for name, start, end, new in sites:
            sentence = docs[name].sentence_at(start)
            key = (name, sentence.start if sentence else start)
            if taken == per_kind or key in used:
                continue
            used.add(key)
            chosen[name].append((start, end, new, kind.name))
            taken += 1
    seeds = []
    for name, doc in docs.items():
        source = doc.source
        edits = sorted(
            (doc.source_map.start(s), doc.source_map.end(e), new, kind)
            for s, e, new, kind in chosen[name]
        )
        pieces, shift, position = [], 0, 0
        placed = []
        for start, end, new, kind in edits:
            pieces.append(source[position:start])
            pieces.append(new)
            placed.append((start + shift, start + shift + len(new), new, kind))
            shift += len(new) - (end - start)
            position = end
        pieces.append(source[position:])
        seeded = "".join(pieces)
        (out / name).write_text(seeded, encoding="utf-8")
        for start, end, new, kind in placed:
            line = seeded.count("\n", 0, start) + 1
            line_start = seeded.rfind("\n", 0, start) + 1
            line_end = seeded.find("\n", end)
            text_line = seeded[line_start : line_end if line_end >= 0 else len(seeded)]
            column = start - line_start + 1
            context = text_line[max(0, column - 50) : column + len(new) + 40]
            seeds.append(
                Seed(kind, name, start, end, line, column, column + len(new), new, context)
            )
    return seeds


def _near(seed: Seed, line: int, column: int, end_column: int | None = None) -> bool:
    """A finding on the slip's line that overlaps it or the word next to it."""
    if line != seed.line:
        return False
    end_column = column + 1 if end_column is None else end_column
    return column <= seed.end_column + 12 and end_column >= seed.column - 12


def copylint_caught(out: Path, seeds: list[Seed]) -> set[Seed]:
    linter = linter_for(Settings())
    caught = set()
    by_file: dict[str, list[Seed]] = {}
    for seed in seeds:
        by_file.setdefault(seed.path, []).append(seed)
    for name, group in by_file.items():
        path = out / name
        doc = load_document(str(path), read_file(str(path)).text)
        spans = [d.span for d in linter.lint(doc).diagnostics]
        for seed in group:
            if any(
                _near(seed, s.line, s.column, s.end_column if s.end_line == s.line else None)
                for s in spans
            ):
                caught.add(seed)
    return caught


_COMPACT = re.compile(
    r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<rule>[^:\n]+::\w+)", re.MULTILINE
)


def harper_caught(harper: Path, out: Path, seeds: list[Seed]) -> set[Seed]:
    """Seeds that Harper's CLI flags (any lint but spelling)."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for path in sorted({str(out / seed.path) for seed in seeds}):
        hits.update(_harper_hits(harper, path))
    return {
        seed
        for seed in seeds
        for line, column in hits.get(seed.path, ())
        if _near(seed, line, column, column + 4)
    }


def _harper_hits(harper: Path, path: str) -> dict[str, list[tuple[int, int]]]:
    """Harper's lints of one file (it stops at the first file with lints), spelling left out."""
    result = subprocess.run(
        [str(harper), "lint", "--format", "compact", "--quiet", path],
        capture_output=True,
        text=True,
    )
    hits: dict[str, list[tuple[int, int]]] = {}
    for match in _COMPACT.finditer(result.stdout):
        if match.group("rule").startswith("Spelling"):
            continue
        name = Path(match.group("path")).name
        hits.setdefault(name, []).append((int(match.group("line")), int(match.group("col"))))
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=_default_corpus())
    parser.add_argument(
        "--no-supplement",
        action="store_true",
        help="leave out benchmarks/data (sites of the kinds the corpus lacks)",
    )
    parser.add_argument("--per-kind", type=int, default=15, help="sites per kind (default 15)")
    parser.add_argument("--list", action="store_true", help="print every missed slip")
    parser.add_argument("--harper", type=Path, help="Harper's CLI binary, to score it too")
    parser.add_argument("--keep", type=Path, help="write the seeded articles here")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        corpora = [args.corpus] + ([] if args.no_supplement else [SUPPLEMENT])
        seeds = seed_corpus(corpora, out, args.per_kind)
        ours = copylint_caught(out, seeds)
        harper = harper_caught(args.harper, out, seeds) if args.harper else None
    per_kind = Counter(seed.kind for seed in seeds)
    where = " and ".join(str(c) for c in corpora)
    print(f"{len(seeds)} slips seeded into {where} ({args.per_kind} per kind at most)")
    header = f"{'kind':26} {'seeded':>6} {'copylint':>9}" + (f" {'Harper':>7}" if harper else "")
    print(header)
    for kind in KINDS:
        n = per_kind[kind.name]
        if not n:
            print(f"{kind.name:26} {0:>6}  (no site in the corpus)")
            continue
        row = f"{kind.name:26} {n:>6} {sum(s.kind == kind.name for s in ours) / n:>9.2f}"
        if harper is not None:
            row += f" {sum(s.kind == kind.name for s in harper) / n:>7.2f}"
        print(row)
    total = f"{'all':26} {len(seeds):>6} {len(ours) / len(seeds):>9.3f}"
    if harper is not None:
        total += f" {len(harper) / len(seeds):>7.3f}"
    print(total)
    if args.list:
        for seed in seeds:
            if seed not in ours:
                print(
                    f"missed {seed.kind}: {seed.path}:{seed.line}:{seed.column}  …{seed.context}…"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
