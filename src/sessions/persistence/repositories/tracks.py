"""Tracks of an event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.errors import StaleVersion
from sessions.domain.model import Track
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import to_track, track_columns
from sessions.persistence.tables import (
    RegistrationRow,
    SessionRow,
    SessionTrackRow,
    TrackRow,
)


@dataclass(frozen=True, slots=True)
class TrackUse:
    """What still takes part through a track."""

    sessions: int
    attendees: int


class TrackRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def add(self, event_id: uuid.UUID, track: Track) -> Track:
        row = TrackRow(event_id=event_id, **track_columns(track))
        self.db_session.add(row)
        await self.db_session.flush()
        return to_track(row)

    async def save(self, track: Track) -> Track:
        """Write the track over the version it was read at (StaleVersion when another writer
        changed it since); returns the track at its new version."""
        assert track.id is not None
        row = await self.db_session.get(TrackRow, track.id)
        if row is None or row.version != track.version:
            raise StaleVersion("The track changed while you were editing it.")
        for column, value in track_columns(track).items():
            setattr(row, column, value)
        try:
            await self.db_session.flush()
        except StaleDataError:
            raise StaleVersion("The track changed while you were editing it.") from None
        return to_track(row)

    async def delete(self, track_id: uuid.UUID) -> None:
        row = await self.db_session.get(TrackRow, track_id)
        if row is not None:
            await self.db_session.delete(row)
            await self.db_session.flush()

    async def in_use(self, track_id: uuid.UUID) -> TrackUse:
        sessions = await self.db_session.scalar(
            select(func.count())
            .select_from(SessionTrackRow)
            .where(SessionTrackRow.track_id == track_id)
        )
        attendees = await self.db_session.scalar(
            select(func.count())
            .select_from(RegistrationRow)
            .where(RegistrationRow.track_id == track_id)
        )
        return TrackUse(int(sessions or 0), int(attendees or 0))

    async def sessions_moved(self, track_id: uuid.UUID, now: datetime) -> None:
        """Every session offered in the track changed place (a new room or join link):
        calendars take a re-sent invite only with a higher SEQUENCE."""
        await self.db_session.execute(
            update(SessionRow)
            .where(
                SessionRow.id.in_(
                    select(SessionTrackRow.session_id).where(SessionTrackRow.track_id == track_id)
                )
            )
            .values(
                sequence=SessionRow.sequence + 1,
                version=SessionRow.version + 1,
                updated_at=now,
            )
            .execution_options(synchronize_session="fetch")
        )
