"""``copylint review PATHS``: an interactive pass for a copy editor, like ``git add -p``.

Each finding is shown in turn with its line and suggestions, and one key (then Enter) decides:
a number accepts that suggestion, ``s`` skips, ``e`` replaces the flagged text with what the
editor types, ``i`` ignores the rule for this file (``per-file-ignores`` in the config), ``a``
adds the flagged word to the house dictionary (``words`` in the config), ``q`` stops. Nothing is
written until the end: then each changed article and the config are replaced atomically, and
what changed is printed. Edits are made in the source, at the exact span the finding names.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from copylint.config import Settings
from copylint.config_edit import ConfigEditor
from copylint.files import ReadError
from copylint.fix import write_atomically
from copylint.formats import read_file
from copylint.lines import split_lines
from copylint.model import Diagnostic
from copylint.project import Project
from copylint.runner import lint_source

HELP = (
    "1-9 accept that suggestion, s skip, e edit by hand, i ignore this rule for this file, "
    "a add the word to the house dictionary, q quit"
)


@dataclass
class _Article:
    path: str
    text: str
    bom: bool
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def fits(self, start: int, end: int) -> bool:
        """False when the range overlaps an earlier change (review it again after this pass)."""
        return not any((start < e and s < end) or start == end == s for s, e, _ in self.edits)

    def add(self, start: int, end: int, replacement: str) -> bool:
        if not self.fits(start, end):
            return False
        self.edits.append((start, end, replacement))
        return True

    def fixed(self) -> str:
        text = self.text
        for start, end, replacement in sorted(self.edits, reverse=True):
            text = text[:start] + replacement + text[end:]
        return text


class Session:
    """One review: the articles changed and the configs edited so far."""

    def __init__(self, project: Project, ask: Callable[[str], str | None], out: TextIO) -> None:
        self.project = project
        self.ask = ask
        self.out = out
        self.articles: list[_Article] = []
        self.configs: dict[Path, ConfigEditor] = {}
        self.stopped = False

    def _config(self, settings: Settings) -> ConfigEditor:
        path = settings.config_path or settings.root / ".copylint.toml"
        if path not in self.configs:
            self.configs[path] = ConfigEditor.for_config(settings.config_path, settings.root)
        return self.configs[path]

    def review_file(self, path: str) -> None:
        settings = self.project.settings_for(path)
        try:
            source = read_file(path)
        except ReadError as error:
            self.out.write(f"{path}: skipped: {error}\n")
            return
        result = lint_source(self.project.linter(settings), source)
        article = _Article(path, source.text, source.bom)
        self.articles.append(article)
        ignored: set[str] = set()
        words: set[str] = set()
        diagnostics = result.diagnostics
        for number, d in enumerate(diagnostics, 1):
            flagged = source.text[d.span.start : d.span.end]
            if d.rule in ignored or (d.family == "spelling" and flagged in words):
                continue
            self._show(d, source.text, number, len(diagnostics))
            if not self._decide(d, flagged, article, settings, ignored, words):
                self.stopped = True
                return

    def _show(self, d: Diagnostic, text: str, number: int, total: int) -> None:
        lines = split_lines(text)
        line = lines[d.span.line - 1] if 0 < d.span.line <= len(lines) else ""
        end = d.span.end_column if d.span.end_line == d.span.line else len(line) + 1
        caret = " " * (d.span.column - 1) + "^" * max(1, end - d.span.column)
        self.out.write(
            f"\n({number}/{total}) {d.path}:{d.span.line}:{d.span.column}: "
            f"{d.severity.label} {d.rule} {d.message}\n    {line}\n    {caret}\n"
        )
        for index, suggestion in enumerate(d.suggestions[:9], 1):
            self.out.write(f"  [{index}] {suggestion!r}\n")

    def _decide(
        self,
        d: Diagnostic,
        flagged: str,
        article: _Article,
        settings: Settings,
        ignored: set[str],
        words: set[str],
    ) -> bool:
        """Ask until the answer is one of the keys; False when the editor quits."""
        while True:
            answer = self.ask("Accept [1-9], s, e, i, a, q, ? > ")
            if answer is None or answer.strip() == "q":
                return False
            key = answer.strip()
            if key in ("", "s"):
                return True
            if key.isdigit() and 1 <= int(key) <= min(len(d.suggestions), 9):
                self._accept(d, int(key), article)
                return True
            if key == "e":
                typed = self.ask(f"Replace {flagged!r} with: ")
                if typed is not None:
                    article.add(d.span.start, d.span.end, typed)
                return True
            if key == "i":
                self._config(settings).ignore_rule(_relative(article.path, settings), d.rule)
                ignored.add(d.rule)
                return True
            if key == "a" and flagged and not any(c.isspace() for c in flagged):
                self._config(settings).add_word(flagged)
                words.add(flagged)
                return True
            self.out.write(HELP + "\n")

    def _accept(self, d: Diagnostic, choice: int, article: _Article) -> None:
        if choice == 1 and d.fix is not None:  # the fix is the first suggestion, edits and all
            edits = [(e.span.start, e.span.end, e.replacement) for e in d.fix.edits]
        else:
            edits = [(d.span.start, d.span.end, d.suggestions[choice - 1])]
        if not all(article.fits(start, end) for start, end, _ in edits):
            self.out.write("  (overlaps an earlier change; run review again for this one)\n")
            return
        for start, end, replacement in edits:
            article.add(start, end, replacement)

    def finish(self) -> list[str]:
        """Write every change, atomically; one line per change made."""
        done: list[str] = []
        for article in self.articles:
            if article.edits:
                write_atomically(article.path, article.fixed(), article.bom, expected=article.text)
                count = len(article.edits)
                done.append(f"{article.path}: {count} change{'s' if count != 1 else ''}")
        for editor in self.configs.values():
            editor.save()
            done.extend(editor.changes)
        return done


def _relative(path: str, settings: Settings) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(settings.root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def review(
    project: Project, files: Sequence[str], ask: Callable[[str], str | None], out: TextIO
) -> list[str]:
    """Review ``files`` in order; returns what changed."""
    session = Session(project, ask, out)
    for path in files:
        session.review_file(path)
        if session.stopped:
            break
    return session.finish()
