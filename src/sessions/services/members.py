"""Who organises and facilitates an event: co-organisers invited by email, facilitators per track."""

from __future__ import annotations

from sessions.domain.accounts import Member, normalise_email
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.model import Event, EventRole, Track
from sessions.services.access import Viewer, event_to_write, forget_access
from sessions.services.accounts import AccountService
from sessions.services.context import Service
from sessions.services.tracks import InUse


class MemberService(Service):
    async def list(self, slug: str, viewer: Viewer, track: str | None = None) -> list[Member]:
        event = await event_to_write(self.uow, slug, viewer)
        if track is not None:
            _track(event, track)
        assert event.id is not None
        members = await self.uow.members.list(event.id)
        if track is not None:
            return [m for m in members if track in m.tracks and m.role == EventRole.FACILITATOR]
        return members

    async def add_organiser(self, slug: str, email: str, viewer: Viewer) -> Member:
        """Make `email` a co-organiser (its account is created if new; it signs in once it has
        a password, e.g. `sessions set-password`, or uses API tokens)."""
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        account = await AccountService(self.ctx, self.uow).account(email)
        await self.uow.members.add_organiser(event.id, account.id, self.ctx.clock())
        forget_access(self.uow)
        return _one(await self.uow.members.list(event.id), account.email)

    async def remove_organiser(self, slug: str, email: str, viewer: Viewer) -> None:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        account = await self.uow.accounts.by_email(_lenient(email))
        role = await self.uow.members.role(event.id, account.id) if account else None
        if account is None or role is None or role == EventRole.FACILITATOR:
            raise NotFound(f"{email} does not organise {slug!r}.")
        if role == EventRole.OWNER:
            raise InUse(f"{email} owns {slug!r}; the owner cannot be removed.")
        await self.uow.members.remove_organiser(event.id, account.id)
        forget_access(self.uow)

    async def add_facilitator(self, slug: str, track: str, email: str, viewer: Viewer) -> Member:
        """Assign `email` (an account, created if new) to facilitate `track`."""
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        found = _track(event, track)
        assert found.id is not None
        account = await AccountService(self.ctx, self.uow).account(email)
        await self.uow.members.add_facilitator(event.id, found.id, account.id, self.ctx.clock())
        forget_access(self.uow)
        return _one(await self.uow.members.list(event.id), account.email)

    async def remove_facilitator(self, slug: str, track: str, email: str, viewer: Viewer) -> None:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        found = _track(event, track)
        assert found.id is not None
        account = await self.uow.accounts.by_email(_lenient(email))
        if account is None or not await self.uow.members.remove_facilitator(
            event.id, found.id, account.id
        ):
            raise NotFound(f"{email} does not facilitate {track!r}.")
        forget_access(self.uow)


def _lenient(email: str) -> str:
    try:
        return normalise_email(email)
    except InvalidInput:  # an unparsable address is simply nobody
        return ""


def _track(event: Event, slug: str) -> Track:
    track = event.track(slug)
    if track is None:
        raise NotFound(f"No track {slug!r} in {event.slug!r}.")
    return track


def _one(members: list[Member], email: str) -> Member:
    return next(m for m in members if m.email == email)


__all__ = ["Member", "MemberService"]
