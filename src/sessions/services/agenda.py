"""Reading the plan: agendas in any zone, now/next in a track, conflicts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sessions.domain.agenda import Agenda, NowNext, build_agenda, now_and_next
from sessions.domain.clock import parse_wall_time
from sessions.domain.conflicts import Conflict, find_conflicts
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.model import Event
from sessions.domain.zones import UnknownZone, Zone, get_zone
from sessions.persistence.mapping import to_event, to_session, to_track
from sessions.persistence.tables import EventRow
from sessions.services.access import Viewer, access_for, readable, writable
from sessions.services.context import Service
from sessions.services.live import late_by_track

# now/next looks this far around `at`; longer sessions are found by the range scan's end.
_NEXT_LOOKAHEAD = 50


def zone_param(name: str | None, default: str, field: str = "tz") -> Zone:
    try:
        return get_zone(name if name is not None else default)
    except UnknownZone as exc:
        raise InvalidInput.single(field, str(exc), name) from None


def _check_track(event: EventRow, track: str | None, field: str = "track") -> None:
    if track is not None and track not in {t.slug for t in event.tracks}:
        known = ", ".join(t.slug for t in event.tracks)
        raise InvalidInput.single(
            field, f"no track {track!r} in this event (tracks: {known})", track
        )


@dataclass(frozen=True, slots=True)
class AgendaView:
    agenda: Agenda
    can_write: bool


@dataclass(frozen=True, slots=True)
class NowNextView:
    event: Event
    track: str
    zone: Zone
    now_next: NowNext
    late_minutes: int = 0  # the live overlay: now/next is the plan as it actually runs


class AgendaService(Service):
    async def agenda(
        self,
        slug: str,
        viewer: Viewer,
        *,
        tz: str | None = None,
        track: str | None = None,
        on_date: date | None = None,
    ) -> AgendaView:
        db_session = self.uow.db_session
        event_row = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        zone = zone_param(tz, event_row.timezone)
        _check_track(event_row, track)
        sessions = await self.uow.sessions.domain_for_event(
            event_row.id, get_zone(event_row.timezone)
        )
        agenda = build_agenda(
            to_event(event_row),
            sessions,
            zone,
            track=track,
            on_date=on_date,
            tracks=[to_track(t) for t in event_row.tracks],
        )
        return AgendaView(agenda, (await access_for(db_session, event_row, viewer)).can_write)

    async def agenda_document(
        self,
        slug: str,
        viewer: Viewer,
        encode: Callable[[Agenda], bytes],
        *,
        tz: str | None = None,
        track: str | None = None,
        on_date: date | None = None,
    ) -> tuple[bytes, int]:
        """The agenda encoded by `encode`, cached per event version: a repeat read renders nothing.

        Returns the bytes and the event version they were made from.
        """
        db_session = self.uow.db_session
        event_row = await readable(
            db_session, await self.ctx.directory.get(db_session, slug), viewer, slug
        )
        zone = zone_param(tz, event_row.timezone)
        _check_track(event_row, track)
        key = ("agenda", event_row.id, event_row.version, zone.name, track, on_date, encode)
        cached = self.ctx.outputs.get(key)
        if cached is not None:
            return cached, event_row.version
        sessions = await self.uow.sessions.domain_for_event(
            event_row.id, get_zone(event_row.timezone)
        )
        event, tracks = to_event(event_row), [to_track(t) for t in event_row.tracks]
        agenda = build_agenda(event, sessions, zone, track=track, on_date=on_date, tracks=tracks)
        body = encode(agenda)
        self.ctx.outputs[key] = body
        return body, event.version

    async def now_next(
        self,
        slug: str,
        track: str,
        viewer: Viewer,
        *,
        at: str | None = None,
        tz: str | None = None,
    ) -> NowNextView:
        """`at` is an instant with an offset, or a wall time in `tz` (default: now)."""
        db_session = self.uow.db_session
        event_row = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        if track not in {t.slug for t in event_row.tracks}:
            raise NotFound(f"No track {track!r} in {slug!r}.")
        zone = zone_param(tz, event_row.timezone)
        moment = parse_wall_time(at, zone, "at").instant if at else self.ctx.clock()
        late = (await late_by_track(db_session, event_row)).get(track, 0)
        # Running N minutes late, what runs now is what the plan had N minutes ago.
        planned_now = moment - timedelta(minutes=late)
        repo = self.uow.sessions
        current = await repo.around(event_row.id, planned_now, planned_now + timedelta(seconds=1))
        upcoming = await repo.next_after(event_row.id, planned_now, _NEXT_LOOKAHEAD)
        event_zone = get_zone(event_row.timezone)
        by_id = {r.id: r for r in [*current, *upcoming]}
        sessions = [to_session(r, event_zone) for r in by_id.values()]
        result = now_and_next(sessions, track, planned_now)
        return NowNextView(to_event(event_row), track, zone, replace(result, at=moment), late)

    async def conflicts(
        self, slug: str, viewer: Viewer, *, tz: str | None = None
    ) -> tuple[Event, Zone, list[Conflict]]:
        db_session = self.uow.db_session
        event_row = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        zone = zone_param(tz, event_row.timezone)
        sessions = await self.uow.sessions.domain_for_event(
            event_row.id, get_zone(event_row.timezone)
        )
        # Pure CPU over up to 20,000 sessions: in a worker thread, so the event loop
        # (and /health/live) stays responsive.
        return to_event(event_row), zone, await asyncio.to_thread(find_conflicts, sessions)
