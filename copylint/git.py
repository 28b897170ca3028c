"""``--changed-since REF``: which lines of which files are new since a git ref.

A newsroom with years of legacy copy adopts copylint on new writing at once by linting only what
a change added. The comparison is the one a pull request shows: from the point where the current
branch left ``REF`` (``git merge-base REF HEAD``) to the working tree, so uncommitted edits count
and commits that landed on ``REF`` meanwhile do not. Renames are detected, so a moved article
brings none of its old lines with it; untracked files (not ignored by git) are new in full; a
file with no added line is not linted at all.

git runs in a repository that may be hostile (a pull request's checkout, its ``.git/config``
and ``.gitattributes`` chosen by whoever opened it), so it runs with every setting that names a
program switched off: the file-system monitor (``core.fsmonitor``), hooks, external diff and
textconv drivers, clean/smudge/process filters, the pager; and with only the ``GIT_*``
variables that say where the repository is (:func:`safe_environment`).

A diagnostic is kept when it touches an added line, or when its span crosses the seam that a
deletion left between two old lines (the deletion made that stretch of text new). A finding
that lies wholly on one old line beside a deletion is not kept: the line itself is unchanged.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from copylint.errors import UsageError
from copylint.model import Diagnostic
from copylint.outcome import FileResult

_HUNK = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13}


@dataclass
class FileChanges:
    """The new lines of one file (1-based) and the seams deletions left after old lines."""

    added: set[int] = field(default_factory=set)
    seams: set[int] = field(default_factory=set)  # n: lines were deleted between n and n+1
    whole: bool = False  # a new, untracked file: every line is new

    def touches(self, diagnostic: Diagnostic) -> bool:
        if self.whole:
            return True
        span = diagnostic.span
        last = (
            span.end_line
            if span.end_column > 1 or span.end_line == span.line
            else span.end_line - 1
        )
        last = max(last, span.line)
        if any(line in self.added for line in range(span.line, last + 1)):
            return True
        return any(span.line <= seam < last for seam in self.seams)


@dataclass
class ChangeSet:
    """What changed since a ref, by real path of the file."""

    ref: str
    files: dict[str, FileChanges]

    def changed(self, path: str) -> FileChanges | None:
        return self.files.get(os.path.realpath(path))

    def select(self, paths: Iterable[str]) -> list[str]:
        """The files among ``paths`` that have new lines; the others are not linted at all."""
        return [path for path in paths if self.changed(path) is not None]

    def restrict(self, results: Sequence[FileResult]) -> list[FileResult]:
        """``results`` with only the diagnostics on new lines."""
        restricted = []
        for result in results:
            changes = self.changed(result.path)
            kept = [d for d in result.diagnostics if changes is not None and changes.touches(d)]
            restricted.append(result.with_diagnostics(kept))
        return restricted


#: ``GIT_*`` variables kept: where the repository, its index and objects are, and which config
#: files to read (a pre-commit hook runs with some of them set). Every other one is dropped, as
#: several name programs (``GIT_EXTERNAL_DIFF``, ``GIT_PAGER``, ``GIT_SSH_COMMAND``...).
_KEPT_ENVIRONMENT = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR",
        "GIT_CEILING_DIRECTORIES",
        "GIT_DISCOVERY_ACROSS_FILESYSTEM",
        "GIT_CONFIG_NOSYSTEM",
        "GIT_CONFIG_GLOBAL",
        "GIT_CONFIG_SYSTEM",
    }
)
#: Settings that would run a program, switched off (they outrank every config file).
_SAFE_SETTINGS = (
    ("core.quotePath", "false"),
    ("core.fsmonitor", "false"),
    ("core.hooksPath", os.devnull),
    ("core.pager", "cat"),
    ("core.untrackedCache", "false"),
    ("diff.external", ""),
    ("diff.submodule", "short"),
    ("status.submoduleSummary", "false"),
)
_FILTER_KEY = re.compile(r"^filter\.(.+)\.(clean|smudge|process)$", re.DOTALL)


def safe_environment(settings: Sequence[tuple[str, str]] = ()) -> dict[str, str]:
    """The environment git runs in: this one without the ``GIT_*`` variables that are not
    kept, with ``settings`` (and :data:`_SAFE_SETTINGS`) given as command-line config."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("GIT_") or key in _KEPT_ENVIRONMENT
    }
    pairs = [*_SAFE_SETTINGS, *settings]
    env["GIT_CONFIG_COUNT"] = str(len(pairs))
    for number, (key, value) in enumerate(pairs):
        env[f"GIT_CONFIG_KEY_{number}"] = key
        env[f"GIT_CONFIG_VALUE_{number}"] = value
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_OPTIONAL_LOCKS"] = "0"  # look, never rewrite the index
    return env


def _filter_overrides(cwd: str | None) -> list[tuple[str, str]]:
    """An empty command for every clean, smudge and process filter the config defines (a
    ``.gitattributes`` line can apply any of them to the articles git diff reads)."""
    try:
        listed = _run(["config", "-z", "--name-only", "--get-regexp", r"^filter\."], cwd, [])
    except UsageError:
        return []  # no filters at all (git config exits 1)
    overrides = []
    for key in listed.decode("utf-8", "surrogateescape").split("\0"):
        match = _FILTER_KEY.match(key)
        if match:
            for kind in ("clean", "smudge", "process"):
                overrides.append((f"filter.{match[1]}.{kind}", ""))
    return overrides


def _git(*args: str, cwd: str | None = None) -> bytes:
    return _run(list(args), cwd, _filter_overrides(cwd))


def _run(args: list[str], cwd: str | None, settings: Sequence[tuple[str, str]]) -> bytes:
    try:
        completed = subprocess.run(
            ["git", "--no-pager", *args],
            cwd=cwd,
            env=safe_environment(settings),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, and git is not installed") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"git {args[0]} failed: {message[-1] if message else 'no reason given'}")
    return completed.stdout


def changes_since(ref: str, cwd: str | None = None) -> ChangeSet:
    """The lines added since ``ref`` in the git repository around ``cwd``."""
    top = _git("rev-parse", "--show-toplevel", cwd=cwd).decode("utf-8", "surrogateescape")
    top = top.rstrip("\n")
    if ref.startswith("-") or not _commit_exists(ref, cwd):
        raise UsageError(f"--changed-since: {ref!r} is not a commit in this repository")
    try:
        base = _git("merge-base", ref, "HEAD", cwd=cwd).decode().strip()
    except UsageError:
        raise UsageError(
            f"--changed-since: cannot find where HEAD left {ref!r} (no common history; in a "
            "shallow clone, fetch more history, e.g. actions/checkout with fetch-depth: 0)"
        ) from None
    diff = _git(
        "diff",
        "--unified=0",
        "--find-renames",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--ignore-submodules=all",
        "--no-relative",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        base,
        "--",
        cwd=top,
    )
    files = {os.path.realpath(os.path.join(top, p)): c for p, c in parse_diff(diff).items()}
    from copylint.formats.docx import word_changes  # git sees a .docx as binary

    for word_path, paragraphs in word_changes(top, base, _git).items():
        changed = FileChanges(whole=True) if paragraphs is None else FileChanges(*paragraphs)
        if changed.whole or changed.added or changed.seams:
            files[os.path.realpath(os.path.join(top, word_path))] = changed
    untracked = _git("ls-files", "-z", "--others", "--exclude-standard", cwd=top)
    for name in untracked.split(b"\0"):
        if name:
            path = os.path.join(top, name.decode("utf-8", "surrogateescape"))
            files[os.path.realpath(path)] = FileChanges(whole=True)
    return ChangeSet(ref, files)


def _commit_exists(ref: str, cwd: str | None) -> bool:
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=cwd)
    except UsageError:
        return False
    return True


def parse_diff(diff: bytes) -> dict[str, FileChanges]:
    """Added lines and deletion seams per new path from ``git diff --unified=0`` output."""
    files: dict[str, FileChanges] = {}
    current: FileChanges | None = None
    lines = diff.split(b"\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith(b"diff --git "):
            current = None
        elif line.startswith(b"+++ "):
            target = line[4:]
            if target == b"/dev/null":  # a deleted file
                current = None
                continue
            path = _unquote(target)
            current = files.setdefault(path[2:] if path.startswith("b/") else path, FileChanges())
        elif current is not None and (hunk := _HUNK.match(line)):
            removed = int(hunk[1]) if hunk[1] is not None else 1
            start = int(hunk[2])
            added = int(hunk[3]) if hunk[3] is not None else 1
            if added:
                current.added.update(range(start, start + added))
            else:
                current.seams.add(start)
            # Skip the hunk's body, whose lines may themselves begin with "+++ " or "@@".
            body = removed + added
            while body and i < len(lines):
                if not lines[i].startswith(b"\\"):  # "\ No newline at end of file"
                    body -= 1
                i += 1
    return {path: changes for path, changes in files.items() if changes.added or changes.seams}


def _unquote(name: bytes) -> str:
    """A path as git prints it in a diff header: C-quoted, or bare with a trailing tab."""
    if not name.startswith(b'"'):
        return name.rstrip(b"\t").decode("utf-8", "surrogateescape")
    body = name[1 : name.rindex(b'"')]
    out = bytearray()
    i = 0
    while i < len(body):
        char = body[i : i + 1]
        if char != b"\\":
            out += char
            i += 1
            continue
        escape = body[i + 1 : i + 2]
        if escape.isdigit():
            out.append(int(body[i + 1 : i + 4], 8))
            i += 4
        else:
            out.append(_ESCAPES.get(escape, escape[0] if escape else 92))
            i += 2
    return out.decode("utf-8", "surrogateescape")
