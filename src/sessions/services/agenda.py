"""Reading the plan: agendas in any zone, now/next in a track, conflicts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sessions.domain.agenda import Agenda, NowNext, build_agenda, now_and_next
from sessions.domain.clock import to_wall_time
from sessions.domain.conflicts import Conflict, find_conflicts
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.hybrid import speaks
from sessions.domain.model import Event, Session
from sessions.domain.zones import UnknownZone, Zone, get_zone
from sessions.services.access import Viewer, access_in, event_to_read, event_to_write
from sessions.services.context import Service

# now/next looks this far around `at`; longer sessions are found by the range scan's end.
_NEXT_LOOKAHEAD = 50


def zone_param(name: str | None, default: str, field: str = "tz") -> Zone:
    try:
        return get_zone(name if name is not None else default)
    except UnknownZone as exc:
        raise InvalidInput.single(field, str(exc), name) from None


def _check_track(event: Event, track: str | None, field: str = "track") -> None:
    if track is not None and event.track(track) is None:
        known = ", ".join(event.track_slugs)
        raise InvalidInput.single(
            field, f"no track {track!r} in this event (tracks: {known})", track
        )


@dataclass(frozen=True, slots=True)
class AgendaQuery:
    """One reader's view: their zone (None: the event's), their track, one local day."""

    zone: Zone | None = None
    track: str | None = None
    on_date: date | None = None
    # A BCP 47 tag (conventional case): only sessions one can follow in it (spoken,
    # interpreted or signed, by the session or one of its segments; `fr` also finds `fr-CA`).
    language: str | None = None


def _follows(session: Session, language: str) -> bool:
    return speaks(session.hybrid, language) or any(
        speaks(seg.hybrid, language) for seg in session.segments
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
        self, slug: str, viewer: Viewer, query: AgendaQuery = AgendaQuery()
    ) -> AgendaView:
        event = await event_to_read(self.uow, slug, viewer)
        agenda = await self._build(event, query)
        return AgendaView(agenda, (await access_in(self.uow, event, viewer)).can_write)

    async def agenda_document(
        self,
        slug: str,
        viewer: Viewer,
        encode: Callable[[Agenda], bytes],
        query: AgendaQuery = AgendaQuery(),
    ) -> tuple[bytes, int]:
        """The agenda encoded by `encode`, cached per event version: a repeat read renders nothing.

        Returns the bytes and the event version they were made from.
        """
        event = await self.ctx.directory.to_read(self.uow, slug, viewer)
        zone = query.zone if query.zone is not None else get_zone(event.timezone)
        _check_track(event, query.track)
        key = (
            "agenda",
            event.id,
            event.version,
            zone.name,
            query.track,
            query.on_date,
            query.language,
            encode,
        )
        cached = self.ctx.outputs.get(key)
        if cached is not None:
            return cached, event.version
        body = encode(await self._build(event, query))
        self.ctx.outputs[key] = body
        return body, event.version

    async def _build(self, event: Event, query: AgendaQuery) -> Agenda:
        assert event.id is not None
        zone = query.zone if query.zone is not None else get_zone(event.timezone)
        _check_track(event, query.track)
        sessions = await self.uow.sessions.domain_for_event(event.id, get_zone(event.timezone))
        if query.language is not None:
            language = query.language
            sessions = [s for s in sessions if _follows(s, language)]
        return build_agenda(
            event, sessions, zone, track=query.track, on_date=query.on_date, tracks=event.tracks
        )

    async def now_next(
        self,
        slug: str,
        track: str,
        viewer: Viewer,
        *,
        at: datetime | None = None,
        zone: Zone | None = None,
    ) -> NowNextView:
        """`at` is an instant, or a wall time (naive) in `zone` (default: the event's); None: now."""
        event = await event_to_read(self.uow, slug, viewer)
        assert event.id is not None
        if event.track(track) is None:
            raise NotFound(f"No track {track!r} in {slug!r}.")
        zone = zone if zone is not None else get_zone(event.timezone)
        moment = to_wall_time(at, zone, "at").instant if at is not None else self.ctx.clock()
        late = (await self.uow.live.late_by_track(event.id)).get(track, 0)
        # Running N minutes late, what runs now is what the plan had N minutes ago.
        planned_now = moment - timedelta(minutes=late)
        repo = self.uow.sessions
        event_zone = get_zone(event.timezone)
        current = await repo.around(
            event.id, event_zone, planned_now, planned_now + timedelta(seconds=1)
        )
        upcoming = await repo.next_after(event.id, event_zone, planned_now, _NEXT_LOOKAHEAD)
        sessions = list({s.id: s for s in [*current, *upcoming]}.values())
        result = now_and_next(sessions, track, planned_now)
        return NowNextView(event, track, zone, replace(result, at=moment), late)

    async def conflicts(
        self, slug: str, viewer: Viewer, *, tz: str | None = None
    ) -> tuple[Event, Zone, list[Conflict]]:
        event = await event_to_write(self.uow, slug, viewer)
        zone = zone_param(tz, event.timezone)
        sessions = await self.uow.sessions.domain_for_event(event.id, get_zone(event.timezone))
        # Pure CPU over up to 20,000 sessions: in a worker thread, so the event loop
        # (and /health/live) stays responsive.
        return event, zone, await asyncio.to_thread(find_conflicts, sessions)
