"""How long `copylint lsp` takes to publish findings after a one-word edit, in a warm server.

Starts the real server over stdio (pygls's client), opens a 1,000-word Markdown article, waits
for its first findings, then makes one-word edits in the middle of it (a word typed wrong, then
right again, in turn) and measures, for each, the wall time from sending the change to
receiving the findings of that version, and the server's CPU time for it (from /proc). The
debounce is set to 0 for the measurement, so the figure is the re-lint and the protocol, not
the pause the server waits for in an editor. One `copylint check --no-cache` run on the same
file is timed beside it: what the editor would pay per lint without a server.

The default article is built from the repository's two fixture stories (the seed draft, the
council story, then seed paragraphs again) to at least 1,000 words; ``--article`` takes another.
The machine's load average is printed with the figures: on a shared machine the wall times
rise with it while the CPU times do not.

    python benchmarks/lsp_latency.py             # 40 edits
    python benchmarks/lsp_latency.py --edits 100 --article story.md
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
WORDS = 1000


def build_article() -> str:
    """At least 1,000 words from the fixture stories, as one Markdown article."""
    seed = (FIXTURES / "blinken-middle-east.md").read_text(encoding="utf-8")
    council = (FIXTURES / "riverside-council-budget.md").read_text(encoding="utf-8")
    paragraphs = seed.rstrip("\n").split("\n\n")
    text = seed.rstrip("\n") + "\n\n" + council.split("\n", 1)[1].strip("\n") + "\n"
    extra = iter(paragraphs[2:] * 4)
    while len(text.split()) < WORDS:
        text += "\n" + next(extra) + "\n"
    return text


def _cpu_seconds(pid: int) -> float:
    """CPU time of every thread of process ``pid`` so far (schedstat: nanoseconds)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError):
            continue  # a thread that ended meanwhile
    return total / 1e9


def _middle_word(text: str) -> tuple[int, int, str]:
    """The line, column and text of a word of five letters or more near the middle."""
    lines = text.split("\n")
    for number in range(len(lines) // 2, len(lines)):
        for word in lines[number].split():
            if word.isalpha() and word.islower() and len(word) >= 5:
                return number, lines[number].index(word), word
    raise SystemExit("no word to edit in the article")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def measure(path: Path, edits: int) -> tuple[list[float], list[float], int]:
    """Wall and server CPU milliseconds per re-lint, and the findings on the article."""
    client = LanguageClient("lsp-latency", "1")
    published: dict[int, asyncio.Event] = {}
    counts: dict[int, int] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            counts[params.version] = len(params.diagnostics)
            published.setdefault(params.version, asyncio.Event()).set()

    await client.start_io(sys.executable, "-m", "copylint", "lsp")
    server = client._server
    assert server is not None
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=path.parent.as_uri(),
            initialization_options={"debounceMs": 0},
        )
    )
    client.initialized(types.InitializedParams())
    text = path.read_text(encoding="utf-8")
    uri = path.as_uri()
    published[1] = asyncio.Event()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=text
            )
        )
    )
    await asyncio.wait_for(published[1].wait(), 120)
    line, column, word = _middle_word(text)
    typo = word[0] + word[2] + word[1] + word[3:]  # two letters swapped
    walls: list[float] = []
    cpus: list[float] = []
    current = word
    for version in range(2, edits + 2):
        new = typo if current == word else word
        start = types.Position(line, column)
        end = types.Position(line, column + len(current))
        published[version] = asyncio.Event()
        cpu = _cpu_seconds(server.pid)
        began = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(version=version, uri=uri),
                content_changes=[
                    types.TextDocumentContentChangePartial(range=types.Range(start, end), text=new)
                ],
            )
        )
        await asyncio.wait_for(published[version].wait(), 60)
        walls.append((time.perf_counter() - began) * 1000)
        cpus.append((_cpu_seconds(server.pid) - cpu) * 1000)
        current = new
        await asyncio.sleep(0.05)  # a typist's pause; lets the server settle
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return walls, cpus, counts[1]


def cli_run(path: Path) -> float:
    """One `copylint check` of the article as a fresh process, in milliseconds."""
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "copylint", "check", "--no-cache", "-q", str(path)],
        cwd=path.parent,
        capture_output=True,
        check=False,
    )
    return (time.perf_counter() - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=40, help="one-word edits to time")
    parser.add_argument("--article", type=Path, help="the article (default: built, 1,000 words)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "article.md"
        if args.article:
            path.write_text(args.article.read_text(encoding="utf-8"), encoding="utf-8")
        else:
            path.write_text(build_article(), encoding="utf-8")
        words = len(path.read_text(encoding="utf-8").split())
        walls, cpus, findings = asyncio.run(measure(path, args.edits))
        cli = cli_run(path)
    load = os.getloadavg()
    print(f"article: {words} words, {findings} findings; {args.edits} one-word edits")
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f}")
    print(
        f"lsp re-lint, wall:       median {statistics.median(walls):6.1f} ms"
        f"   p95 {_percentile(walls, 0.95):6.1f} ms"
    )
    print(
        f"lsp re-lint, server CPU: median {statistics.median(cpus):6.1f} ms"
        f"   p95 {_percentile(cpus, 0.95):6.1f} ms"
    )
    print(f"copylint check (one fresh process, no cache): {cli:6.0f} ms")


if __name__ == "__main__":
    main()
