"""How long `copylint lsp` takes to publish findings after a one-word edit, in a warm server.

Starts the real server over stdio (pygls's client), opens a 1,000-word Markdown article, waits
for its first findings, then makes one-word edits in the middle of it and measures, for each,
the wall time from sending the change to receiving the findings of that version, and the
server's CPU time for it (from /proc). The edited word becomes the article's own words in
turn, each typed first with two letters swapped and then right, so no edit gives back a
paragraph the server has seen: its paragraph cache (copylint/lsp/paragraphs.py) re-runs the
paragraph rules on the edited paragraph every time, as it would for a writer. The debounce
is set to 0 for the measurement, so the figure is the re-lint and the protocol, not the pause
the server waits for in an editor.

Beside it: the same edits linted in this process by the engine alone and through the
paragraph cache, one after the other at each edit (CPU time of this thread: a fair
comparison on a loaded machine), and one `copylint check --no-cache` run on the same file,
what the editor would pay per lint without a server.

The default article is built from the repository's two fixture stories (the seed draft, the
council story, then seed paragraphs again) to at least 1,000 words; ``--article`` takes another.
The machine's load average is printed with the figures: on a shared machine the wall times
rise with it, and the CPU times somewhat too (cores and caches are shared). ``--pin 1`` runs
the server on core 1 only (this client on the others); ``--repeat 3`` runs three sessions.

    python benchmarks/lsp_latency.py             # 40 edits
    python benchmarks/lsp_latency.py --edits 100 --repeat 3 --article story.md
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


def typed_words(text: str, edits: int) -> list[str]:
    """What the edited word becomes at each edit: the article's own words in turn, each first
    typed with two letters swapped and then right, so that no edit gives back a paragraph seen
    before (a paragraph cache gets no free hits); the list repeats only past its vocabulary."""
    vocabulary = sorted({w for w in text.split() if w.isalpha() and w.islower() and len(w) >= 5})
    words = []
    for index in range(edits):
        word = vocabulary[(index // 2) % len(vocabulary)]
        words.append(word if index % 2 else word[0] + word[2] + word[1] + word[3:])
    return words


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def measure(path: Path, edits: int, pin: int | None) -> tuple[list[float], list[float], int]:
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
    if pin is not None:  # the server on one core, this client on the others
        os.sched_setaffinity(server.pid, {pin})
        others = set(range(os.cpu_count() or 1)) - {pin}
        os.sched_setaffinity(0, others or {pin})
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
    line, column, current = _middle_word(text)
    walls: list[float] = []
    cpus: list[float] = []
    for version, new in enumerate(typed_words(text, edits), start=2):
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
    if pin is not None:
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
    return walls, cpus, counts[1]


def in_process(text: str, edits: int) -> tuple[list[float], list[float]]:
    """CPU milliseconds of the engine alone and of the server's paragraph cache on the same
    edited texts, one after the other at each edit (so the machine's load hits both alike)."""
    from copylint.config import load_settings
    from copylint.engine import Linter
    from copylint.formats import load_document
    from copylint.lsp.paragraphs import ParagraphCache

    linter = Linter(load_settings(None, cwd=Path.cwd()))
    linter.warm_up()
    cache = ParagraphCache(linter)
    lines = text.split("\n")
    line, column, current = _middle_word(text)
    cache.lint(load_document("article.md", text))
    plain: list[float] = []
    cached: list[float] = []
    for new in typed_words(text, edits):
        lines[line] = lines[line][:column] + new + lines[line][column + len(current) :]
        current = new
        edited = "\n".join(lines)
        for lint, times in ((linter.lint, plain), (cache.lint, cached)):
            began = time.thread_time()
            lint(load_document("article.md", edited))
            times.append((time.thread_time() - began) * 1000)
    return plain, cached


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


def _row(label: str, values: list[float]) -> str:
    return (
        f"{label:<34} median {statistics.median(values):6.1f} ms"
        f"   p95 {_percentile(values, 0.95):6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=40, help="one-word edits to time")
    parser.add_argument("--article", type=Path, help="the article (default: built, 1,000 words)")
    parser.add_argument("--repeat", type=int, default=1, help="server sessions to run")
    parser.add_argument("--pin", type=int, help="run the server on this core only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "article.md"
        if args.article:
            path.write_text(args.article.read_text(encoding="utf-8"), encoding="utf-8")
        else:
            path.write_text(build_article(), encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        walls: list[float] = []
        cpus: list[float] = []
        sessions = []
        for _ in range(args.repeat):
            wall, cpu, findings = asyncio.run(measure(path, args.edits, args.pin))
            walls += wall
            cpus += cpu
            sessions.append(statistics.median(wall))
        plain, cached = in_process(text, args.edits)
        cli = cli_run(path)
    load = os.getloadavg()
    print(f"article: {len(text.split())} words, {findings} findings; {args.edits} one-word edits")
    pinned = f", server pinned to core {args.pin}" if args.pin is not None else ""
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f}{pinned}")
    print(_row("lsp re-lint, wall:", walls))
    print(_row("lsp re-lint, server CPU:", cpus))
    if args.repeat > 1:
        print("  wall medians of the sessions: " + ", ".join(f"{m:.1f}" for m in sessions))
    print(_row("in process, engine alone, CPU:", plain))
    print(_row("in process, paragraph cache, CPU:", cached))
    print(f"copylint check (one fresh process, no cache): {cli:6.0f} ms")


if __name__ == "__main__":
    main()
