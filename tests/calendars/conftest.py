"""Fixtures for the calendar conformance tests: the kit, and the demo loaded over the real app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sessions.services.demo import DEMO_ORGANISER, IGF, TCCM_TITLE, load_demo
from tests.conftest import new_token

from .kit import Kit


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    return Kit(tmp_path / "kit")


@dataclass
class Demo:
    """The loaded demo as the JSON API shows it, and its organiser's credentials."""

    auth: dict[str, str]
    sessions: list[dict[str, Any]]
    host: str = "sessions.test"

    def session(self, title: str) -> dict[str, Any]:
        return next(s for s in self.sessions if s["title"] == title)

    @property
    def tccm(self) -> dict[str, Any]:
        return self.session(TCCM_TITLE)

    def uid(self, session: dict[str, Any]) -> str:
        return f"{session['id']}@{self.host}"

    def invite_path(self, session: dict[str, Any]) -> str:
        return f"/events/{IGF}/sessions/{session['id']}.ics"


@pytest.fixture
async def demo(client, ctx) -> Demo:
    await load_demo(ctx)
    token = await new_token(ctx, DEMO_ORGANISER)
    response = await client.get(f"/api/v1/events/{IGF}/sessions")
    assert response.status_code == 200, response.text
    return Demo({"Authorization": f"Bearer {token}"}, response.json()["items"])
