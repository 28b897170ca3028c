"""The ``copylint`` command: ``check``, ``rules`` and ``explain``.

Exit status: 0 when nothing at or above the fail level was found, 1 when something was, 2 for a
usage, configuration or I/O error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import difflib
import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from copylint import __version__
from copylint.config import Settings, load_settings
from copylint.errors import CopylintError, UsageError
from copylint.model import Severity

if TYPE_CHECKING:
    from copylint.baseline import Baseline

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"copylint: error: {message}", err=True)


def guarded(command: F) -> F:
    """Turn every failure into one line on stderr and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CopylintError as error:
            _fail(str(error))
        except KeyboardInterrupt:
            click.echo("copylint: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
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


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read this config file instead of searching for one.",
)
no_config_option = click.option(
    "--no-config", is_flag=True, help="Ignore every config file; use the defaults."
)
baseline_option = click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The baseline file (default: .copylint-baseline.json beside the config).",
)


def _settings(config_path: Path | None, no_config: bool) -> Settings:
    if config_path is not None and not config_path.is_file():
        raise UsageError(f"{config_path}: config file not found")
    return load_settings(config_path, no_config=no_config)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="copylint")
def main() -> None:
    """copylint: an editorial copyediting linter for news copy."""


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "sarif", "github", "html"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--select", multiple=True, help="Only these rules or families (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules or families (comma-separated).")
@click.option("--preview", is_flag=True, default=None, help="Also run rules still in preview.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Lowest severity that makes the run fail (default: warning).",
)
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; write nothing.")
@click.option("--stdin-filename", help="The name of the text read from '-' (sets its format).")
@click.option(
    "-o",
    "--output",
    "output_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option("-q", "--quiet", is_flag=True, help="Only the diagnostics: no context, no summary.")
@click.option("--statistics", is_flag=True, help="Count the diagnostics per rule.")
@click.option(
    "--changed-since",
    metavar="REF",
    help="Only lines added or changed since git REF (its merge base with HEAD).",
)
@baseline_option
@click.option("--no-baseline", is_flag=True, help="Report everything, ignoring any baseline.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Lint in this many processes at most (default: one per core).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@config_option
@no_config_option
@guarded
def check(
    paths: tuple[str, ...],
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    preview: bool | None,
    fail_on: str | None,
    fix: bool,
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
    config_path: Path | None,
    no_config: bool,
) -> None:
    """Check articles (files or directories; '-' reads standard input)."""
    from copylint.engine import Linter
    from copylint.output import Report, write

    if fix and diff:
        raise UsageError("--fix and --diff cannot be combined")
    if changed_since is not None and (fix or diff or "-" in paths):
        raise UsageError("--changed-since works on files in git, without --fix or --diff")
    if baseline_path is not None and no_baseline:
        raise UsageError("--baseline and --no-baseline cannot be combined")
    settings = _settings(config_path, no_config)
    changes: dict[str, Any] = {}
    if select:
        changes["select"] = _split(select)
    if ignore:
        changes["ignore"] = settings.ignore + _split(ignore)
    if fail_on:
        changes["fail_on"] = Severity.parse(fail_on)
    if preview is not None:
        changes["preview"] = preview
    settings = settings.replace(**changes)
    linter = Linter(settings)
    baseline = None if no_baseline else _load_baseline(baseline_path, settings)

    targets = list(paths) or ["."]
    changeset = None
    if changed_since is not None:
        from copylint.files import discover
        from copylint.git import changes_since

        _check_paths_exist(targets)
        changeset = changes_since(changed_since)
        targets = changeset.select(discover(targets, settings))
    outcomes = _check_all(
        linter,
        targets,
        settings,
        fix=fix or diff,
        stdin_filename=stdin_filename,
        jobs=jobs,
        cache=not no_cache,
        progress=output_format == "text" and not quiet,
    )
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
    if fix and not _write_fixes(outcomes, quiet):
        exit_code = EXIT_ERROR

    results = [o.result for o in outcomes]
    if changeset is not None:
        results = changeset.restrict(results)
    hidden = 0
    if baseline is not None:
        results, hidden = baseline.filter(results)
    report = Report(results, [s.info for s in linter.specs])
    fixed_stdin = fix and any(o.stdin for o in outcomes)
    stream = _open_report(output_file) if output_file else sys.stderr if fixed_stdin else sys.stdout
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
    if hidden and not quiet and output_format == "text":
        click.echo(
            f"({hidden} known problem{'s' if hidden != 1 else ''} in the baseline "
            f"{baseline.path if baseline else ''} not shown.)",
            err=True,
        )
    if any(d.severity >= settings.fail_on for d in report.diagnostics):
        exit_code = max(exit_code, EXIT_FOUND)
    sys.exit(exit_code)


def _check_all(
    linter: Any,
    paths: list[str],
    settings: Settings,
    *,
    fix: bool,
    stdin_filename: str | None,
    jobs: int | None = None,
    cache: bool = True,
    progress: bool = False,
) -> list[Any]:
    from copylint.batch import check_files
    from copylint.cache import ResultCache
    from copylint.files import ReadError, decode, discover
    from copylint.progress import progress_for
    from copylint.runner import FileOutcome, check_source

    items: list[Any] = []  # in order: outcomes of standard input, paths of files
    for given in paths:
        if given == "-":
            name = stdin_filename or "<stdin>"
            try:
                source = decode(name, sys.stdin.buffer.read())
            except ReadError as error:
                from copylint.engine import FileResult

                items.append(FileOutcome(FileResult(name, error=str(error))))
                continue
            outcome = check_source(linter, source, fix=fix)
            outcome.stdin = True
            items.append(outcome)
            continue
        _check_paths_exist([given])
        items.extend(discover([given], settings))
    files = [item for item in items if isinstance(item, str)]
    checked = iter(
        check_files(
            linter,
            files,
            fix=fix,
            jobs=jobs,
            cache=ResultCache.open(settings, linter) if cache and files else None,
            progress=progress_for(len(files), sys.stderr, wanted=progress),
        )
    )
    return [next(checked) if isinstance(item, str) else item for item in items]


def _open_report(path: Path) -> TextIO:
    """The report file, its directory made if need be (CI writes reports into fresh trees)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8")
    except OSError as error:
        raise CopylintError(f"{path}: cannot write the report: {error.strerror or error}") from None


def _check_paths_exist(paths: Sequence[str]) -> None:
    for given in paths:
        if given != "-" and not os.path.exists(given):
            raise UsageError(f"{given}: no such file or directory")


def _load_baseline(option: Path | None, settings: Settings) -> Baseline | None:
    """The baseline named on the command line or in config, or the default one if present."""
    from copylint.baseline import Baseline, default_path

    path = option or default_path(settings)
    if option is None and settings.baseline is None and not path.is_file():
        return None
    if not path.is_file():
        raise UsageError(f"{path}: baseline not found (write it with 'copylint baseline')")
    return Baseline.load(path)


@main.command("baseline")
@click.argument("paths", nargs=-1, type=str)
@baseline_option
@config_option
@no_config_option
@guarded
def baseline_command(
    paths: tuple[str, ...], baseline_path: Path | None, config_path: Path | None, no_config: bool
) -> None:
    """Record every current diagnostic, so that 'check' reports only new ones."""
    from copylint.baseline import Baseline, default_path
    from copylint.engine import Linter

    settings = _settings(config_path, no_config)
    if "-" in paths:
        raise UsageError("a baseline is made from files, not standard input")
    outcomes = _check_all(
        Linter(settings), list(paths) or ["."], settings, fix=False, stdin_filename=None
    )
    for outcome in outcomes:
        if outcome.result.error or outcome.result.internal_errors:
            _fail(f"{outcome.result.path}: {outcome.result.error or 'a rule crashed'}")
            raise CopylintError("baseline not written: every file must be checked")
    baseline = Baseline.of(baseline_path or default_path(settings), [o.result for o in outcomes])
    baseline.save()
    count = baseline.total
    click.echo(
        f"Wrote {count} known problem{'s' if count != 1 else ''} in {len(outcomes)} "
        f"file{'s' if len(outcomes) != 1 else ''} to {baseline.path}.",
        err=True,
    )


def _print_diff(outcomes: Sequence[Any]) -> bool:
    changed = False
    for outcome in outcomes:
        if not outcome.changed:
            continue
        changed = True
        path = outcome.result.path
        sys.stdout.writelines(
            difflib.unified_diff(
                outcome.original.text.splitlines(keepends=True),
                outcome.fixed_text.splitlines(keepends=True),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
        )
    return changed


def _write_fixes(outcomes: Sequence[Any], quiet: bool) -> bool:
    """Write the fixed files; a file that cannot be written is named on stderr, the others are
    still written. Returns False when any write failed."""
    from copylint.fix import remove_stale_temporaries, write_atomically

    written = [o for o in outcomes if o.changed and not o.stdin]
    remove_stale_temporaries(o.result.path for o in written)
    total = 0
    ok = True
    for outcome in outcomes:
        if not outcome.changed:
            continue
        path = outcome.result.path
        if outcome.stdin:  # the fixed text goes to standard output, the report to stderr
            sys.stdout.write(outcome.fixed_text)
            continue
        try:
            write_atomically(
                path, outcome.fixed_text, outcome.original.bom, expected=outcome.original.text
            )
        except OSError as error:
            _fail(f"{path}: cannot write fixes: {error.strerror or error}")
            ok = False
            continue
        total += outcome.fixes_applied
    if total and not quiet:
        click.echo(f"Fixed {total} problem{'s' if total != 1 else ''}.", err=True)
    return ok


@main.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@config_option
@no_config_option
@guarded
def rules_command(output_format: str, config_path: Path | None, no_config: bool) -> None:
    """List every rule: id, default severity, summary."""
    import json

    from copylint.registry import Registry

    settings = _settings(config_path, no_config)
    registry = Registry.load(settings)
    selected = {spec.info.id for spec in registry.selected(settings)}
    infos = [spec.info for spec in registry]
    if output_format == "json":
        click.echo(
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
        click.echo(f"{info.id:<{width}}  {info.severity.label:<7}  {info.summary}{marks}")


@main.command()
@click.argument("rule")
@config_option
@no_config_option
@guarded
def explain(rule: str, config_path: Path | None, no_config: bool) -> None:
    """Print a rule's documentation: what it does, why, and examples."""
    from copylint.config import did_you_mean
    from copylint.docs import explain_text
    from copylint.registry import Registry

    registry = Registry.load(_settings(config_path, no_config))
    if rule not in registry:
        hint = did_you_mean(rule, [spec.info.id for spec in registry])
        raise UsageError(f"unknown rule {rule!r}{hint}")
    click.echo(explain_text(registry[rule].info), nl=False)


@main.group("names")
def names_group() -> None:
    """House names lists: learn one from the newsroom's archive."""


@names_group.command("learn")
@click.argument("paths", nargs=-1, type=str, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Merge the proposal into this names list (TOML) after review.",
)
@click.option(
    "--min-files",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Articles a full name must appear in to become an entry.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(1), help="Worker processes (default: one per core)."
)
@click.option("--yes", "-y", is_flag=True, help="Save without asking.")
@config_option
@no_config_option
@guarded
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

    _check_paths_exist(paths)
    settings = _settings(config_path, no_config)
    existing = learn.read_existing(output) if output is not None else {}
    files = list(discover(paths, settings))
    found = learn.collect(files, jobs or default_jobs())
    entries = learn.propose(found, min_files=min_files)
    click.echo(learn.report(entries), nl=False)
    if output is None:
        return
    if not yes and not click.confirm(f"Save to {output}?", default=False):
        click.echo("Not saved.")
        return
    learn.write_names(output, learn.merge(existing, entries), entries)
    click.echo(f"Saved {output}.")
