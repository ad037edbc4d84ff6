"""Events: lookups by slug, the visible and published sets, the event's version."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import joinedload, selectinload

from sessions.domain.model import Event
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import to_event
from sessions.persistence.tables import (
    EventMemberRow,
    EventRow,
)


class EventRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def get(self, slug: str, *, for_update: bool = False) -> Event | None:
        """The event and its tracks, as domain values (one round trip)."""
        row = await self.by_slug(slug, for_update=for_update)
        return to_event(row) if row is not None else None

    async def by_slug(self, slug: str, *, for_update: bool = False) -> EventRow | None:
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
        self, organiser_id: uuid.UUID | None, *, limit: int, offset: int
    ) -> tuple[Sequence[EventRow], int]:
        condition = EventRow.status == "published"
        if organiser_id is not None:
            member_of = select(EventMemberRow.event_id).where(
                EventMemberRow.organiser_id == organiser_id
            )
            condition = or_(condition, EventRow.id.in_(member_of))
        total = await self.db_session.scalar(
            select(func.count()).where(condition).select_from(EventRow)
        )
        rows = (
            (
                await self.db_session.execute(
                    select(EventRow)
                    .where(condition)
                    .options(selectinload(EventRow.tracks))
                    .order_by(EventRow.start_date, EventRow.slug)
                    .limit(limit)
                    .offset(offset)
                )
            )
            .scalars()
            .all()
        )
        return rows, int(total or 0)

    async def published(self) -> list[Event]:
        rows = await self.db_session.scalars(
            select(EventRow)
            .where(EventRow.status == "published")
            .options(selectinload(EventRow.tracks))
            .order_by(EventRow.start_date, EventRow.slug)
        )
        return [to_event(r) for r in rows]

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
