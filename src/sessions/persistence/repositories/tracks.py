"""Tracks of an event."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from sessions.persistence.database import DbSession
from sessions.persistence.tables import (
    TrackRow,
)


class TrackRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def get(self, event_id: uuid.UUID, slug: str) -> TrackRow | None:
        return (
            await self.db_session.execute(
                select(TrackRow).where(TrackRow.event_id == event_id, TrackRow.slug == slug)
            )
        ).scalar_one_or_none()
