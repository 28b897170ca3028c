"""The server keeps serving: config changes are picked up, a broken config is shown and
recovered from, a failing rule is logged while the others publish, rapid edits publish only
the newest version, and binary or huge text gets a message."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.lspclient import Buffer, RecordingClient, open_document, start, wait_for, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.asyncio]  # each test starts a server process

TEXT = "The Isareli team met on on Monday.\n"


def _rules(params: types.PublishDiagnosticsParams) -> list[str]:
    return [str(d.code) for d in params.diagnostics]


def _changed(client: RecordingClient, path: Path, kind: types.FileChangeType) -> None:
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=path.as_uri(), type=kind)])
    )


async def test_config_reload_and_broken_config(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    await wait_until(lambda: bool(client.registrations))
    assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
    uri = open_document(client, tmp_path / "story.md", TEXT)
    first = await wait_for(client, uri)
    assert _rules(first) == ["spelling/misspelling", "repetition/doubled-word"]

    # A config created beside the story applies to it at once.
    config = tmp_path / ".copylint.toml"
    config.write_text('ignore = ["repetition"]\n')
    count = len(client.published)
    _changed(client, config, types.FileChangeType.Created)
    assert _rules(await wait_for(client, uri, after=count)) == ["spelling/misspelling"]

    # A word file the config reads: changed on disk, noticed without any notification.
    (tmp_path / "words.txt").write_text("Safadi\n")
    config.write_text('ignore = ["repetition"]\nword-files = ["words.txt"]\n')
    count = len(client.published)
    _changed(client, config, types.FileChangeType.Changed)
    await wait_for(client, uri, after=count)
    (tmp_path / "words.txt").write_text("Safadi\nIsareli\n")
    assert list((await wait_for(client, uri, after=count + 1, timeout=10)).diagnostics) == []

    # Broken: the user is told, the config file gets the error, and the server waits.
    config.write_text('ignore = ["repetition"\n')
    count = len(client.published)
    _changed(client, config, types.FileChangeType.Changed)
    on_config = await wait_for(client, config.as_uri(), after=count)
    [error] = on_config.diagnostics
    assert error.source == "copylint"
    assert "invalid TOML" in error.message
    await wait_until(lambda: any("invalid TOML" in m.message for m in client.messages))
    # While it stays broken, the server's config poll (every 2 s) publishes nothing new.
    await wait_for(client, uri, lambda p: not p.diagnostics, after=count)
    quiet_from = len(client.published)
    await asyncio.sleep(2.5)
    assert [p.uri for p in client.published[quiet_from:]] == []

    # Fixed: the error is cleared and the story linted with the new config.
    config.write_text('ignore = ["spelling"]\n')
    count = len(client.published)
    _changed(client, config, types.FileChangeType.Changed)
    cleared = await wait_for(client, config.as_uri(), after=count)
    assert list(cleared.diagnostics) == []
    assert _rules(await wait_for(client, uri, after=count)) == ["repetition/doubled-word"]


RUNAWAY_PACK = """
[[rule]]
id = "usage/runaway"
kind = "existence"
summary = "A pattern that backtracks catastrophically"
why = "To prove that a bad pattern cannot stop the other rules."
patterns = ["(a|aa)+$"]
bad = ["aaa"]
good = ["b"]
"""


async def test_a_failing_rule_is_logged_and_the_others_publish(
    client: RecordingClient, tmp_path: Path
) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "runaway.toml").write_text(RUNAWAY_PACK)
    (tmp_path / ".copylint.toml").write_text('rules-dirs = ["house"]\nignore = ["spelling"]\n')
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "story.txt", "They met on on Tuesday. " + "a" * 60 + "!")
    published = await wait_for(client, uri)
    assert _rules(published) == ["repetition/doubled-word"]
    [logged] = [m for m in client.log_messages if "usage/runaway" in m.message]
    assert logged.type == types.MessageType.Error
    assert "ran for more than" in logged.message


async def test_rapid_edits_publish_only_the_newest_version(
    client: RecordingClient, tmp_path: Path
) -> None:
    # No debounce at all: each edit starts a lint, and each newer one cancels the one before.
    await start(client, tmp_path, debounce_ms=0)
    text = "Council met.\n" * 200
    uri = open_document(client, tmp_path / "story.md", text)
    await wait_for(client, uri)
    buffer = Buffer(client, uri, text, "utf-16")
    count = len(client.published)
    for n in range(20):
        at = types.Position(n, len("Council"))
        buffer.change([types.TextEdit(types.Range(at, at), " on on")])
    last = await wait_for(client, uri, lambda p: p.version == buffer.version, after=count)
    assert _rules(last) == ["repetition/doubled-word"] * 20
    await asyncio.sleep(0.5)
    versions = [p.version for p in client.published[count:] if p.uri == uri]
    assert versions[-1] == buffer.version
    assert versions == sorted(versions)  # nothing stale published after something newer
    assert len(versions) < 20  # lints of superseded versions were dropped


async def test_binary_and_huge_text_get_a_message(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    binary = open_document(client, tmp_path / "blob.txt", "PK\x00\x03 Isareli", "plaintext")
    assert list((await wait_for(client, binary)).diagnostics) == []
    huge = open_document(client, tmp_path / "paste.md", "The council met. " * 700_000)
    assert list((await wait_for(client, huge)).diagnostics) == []
    await wait_until(lambda: len(client.messages) == 2)
    assert "blob.txt holds NUL characters" in client.messages[0].message
    assert "paste.md is 11,900,000 characters" in client.messages[1].message
    # And the server still lints the next document.
    uri = open_document(client, tmp_path / "story.md", TEXT)
    assert len((await wait_for(client, uri)).diagnostics) == 2
