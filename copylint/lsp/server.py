"""``copylint lsp``: the language server, wired with pygls.

Findings are published on open, on save and, debounced, on change. A lint runs in one worker
thread, so the server keeps reading the client's messages meanwhile: a newer version of the
document cancels the lint of the older one (its result is never published) and starts its own
after the pause. The worker is the only place that touches configs and linters, so they need
no locks. Nothing a document or a config does may stop the server: a rule that crashes is
logged and the other rules still publish, a broken config is shown and the server waits for
the fix, binary or huge text is refused with a message.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from copylint import __version__
from copylint.docs import explain_markdown
from copylint.errors import ConfigError, CopylintError
from copylint.formats import Markup, load_document
from copylint.lsp import actions, dictionary
from copylint.lsp.configs import ConfigStore, Loaded
from copylint.lsp.diagnostics import SOURCE, to_lsp
from copylint.lsp.documents import Linted, OpenDocument, document_format, fs_path
from copylint.lsp.positions import UTF16, LineTable

T = TypeVar("T")

#: Seconds of quiet after a change before the document is linted again.
DEBOUNCE = 0.15
#: How often the files configs are built from are checked for changes, in seconds (clients
#: that watch files for the server make it sooner).
CONFIG_POLL = 2.0
#: The largest document linted as you type; a paste beyond it gets a message instead.
MAX_CHARS = 1_000_000

WATCHED = ("**/.copylint.toml", "**/pyproject.toml", "**/*.toml", "**/*.txt")


class CopylintServer(LanguageServer):
    """The server and what it knows of the session: open documents, configs, lints."""

    def __init__(self) -> None:
        super().__init__(
            "copylint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental
        )
        self.documents: dict[str, OpenDocument] = {}
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.configs = ConfigStore(Path.cwd())
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copylint-lint")
        self.debounce = DEBOUNCE
        self.shown: dict[str, str] = {}  # uri → the problem last shown for it
        self.config_errors: set[str] = set()  # uris of config files with a published error
        self.poller: asyncio.Task[None] | None = None

    # -- helpers ----------------------------------------------------------------------------

    async def in_worker(self, call: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.worker, call, *args)

    def log(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def show_once(self, uri: str, problem: str | None) -> None:
        """Show ``problem`` about ``uri`` unless it is the one already shown for it."""
        if problem is None:
            self.shown.pop(uri, None)
            return
        if self.shown.get(uri) != problem:
            self.shown[uri] = problem
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Warning, message=problem)
            )

    def publish(self, uri: str, found: list[types.Diagnostic], version: int | None) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )

    # -- linting ----------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, cancelling a lint of it still pending."""
        pending = self.tasks.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.tasks[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.documents.get(uri)
        if document is None:
            return
        text = self.workspace.get_text_document(uri)
        version, source = text.version, text.source
        loaded = await self.in_worker(self.configs.for_directory, document.directory)
        document.linter = loaded.linter
        if loaded.linter is None:
            self.show_config(loaded)
            document.last = None
            self.publish(uri, [], version)
            return
        outcome = await self.in_worker(self._lint, document, source, version, loaded)
        if self.documents.get(uri) is not document:
            return  # closed meanwhile
        linted, problem = outcome
        self.show_once(uri, problem)
        document.last = linted
        self.publish(uri, [shown for _, shown in linted.found] if linted else [], version)

    def _lint(
        self, document: OpenDocument, source: str, version: int | None, loaded: Loaded
    ) -> tuple[Linted | None, str | None]:
        """The lint of one version (in the worker), or why there is none."""
        assert loaded.linter is not None and loaded.paragraphs is not None
        name = document.path
        if len(source) > MAX_CHARS:
            return None, (
                f"copylint: {name} is {len(source):,} characters, more than the "
                f"{MAX_CHARS:,} it lints as you type; run 'copylint check' on it instead."
            )
        if "\x00" in source:
            return None, f"copylint: {name} holds NUL characters (binary data?); not linted."
        try:
            markup = Markup.of(loaded.linter.settings)  # front matter fields, ignore patterns
            result = loaded.paragraphs.lint(load_document(name, source, document.fmt, markup))
        except Exception as error:  # a bug outside any rule: say so, keep serving
            place = traceback.extract_tb(error.__traceback__)[-1]
            message = (
                f"copylint: internal error on {name}: {type(error).__name__}: {error} "
                f"({place.filename}:{place.lineno}); please report it with the text"
            )
            self.log(message)
            return None, message
        for crash in result.internal_errors:
            self.log(f"copylint: {crash.describe()}")
        lines = LineTable(source, str(self.workspace.position_encoding or UTF16))
        registry = loaded.linter.registry
        linted = Linted(version, source, document.fmt, lines, loaded.linter)
        for diagnostic in result.diagnostics:
            info = registry[diagnostic.rule].info if diagnostic.rule in registry else None
            shown = to_lsp(diagnostic, lines, info, document.uri, source)
            linted.found.append((diagnostic, shown))
        return linted, None

    def show_config(self, loaded: Loaded) -> str | None:
        """A broken config: a message, and a diagnostic on the file at fault (whose URI is
        returned; None for a config that loads)."""
        error = loaded.error
        path = Path(error.path) if isinstance(error, ConfigError) else loaded.config
        if error is None or path is None:
            return None
        uri = path.resolve().as_uri()
        self.show_once(uri, f"copylint: {error} (findings are paused until it is fixed)")
        if uri not in self.config_errors:
            self.config_errors.add(uri)
            position = types.Position(0, 0)
            found = types.Diagnostic(
                range=types.Range(position, position),
                message=str(error),
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
                code="config",
            )
            self.publish(uri, [found], None)
        return uri

    async def reload_configs(self) -> None:
        """Reload the configs whose files changed, re-lint the documents whose linter is not
        the one they were linted with, and clear the errors of configs fixed since."""
        loaded = await self.in_worker(self._resolve_all)
        broken = set()
        for uri, config in loaded.items():
            document = self.documents.get(uri)
            if document is None:
                continue
            at_fault = self.show_config(config)
            if at_fault is not None:
                broken.add(at_fault)
            if document.linter is not config.linter:
                self.schedule(uri, 0)
        for uri in self.config_errors - broken:
            self.config_errors.discard(uri)
            self.shown.pop(uri, None)
            self.publish(uri, [], None)

    def _resolve_all(self) -> dict[str, Loaded]:
        self.configs.forget_locations()
        return {
            uri: self.configs.for_directory(document.directory)
            for uri, document in list(self.documents.items())
        }

    async def poll_configs(self) -> None:
        while True:
            await asyncio.sleep(CONFIG_POLL)
            await self.reload_configs()


server = CopylintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: CopylintServer, params: types.InitializeParams) -> None:
    folders = params.workspace_folders or []
    root = fs_path(folders[0].uri) if folders else None
    if root is None and params.root_uri:
        root = fs_path(params.root_uri)
    if root is not None:
        ls.configs = ConfigStore(root)
    options = params.initialization_options
    if isinstance(options, dict) and isinstance(options.get("debounceMs"), int | float):
        ls.debounce = max(0.0, float(options["debounceMs"]) / 1000)


@server.feature(types.INITIALIZED)
async def initialized(ls: CopylintServer, params: types.InitializedParams) -> None:
    ls.poller = asyncio.ensure_future(ls.poll_configs())
    capabilities = ls.client_capabilities.workspace
    watch = capabilities.did_change_watched_files if capabilities else None
    if watch is not None and watch.dynamic_registration:
        watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]
        registration = types.Registration(
            id="copylint-config-files",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        try:
            await ls.client_register_capability_async(
                types.RegistrationParams(registrations=[registration])
            )
        except Exception as error:  # the poll still notices changes
            ls.log(f"copylint: could not watch config files: {error}", types.MessageType.Warning)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: CopylintServer, params: types.DidOpenTextDocumentParams) -> None:
    item = params.text_document
    fmt = document_format(item.uri, item.language_id)
    if fmt is None:
        return
    ls.documents[item.uri] = OpenDocument(item.uri, fmt)
    ls.schedule(item.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CopylintServer, params: types.DidChangeTextDocumentParams) -> None:
    if params.text_document.uri in ls.documents:
        ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: CopylintServer, params: types.DidSaveTextDocumentParams) -> None:
    if params.text_document.uri in ls.documents:
        ls.schedule(params.text_document.uri, 0)
    await ls.reload_configs()  # the saved file may be a config, a word file or a pack


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def watched_files_changed(
    ls: CopylintServer, params: types.DidChangeWatchedFilesParams
) -> None:
    await ls.reload_configs()


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CopylintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    pending = ls.tasks.pop(uri, None)
    if pending is not None:
        pending.cancel()
    if ls.documents.pop(uri, None) is not None:
        ls.shown.pop(uri, None)
        ls.publish(uri, [], None)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL],
        resolve_provider=False,
    ),
)
async def code_action(
    ls: CopylintServer, params: types.CodeActionParams
) -> list[types.CodeAction] | None:
    document = ls.documents.get(params.text_document.uri)
    if document is None or document.last is None:
        return None
    return await ls.in_worker(
        actions.code_actions,
        document.uri,
        document.last,
        document.path,
        params.range,
        params.context.only,
    )


@server.command(actions.ADD_WORD)
async def add_word(ls: CopylintServer, uri: str, word: str) -> None:
    document = ls.documents.get(uri)
    directory = document.directory if document is not None else None
    loaded = await ls.in_worker(ls.configs.for_directory, directory)
    try:
        home = ls.configs.home_for(directory)
        written = await ls.in_worker(dictionary.add_word, word, loaded.config, home)
    except CopylintError as error:
        ls.window_show_message(
            types.ShowMessageParams(type=types.MessageType.Error, message=f"copylint: {error}")
        )
        return
    ls.log(f"copylint: added {word!r} to {written}", types.MessageType.Info)
    await ls.reload_configs()


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: CopylintServer, params: types.HoverParams) -> types.Hover | None:
    document = ls.documents.get(params.text_document.uri)
    if document is None or document.last is None:
        return None
    point = types.Range(params.position, params.position)
    registry = document.last.linter.registry
    rules = dict.fromkeys(d.rule for d, _ in document.last.at(point) if d.rule in registry)
    if not rules:
        return None
    text = "\n\n---\n\n".join(explain_markdown(registry[rule].info) for rule in rules)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))


def main() -> None:
    """Serve over standard input and output until the client says exit."""
    server.start_io()
