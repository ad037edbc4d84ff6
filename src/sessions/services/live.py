"""Running the day: late declarations, segment starts and ends, and delays that become real."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from sessions.domain.agenda import RunItem, run_items
from sessions.domain.clock import format_instant, in_zone
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.live import MAX_LATE_MINUTES, delay_rest, minutes_late
from sessions.domain.plan import SegmentSpec
from sessions.domain.zones import get_zone
from sessions.persistence.database import DbSession
from sessions.persistence.repositories.sessions import SessionRepository
from sessions.persistence.tables import EventRow, TrackLiveRow, TrackRow
from sessions.services.access import Viewer, readable, runs_track
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.sessions import SessionService, SessionView
from sessions.services.versions import session_etag

# How far from now a start or end can refer to a planned item.
_NEAR = timedelta(hours=12)

Measure = Callable[[DbSession, EventRow, datetime], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class TrackLive:
    track: str
    late_minutes: int
    updated_at: datetime | None


async def late_by_track(db_session: DbSession, event: EventRow) -> dict[str, int]:
    """How late each track of the event runs (tracks on time are left out)."""
    rows = await db_session.execute(
        select(TrackRow.slug, TrackLiveRow.late_minutes)
        .join(TrackLiveRow, TrackLiveRow.track_id == TrackRow.id)
        .where(TrackRow.event_id == event.id, TrackLiveRow.late_minutes > 0)
    )
    return {slug: minutes for slug, minutes in rows}


def _track(event: EventRow, slug: str) -> TrackRow:
    for track in event.tracks:
        if track.slug == slug:
            return track
    raise NotFound(f"No track {slug!r} in {event.slug!r}.")


async def _near(db_session: DbSession, event: EventRow, track: str, now: datetime) -> list[RunItem]:
    sessions = await SessionRepository(db_session).domain_for_event(
        event.id, get_zone(event.timezone)
    )
    items = [i for i in run_items(sessions, track) if i.end > now - _NEAR and i.start < now + _NEAR]
    if not items:
        raise InvalidInput.single(
            "track", f"nothing is planned in track {track!r} around now", track
        )
    return items


async def _starting(db_session: DbSession, event: EventRow, track: str, now: datetime) -> RunItem:
    """What a facilitator starts now: the first planned item that has not ended yet."""
    items = await _near(db_session, event, track, now)
    pending = [i for i in items if i.end > now]
    return (pending or items)[0]


async def _ending(db_session: DbSession, event: EventRow, track: str, now: datetime) -> RunItem:
    """What a facilitator ends now: the last planned item that has started."""
    items = await _near(db_session, event, track, now)
    started = [i for i in items if i.start <= now]
    return max(started or items, key=lambda i: i.start)


class LiveService(Service):
    async def state(self, slug: str, viewer: Viewer) -> dict[str, int]:
        db_session = self.uow.db_session
        event = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        return await late_by_track(db_session, event)

    async def declare_late(self, slug: str, track: str, minutes: int, viewer: Viewer) -> TrackLive:
        if not 0 <= minutes <= MAX_LATE_MINUTES:
            raise InvalidInput.single(
                "minutes", f"must be between 0 and {MAX_LATE_MINUTES}", minutes
            )

        async def fixed(_db: DbSession, _event: EventRow, _now: datetime) -> int:
            return minutes

        return await self._set_late(slug, track, viewer, fixed, None)

    async def start_segment(self, slug: str, track: str, viewer: Viewer) -> TrackLive:
        """The next thing in the track starts now; lateness is measured against its plan."""

        async def measure(db_session: DbSession, event: EventRow, now: datetime) -> int:
            return minutes_late((await _starting(db_session, event, track, now)).start, now)

        return await self._set_late(slug, track, viewer, measure, "segment.started")

    async def end_segment(self, slug: str, track: str, viewer: Viewer) -> TrackLive:
        """What runs in the track ends now; lateness is measured against its planned end."""

        async def measure(db_session: DbSession, event: EventRow, now: datetime) -> int:
            return minutes_late((await _ending(db_session, event, track, now)).end, now)

        return await self._set_late(slug, track, viewer, measure, "segment.ended")

    async def _set_late(
        self, slug: str, track: str, viewer: Viewer, measure: Measure, what: str | None
    ) -> TrackLive:
        now = self.ctx.clock()
        db_session = self.uow.db_session
        events = self.uow.events
        event = await runs_track(db_session, await events.by_slug(slug), viewer, slug, track)
        track_row = _track(event, track)
        minutes = await measure(db_session, event, now)
        live = await db_session.get(TrackLiveRow, track_row.id)
        if live is None:
            db_session.add(
                TrackLiveRow(track_id=track_row.id, late_minutes=minutes, updated_at=now)
            )
        else:
            live.late_minutes, live.updated_at = minutes, now
        # The overlay is part of what agendas and now/next show: a new version.
        version = await events.bump_version(event.id, now)
        event_id = event.id
        if what is not None:
            self.announce(Change(event_id, slug, version, what, track, minutes))
        self.announce(Change(event_id, slug, version, "running.late", track, minutes))
        return TrackLive(track, minutes, now)

    async def delay_session(
        self,
        slug: str,
        session_id: uuid.UUID,
        minutes: int,
        viewer: Viewer,
        if_match: str | None,
    ) -> SessionView:
        """Push the rest of a session's plan back: a real change (new SEQUENCE, invites follow)."""
        now = self.ctx.clock()
        sessions = SessionService(self.ctx, self.uow)
        current = await sessions.get(slug, session_id, viewer)
        session = current.session
        new_end, plan = delay_rest(session, now, minutes)
        zone = get_zone(current.timezone)

        def at(offset: timedelta) -> str:
            # Instants with their offsets: exact even inside a repeated hour.
            return format_instant(in_zone(session.start_instant + offset, zone))

        # The longer session first (a real change: SEQUENCE grows, invites follow), then
        # its plan, which only fits the longer session. Both take the ordinary paths, so
        # every rule and every notification applies.
        longer = await sessions.update(
            slug, session_id, {"end": format_instant(in_zone(new_end, zone))}, viewer, if_match
        )
        specs = [
            SegmentSpec(
                seg.kind, seg.title, at(seg.start_offset), at(seg.end_offset), seg.tracks, seg.notes
            )
            for seg in plan
        ]
        return await sessions.replace_segments(
            slug, session_id, specs, viewer, session_etag(longer.session.version)
        )
