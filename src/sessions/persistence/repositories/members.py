"""Who has a part in which event: `event_members` and `track_facilitators`."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select

from sessions.domain.accounts import Member, Membership
from sessions.domain.model import EventRole
from sessions.persistence.database import DbSession
from sessions.persistence.tables import (
    AccountRow,
    EventMemberRow,
    EventRow,
    TrackFacilitatorRow,
    TrackRow,
)

_ORDER = {EventRole.OWNER: 0, EventRole.ORGANISER: 1, EventRole.FACILITATOR: 2}


class MemberRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def role_of(
        self, event_id: uuid.UUID, account_id: uuid.UUID
    ) -> tuple[EventRole | None, frozenset[str]]:
        """The account's role in the event and, for a facilitator, the tracks they run."""
        role = await self.role(event_id, account_id)
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
        return role, tracks

    async def role(self, event_id: uuid.UUID, account_id: uuid.UUID) -> EventRole | None:
        role = await self.db_session.scalar(
            select(EventMemberRow.role).where(
                EventMemberRow.event_id == event_id,
                EventMemberRow.organiser_id == account_id,
            )
        )
        return EventRole(role) if role is not None else None

    async def roles_of(self, account_id: uuid.UUID) -> dict[uuid.UUID, EventRole]:
        """Every event the account has a part in, and the part."""
        rows = await self.db_session.execute(
            select(EventMemberRow.event_id, EventMemberRow.role).where(
                EventMemberRow.organiser_id == account_id
            )
        )
        return {event_id: EventRole(role) for event_id, role in rows}

    async def list(self, event_id: uuid.UUID) -> list[Member]:
        """The event's owner, organisers and facilitators (in that order, then by email)."""
        tracks: dict[uuid.UUID, list[str]] = {}
        for account_id, slug in await self.db_session.execute(
            select(TrackFacilitatorRow.organiser_id, TrackRow.slug)
            .join(TrackRow, TrackRow.id == TrackFacilitatorRow.track_id)
            .where(TrackRow.event_id == event_id)
            .order_by(TrackRow.position)
        ):
            tracks.setdefault(account_id, []).append(slug)
        rows = await self.db_session.execute(
            select(AccountRow.id, AccountRow.email, AccountRow.name, EventMemberRow.role)
            .join(EventMemberRow, EventMemberRow.organiser_id == AccountRow.id)
            .where(EventMemberRow.event_id == event_id)
        )
        members = [
            Member(email, name, EventRole(role), tuple(tracks.get(account_id, ())))
            for account_id, email, name, role in rows
        ]
        return sorted(members, key=lambda m: (_ORDER[m.role], m.email))

    async def memberships(self, account_id: uuid.UUID) -> list[Membership]:
        """The events the account has a part in, by date, with the tracks it facilitates."""
        members = (
            await self.db_session.execute(
                select(EventRow.id, EventRow.slug, EventMemberRow.role)
                .join(EventMemberRow, EventMemberRow.event_id == EventRow.id)
                .where(EventMemberRow.organiser_id == account_id)
                .order_by(EventRow.start_date, EventRow.slug)
            )
        ).all()
        tracks: dict[uuid.UUID, list[str]] = {}
        for event_id, slug in await self.db_session.execute(
            select(TrackRow.event_id, TrackRow.slug)
            .join(TrackFacilitatorRow, TrackFacilitatorRow.track_id == TrackRow.id)
            .where(TrackFacilitatorRow.organiser_id == account_id)
            .order_by(TrackRow.position)
        ):
            tracks.setdefault(event_id, []).append(slug)
        return [
            Membership(slug, EventRole(role), tuple(tracks.get(event_id, ())))
            for event_id, slug, role in members
        ]

    async def add_organiser(
        self, event_id: uuid.UUID, account_id: uuid.UUID, created_at: datetime
    ) -> None:
        """Make the account an organiser: a facilitator is promoted, the owner stays the owner."""
        row = await self.db_session.get(EventMemberRow, (event_id, account_id))
        if row is None:
            self.db_session.add(
                EventMemberRow(
                    event_id=event_id,
                    organiser_id=account_id,
                    role=EventRole.ORGANISER.value,
                    created_at=created_at,
                )
            )
        elif row.role == EventRole.FACILITATOR:
            row.role = EventRole.ORGANISER.value
        await self.db_session.flush()

    async def remove_organiser(self, event_id: uuid.UUID, account_id: uuid.UUID) -> None:
        await self.db_session.execute(
            delete(EventMemberRow).where(
                EventMemberRow.event_id == event_id,
                EventMemberRow.organiser_id == account_id,
                EventMemberRow.role == EventRole.ORGANISER.value,
            )
        )

    async def add_facilitator(
        self, event_id: uuid.UUID, track_id: uuid.UUID, account_id: uuid.UUID, created_at: datetime
    ) -> None:
        """Assign the account to the track; a new member of the event joins as a facilitator
        (an organiser keeps their role and also facilitates the track)."""
        if await self.db_session.get(EventMemberRow, (event_id, account_id)) is None:
            self.db_session.add(
                EventMemberRow(
                    event_id=event_id,
                    organiser_id=account_id,
                    role=EventRole.FACILITATOR.value,
                    created_at=created_at,
                )
            )
        if await self.db_session.get(TrackFacilitatorRow, (track_id, account_id)) is None:
            self.db_session.add(TrackFacilitatorRow(track_id=track_id, organiser_id=account_id))
        await self.db_session.flush()

    async def remove_facilitator(
        self, event_id: uuid.UUID, track_id: uuid.UUID, account_id: uuid.UUID
    ) -> bool:
        """Unassign the account from the track; with no track left, a facilitator leaves the
        event. False when the account did not facilitate the track."""
        link = await self.db_session.get(TrackFacilitatorRow, (track_id, account_id))
        if link is None:
            return False
        await self.db_session.delete(link)
        await self.db_session.flush()
        others = await self.db_session.scalar(
            select(TrackFacilitatorRow.track_id)
            .join(TrackRow, TrackRow.id == TrackFacilitatorRow.track_id)
            .where(TrackRow.event_id == event_id, TrackFacilitatorRow.organiser_id == account_id)
            .limit(1)
        )
        if others is None:
            await self.db_session.execute(
                delete(EventMemberRow).where(
                    EventMemberRow.event_id == event_id,
                    EventMemberRow.organiser_id == account_id,
                    EventMemberRow.role == EventRole.FACILITATOR.value,
                )
            )
        return True
