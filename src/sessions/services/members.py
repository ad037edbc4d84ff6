"""Who organises and facilitates an event: co-organisers invited by email, facilitators per track."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select

from sessions.domain.errors import NotFound
from sessions.domain.model import EventRole
from sessions.persistence.database import DbSession
from sessions.persistence.repositories.accounts import AccountRepository
from sessions.persistence.tables import (
    AccountRow,
    EventMemberRow,
    EventRow,
    TrackFacilitatorRow,
    TrackRow,
)
from sessions.services.access import Viewer, forget, writable
from sessions.services.context import Service, ServiceContext
from sessions.services.organisers import normalise_email
from sessions.services.tracks import InUse


@dataclass(frozen=True, slots=True)
class Member:
    email: str
    name: str | None
    role: str
    tracks: tuple[str, ...]


class MemberService(Service):
    async def list(self, slug: str, viewer: Viewer, track: str | None = None) -> list[Member]:
        db_session = self.uow.db_session
        event = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        if track is not None:
            _track(event, track)
        members = await _members(db_session, event)
        if track is not None:
            return [m for m in members if track in m.tracks and m.role == EventRole.FACILITATOR]
        return members

    async def add_organiser(self, slug: str, email: str, viewer: Viewer) -> Member:
        """Make `email` a co-organiser (its account is created if new; it signs in once it has
        a password, e.g. `sessions set-password`, or uses API tokens)."""
        db_session = self.uow.db_session
        event = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        email = normalise_email(email)
        account = await _account(db_session, email, self.ctx)
        member = await db_session.get(EventMemberRow, (event.id, account.id))
        if member is None:
            db_session.add(
                EventMemberRow(
                    event_id=event.id,
                    organiser_id=account.id,
                    role=EventRole.ORGANISER.value,
                    created_at=self.ctx.clock(),
                )
            )
        elif member.role == EventRole.FACILITATOR:
            member.role = EventRole.ORGANISER.value
        await db_session.flush()
        forget(db_session)
        return _one(await _members(db_session, event), email)

    async def remove_organiser(self, slug: str, email: str, viewer: Viewer) -> None:
        db_session = self.uow.db_session
        event = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        account = await self.uow.accounts.by_email(_lenient(email))
        member = await db_session.get(EventMemberRow, (event.id, account.id)) if account else None
        if member is None or member.role == EventRole.FACILITATOR:
            raise NotFound(f"{email} does not organise {slug!r}.")
        if member.role == EventRole.OWNER:
            raise InUse(f"{email} owns {slug!r}; the owner cannot be removed.")
        await db_session.delete(member)

    async def add_facilitator(self, slug: str, track: str, email: str, viewer: Viewer) -> Member:
        """Assign `email` (an account, created if new) to facilitate `track`."""
        db_session = self.uow.db_session
        event = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        track_row = _track(event, track)
        email = normalise_email(email)
        account = await _account(db_session, email, self.ctx)
        member = await db_session.get(EventMemberRow, (event.id, account.id))
        if member is None:
            db_session.add(
                EventMemberRow(
                    event_id=event.id,
                    organiser_id=account.id,
                    role=EventRole.FACILITATOR.value,
                    created_at=self.ctx.clock(),
                )
            )
        if await db_session.get(TrackFacilitatorRow, (track_row.id, account.id)) is None:
            db_session.add(TrackFacilitatorRow(track_id=track_row.id, organiser_id=account.id))
        await db_session.flush()
        forget(db_session)
        return _one(await _members(db_session, event), email)

    async def remove_facilitator(self, slug: str, track: str, email: str, viewer: Viewer) -> None:
        db_session = self.uow.db_session
        event = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        track_row = _track(event, track)
        account = await self.uow.accounts.by_email(_lenient(email))
        link = (
            await db_session.get(TrackFacilitatorRow, (track_row.id, account.id))
            if account
            else None
        )
        if link is None or account is None:
            raise NotFound(f"{email} does not facilitate {track!r}.")
        await db_session.delete(link)
        await db_session.flush()
        others = await db_session.scalar(
            select(TrackFacilitatorRow.track_id)
            .join(TrackRow, TrackRow.id == TrackFacilitatorRow.track_id)
            .where(TrackRow.event_id == event.id, TrackFacilitatorRow.organiser_id == account.id)
            .limit(1)
        )
        if others is None:
            await db_session.execute(
                delete(EventMemberRow).where(
                    EventMemberRow.event_id == event.id,
                    EventMemberRow.organiser_id == account.id,
                    EventMemberRow.role == EventRole.FACILITATOR.value,
                )
            )


def _lenient(email: str) -> str:
    try:
        return normalise_email(email)
    except Exception:  # an unparsable address is simply nobody
        return ""


def _track(event: EventRow, slug: str) -> TrackRow:
    for track in event.tracks:
        if track.slug == slug:
            return track
    raise NotFound(f"No track {slug!r} in {event.slug!r}.")


async def _account(db_session: DbSession, email: str, ctx: ServiceContext) -> AccountRow:
    account = await AccountRepository(db_session).by_email(email)
    if account is None:
        account = AccountRow(email=email, created_at=ctx.clock())
        db_session.add(account)
        await db_session.flush()
    return account


async def _members(db_session: DbSession, event: EventRow) -> list[Member]:
    tracks: dict[uuid.UUID, list[str]] = {}
    for organiser_id, slug in await db_session.execute(
        select(TrackFacilitatorRow.organiser_id, TrackRow.slug)
        .join(TrackRow, TrackRow.id == TrackFacilitatorRow.track_id)
        .where(TrackRow.event_id == event.id)
        .order_by(TrackRow.position)
    ):
        tracks.setdefault(organiser_id, []).append(slug)
    order = {EventRole.OWNER: 0, EventRole.ORGANISER: 1, EventRole.FACILITATOR: 2}
    rows = (
        await db_session.execute(
            select(AccountRow.id, AccountRow.email, AccountRow.name, EventMemberRow.role)
            .join(EventMemberRow, EventMemberRow.organiser_id == AccountRow.id)
            .where(EventMemberRow.event_id == event.id)
        )
    ).all()
    members = [Member(email, name, role, tuple(tracks.get(i, ()))) for i, email, name, role in rows]
    return sorted(members, key=lambda m: (order[EventRole(m.role)], m.email))


def _one(members: list[Member], email: str) -> Member:
    return next(m for m in members if m.email == email)


__all__ = ["Member", "MemberService"]
