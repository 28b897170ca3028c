"""`copylint lsp` driven by a real LSP client (pytest-lsp): the document life cycle, unsaved
buffers, positions in every encoding, and the same findings as `copylint check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types

from tests.helpers import FIXTURES
from tests.lsp.lspclient import (
    Buffer,
    RecordingClient,
    as_client_ranges,
    open_document,
    start,
    wait_for,
)

pytestmark = pytest.mark.slow  # each test starts a server process


def _rules(params: types.PublishDiagnosticsParams) -> list[str]:
    return [str(d.code) for d in params.diagnostics]


@pytest.mark.asyncio
async def test_open_change_save_close(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    path = tmp_path / "draft.md"
    text = "# Talks\n\nThe Isareli delegation arrived on Tuesday.\n"
    path.write_text(text)
    uri = open_document(client, path, text)
    opened = await wait_for(client, uri)
    assert opened.version == 1
    [finding] = opened.diagnostics
    assert finding.code == "spelling/misspelling"
    assert finding.source == "copylint"
    assert finding.severity == types.DiagnosticSeverity.Error
    assert finding.range == types.Range(types.Position(2, 4), types.Position(2, 11))
    assert "Israeli" in finding.message

    buffer = Buffer(client, uri, text, "utf-16")
    word = types.Range(types.Position(2, 4), types.Position(2, 11))
    buffer.change([types.TextEdit(word, "Israeli")])
    changed = await wait_for(client, uri, lambda p: p.version == 2)
    assert list(changed.diagnostics) == []

    # A new finding typed on a line of its own, then saved.
    end = types.Position(3, 0)
    buffer.change([types.TextEdit(types.Range(end, end), "\nThey met on on Wednesday.\n")])
    typed = await wait_for(client, uri, lambda p: p.version == 3)
    assert _rules(typed) == ["repetition/doubled-word"]
    path.write_text(buffer.text)
    count = len(client.published)
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    saved = await wait_for(client, uri, after=count)
    assert _rules(saved) == ["repetition/doubled-word"]

    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    closed = await wait_for(client, uri, lambda p: p.version is None and not p.diagnostics)
    assert list(closed.diagnostics) == []


@pytest.mark.asyncio
async def test_unsaved_buffer_and_plain_text(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    untitled = open_document(client, "untitled:Untitled-1", "We met on on Monday.\n")
    assert _rules(await wait_for(client, untitled)) == ["repetition/doubled-word"]
    plain = open_document(
        client, tmp_path / "notes.txt", "The Isareli team won.\n", language="plaintext"
    )
    assert _rules(await wait_for(client, plain)) == ["spelling/misspelling"]
    # Code is none of copylint's business: no findings are ever published for it.
    code = open_document(client, tmp_path / "tool.py", "x = 'Isareli'\n", language="python")
    await wait_for(client, plain)
    assert all(p.uri != code for p in client.published)


#: An emoji (astral: 2 UTF-16 units, 4 UTF-8 bytes), an accented letter (1 unit, 2 bytes) and
#: a mathematical letter (astral) before the misspelling, which starts at code point 27.
ASTRAL = "The 😀 café 𝒜 team said the Isareli army left.\n"
EXPECTED_START = {"utf-16": 27 + 2, "utf-8": 24 + 4 + 4 + 2, "utf-32": 27}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
@pytest.mark.asyncio
async def test_positions_in_each_encoding(
    client: RecordingClient, tmp_path: Path, encoding: str
) -> None:
    offered = None if encoding == "utf-16" else [encoding]
    result = await start(client, tmp_path, encodings=offered)
    assert result.capabilities.position_encoding == encoding
    uri = open_document(client, tmp_path / "emoji.md", ASTRAL)
    [finding] = (await wait_for(client, uri)).diagnostics
    start_at = EXPECTED_START[encoding]
    assert finding.range == types.Range(
        types.Position(0, start_at), types.Position(0, start_at + len("Isareli"))
    )


@pytest.mark.asyncio
async def test_same_findings_as_copylint_check(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path, encodings=["utf-8"])
    path = tmp_path / "blinken.md"
    shutil.copy(FIXTURES / "blinken-middle-east.md", path)
    text = path.read_text(encoding="utf-8")
    uri = open_document(client, path, text)
    published = await wait_for(client, uri)
    got = sorted(
        ((str(d.code), d.range) for d in published.diagnostics),
        key=lambda f: (f[1].start.line, f[1].start.character, f[0]),
    )
    expected = sorted(
        as_client_ranges(text, "utf-8", str(path)),
        key=lambda f: (f[1].start.line, f[1].start.character, f[0]),
    )
    assert len(expected) > 10
    assert got == expected
