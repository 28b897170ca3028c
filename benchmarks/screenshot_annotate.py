"""Render an annotated Word draft in LibreOffice, for the README's screenshot.

    python benchmarks/screenshot_annotate.py [DRAFT.txt] [--out docs/annotate-libreoffice.png]

Turns the seed story (default: ../shared/seed/blinken-middle-east.txt) into a .docx with the
test converter, runs ``copylint annotate`` on it, has headless LibreOffice export the result to
PDF (tracked changes shown as LibreOffice shows them), and crops the top of page 1 to a PNG with
poppler's pdftoppm. Needs Debian's libreoffice-writer and poppler-utils.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.formats.convert import markdown_to_docx  # noqa: E402

SEED = REPO.parent / "shared" / "seed" / "blinken-middle-east.txt"
PDF_OPTIONS = '{"ExportNotes":{"type":"boolean","value":"false"}}'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("draft", nargs="?", type=Path, default=SEED)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "annotate-libreoffice.png")
    args = parser.parse_args(argv)
    paragraphs = [" ".join(p.split()) for p in args.draft.read_text().split("\n\n") if p.strip()]
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        draft = markdown_to_docx("\n\n".join(paragraphs), work / "draft.docx")
        subprocess.run([sys.executable, "-m", "copylint", "annotate", str(draft)], check=True)
        annotated = work / "draft.copylint.docx"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                f"pdf:writer_pdf_Export:{PDF_OPTIONS}",
                "--outdir",
                str(work),
                str(annotated),
            ],
            check=True,
            capture_output=True,
        )
        prefix = work / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                "-x",
                "110",
                "-y",
                "90",
                "-W",
                "730",
                "-H",
                "620",
                str(work / "draft.copylint.pdf"),
                str(prefix),
            ],
            check=True,
            capture_output=True,
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes((work / "page-1.png").read_bytes())
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
