"""Running the day: late declarations, segment starts and ends, and delays that become real."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sessions.domain.agenda import RunItem, run_items
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.live import MAX_LATE_MINUTES, minutes_late
from sessions.domain.model import Event
from sessions.domain.zones import get_zone
from sessions.services.access import Viewer, event_to_read, event_to_run
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.sessions import SessionService, SessionView
from sessions.services.versions import Expected

# How far from now a start or end can refer to a planned item.
_NEAR = timedelta(hours=12)

Measure = Callable[[Event, datetime], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class TrackLive:
    track: str
    late_minutes: int
    updated_at: datetime | None


class LiveService(Service):
    async def event_to_follow(self, slug: str, viewer: Viewer) -> Event:
        """The event a live stream follows, or 404 as for any read (drafts included). From the
        event directory: a crowd opening the agenda at once costs a query a second, not one
        per attendee."""
        return await self.ctx.directory.to_read(self.uow, slug, viewer)

    async def state(self, slug: str, viewer: Viewer) -> dict[str, int]:
        event = await event_to_read(self.uow, slug, viewer)
        assert event.id is not None
        return await self.uow.live.late_by_track(event.id)

    async def declare_late(self, slug: str, track: str, minutes: int, viewer: Viewer) -> TrackLive:
        if not 0 <= minutes <= MAX_LATE_MINUTES:
            raise InvalidInput.single(
                "minutes", f"must be between 0 and {MAX_LATE_MINUTES}", minutes
            )

        async def fixed(_event: Event, _now: datetime) -> int:
            return minutes

        return await self._set_late(slug, track, viewer, fixed, None)

    async def start_segment(self, slug: str, track: str, viewer: Viewer) -> TrackLive:
        """The next thing in the track starts now; lateness is measured against its plan."""

        async def measure(event: Event, now: datetime) -> int:
            return minutes_late((await self._starting(event, track, now)).start, now)

        return await self._set_late(slug, track, viewer, measure, "segment.started")

    async def end_segment(self, slug: str, track: str, viewer: Viewer) -> TrackLive:
        """What runs in the track ends now; lateness is measured against its planned end."""

        async def measure(event: Event, now: datetime) -> int:
            return minutes_late((await self._ending(event, track, now)).end, now)

        return await self._set_late(slug, track, viewer, measure, "segment.ended")

    async def delay_session(
        self,
        slug: str,
        session_id: uuid.UUID,
        minutes: int,
        viewer: Viewer,
        expected: Expected = None,
    ) -> SessionView:
        """Push the rest of a session's plan back: a real change (new SEQUENCE, invites follow),
        made by the session service in this unit of work, so every rule applies."""
        return await SessionService(self.ctx, self.uow).delay(
            slug, session_id, minutes, viewer, expected
        )

    async def _set_late(
        self, slug: str, track: str, viewer: Viewer, measure: Measure, what: str | None
    ) -> TrackLive:
        now = self.ctx.clock()
        event = await event_to_run(self.uow, slug, viewer, track)
        found = event.track(track)
        if found is None or found.id is None or event.id is None:
            raise NotFound(f"No track {track!r} in {slug!r}.")
        minutes = await measure(event, now)
        await self.uow.live.set_late(found.id, minutes, now)
        # The overlay is part of what agendas and now/next show: a new version.
        version = await self.uow.events.bump_version(event.id, now)
        if what is not None:
            self.announce(Change(event.id, slug, version, what, track, minutes))
        self.announce(Change(event.id, slug, version, "running.late", track, minutes))
        return TrackLive(track, minutes, now)

    async def _near(self, event: Event, track: str, now: datetime) -> list[RunItem]:
        assert event.id is not None
        sessions = await self.uow.sessions.domain_for_event(event.id, get_zone(event.timezone))
        items = [
            i for i in run_items(sessions, track) if i.end > now - _NEAR and i.start < now + _NEAR
        ]
        if not items:
            raise InvalidInput.single(
                "track", f"nothing is planned in track {track!r} around now", track
            )
        return items

    async def _starting(self, event: Event, track: str, now: datetime) -> RunItem:
        """What a facilitator starts now: the first planned item that has not ended yet."""
        items = await self._near(event, track, now)
        pending = [i for i in items if i.end > now]
        return (pending or items)[0]

    async def _ending(self, event: Event, track: str, now: datetime) -> RunItem:
        """What a facilitator ends now: the last planned item that has started."""
        items = await self._near(event, track, now)
        started = [i for i in items if i.start <= now]
        return max(started or items, key=lambda i: i.start)
