"""Baselines: record what copylint finds in legacy copy today, report only what is new later.

``copylint baseline`` writes every current diagnostic to ``.copylint-baseline.json``; ``copylint
check`` then hides the diagnostics the baseline holds. An entry is not tied to a line number,
which any edit above it would change, but to the rule, the file and the flagged text with the
words on either side of it on its line, so it survives edits elsewhere in the file (a line
moved, a paragraph added above it). Identical findings in one file are counted: with two
baselined, a third one is reported. The file is JSON, sorted and indented so that it diffs
well in review.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

import regex

from copylint.config import Settings
from copylint.errors import ConfigError
from copylint.fix import write_atomically
from copylint.model import Diagnostic
from copylint.outcome import FileResult

#: Words of context kept on each side of the flagged text, from its own line(s).
CONTEXT_WORDS = 2
#: Characters searched on each side for those words (plain-text paragraphs are long lines).
_WINDOW = 200
_TOKEN = regex.compile(r"\S+")
_VERSION = 1
_FIELDS = ("path", "rule", "before", "text", "after")


@dataclass(frozen=True, order=True)
class Fingerprint:
    """What identifies a diagnostic across edits elsewhere in its file."""

    path: str  # relative to the baseline's directory, with forward slashes
    rule: str
    before: str  # the words just before the flagged text
    text: str  # the flagged text
    after: str  # the words just after it


def fingerprint(diagnostic: Diagnostic, source: str, base: Path) -> Fingerprint:
    start, end = diagnostic.span.start, diagnostic.span.end
    line_start = max(source.rfind("\n", 0, start) + 1, start - _WINDOW)
    line_end = source.find("\n", end)
    line_end = min(len(source) if line_end < 0 else line_end, end + _WINDOW)
    before = _TOKEN.findall(source[line_start:start])[-CONTEXT_WORDS:]
    after = _TOKEN.findall(source[end:line_end])[:CONTEXT_WORDS]
    text = source[start:end].replace("\r\n", "\n").replace("\r", "\n")
    return Fingerprint(
        _relative(diagnostic.path, base), diagnostic.rule, " ".join(before), text, " ".join(after)
    )


def _fingerprints(result: FileResult, base: Path) -> list[Fingerprint]:
    """The fingerprints of ``result``'s diagnostics, in order (its text decoded once)."""
    source = result.source or ""
    return [fingerprint(d, source, base) for d in result.diagnostics]


def _relative(path: str, base: Path) -> str:
    try:
        relative = os.path.relpath(os.path.realpath(path), os.path.realpath(base))
    except ValueError:  # another drive on Windows
        relative = path
    return relative.replace(os.sep, "/")


def default_path(settings: Settings) -> Path:
    """Where the baseline lives unless the command line says otherwise."""
    return settings.baseline_path


@dataclass
class Baseline:
    """Fingerprints with how many times each was found."""

    path: Path
    counts: Counter[Fingerprint]

    @classmethod
    def of(cls, path: Path, results: Sequence[FileResult]) -> Baseline:
        base = path.parent
        counts: Counter[Fingerprint] = Counter(
            key for result in results for key in _fingerprints(result, base)
        )
        return cls(path, counts)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise ConfigError(
                str(path), f"cannot read baseline: {error.strerror or error}"
            ) from None
        except ValueError as error:
            raise ConfigError(str(path), f"not a copylint baseline: {error}") from None
        return cls(path, _parse(str(path), data))

    def save(self) -> None:
        entries = [
            {**dict(zip(_FIELDS, astuple(fp), strict=True)), "count": count}
            for fp, count in sorted(self.counts.items())
        ]
        document = {"copylint-baseline": _VERSION, "findings": entries}
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        try:
            write_atomically(str(self.path), text)
        except OSError as error:
            raise ConfigError(str(self.path), f"cannot write: {error.strerror or error}") from None

    def filter(self, results: Sequence[FileResult]) -> tuple[list[FileResult], int]:
        """``results`` without the diagnostics the baseline holds, and how many were hidden.

        Of several identical findings in a file, the first ones (in reading order) take up
        the baselined count; any beyond it are reported.
        """
        remaining = Counter(self.counts)
        base = self.path.parent
        filtered, hidden = [], 0
        for result in results:
            kept = []
            for diagnostic, key in zip(
                result.diagnostics, _fingerprints(result, base), strict=True
            ):
                if remaining[key] > 0:
                    remaining[key] -= 1
                    hidden += 1
                else:
                    kept.append(diagnostic)
            filtered.append(result.with_diagnostics(kept))
        return filtered, hidden

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _parse(where: str, data: Any) -> Counter[Fingerprint]:
    if not isinstance(data, dict) or data.get("copylint-baseline") != _VERSION:
        raise ConfigError(where, f"not a copylint baseline (expected version {_VERSION})")
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise ConfigError(where, "'findings' must be a list")
    counts: Counter[Fingerprint] = Counter()
    for number, entry in enumerate(entries, 1):
        if (
            not isinstance(entry, dict)
            or not all(isinstance(entry.get(name), str) for name in _FIELDS)
            or not isinstance(entry.get("count", 1), int)
            or isinstance(entry.get("count", 1), bool)
            or entry.get("count", 1) < 1
        ):
            raise ConfigError(
                where,
                f"finding {number} must have string fields {', '.join(_FIELDS)} "
                "and a positive integer count",
            )
        counts[Fingerprint(*(entry[name] for name in _FIELDS))] += entry.get("count", 1)
    return counts
