"""A pytest-lsp client connected to a fresh `copylint lsp` process for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_lsp

from tests.lsp.lspclient import CONFIG, RecordingClient


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: RecordingClient) -> AsyncIterator[None]:
    yield
    await lsp_client.shutdown_session()
