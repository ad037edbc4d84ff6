"""Migration 0003 moves every event's owner into event_members and keeps everything else."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from sessions.persistence.database import create_engine
from sessions.persistence.migrate import upgrade
from tests.conftest import POSTGRES_URL, _admin

BACKENDS = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]


@pytest.fixture(params=BACKENDS)
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'm.db'}"
        return
    name = f"sessions_m3_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _run(url: str, statements: list[tuple[str, dict]]) -> list:
    engine = create_engine(url)
    results = []
    try:
        async with engine.begin() as conn:
            for sql, params in statements:
                result = await conn.execute(sa.text(sql), params)
                results.append(result.all() if result.returns_rows else None)
    finally:
        await engine.dispose()
    return results


def test_owners_become_members_and_nothing_else_is_lost(empty_url: str) -> None:
    upgrade(empty_url, "0002")
    owner, event, track, session = (uuid.uuid4() for _ in range(4))
    now = datetime(2024, 12, 1, 12, 0)
    ids = {"o": owner.hex, "e": event.hex, "t": track.hex, "s": session.hex, "now": now}
    if not empty_url.startswith("sqlite"):
        ids = {**ids, "o": owner, "e": event, "t": track, "s": session}
    asyncio.run(
        _run(
            empty_url,
            [
                (
                    "INSERT INTO organisers (id, email, created_at) VALUES (:o, 'a@x.org', :now)",
                    ids,
                ),
                (
                    "INSERT INTO events (id, slug, title, kind, timezone, start_date, end_date, "
                    "status, version, owner_id, created_at, updated_at) VALUES (:e, 'igf', 'IGF', "
                    "'meeting', 'Asia/Riyadh', '2024-12-15', '2024-12-19', 'published', 1, :o, "
                    ":now, :now)",
                    ids,
                ),
                (
                    "INSERT INTO tracks (id, event_id, slug, name, mode, position, version) "
                    "VALUES (:t, :e, 'online', 'Online', 'online', 0, 1)",
                    ids,
                ),
                (
                    "INSERT INTO sessions (id, event_id, title, status, sequence, version, "
                    "start_local, start_fold, end_local, end_fold, start_utc, end_utc, "
                    "created_at, updated_at) VALUES (:s, :e, 'TCCM', 'confirmed', 0, 1, :now, 0, "
                    ":now, 0, :now, :now, :now, :now)",
                    ids,
                ),
                (
                    "INSERT INTO session_tracks (session_id, track_id, position) VALUES (:s, :t, 0)",
                    ids,
                ),
            ],
        )
    )
    upgrade(empty_url)
    members, tracks, sessions, links = asyncio.run(
        _run(
            empty_url,
            [
                ("SELECT organiser_id, role FROM event_members", {}),
                ("SELECT count(*) FROM tracks", {}),
                ("SELECT count(*) FROM sessions", {}),
                ("SELECT count(*) FROM session_tracks", {}),
            ],
        )
    )
    assert [(uuid.UUID(str(o)), r) for o, r in members] == [(owner, "owner")]
    assert (tracks[0][0], sessions[0][0], links[0][0]) == (1, 1, 1)
