"""Live state of tracks: how late each runs now (an overlay; the published plan is unchanged)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select

from sessions.persistence.database import DbSession
from sessions.persistence.tables import TrackLiveRow, TrackRow


class TrackLiveRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def late_by_track(self, event_id: uuid.UUID) -> dict[str, int]:
        """How late each track of the event runs, by slug (tracks on time are left out)."""
        rows = await self.db_session.execute(
            select(TrackRow.slug, TrackLiveRow.late_minutes)
            .join(TrackLiveRow, TrackLiveRow.track_id == TrackRow.id)
            .where(TrackRow.event_id == event_id, TrackLiveRow.late_minutes > 0)
        )
        return {slug: minutes for slug, minutes in rows}

    async def set_late(self, track_id: uuid.UUID, minutes: int, now: datetime) -> None:
        live = await self.db_session.get(TrackLiveRow, track_id)
        if live is None:
            self.db_session.add(
                TrackLiveRow(track_id=track_id, late_minutes=minutes, updated_at=now)
            )
        else:
            live.late_minutes, live.updated_at = minutes, now
        await self.db_session.flush()
