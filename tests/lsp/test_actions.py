"""Code actions and hover, each applied by the client and checked by linting again: the
suggestion quick fixes, fix-all, the house dictionary (a real config file, its comments kept)
and the inline disable comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from copylint.config import Settings
from copylint.docs import explain_markdown
from copylint.registry import Registry
from tests.lsp.lspclient import Buffer, RecordingClient, open_document, start, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.asyncio]  # each test starts a server process

DRAFT = (
    "# Talks resume\n"
    "\n"
    "The Isareli delegation arrived on Tuesday.\n"
    "Officials said the the talks would go on.\n"
)


async def _actions(
    client: RecordingClient, uri: str, area: types.Range, only: list[str] | None = None
) -> list[types.CodeAction]:
    found = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=area,
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
    )
    return [a for a in found or [] if isinstance(a, types.CodeAction)]


async def _open(
    client: RecordingClient, path: Path, text: str, language: str = "markdown"
) -> tuple[Buffer, list[str]]:
    path.write_text(text, encoding="utf-8")
    uri = open_document(client, path, text, language)
    published = await wait_for(client, uri)
    return Buffer(client, uri, text, "utf-16"), [str(d.code) for d in published.diagnostics]


def _at(line: int, character: int) -> types.Range:
    return types.Range(types.Position(line, character), types.Position(line, character))


async def test_suggestion_quick_fixes(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    buffer, rules = await _open(client, tmp_path / "draft.md", DRAFT)
    assert rules == ["spelling/misspelling", "repetition/doubled-word"]
    actions = await _actions(client, buffer.uri, _at(2, 6), only=[types.CodeActionKind.QuickFix])
    titles = [a.title for a in actions]
    assert titles[:2] == ["Replace 'Isareli' with 'Israeli'", "Replace 'Isareli' with 'Isabeli'"]
    assert not actions[0].is_preferred  # a capitalized word's correction is only a suggestion
    assert actions[0].edit is not None
    buffer.apply(actions[0].edit)
    fixed = await wait_for(client, buffer.uri, lambda p: p.version == buffer.version)
    assert [d.code for d in fixed.diagnostics] == ["repetition/doubled-word"]
    assert "The Israeli delegation" in buffer.text

    [delete] = [
        a for a in await _actions(client, buffer.uri, _at(3, 20)) if a.title.startswith("Delete")
    ]
    assert delete.title == "Delete 'the'"
    assert delete.edit is not None
    buffer.apply(delete.edit)
    clean = await wait_for(client, buffer.uri, lambda p: p.version == buffer.version)
    assert list(clean.diagnostics) == []
    assert buffer.text.endswith("Officials said the talks would go on.\n")


async def test_fix_all_safe_problems(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    buffer, _ = await _open(client, tmp_path / "draft.md", DRAFT)
    everywhere = types.Range(types.Position(0, 0), types.Position(4, 0))
    [fix_all] = await _actions(client, buffer.uri, everywhere, only=["source.fixAll"])
    assert fix_all.kind == "source.fixAll.copylint"
    assert fix_all.title == "Fix all safe problems (1)"  # "Isareli" is a suggestion only
    assert fix_all.edit is not None
    buffer.apply(fix_all.edit)
    assert buffer.text == DRAFT.replace("the the", "the")
    fixed = await wait_for(client, buffer.uri, lambda p: p.version == buffer.version)
    assert [d.code for d in fixed.diagnostics] == ["spelling/misspelling"]


CONFIG_TEXT = """\
# House settings for the foreign desk.
ignore = ["repetition"]  # the desk reads doubled words itself
words = [
  "Safadi",  # a surname
]
"""


async def test_add_word_to_the_house_dictionary(client: RecordingClient, tmp_path: Path) -> None:
    config = tmp_path / ".copylint.toml"
    config.write_text(CONFIG_TEXT)
    await start(client, tmp_path)
    text = "Mayor Ama Rahmallah spoke to the council on Monday.\n"
    buffer, rules = await _open(client, tmp_path / "story.md", text)
    assert rules == ["spelling/misspelling"]
    other, other_rules = await _open(client, tmp_path / "other.md", "Rahmallah agreed.\n")
    assert other_rules == ["spelling/misspelling"]
    [add] = [a for a in await _actions(client, buffer.uri, _at(0, 12)) if a.command]
    assert add.title == "Add 'Rahmallah' to the house dictionary"
    assert add.command is not None
    count = len(client.published)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
    )
    # Every open document is linted again with the new word.
    for uri in (buffer.uri, other.uri):
        relinted = await wait_for(client, uri, after=count)
        assert list(relinted.diagnostics) == []
    assert config.read_text() == CONFIG_TEXT.replace(
        '  "Safadi",  # a surname\n', '  "Safadi",  # a surname\n  "Rahmallah",\n'
    )


async def test_add_word_to_a_word_file_and_to_a_new_config(
    client: RecordingClient, tmp_path: Path
) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.copylint]\nword-files = ["words.txt"]\n'
    )
    (desk / "words.txt").write_text("# house words\nSafadi")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    await start(client, tmp_path)
    for directory, expected in (
        (desk, (desk / "words.txt", "# house words\nSafadi\nRahmallah\n")),
        (fresh, (tmp_path / ".copylint.toml", 'words = ["Rahmallah"]\n')),
    ):
        buffer, rules = await _open(client, directory / "story.md", "Rahmallah spoke.\n")
        assert rules == ["spelling/misspelling"]
        [add] = [a for a in await _actions(client, buffer.uri, _at(0, 2)) if a.command]
        assert add.command is not None
        count = len(client.published)
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
        )
        assert list((await wait_for(client, buffer.uri, after=count)).diagnostics) == []
        written, content = expected
        assert written.read_text() == content


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        # The flagged line opens a paragraph: the comment goes on a line of its own.
        (
            "Council met.\n\nThe Isareli team won.\n",
            2,
            "Council met.\n\n<!-- copylint-disable-next-line spelling/misspelling -->\n"
            "The Isareli team won.\n",
        ),
        # Inside a paragraph a comment line would split it: it ends the line before.
        (
            "Council met today\nThe Isareli team won.\n",
            1,
            "Council met today <!-- copylint-disable-next-line spelling/misspelling -->\n"
            "The Isareli team won.\n",
        ),
    ],
)
async def test_disable_for_this_line(
    client: RecordingClient, tmp_path: Path, text: str, line: int, expected: str
) -> None:
    await start(client, tmp_path)
    buffer, _ = await _open(client, tmp_path / "draft.md", text)
    [action] = [
        a for a in await _actions(client, buffer.uri, _at(line, 6)) if "this line" in a.title
    ]
    assert action.title == "Disable spelling/misspelling for this line"
    assert action.edit is not None
    buffer.apply(action.edit)
    assert buffer.text == expected
    quiet = await wait_for(client, buffer.uri, lambda p: p.version == buffer.version)
    assert list(quiet.diagnostics) == []


async def test_disable_for_this_file_and_plain_text_has_none(
    client: RecordingClient, tmp_path: Path
) -> None:
    await start(client, tmp_path)
    text = "---\ntitle: Talks\n---\n\nThe Isareli team won.\n\nThe Rahmallah fans cheered.\n"
    buffer, rules = await _open(client, tmp_path / "draft.md", text)
    assert rules == ["spelling/misspelling"] * 2
    [action] = [a for a in await _actions(client, buffer.uri, _at(6, 6)) if "this file" in a.title]
    assert action.edit is not None
    buffer.apply(action.edit)
    assert buffer.text.startswith(
        "---\ntitle: Talks\n---\n<!-- copylint-disable spelling/misspelling -->\n"
    )
    quiet = await wait_for(client, buffer.uri, lambda p: p.version == buffer.version)
    assert list(quiet.diagnostics) == []

    plain, _ = await _open(client, tmp_path / "notes.txt", "The Isareli team won.\n", "plaintext")
    titles = [a.title for a in await _actions(client, plain.uri, _at(0, 6))]
    assert titles and not any("Disable" in t for t in titles)


async def test_hover_shows_the_rule_documentation(client: RecordingClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    buffer, _ = await _open(client, tmp_path / "draft.md", DRAFT)
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=buffer.uri),
            position=types.Position(3, 20),
        )
    )
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    registry = Registry.load(Settings(root=tmp_path))
    assert hover.contents.value == explain_markdown(registry["repetition/doubled-word"].info)
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=buffer.uri),
            position=types.Position(0, 2),
        )
    )
    assert nothing is None
