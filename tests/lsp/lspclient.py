"""The test client: pytest-lsp's, recording every publication (not only the last) so that
tests can tell which version of a document a set of findings belongs to."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import PositionCodec
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from copylint.api import lint_text

SERVER = [sys.executable, "-m", "copylint", "lsp"]


class RecordingClient(LanguageClient):
    published: list[types.PublishDiagnosticsParams]
    registrations: list[types.Registration]


def _publish(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def _register(client: RecordingClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def _converter() -> Any:
    """pygls's converter, told how to tell a CodeAction that runs a command from a bare
    Command (it reads both as a Command otherwise; editors look at the JSON and tell)."""
    converter = default_converter()

    def action_or_command(data: Any, _: Any) -> types.Command | types.CodeAction:
        if isinstance(data.get("command"), str):
            return converter.structure(data, types.Command)  # type: ignore[no-any-return]
        return converter.structure(data, types.CodeAction)  # type: ignore[no-any-return]

    converter.register_structure_hook(types.Command | types.CodeAction, action_or_command)
    return converter


def make_client() -> RecordingClient:
    client = RecordingClient(converter_factory=_converter)
    client.published = []
    client.registrations = []
    features: dict[str, Any] = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _publish
    features[types.CLIENT_REGISTER_CAPABILITY] = _register
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


async def start(
    client: LanguageClient,
    root: Path,
    encodings: list[str] | None = None,
    debounce_ms: int = 50,
) -> types.InitializeResult:
    """Initialize a session rooted at ``root``, offering ``encodings`` (None: offer none,
    which means UTF-16)."""
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    capabilities = types.ClientCapabilities(
        general=general,
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True
            )
        ),
    )
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="news")],
            initialization_options={"debounceMs": debounce_ms},
        )
    )


async def wait_for(
    client: RecordingClient,
    uri: str,
    accept: Callable[[types.PublishDiagnosticsParams], bool] = lambda p: True,
    timeout: float = 30,
    after: int = 0,
) -> types.PublishDiagnosticsParams:
    """The latest publication for ``uri`` that ``accept`` takes, among those received after
    the first ``after``; waits for one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for params in reversed(client.published[after:]):
            if params.uri == uri and accept(params):
                return params
        await asyncio.sleep(0.02)
    seen = [(p.uri, p.version, len(p.diagnostics)) for p in client.published]
    raise AssertionError(f"no matching diagnostics for {uri} in {timeout} s; saw {seen}")


async def wait_until(check: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


def open_document(
    client: LanguageClient, path: Path | str, text: str, language: str = "markdown"
) -> str:
    uri = path.as_uri() if isinstance(path, Path) else path
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )
    return uri


class Buffer:
    """The client's copy of a document: applies edits as an editor would, and tells the
    server about them as incremental changes."""

    def __init__(self, client: LanguageClient, uri: str, text: str, encoding: str) -> None:
        self.client = client
        self.uri = uri
        self.version = 1
        self.document = TextDocument(uri, text, version=1, position_codec=PositionCodec(encoding))

    @property
    def text(self) -> str:
        return self.document.source

    def change(self, edits: list[types.TextEdit]) -> None:
        """Apply ``edits`` (ranges in the original text) and send them, last first."""
        ordered = sorted(
            edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
        )
        changes: list[types.TextDocumentContentChangeEvent] = []
        for edit in ordered:
            change = types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            self.document.apply_change(change)
            changes.append(change)
        self.version += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=self.uri, version=self.version
                ),
                content_changes=changes,
            )
        )

    def apply(self, edit: types.WorkspaceEdit) -> None:
        assert edit.document_changes is not None
        for change in edit.document_changes:
            assert isinstance(change, types.TextDocumentEdit)
            assert change.text_document.uri == self.uri
            assert change.text_document.version == self.version
            self.change([e for e in change.edits if isinstance(e, types.TextEdit)])


def as_client_ranges(text: str, encoding: str, path: str) -> list[tuple[str, types.Range]]:
    """What `copylint check` finds, converted to LSP ranges by pygls's own codec."""
    codec = PositionCodec(encoding)
    lines = text.splitlines(keepends=True)
    found = []
    for d in lint_text(text, path=path):
        server_range = types.Range(
            types.Position(d.span.line - 1, d.span.column - 1),
            types.Position(d.span.end_line - 1, d.span.end_column - 1),
        )
        found.append((d.rule, codec.range_to_client_units(lines, server_range)))
    return found
