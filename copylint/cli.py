"""The ``copylint`` command: ``check``, ``rules``, ``explain`` and the others.

Exit status: 0 when nothing at or above the fail level was found, 1 when something was, 2 for a
usage, configuration or I/O error (one line on stderr, never a traceback).

The command line is read by :mod:`argparse`: every run starts here, a pre-commit hook's and a
cached re-run's too, and the standard library's parser loads in a fifth of the instructions
that a command-line framework did (README, "Speed").
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, TextIO, TypeVar

from copylint import __version__
from copylint.config import Settings, load_settings
from copylint.errors import CopylintError, UsageError
from copylint.model import Severity

if TYPE_CHECKING:
    from copylint.baseline import Baseline
    from copylint.project import Project

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
#: The report formats (modules copylint.output.NAME_format).
FORMATS = ["text", "json", "sarif", "github", "html", "summary"]


def _echo(message: str, *, err: bool = False, nl: bool = True) -> None:
    """Write ``message`` (and a line break) to stdout, or stderr with ``err``, at once."""
    stream = sys.stderr if err else sys.stdout
    stream.write(message + "\n" if nl else message)
    stream.flush()


def _ask(prompt: str) -> str | None:
    """The line typed after ``prompt``, without its line break; None at the end of input."""
    _echo(prompt, nl=False)
    line = sys.stdin.readline()
    return line.rstrip("\r\n") if line else None


def _confirm(question: str) -> bool:
    """Ask a yes-or-no question on the terminal; anything but yes (or no answer) is no."""
    return (_ask(f"{question} [y/N]: ") or "").strip().lower() in ("y", "yes")


def _fail(message: str) -> None:
    _say("error", message)


def _say(kind: str, message: str) -> None:
    """One line on stderr; file names and text in it cannot act on a terminal or a CI log."""
    from copylint.escape import printable

    _echo(f"copylint: {kind}: {printable(message)}", err=True)


def guarded(command: F) -> F:
    """Turn every failure into one line on stderr and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CopylintError as error:
            _fail(str(error))
        except KeyboardInterrupt:
            _echo("copylint: interrupted", err=True)
            sys.exit(130)
        except SystemExit:
            raise
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (| head); nothing left to say
        except Exception as error:  # a bug: say so in one line, ask for a report
            _fail(
                f"internal error: {type(error).__name__}: {error} "
                "(please report this with the file that caused it)"
            )
        sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _use_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def _settings(config_path: Path | None, no_config: bool) -> Settings:
    if config_path is not None and not config_path.is_file():
        raise UsageError(f"{config_path}: config file not found")
    return load_settings(config_path, no_config=no_config)


def check(
    paths: tuple[str, ...],
    output_format: str,
    reports: tuple[str, ...],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    preview: bool | None,
    fail_on: str | None,
    min_severity: str | None,
    exit_zero: bool,
    fix: bool,
    unsafe_fixes: bool | None,
    show_fixes: bool,
    report_unused_directives: bool | None,
    diff: bool,
    stdin_filename: str | None,
    output_file: Path | None,
    quiet: bool,
    statistics: bool,
    changed_since: str | None,
    baseline_path: Path | None,
    no_baseline: bool,
    jobs: int | None,
    no_cache: bool,
    allow_empty: bool,
    no_respect_gitignore: bool,
    no_plugins: bool,
    follow_links: bool,
    config_path: Path | None,
    no_config: bool,
) -> None:
    """Check articles (files or directories; '-' or --stdin-filename reads standard input)."""
    from copylint.orchestrate import check_paths, discover_files, require_existing, require_files
    from copylint.output import Report, write

    if fix and diff:
        raise UsageError("--fix and --diff cannot be combined")
    if changed_since is not None and (fix or diff or "-" in paths or stdin_filename):
        raise UsageError("--changed-since works on files in git, without --fix or --diff")
    if baseline_path is not None and no_baseline:
        raise UsageError("--baseline and --no-baseline cannot be combined")
    if output_format != "text" and (statistics or diff):
        flag = "--statistics" if statistics else "--diff"
        raise UsageError(f"{flag} prints text; it cannot be combined with --format {output_format}")
    extra_reports = [_report_option(value) for value in reports]
    if stdin_filename is not None and paths and list(paths) != ["-"]:
        raise UsageError("--stdin-filename reads standard input; give no other paths")
    if stdin_filename is not None:
        paths = ("-",)
    if select and not _split(select):
        raise UsageError("--select names no rule (give rule ids or families)")
    project = _project(
        config_path,
        no_config,
        select=_split(select),
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        preview=preview,
        unsafe_fixes=unsafe_fixes,
        report_unused_directives=report_unused_directives,
        respect_gitignore=False if no_respect_gitignore else None,
        plugins=False if no_plugins else None,
    )
    targets = list(paths) or ["."]
    changeset = None
    if changed_since is not None:
        from copylint.git import changes_since

        require_existing(targets)
        found = discover_files(
            project, targets, follow_links=follow_links, on_skip=_skipped, on_error=_unlistable
        )
        require_files(found, targets, project, allow_empty, _note)
        changeset = changes_since(changed_since)
        targets = changeset.select(found)
    require_existing(targets)
    run = check_paths(
        project,
        targets,
        fix=fix or diff,
        stdin_filename=stdin_filename,
        jobs=jobs,
        cache=not no_cache,
        progress=sys.stderr if output_format == "text" and not quiet else None,
        allow_empty=allow_empty or changeset is not None,
        follow_links=follow_links,
        on_skip=_skipped,
        on_note=_note,
    )
    outcomes, settings_of = run.outcomes, run.settings_of
    exit_code = EXIT_CLEAN
    for outcome in outcomes:
        if outcome.result.error:
            _fail(f"{outcome.result.path}: {outcome.result.error}")
            exit_code = EXIT_ERROR
        for crash in outcome.result.internal_errors:
            _fail(crash.describe())
            exit_code = EXIT_ERROR

    if diff:
        changed = _print_diff(outcomes)
        sys.exit(max(exit_code, EXIT_FOUND if changed else EXIT_CLEAN))
    if fix and not _write_fixes(outcomes, quiet, targets, show_fixes):
        exit_code = EXIT_ERROR

    results = [o.result for o in outcomes]
    if changeset is not None:
        results = changeset.restrict(results)
    hidden = 0
    baselines: list[Baseline] = []
    if not no_baseline:
        results, hidden, baselines = _apply_baselines(results, settings_of, baseline_path)
    failing = [
        d for r in results for d in r.diagnostics if d.severity >= settings_of(r.path).fail_on
    ]
    if min_severity is not None:
        results = _at_least(results, Severity.parse(min_severity))
    if "sarif" in (output_format, *(f for f, _ in extra_reports)):  # lists the rules run,
        # even when every file came from the cache
        for outcome in outcomes:
            project.linter(settings_of(outcome.result.path))
    specs = {s.info.id: s.info for linter in project.linters for s in linter.specs}
    report = Report(results, [specs[k] for k in sorted(specs)])
    fixed_stdin = fix and any(o.stdin for o in outcomes)  # stdout holds the text
    articles = [o.result.path for o in outcomes if not o.stdin]
    stream = (
        _open_report(output_file, articles)
        if output_file
        else sys.stderr
        if fixed_stdin
        else sys.stdout
    )
    try:
        write(
            output_format,
            report,
            stream,
            color=_use_color(stream) if output_format == "text" else False,
            quiet=quiet,
            statistics=statistics,
        )
    finally:
        if output_file:
            stream.close()
    for extra_format, extra_file in extra_reports:
        extra = _open_report(extra_file, articles)
        try:
            write(extra_format, report, extra, color=False, quiet=False, statistics=False)
        finally:
            extra.close()
    if hidden and not quiet and output_format == "text":
        where = " ".join(str(b.path) for b in baselines)
        _echo(
            f"({hidden} known problem{'s' if hidden != 1 else ''} in the baseline "
            f"{where} not shown.)",
            err=True,
        )
    if not quiet and output_format == "text" and not fix:
        _hint_unsafe_fixes(report, settings_of)
    if failing and fail_on != "none" and not exit_zero:
        exit_code = max(exit_code, EXIT_FOUND)
    sys.exit(exit_code)


def _report_option(value: str) -> tuple[str, Path]:
    """``FORMAT:FILE`` of ``--report``."""
    name, _, file = value.partition(":")
    if name not in FORMATS or not file:
        raise UsageError(
            f"--report {value!r}: expected FORMAT:FILE with FORMAT one of {', '.join(FORMATS)}"
        )
    return name, Path(file)


def _project(config_path: Path | None, no_config: bool, **given: Any) -> Project:
    """The settings of every file: its own config with the command line's changes."""
    from copylint.project import Project

    if config_path is not None and not config_path.is_file():
        raise UsageError(f"{config_path}: config file not found")

    def overrides(settings: Settings) -> Settings:
        changes: dict[str, Any] = {}
        if given.get("select"):
            changes["select"] = given["select"]
        if given.get("extend_select"):
            changes["extend_select"] = settings.extend_select + given["extend_select"]
        if given.get("ignore"):
            changes["ignore"] = settings.ignore + given["ignore"]
        if given.get("fail_on") not in (None, "none"):
            changes["fail_on"] = Severity.parse(given["fail_on"])
        for key in (
            "preview",
            "unsafe_fixes",
            "report_unused_directives",
            "respect_gitignore",
            "plugins",
        ):
            if given.get(key) is not None:
                changes[key] = given[key]
        return settings.replace(**changes)

    selectors = (
        *given.get("select", ()),
        *given.get("extend_select", ()),
        *given.get("ignore", ()),
    )
    return Project(overrides, config_path=config_path, no_config=no_config, selectors=selectors)


def _at_least(results: Sequence[Any], severity: Severity) -> list[Any]:
    """The results with only the diagnostics of at least ``severity`` (``--min-severity``)."""
    return [
        r.with_diagnostics([d for d in r.diagnostics if d.severity >= severity]) for r in results
    ]


def _apply_baselines(
    results: list[Any], settings_of: Callable[[str], Settings], option: Path | None
) -> tuple[list[Any], int, list[Baseline]]:
    """Each file's results without what its config's baseline (or ``--baseline``) knows."""
    kept: list[Any] = []
    hidden = 0
    used: dict[int, Baseline | None] = {}
    for result in results:
        settings = settings_of(result.path)
        if id(settings) not in used:
            used[id(settings)] = _load_baseline(option, settings)
        baseline = used[id(settings)]
        if baseline is None:
            kept.append(result)
            continue
        filtered, count = baseline.filter([result])
        kept.extend(filtered)
        hidden += count
    return kept, hidden, [b for b in used.values() if b is not None]


def _hint_unsafe_fixes(report: Any, settings_of: Callable[[str], Settings]) -> None:
    """As ruff does: say how many fixes only --unsafe-fixes would apply."""
    if any(settings_of(result.path).unsafe_fixes for result in report.results):
        return
    count = sum(1 for d in report.diagnostics if d.fix is not None and not d.fix.is_safe)
    if count:
        _echo(
            f"({count} more fix{'es' if count != 1 else ''} available with "
            "--fix --unsafe-fixes; review them first.)",
            err=True,
        )


def _skipped(path: str, reason: str) -> None:
    _say("note", f"{path}: {reason}")


def _note(message: str) -> None:
    _echo(f"copylint: {message}", err=True)


def _unlistable(path: str, reason: str) -> None:
    raise CopylintError(f"{path}: {reason}")


def _open_report(path: Path, articles: Sequence[str]) -> TextIO:
    """The report file, its directory made if need be (CI writes reports into fresh trees).
    Never through a symbolic link, and never over an article this run checked."""
    from copylint.output.report_file import open_report

    return open_report(path, articles)


def _load_baseline(option: Path | None, settings: Settings) -> Baseline | None:
    """The baseline named on the command line or in config, or the default one if present."""
    path = option or settings.baseline_path
    if option is None and settings.baseline is None and not path.is_file():
        return None  # the common case: no baseline, and its module is not even loaded
    from copylint.baseline import Baseline

    if not path.is_file():
        raise UsageError(f"{path}: baseline not found (write it with 'copylint baseline')")
    from copylint.baseline_renames import follow_renames

    return follow_renames(Baseline.load(path))


def baseline_command(
    paths: tuple[str, ...], baseline_path: Path | None, config_path: Path | None, no_config: bool
) -> None:
    """Record every current diagnostic, so that 'check' reports only new ones."""
    from copylint.baseline import Baseline, default_path
    from copylint.orchestrate import check_paths, require_existing

    project = _project(config_path, no_config)
    targets = list(paths) or ["."]
    settings = project.settings_for(targets[0])
    if "-" in paths:
        raise UsageError("a baseline is made from files, not standard input")
    require_existing(targets)
    outcomes = check_paths(project, targets, on_skip=_skipped, on_note=_note).outcomes
    for outcome in outcomes:
        if outcome.result.error or outcome.result.internal_errors:
            _fail(f"{outcome.result.path}: {outcome.result.error or 'a rule crashed'}")
            raise CopylintError("baseline not written: every file must be checked")
    baseline = Baseline.of(baseline_path or default_path(settings), [o.result for o in outcomes])
    baseline.save()
    count = baseline.total
    _echo(
        f"Wrote {count} known problem{'s' if count != 1 else ''} in {len(outcomes)} "
        f"file{'s' if len(outcomes) != 1 else ''} to {baseline.path}.",
        err=True,
    )


def _print_diff(outcomes: Sequence[Any]) -> bool:
    import difflib

    from copylint.lines import lines_with_breaks

    changed = False
    for outcome in outcomes:
        if not outcome.changed:
            continue
        changed = True
        path = outcome.result.path
        sys.stdout.writelines(
            difflib.unified_diff(
                lines_with_breaks(outcome.original.text),
                lines_with_breaks(outcome.fixed_text),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
        )
    return changed


def _write_fixes(
    outcomes: Sequence[Any], quiet: bool, targets: Sequence[str], show_fixes: bool = False
) -> bool:
    """Write the fixed files; a file that cannot be written is named on stderr, the others are
    still written, and the summary counts both. Standard input always goes back to standard
    output, fixed or not; the count of fixes (and with ``show_fixes`` the list) goes to
    stderr. Returns False when any write failed."""
    from copylint.fix import inside_given, remove_stale_temporaries, write_atomically
    from copylint.formats import write_refusal

    written = [o for o in outcomes if o.changed and not o.stdin]
    remove_stale_temporaries(o.result.path for o in written)
    total = 0
    failed = 0
    for outcome in outcomes:
        if outcome.stdin:  # the text goes to standard output, the report to stderr
            _echo_stdin(outcome)
            total += outcome.fixes_applied if outcome.changed else 0
            continue
        if not outcome.changed:
            continue
        path = outcome.result.path
        refusal = write_refusal(path)  # Word documents and non-UTF-8 pages
        if refusal is not None:
            _say("note", f"{path}: {refusal}")
            continue
        try:
            inside_given(path, targets)
            write_atomically(
                path, outcome.fixed_text, outcome.original.bom, expected=outcome.original.text
            )
        except OSError as error:
            _fail(f"{path}: cannot write fixes: {error.strerror or error}")
            failed += 1
            continue
        total += outcome.fixes_applied
    if (total or failed) and not quiet:
        parts = [f"Fixed {total} problem{'s' if total != 1 else ''}"] if total else []
        if failed:
            parts.append(f"{failed} file{'s' if failed != 1 else ''} not fixed (see above)")
        _echo("; ".join(parts) + ".", err=True)
    if show_fixes:
        from copylint.fixes_report import fixes_listing

        _echo(fixes_listing(outcomes), err=True, nl=False)
    return not failed


def _echo_stdin(outcome: Any) -> None:
    """The text read from standard input, fixed where it could be, with its byte-order mark;
    the very bytes read when they could not be decoded (a filter never loses the article)."""
    from copylint.files import BOM

    if outcome.original is None:
        data = outcome.stdin_data or b""
    else:
        text = outcome.fixed_text if outcome.changed else outcome.original.text
        data = ((BOM if outcome.original.bom else "") + text).encode("utf-8", "surrogateescape")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def init_command(directory: Path) -> None:
    """Scaffold .copylint.toml, .pre-commit-config.yaml and a GitHub workflow (never
    overwriting a file that exists)."""
    from copylint.init import scaffold

    if not directory.is_dir():
        raise UsageError(f"{directory}: no such directory")
    for line in scaffold(directory):
        _echo(line)


def check_packs_command(directory: Path, config_path: Path | None, no_config: bool) -> None:
    """Load the TOML packs in DIRECTORY and run every entry's bad, good and fixed examples."""
    from copylint.pack_check import check_packs

    if not directory.is_dir():
        raise UsageError(f"{directory}: no such directory")
    failures = list(check_packs(directory, _settings(config_path, no_config)))
    for line in failures:
        _echo(line)
    if failures:
        sys.exit(EXIT_FOUND)
    _echo(f"{directory}: every example holds.")


def review_command(paths: tuple[str, ...], config_path: Path | None, no_config: bool) -> None:
    """Go through each finding interactively: accept, edit, skip, ignore, add to dictionary."""
    from copylint.orchestrate import discover_files, require_existing, require_files
    from copylint.review import HELP, review

    if "-" in paths:
        raise UsageError("review edits files; it cannot read standard input")
    project = _project(config_path, no_config)
    targets = list(paths) or ["."]
    require_existing(targets)
    files = discover_files(project, targets, on_skip=_skipped)
    require_files(files, targets, project, allow_empty=False, on_note=_note)

    _echo(HELP)
    changes = review(project, files, _ask, sys.stdout)
    _echo("")
    _echo("\n".join(changes) if changes else "No changes.")


def lsp_command() -> None:
    """Serve findings, fixes and rule docs to an editor (Language Server Protocol on stdio)."""
    from copylint.lsp.server import main as serve

    serve()


def rules_command(
    families: tuple[str, ...], output_format: str, config_path: Path | None, no_config: bool
) -> None:
    """List every rule (or those of FAMILIES / rule ids): id, default severity, summary."""
    import json

    from copylint.registry import Registry

    settings = _settings(config_path, no_config)
    registry = Registry.load(settings)
    selected = {spec.info.id for spec in registry.selected(settings)}
    wanted = {rule_id for family in families for rule_id in registry.expand(family)}
    infos = [spec.info for spec in registry if not families or spec.info.id in wanted]
    if output_format == "json":
        _echo(
            json.dumps(
                [
                    {
                        "id": i.id,
                        "severity": i.severity.label,
                        "summary": i.summary,
                        "fixable": i.fixable,
                        "preview": i.preview,
                        "enabled": i.id in selected,
                        "origin": i.origin,
                    }
                    for i in infos
                ],
                indent=2,
            )
        )
        return
    width = max((len(i.id) for i in infos), default=0)
    for info in infos:
        marks = "".join(
            [
                " [fixable]" if info.fixable else "",
                " [preview]" if info.preview else "",
                "" if info.id in selected else " [off]",
            ]
        )
        _echo(f"{info.id:<{width}}  {info.severity.label:<7}  {info.summary}{marks}")


def explain(rule: str, config_path: Path | None, no_config: bool) -> None:
    """Print the documentation of a rule, or of every rule of a family: what, why, examples."""
    from copylint.config import did_you_mean
    from copylint.docs import explain_text
    from copylint.registry import Registry

    registry = Registry.load(_settings(config_path, no_config))
    if rule not in registry and "/" not in rule and rule in registry.families:
        ids = registry.expand(rule)
        if not ids:
            raise UsageError(f"family {rule!r} has no rules")
        _echo("\n".join(explain_text(registry[i].info) for i in sorted(ids)), nl=False)
        return
    if rule not in registry:
        hint = did_you_mean(rule, [spec.info.id for spec in registry] + sorted(registry.families))
        raise UsageError(f"unknown rule {rule!r}{hint}")
    _echo(explain_text(registry[rule].info), nl=False)


def annotate(
    draft: str,
    output: str | None,
    in_place: bool,
    no_changes: bool,
    config_path: Path | None,
    no_config: bool,
) -> None:
    """Mark up a Word draft: findings as comments, safe fixes as tracked changes."""
    from copylint.annotate import annotate_file
    from copylint.engine import Linter
    from copylint.orchestrate import require_existing

    if in_place and output is not None:
        raise UsageError("--in-place and --output cannot be combined")
    require_existing([draft])
    settings = _settings(config_path, no_config)
    report = annotate_file(
        Linter(settings), draft, draft if in_place else output, changes=not no_changes
    )
    _echo(report.summary(), err=True)
    for problem in report.internal_errors:  # the copy is written; the run still fails
        _fail(problem)
    if report.internal_errors:
        sys.exit(EXIT_ERROR)


def names_learn(
    paths: tuple[str, ...],
    output: Path | None,
    min_files: int,
    jobs: int | None,
    yes: bool,
    config_path: Path | None,
    no_config: bool,
) -> None:
    """Propose a house names list from PATHS: canonical names and their rare wrong forms."""
    from copylint import names_learn as learn
    from copylint.batch import default_jobs
    from copylint.files import discover
    from copylint.orchestrate import require_existing

    require_existing(paths)
    settings = _settings(config_path, no_config)
    existing = learn.read_existing(output) if output is not None else {}
    files = list(discover(paths, settings))
    found = learn.collect(files, jobs or default_jobs())
    entries = learn.propose(found, min_files=min_files)
    _echo(learn.report(entries), nl=False)
    if output is None:
        return
    if not yes and not _confirm(f"Save to {output}?"):
        _echo("Not saved.")
        return
    learn.write_names(output, learn.merge(existing, entries), entries)
    _echo(f"Saved {output}.")


# -- the command line ---------------------------------------------------------------------------


class _Help(argparse.HelpFormatter):
    """Help 80 columns wide. (argparse's own formatter asks :mod:`shutil` for the terminal's
    width, and makes one for every option declared: a draft's check loaded shutil and the
    compression modules it imports for nothing.)"""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=80)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, saying a usage error in one line as copylint says every error, and
    taking no abbreviation of an option (``--unsafe`` is not ``--unsafe-fixes``: a script
    written against one version would change meaning when a later one adds an option)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options, formatter_class=_Help, allow_abbrev=False)

    def error(self, message: str) -> NoReturn:
        _fail(f"{message} (see '{self.prog} --help')")
        sys.exit(EXIT_ERROR)


def _file_path(value: str) -> Path:
    """The path of a file to read or write; a directory there is a usage error."""
    if os.path.isdir(value):
        raise argparse.ArgumentTypeError(f"{value!r} is a directory")
    return Path(value)


def _directory_path(value: str) -> Path:
    """The path of a directory; a file there is a usage error."""
    if os.path.isfile(value):
        raise argparse.ArgumentTypeError(f"{value!r} is a file")
    return Path(value)


def _at_least_one(value: str) -> int:
    """A whole number of at least 1 (``--jobs``, ``--min-files``)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is less than 1")
    return number


def _flag(parser: argparse.ArgumentParser, *names: str, help: str, unset: bool = False) -> None:
    """An option without a value; with ``unset`` it is None when absent, so that the config
    decides (``--preview``)."""
    if unset:
        parser.add_argument(*names, action="store_const", const=True, default=None, help=help)
    else:
        parser.add_argument(*names, action="store_true", help=help)


def _file_option(parser: argparse.ArgumentParser, name: str, dest: str, help: str) -> None:
    parser.add_argument(name, dest=dest, type=_file_path, metavar="FILE", help=help)


def _config_options(parser: argparse.ArgumentParser) -> None:
    _file_option(
        parser, "--config", "config_path", "Read this config file instead of searching for one."
    )
    _flag(parser, "--no-config", help="Ignore every config file; use the defaults.")


def _baseline_option(parser: argparse.ArgumentParser) -> None:
    _file_option(
        parser,
        "--baseline",
        "baseline_path",
        "The baseline file (default: .copylint-baseline.json beside the config).",
    )


class Command(NamedTuple):
    """A subcommand: what ``--help`` says of it, what it runs, and its arguments."""

    summary: str
    run: Callable[..., None]
    arguments: Callable[[argparse.ArgumentParser], None]


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument(
        "--format",
        "--output-format",
        dest="output_format",
        choices=FORMATS,
        default="text",
        help="Output format (--output-format is the same option, as in ruff; default: text).",
    )
    parser.add_argument(
        "--report",
        dest="reports",
        action="append",
        default=[],
        metavar="FORMAT:FILE",
        help="Also write this run's report in FORMAT to FILE (repeatable; e.g. sarif:out.sarif).",
    )
    for name, text in (
        ("--select", "Only these rules or families (comma-separated)."),
        ("--extend-select", "Also these rules or families, on top of the selection."),
        ("--ignore", "Skip these rules or families (comma-separated)."),
    ):
        parser.add_argument(name, action="append", default=[], metavar="RULES", help=text)
    _flag(parser, "--preview", help="Also run rules still in preview.", unset=True)
    parser.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "none"],
        help="Lowest severity that makes the run fail (default: warning; none: never).",
    )
    parser.add_argument(
        "--min-severity",
        choices=["error", "warning", "info"],
        help="Only show diagnostics of at least this severity (--fail-on still decides the exit).",
    )
    _flag(parser, "--exit-zero", help="Exit 0 even when problems are found.")
    _flag(parser, "--fix", help="Apply safe fixes in place.")
    _flag(parser, "--unsafe-fixes", help="With --fix or --diff, unsafe fixes too.", unset=True)
    _flag(parser, "--show-fixes", help="With --fix, list what was fixed per file.")
    _flag(
        parser,
        "--report-unused-directives",
        help="Report copylint-disable comments that suppressed nothing (directive/unused).",
        unset=True,
    )
    _flag(parser, "--diff", help="Print the safe fixes as a unified diff; write nothing.")
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="Read standard input, named NAME (sets its format and which config applies).",
    )
    parser.add_argument(
        "-o",
        "--output",
        dest="output_file",
        type=_file_path,
        metavar="FILE",
        help="Write the report to this file instead of standard output.",
    )
    _flag(parser, "-q", "--quiet", help="Only the diagnostics: no context, no summary.")
    _flag(parser, "--statistics", help="Count the diagnostics per rule (text format).")
    parser.add_argument(
        "--changed-since",
        metavar="REF",
        help="Only lines added or changed since git REF (its merge base with HEAD).",
    )
    _baseline_option(parser)
    _flag(parser, "--no-baseline", help="Report everything, ignoring any baseline.")
    parser.add_argument(
        "-j",
        "--jobs",
        type=_at_least_one,
        metavar="N",
        help="Lint in this many processes at most (default: one per core).",
    )
    _flag(parser, "--no-cache", help="Neither read nor write the result cache.")
    _flag(parser, "--allow-empty", help="Succeed when the paths hold no file to check.")
    _flag(
        parser,
        "--no-respect-gitignore",
        help="Also check files that .gitignore and .ignore ignore.",
    )
    _flag(parser, "--no-plugins", help="Load no plugin rules.")
    _flag(parser, "--follow-links", help="Follow symbolic links met in directories (off: skip).")
    _config_options(parser)


def _paths_and_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH")
    _config_options(parser)


def _baseline_arguments(parser: argparse.ArgumentParser) -> None:
    _paths_and_config(parser)
    _baseline_option(parser)


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", nargs="?", default=Path("."), type=_directory_path)


def _check_packs_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", type=_directory_path)
    _config_options(parser)


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """``copylint lsp`` takes none: the editor speaks to it on stdio."""


def _rules_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("families", nargs="*", metavar="FAMILY")
    parser.add_argument("--format", dest="output_format", choices=["text", "json"], default="text")
    _config_options(parser)


def _explain_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule")
    _config_options(parser)


def _annotate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="Write here (default: DRAFT.copylint.docx)."
    )
    _flag(parser, "--in-place", help="Annotate the draft itself.")
    _flag(parser, "--no-changes", help="Comments only: no tracked changes.")
    _config_options(parser)


def _names_learn_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument(
        "-o",
        "--output",
        type=_file_path,
        metavar="FILE",
        help="Merge the proposal into this names list (TOML) after review.",
    )
    parser.add_argument(
        "--min-files",
        type=_at_least_one,
        default=2,
        metavar="N",
        help="Articles a full name must appear in to become an entry (default: 2).",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_at_least_one,
        metavar="N",
        help="Worker processes (default: one per core).",
    )
    _flag(parser, "-y", "--yes", help="Save without asking.")
    _config_options(parser)


#: Every subcommand by the words that name it, in the order ``copylint --help`` lists them.
COMMANDS: dict[tuple[str, ...], Command] = {
    ("check",): Command(
        "Check articles (files or directories; '-' or --stdin-filename reads standard input).",
        check,
        _check_arguments,
    ),
    ("baseline",): Command(
        "Record every current diagnostic, so that 'check' reports only new ones.",
        baseline_command,
        _baseline_arguments,
    ),
    ("init",): Command(
        "Scaffold .copylint.toml, .pre-commit-config.yaml and a GitHub workflow (never "
        "overwriting a file that exists).",
        init_command,
        _init_arguments,
    ),
    ("check-packs",): Command(
        "Load the TOML packs in DIRECTORY and run every entry's bad, good and fixed examples.",
        check_packs_command,
        _check_packs_arguments,
    ),
    ("review",): Command(
        "Go through each finding interactively: accept, edit, skip, ignore, add to dictionary.",
        review_command,
        _paths_and_config,
    ),
    ("lsp",): Command(
        "Serve findings, fixes and rule docs to an editor (Language Server Protocol on stdio).",
        lsp_command,
        _no_arguments,
    ),
    ("rules",): Command(
        "List every rule (or those of FAMILIES / rule ids): id, default severity, summary.",
        rules_command,
        _rules_arguments,
    ),
    ("explain",): Command(
        "Print the documentation of a rule, or of every rule of a family: what, why, examples.",
        explain,
        _explain_arguments,
    ),
    ("annotate",): Command(
        "Mark up a Word draft: findings as comments, safe fixes as tracked changes.",
        annotate,
        _annotate_arguments,
    ),
    ("names", "learn"): Command(
        "Propose a house names list from PATHS: canonical names and their rare wrong forms.",
        names_learn,
        _names_learn_arguments,
    ),
}
#: What groups of subcommands are for.
GROUPS = {"names": "House names lists: learn one from the newsroom's archive."}


def _overview(prog_name: str, argv: Sequence[str]) -> NoReturn:
    """``copylint --help``, ``--version``, or the usage error of a command line that names no
    subcommand: the parser of the whole command line, with each subcommand's summary."""
    top = _Parser(
        prog=prog_name, description="copylint: an editorial copyediting linter for news copy."
    )
    top.add_argument(
        "-V", "--version", action="version", version=f"{prog_name}, version {__version__}"
    )
    commands = top.add_subparsers(metavar="COMMAND", required=True)
    groups: dict[str, Any] = {}
    for words, command in COMMANDS.items():
        if len(words) == 1:
            commands.add_parser(words[0], help=command.summary, description=command.summary)
            continue
        if words[0] not in groups:
            summary = GROUPS[words[0]]
            group = commands.add_parser(words[0], help=summary, description=summary)
            groups[words[0]] = group.add_subparsers(metavar="COMMAND", required=True)
        groups[words[0]].add_parser(words[1], help=command.summary)
    top.parse_args(argv)
    top.error(f"unknown command: {' '.join(argv)}")


def _parse_arguments(parser: argparse.ArgumentParser, args: list[str]) -> dict[str, Any]:
    """The options and paths of ``args``, paths anywhere among the options: argparse takes the
    paths up to the first option, and the ones after it come back unparsed (its intermixed
    parsing loses a ``--`` before the first path). After ``--`` everything is a path."""
    options, extra = parser.parse_known_args(args)
    if extra:
        cut = extra.index("--") if "--" in extra else len(extra)
        before, after = extra[:cut], extra[cut + 1 :]
        if not hasattr(options, "paths") or any(a.startswith("-") and a != "-" for a in before):
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        options.paths = [*options.paths, *before, *after]
    return vars(options)


def main(argv: Sequence[str] | None = None, prog_name: str = "copylint") -> NoReturn:
    """Run the command in ``argv`` (the process's arguments by default) and exit.

    Only the parser of the command named is built (every subcommand's options took 27 million
    instructions, a twentieth of a cached run), and options and paths may come in any order
    (``copylint check a.md --fix b.md``).
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    named = [words for words in COMMANDS if tuple(argv[: len(words)]) == words]
    if not named:
        _overview(prog_name, argv)
    words = named[0]
    command = COMMANDS[words]
    parser = _Parser(prog=" ".join((prog_name, *words)), description=command.summary)
    command.arguments(parser)
    options = _parse_arguments(parser, argv[len(words) :])
    guarded(command.run)(**{k: tuple(v) if isinstance(v, list) else v for k, v in options.items()})
    sys.exit(EXIT_CLEAN)
