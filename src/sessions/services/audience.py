"""An event's audience across zones: declared and registered zones, how a session falls for
them, the slots that suit them best, and who bears the night hours across the event."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sessions.domain.errors import InvalidInput
from sessions.domain.fairness import Audience, Fairness, Slot, fairness, night_tally, rank_slots
from sessions.domain.model import Interval, SessionStatus
from sessions.domain.slot_conflicts import slot_blockers
from sessions.domain.zones import get_zone
from sessions.services.access import Viewer, event_to_write
from sessions.services.context import Service


@dataclass(frozen=True, slots=True)
class NightLoad:
    timezone: str
    sessions: int
    minutes: int


@dataclass(frozen=True, slots=True)
class AudienceView:
    declared: list[tuple[str, float]]
    registered: list[tuple[str, int]]
    zones: list[tuple[str, float]]
    nights: list[NightLoad]


def _combined(declared: Sequence[tuple[str, float]], registered: Sequence[tuple[str, int]]):
    """Declared weights plus one per registration in that zone (declared order first)."""
    weights: dict[str, float] = {}
    for tz, w in declared:
        weights[tz] = weights.get(tz, 0.0) + w
    for tz, n in registered:
        weights[tz] = weights.get(tz, 0.0) + n
    return list(weights.items())


def _members(zones: Sequence[tuple[str, float]]) -> list[Audience]:
    return [Audience(tz, get_zone(tz), w) for tz, w in zones]


class AudienceService(Service):
    async def _audience(self, event_id: uuid.UUID) -> tuple[list, list, list]:
        declared = await self.uow.audience.declared(event_id)
        registered = await self.uow.audience.registered(event_id)
        return declared, registered, _combined(declared, registered)

    async def get(self, slug: str, viewer: Viewer) -> AudienceView:
        """Organisers only."""
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        declared, registered, zones = await self._audience(event.id)
        sessions = await self.uow.sessions.domain_for_event(event.id, get_zone(event.timezone))
        intervals = [
            Interval(s.start_instant, s.end_instant)
            for s in sessions
            if s.status is not SessionStatus.CANCELLED
        ]
        nights = [
            NightLoad(a.timezone, count, int(total.total_seconds()) // 60)
            for a, count, total in night_tally(_members(zones), intervals)
        ]
        return AudienceView(declared, registered, zones, nights)

    async def put(
        self, slug: str, viewer: Viewer, zones: Sequence[tuple[str, float]]
    ) -> AudienceView:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        await self.uow.audience.replace(event.id, zones)
        return await self.get(slug, viewer)

    async def event_zone(self, slug: str) -> str:
        event = await self.uow.events.get(slug)
        assert event is not None
        return event.timezone

    async def session_fairness(
        self, slug: str, viewer: Viewer, session_id: uuid.UUID
    ) -> Fairness | None:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        session = await self.uow.sessions.get(event.id, session_id, get_zone(event.timezone))
        if session is None:
            return None
        _, _, zones = await self._audience(event.id)
        return fairness(_members(zones), session.start_instant, session.end_instant)

    async def slots(
        self,
        slug: str,
        viewer: Viewer,
        day: date,
        duration: timedelta | None,
        step: timedelta,
        room: str | None = None,
        session_id: uuid.UUID | None = None,
        keep_conflicting: bool = False,
    ) -> list[Slot] | None:
        """Every start on `day` (the event's zone) ranked; None when `session_id` is unknown.
        With `room`, starts double-booking it are left out; with a session, so are those
        double-booking its people (at segment precision) or booking them outside their
        availability (the session itself never counts against itself); starts breaking its
        clash rules are kept, each listing the clash. `keep_conflicting`: nothing is left out,
        each start lists every conflict it would cause."""
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        zone = get_zone(event.timezone)
        sessions = await self.uow.sessions.domain_for_event(event.id, zone)
        moving = None
        if session_id is not None:
            moving = next((s for s in sessions if s.id == session_id), None)
            if moving is None:
                return None
        if duration is None:
            if moving is None:
                raise InvalidInput.single("duration", "Give a duration in minutes.")
            duration = moving.duration
        blockers = slot_blockers(sessions, duration, room=room, moving=moving)
        _, _, zones = await self._audience(event.id)
        day_start = datetime.combine(day, time()).replace(tzinfo=zone)
        day_end = datetime.combine(day + timedelta(days=1), time()).replace(tzinfo=zone)
        return rank_slots(
            _members(zones),
            day_start,
            day_end,
            duration,
            step,
            blockers=blockers,
            keep_conflicting=keep_conflicting,
        )


__all__ = ["AudienceService", "AudienceView", "NightLoad"]
