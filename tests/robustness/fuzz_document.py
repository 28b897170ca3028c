"""Coverage-guided fuzz target (atheris/libFuzzer) for the document model: decoding, the
plain-text and Markdown mappings, tokens, and the engine over every registered rule.

An input is decoded as a file and as an article (:func:`tests.robustness.invariants.article_of`
says how its first byte picks the format and line endings); the checks are those of the
property tests (:func:`tests.robustness.invariants.check_input`): any exception is a finding,
to be fixed and kept in ``test_fuzz_regressions.py``.

Run from the repository root (see README, "Fuzzing")::

    pip install -e '.[test,fuzz]'
    python -m tests.robustness.fuzz_document -max_total_time=300

Without a corpus directory argument it uses ``fuzz-corpus/`` (seeded with the fixtures and
every rule's examples) and writes crashing inputs to ``fuzz-artifacts/``. Replay one with
``python -m tests.robustness.fuzz_document fuzz-artifacts/crash-…``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

# Every copylint module this run can reach is imported (and so instrumented) here, the format
# processors and rule modules included, which are otherwise imported lazily.
with atheris.instrument_imports(include=["copylint"]):
    import copylint.formats.markdown
    import copylint.formats.plain  # noqa: F401
    from copylint.config import Settings
    from copylint.engine import Linter
    from copylint.registry import Registry

    _SETTINGS = Settings(select=("ALL",), preview=True)
    _LINTER = Linter(_SETTINGS)

from tests.robustness.invariants import check_input

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "fuzz-corpus"
ARTIFACTS = REPO / "fuzz-artifacts"
#: Markdown and copylint tokens for libFuzzer's mutations.
DICTIONARY = Path(__file__).with_name("fuzz.dict")


def test_one_input(data: bytes) -> None:
    check_input(_LINTER, data)


def seed_corpus(directory: Path) -> None:
    """The fixtures and every rule's examples, in both formats, as starting inputs."""
    directory.mkdir(parents=True, exist_ok=True)
    texts = [p.read_bytes() for p in sorted((REPO / "fixtures").glob("*.*")) if p.is_file()]
    for spec in Registry.load(_SETTINGS):
        docs = spec.info.docs
        texts.extend(e.text.encode() for e in (*docs.bad, *docs.good))
    for index, text in enumerate(texts):
        for flags in (0, 1):
            (directory / f"seed-{index}-{flags}").write_bytes(bytes([flags]) + text)


def main(argv: list[str]) -> None:
    args = list(argv)
    if not any(a.startswith("-dict=") for a in args):
        args.insert(1, f"-dict={DICTIONARY}")
    if not any(a.startswith("-artifact_prefix=") for a in args):
        ARTIFACTS.mkdir(exist_ok=True)
        args.insert(1, f"-artifact_prefix={ARTIFACTS}/")
    if not any(not a.startswith("-") for a in args[1:]):
        if not CORPUS.is_dir():
            seed_corpus(CORPUS)
        args.append(str(CORPUS))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
