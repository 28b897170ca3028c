"""`copylint lsp` driven by a real LSP client (pytest-lsp): the document life cycle, unsaved
buffers, positions in every encoding, and the same findings as `copylint check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types

from copylint.api import lint_text
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


@pytest.mark.asyncio
async def test_document_level_rules_stay_right_after_each_edit(
    client: RecordingClient, tmp_path: Path
) -> None:
    """Consistency and later-reference findings depend on the whole article: after every
    edit, what the server publishes is what `copylint check` finds in the edited text."""
    await start(client, tmp_path)
    text = (
        "Secretary of State Antony J. Blinken arrived Monday.\n"
        "\n"
        "Antony Blinken said the talks went well.\n"
        "\n"
        "Sec. Blinken left for Amman, where Foreign Minister Ayman Safadi met him on Monday.\n"
        "\n"
        "Later, Safady spoke to reporters.\n"
        "\n"
        "The Okwousa lagoon and the Okwuosa lagoon flooded.\n"
    )
    path = tmp_path / "talks.md"
    uri = open_document(client, path, text)
    buffer = Buffer(client, uri, text, "utf-16")
    edits = [
        # Drop the middle initial of the first reference: the second mention now agrees.
        types.TextEdit(types.Range(types.Position(0, 25), types.Position(0, 28)), ""),
        # A new first paragraph: every line reference in the messages moves down.
        types.TextEdit(
            types.Range(types.Position(0, 0), types.Position(0, 0)), "Talks resumed.\n\n"
        ),
        # The misspelled surname fixed: its consistency finding goes.
        types.TextEdit(types.Range(types.Position(8, 7), types.Position(8, 13)), "Safadi"),
    ]
    seen_rules: set[str] = set()
    for step in range(len(edits) + 1):
        if step:
            buffer.change([edits[step - 1]])
        published = await wait_for(client, uri, lambda p: p.version == buffer.version)
        got = sorted(
            (str(d.code), d.range.start.line, d.range.start.character, d.message)
            for d in published.diagnostics
        )
        expected = sorted(
            (d.rule, d.span.line - 1, d.span.column - 1, d.message)
            for d in lint_text(buffer.text, path=str(path))
        )
        assert [g[:3] for g in got] == [e[:3] for e in expected]
        assert all(g[3].startswith(e[3]) for g, e in zip(got, expected, strict=True))
        seen_rules.update(g[0] for g in got)
    assert {"names/inconsistent-name", "spelling/inconsistent"} <= seen_rules
    assert "Safady" not in buffer.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
@pytest.mark.asyncio
async def test_consistency_findings_point_at_the_other_form(
    client: RecordingClient, tmp_path: Path, encoding: str
) -> None:
    """relatedInformation: the other mention of the name, in the negotiated encoding (an
    emoji before it moves it by two UTF-16 units or four UTF-8 bytes)."""
    await start(client, tmp_path, encodings=None if encoding == "utf-16" else [encoding])
    first_line = "Talks 😀 resumed as Secretary of State Anthony J. Blinken arrived Monday."
    text = f"{first_line}\n\nAnthony Blinken said the talks went well.\n"
    path = tmp_path / "talks.md"
    uri = open_document(client, path, text)
    published = await wait_for(client, uri)
    [finding] = [d for d in published.diagnostics if d.code == "names/inconsistent-name"]
    assert finding.range.start == types.Position(2, 0)
    assert finding.related_information is not None
    [other] = finding.related_information
    assert other.location.uri == uri
    column = first_line.index("Anthony J. Blinken")
    prefix = first_line[:column]
    at = len(prefix.encode("utf-8")) if encoding == "utf-8" else len(prefix) + 1  # 😀: 2 units
    assert at == (column + 3 if encoding == "utf-8" else column + 1)
    assert other.location.range == types.Range(
        types.Position(0, at), types.Position(0, at + len("Anthony J. Blinken"))
    )
    assert "Anthony J. Blinken" in other.message
    # The command line says the same: the finding refers to that span.
    [cli] = [d for d in lint_text(text, path=str(path)) if d.rule == "names/inconsistent-name"]
    assert [(s.line, s.column) for s in cli.refers_to] == [(1, column + 1)]

    # A point reported once (a British spelling in American copy) links its other places.
    repeated = "The color guard travelled far.\nFans 😀 travelled too.\n"
    uri = open_document(client, tmp_path / "parade.md", repeated)
    [mix] = (await wait_for(client, uri)).diagnostics
    assert mix.code == "spelling/variant-mix"
    assert mix.related_information is not None
    [again] = mix.related_information
    at = 5 + (4 if encoding == "utf-8" else 2) + 1  # after "Fans ", the emoji and a space
    assert again.location.range == types.Range(
        types.Position(1, at), types.Position(1, at + len("travelled"))
    )
    assert again.message == "Same point: “travelled”"
