"""Every response the API tests receive is checked: no stack trace, no internal error.

A 503 stays allowed: it is the documented answer while the database is down.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

LEAKS = (b"Traceback", b'File "')


@pytest.fixture
async def client(client) -> AsyncIterator:
    """The app's test client; a test fails on any leaked stack trace or 5xx other than 503."""

    async def check(response) -> None:
        await response.aread()
        for leak in LEAKS:
            assert leak not in response.content, (response.request.url, response.text)
        assert response.status_code < 500 or response.status_code == 503, (
            response.request.url,
            response.text,
        )

    client.event_hooks["response"].append(check)
    yield client
