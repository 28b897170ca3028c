"""LibreOffice as the tests' independent Word reader: convert a .docx to flat ODF with headless
``soffice`` and read back each paragraph's text with every tracked change accepted or rejected,
and the comments' authors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from lxml import etree

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"


def convert(path: Path, fmt: str, outdir: Path) -> Path:
    """``soffice --convert-to FMT``, with a profile of its own (runs can go side by side);
    fails unless LibreOffice writes the file and exits 0."""
    assert SOFFICE is not None
    profile = outdir / "profile"
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        timeout=300,
    )
    converted = outdir / f"{path.stem}.{fmt.split(':')[0]}"
    assert completed.returncode == 0 and converted.is_file(), completed.stderr.decode()
    return converted


class FlatOdt:
    """A document LibreOffice saved as .fodt."""

    def __init__(self, path: Path) -> None:
        root = etree.parse(str(path)).getroot()
        self.body = root.find(f"{OFFICE}body/{OFFICE}text")
        self.kinds: dict[str, str] = {}
        self.deleted: dict[str, str] = {}
        for region in self.body.iter(f"{TEXT}changed-region"):
            change_id = region.get(f"{TEXT}id")
            change = region[0]
            self.kinds[change_id] = change.tag[len(TEXT) :]
            self.deleted[change_id] = "".join(
                "".join(p.itertext()) for p in change.iter(f"{TEXT}p")
            )

    def paragraphs(self) -> list[Any]:
        return [
            p
            for p in self.body.iter(f"{TEXT}p", f"{TEXT}h")
            if not any(
                a.tag in (f"{OFFICE}annotation", f"{TEXT}tracked-changes")
                for a in p.iterancestors()
            )
        ]

    def text(self, accept: bool) -> list[str]:
        """Each paragraph's text with every change accepted (or rejected)."""
        state: set[str] = set()
        lines = []
        for paragraph in self.paragraphs():
            pieces: list[tuple[str, frozenset[str]]] = []
            self._walk(paragraph, state, pieces)
            dropped = "deletion" if accept else "insertion"
            lines.append(
                "".join(
                    text for text, ids in pieces if all(self.kinds.get(i) != dropped for i in ids)
                )
            )
        return lines

    def _walk(self, element: Any, state: set[str], out: list[tuple[str, frozenset[str]]]) -> None:
        if element.text:
            out.append((element.text, frozenset(state)))
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}change-start":
                state.add(child.get(f"{TEXT}change-id"))
            elif tag == f"{TEXT}change-end":
                state.discard(child.get(f"{TEXT}change-id"))
            elif tag == f"{TEXT}change":  # a deletion kept out of the body
                change_id = child.get(f"{TEXT}change-id")
                out.append((self.deleted.get(change_id, ""), frozenset({change_id})))
            elif tag == f"{TEXT}s":
                out.append((" " * int(child.get(f"{TEXT}c", "1")), frozenset(state)))
            elif tag == f"{TEXT}tab":
                out.append(("\t", frozenset(state)))
            elif tag == f"{TEXT}line-break":
                out.append((" ", frozenset(state)))
            elif tag not in (f"{OFFICE}annotation", f"{OFFICE}annotation-end"):
                self._walk(child, state, out)
            if child.tail:
                out.append((child.tail, frozenset(state)))

    def comment_authors(self) -> list[str]:
        return [a.findtext(f"{DC}creator") or "" for a in self.body.iter(f"{OFFICE}annotation")]
