"""Who has a part in which event: `event_members` and `track_facilitators`."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from sessions.domain.model import EventRole
from sessions.persistence.database import DbSession
from sessions.persistence.tables import EventMemberRow, TrackFacilitatorRow, TrackRow


class MemberRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def role_of(
        self, event_id: uuid.UUID, account_id: uuid.UUID
    ) -> tuple[EventRole | None, frozenset[str]]:
        """The account's role in the event and, for a facilitator, the tracks they run."""
        role = await self.db_session.scalar(
            select(EventMemberRow.role).where(
                EventMemberRow.event_id == event_id,
                EventMemberRow.organiser_id == account_id,
            )
        )
        if role is None:
            return None, frozenset()
        tracks: frozenset[str] = frozenset()
        if role == EventRole.FACILITATOR:
            tracks = frozenset(
                (
                    await self.db_session.scalars(
                        select(TrackRow.slug)
                        .join(TrackFacilitatorRow, TrackFacilitatorRow.track_id == TrackRow.id)
                        .where(
                            TrackRow.event_id == event_id,
                            TrackFacilitatorRow.organiser_id == account_id,
                        )
                    )
                ).all()
            )
        return EventRole(role), tracks

    async def roles_of(self, account_id: uuid.UUID) -> dict[uuid.UUID, EventRole]:
        """Every event the account has a part in, and the part."""
        rows = await self.db_session.execute(
            select(EventMemberRow.event_id, EventMemberRow.role).where(
                EventMemberRow.organiser_id == account_id
            )
        )
        return {event_id: EventRole(role) for event_id, role in rows}
