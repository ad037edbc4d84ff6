"""Sessions: bounded queries whatever the event's size."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from sessions.domain.clock import WallTime
from sessions.domain.model import Person, PersonRole, Segment, SegmentKind, Session, SessionStatus
from sessions.domain.zones import Zone
from sessions.persistence.database import DbSession
from sessions.persistence.tables import (
    PersonRow,
    SegmentRow,
    SegmentTrackRow,
    SessionPersonRow,
    SessionRow,
    SessionTrackRow,
    TrackRow,
)

_SESSION_LOAD = (
    selectinload(SessionRow.tracks),
    selectinload(SessionRow.segments).selectinload(SegmentRow.tracks),
    selectinload(SessionRow.people),
)


class SessionRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def domain_for_event(self, event_id: uuid.UUID, zone: Zone) -> list[Session]:
        """Every session of an event as domain values, in five plain queries.

        The read path of agendas and calendars: no ORM objects (building 10,000
        of them costs more than the queries), a fixed number of round trips
        whatever the event's size.
        """
        db = self.db_session
        in_event = SessionRow.event_id == event_id
        session_tracks: dict[uuid.UUID, list[str]] = defaultdict(list)
        for session_id, slug in await db.execute(
            select(SessionTrackRow.session_id, TrackRow.slug)
            .join(TrackRow, TrackRow.id == SessionTrackRow.track_id)
            .join(SessionRow, SessionRow.id == SessionTrackRow.session_id)
            .where(in_event)
            .order_by(SessionTrackRow.session_id, SessionTrackRow.position)
        ):
            session_tracks[session_id].append(slug)
        segment_tracks: dict[uuid.UUID, list[str]] = defaultdict(list)
        for segment_id, slug in await db.execute(
            select(SegmentTrackRow.segment_id, TrackRow.slug)
            .join(TrackRow, TrackRow.id == SegmentTrackRow.track_id)
            .join(SegmentRow, SegmentRow.id == SegmentTrackRow.segment_id)
            .join(SessionRow, SessionRow.id == SegmentRow.session_id)
            .where(in_event)
            .order_by(SegmentTrackRow.segment_id, SegmentTrackRow.position)
        ):
            segment_tracks[segment_id].append(slug)
        segments: dict[uuid.UUID, list[Segment]] = defaultdict(list)
        for seg_id, session_id, kind, title, start, end, notes in await db.execute(
            select(
                SegmentRow.id,
                SegmentRow.session_id,
                SegmentRow.kind,
                SegmentRow.title,
                SegmentRow.start_offset,
                SegmentRow.end_offset,
                SegmentRow.notes,
            )
            .join(SessionRow, SessionRow.id == SegmentRow.session_id)
            .where(in_event)
            .order_by(SegmentRow.session_id, SegmentRow.position)
        ):
            segments[session_id].append(
                Segment(
                    SegmentKind(kind),
                    title,
                    timedelta(seconds=start),
                    timedelta(seconds=end),
                    tuple(segment_tracks.get(seg_id, ())),
                    notes,
                )
            )
        people: dict[uuid.UUID, list[Person]] = defaultdict(list)
        for session_id, name, email, role in await db.execute(
            select(
                SessionPersonRow.session_id, PersonRow.name, PersonRow.email, SessionPersonRow.role
            )
            .join(PersonRow, PersonRow.id == SessionPersonRow.person_id)
            .join(SessionRow, SessionRow.id == SessionPersonRow.session_id)
            .where(in_event)
            .order_by(SessionPersonRow.session_id, SessionPersonRow.position)
        ):
            people[session_id].append(Person(name, PersonRole(role), email))
        result = await db.execute(
            select(
                SessionRow.id,
                SessionRow.title,
                SessionRow.description,
                SessionRow.room,
                SessionRow.status,
                SessionRow.sequence,
                SessionRow.version,
                SessionRow.start_local,
                SessionRow.start_fold,
                SessionRow.end_local,
                SessionRow.end_fold,
                SessionRow.updated_at,
                SessionRow.import_guid,
            )
            .where(in_event)
            .order_by(SessionRow.start_utc, SessionRow.id)
        )
        return [
            Session(
                id=sid,
                title=title,
                description=description,
                room=room,
                status=SessionStatus(status),
                sequence=sequence,
                version=version,
                start=WallTime(start_local, start_fold, zone),
                end=WallTime(end_local, end_fold, zone),
                tracks=tuple(session_tracks.get(sid, ())),
                people=tuple(people.get(sid, ())),
                segments=tuple(segments.get(sid, ())),
                updated_at=updated_at,
                import_guid=import_guid,
            )
            for (
                sid,
                title,
                description,
                room,
                status,
                sequence,
                version,
                start_local,
                start_fold,
                end_local,
                end_fold,
                updated_at,
                import_guid,
            ) in result
        ]

    async def for_event(self, event_id: uuid.UUID) -> Sequence[SessionRow]:
        return (
            (
                await self.db_session.execute(
                    select(SessionRow)
                    .where(SessionRow.event_id == event_id)
                    .options(*_SESSION_LOAD)
                    .order_by(SessionRow.start_utc, SessionRow.id)
                )
            )
            .scalars()
            .all()
        )

    async def page(
        self, event_id: uuid.UUID, *, limit: int, offset: int
    ) -> tuple[Sequence[SessionRow], int]:
        total = await self.db_session.scalar(
            select(func.count()).select_from(SessionRow).where(SessionRow.event_id == event_id)
        )
        rows = (
            (
                await self.db_session.execute(
                    select(SessionRow)
                    .where(SessionRow.event_id == event_id)
                    .options(*_SESSION_LOAD)
                    .order_by(SessionRow.start_utc, SessionRow.id)
                    .limit(limit)
                    .offset(offset)
                )
            )
            .scalars()
            .all()
        )
        return rows, int(total or 0)

    async def get(self, event_id: uuid.UUID, session_id: uuid.UUID) -> SessionRow | None:
        return (
            await self.db_session.execute(
                select(SessionRow)
                .where(SessionRow.event_id == event_id, SessionRow.id == session_id)
                .options(*_SESSION_LOAD)
            )
        ).scalar_one_or_none()

    async def around(
        self, event_id: uuid.UUID, start: datetime, end: datetime
    ) -> Sequence[SessionRow]:
        """Sessions overlapping [start, end): the indexed UTC columns make this a range scan."""
        return (
            (
                await self.db_session.execute(
                    select(SessionRow)
                    .where(
                        SessionRow.event_id == event_id,
                        SessionRow.start_utc < end,
                        SessionRow.end_utc > start,
                    )
                    .options(*_SESSION_LOAD)
                )
            )
            .scalars()
            .all()
        )

    async def next_after(
        self, event_id: uuid.UUID, at: datetime, limit: int
    ) -> Sequence[SessionRow]:
        return (
            (
                await self.db_session.execute(
                    select(SessionRow)
                    .where(SessionRow.event_id == event_id, SessionRow.start_utc > at)
                    .options(*_SESSION_LOAD)
                    .order_by(SessionRow.start_utc)
                    .limit(limit)
                )
            )
            .scalars()
            .all()
        )

    async def person(self, event_id: uuid.UUID, key: str) -> PersonRow | None:
        return (
            await self.db_session.execute(
                select(PersonRow).where(PersonRow.event_id == event_id, PersonRow.key == key)
            )
        ).scalar_one_or_none()
