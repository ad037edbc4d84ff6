"""Events: lookups by slug, the visible and published sets, writes, the event's version."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.clock import WallTime
from sessions.domain.errors import StaleVersion
from sessions.domain.model import Event, EventRole, EventStatus
from sessions.domain.zones import Zone
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import event_columns, to_event, to_event_row
from sessions.persistence.tables import (
    EventMemberRow,
    EventRow,
    SessionRow,
)


@dataclass(frozen=True, slots=True)
class SessionTimes:
    """A session's times, for re-deriving its instants when its event changes zone."""

    id: uuid.UUID
    title: str
    start: WallTime
    end: WallTime


class EventRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def get(self, slug: str, *, for_update: bool = False) -> Event | None:
        """The event and its tracks, as domain values (one round trip)."""
        row = await self._by_slug(slug, for_update=for_update)
        return to_event(row) if row is not None else None

    async def _by_slug(self, slug: str, *, for_update: bool = False) -> EventRow | None:
        if "\x00" in slug:  # no slug holds NUL, and PostgreSQL refuses to compare text with one
            return None
        # One round trip: this runs on every read, cached or not.
        query = (
            select(EventRow)
            .where(EventRow.slug == slug)
            .options(joinedload(EventRow.tracks))
            # Fresh within a unit of work: another use case in it may have changed the row.
            .execution_options(populate_existing=True)
        )
        if for_update:
            query = query.with_for_update(of=EventRow)
        return (await self.db_session.execute(query)).unique().scalar_one_or_none()

    async def visible(
        self, account_id: uuid.UUID | None, *, limit: int, offset: int
    ) -> tuple[list[Event], int]:
        """A page of the published events and those the account has a part in, and the total."""
        condition = EventRow.status == EventStatus.PUBLISHED.value
        if account_id is not None:
            member_of = select(EventMemberRow.event_id).where(
                EventMemberRow.organiser_id == account_id
            )
            condition = or_(condition, EventRow.id.in_(member_of))
        total = await self.db_session.scalar(
            select(func.count()).where(condition).select_from(EventRow)
        )
        rows = await self.db_session.scalars(
            select(EventRow)
            .where(condition)
            .options(selectinload(EventRow.tracks))
            .order_by(EventRow.start_date, EventRow.slug)
            .limit(limit)
            .offset(offset)
        )
        return [to_event(r) for r in rows], int(total or 0)

    async def published(self) -> list[Event]:
        rows = await self.db_session.scalars(
            select(EventRow)
            .where(EventRow.status == "published")
            .options(selectinload(EventRow.tracks))
            .order_by(EventRow.start_date, EventRow.slug)
        )
        return [to_event(r) for r in rows]

    async def add(self, event: Event, owner_account_id: uuid.UUID) -> Event | None:
        """Store a new event, its tracks, and its owner; None when the slug is already taken
        (by a concurrent request: the caller checked before). `event.updated_at` is its birth."""
        assert event.updated_at is not None
        row = to_event_row(event, event.updated_at)
        self.db_session.add(row)
        try:
            await self.db_session.flush()
        except IntegrityError:
            return None
        self.db_session.add(
            EventMemberRow(
                event_id=row.id,
                organiser_id=owner_account_id,
                role=EventRole.OWNER.value,
                created_at=event.updated_at,
            )
        )
        await self.db_session.flush()
        return to_event(row)

    async def save(self, event: Event) -> Event:
        """Write the event's own fields (not its tracks) over the version it was read at.

        StaleVersion when another writer changed it since: the update applies to that
        version only. Returns the event at its new version.
        """
        row = await self._row(event)
        for column, value in event_columns(event).items():
            setattr(row, column, value)
        try:
            await self.db_session.flush()
        except StaleDataError:
            raise StaleVersion("The event changed while you were editing it.") from None
        # Its tracks are not written here: they stay as they were read.
        return replace(event, version=row.version)

    async def delete(self, event_id: uuid.UUID) -> None:
        """The event and everything in it."""
        row = await self.db_session.get(EventRow, event_id)
        if row is not None:
            await self.db_session.delete(row)

    async def session_times(self, event_id: uuid.UUID, zone: Zone) -> list[SessionTimes]:
        """Every session's wall-clock times in `zone` (the event's zone as stored)."""
        rows = await self.db_session.execute(
            select(
                SessionRow.id,
                SessionRow.title,
                SessionRow.start_local,
                SessionRow.start_fold,
                SessionRow.end_local,
                SessionRow.end_fold,
            )
            .where(SessionRow.event_id == event_id)
            .order_by(SessionRow.start_utc, SessionRow.id)
        )
        return [
            SessionTimes(i, title, WallTime(sl, sf, zone), WallTime(el, ef, zone))
            for i, title, sl, sf, el, ef in rows
        ]

    async def move_sessions(self, moved: Sequence[SessionTimes], now: datetime) -> None:
        """Store re-derived instants (and folds); each session's SEQUENCE and version grow,
        so calendars pick up the move."""
        for session in moved:
            await self.db_session.execute(
                update(SessionRow)
                .where(SessionRow.id == session.id)
                .values(
                    start_utc=session.start.instant,
                    start_fold=session.start.fold,
                    end_utc=session.end.instant,
                    end_fold=session.end.fold,
                    sequence=SessionRow.sequence + 1,
                    version=SessionRow.version + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session="fetch")
            )

    async def _row(self, event: Event) -> EventRow:
        """The event's row at the version `event` was read at."""
        assert event.id is not None
        row = await self.db_session.get(EventRow, event.id)
        if row is None or row.version != event.version:
            raise StaleVersion("The event changed while you were editing it.")
        return row

    async def version(self, event_id: uuid.UUID) -> int:
        return int(
            (
                await self.db_session.execute(
                    select(EventRow.version).where(EventRow.id == event_id)
                )
            ).scalar_one()
        )

    async def bump_version(self, event_id: uuid.UUID, now: datetime) -> int:
        """Atomic, so concurrent edits of different sessions never lose a bump."""
        result = await self.db_session.execute(
            update(EventRow)
            .where(EventRow.id == event_id)
            .values(version=EventRow.version + 1, updated_at=now)
            .returning(EventRow.version)
            .execution_options(synchronize_session="fetch")
        )
        return int(result.scalar_one())
