"""The audience across zones (organisers): declared zones, a session's fairness, the slot finder."""

from __future__ import annotations

import uuid
from datetime import timedelta

from litestar import Controller, get, put
from litestar.datastructures import CacheControlHeader
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, JSONBody

from sessions.domain.clock import format_instant, in_zone, parse_date
from sessions.domain.errors import InvalidInput
from sessions.domain.zones import get_zone, is_zone
from sessions.http.deps import CurrentViewer
from sessions.http.problems import ORGANISER_QUERY
from sessions.http.schemas.audience import (
    AudienceIn,
    AudienceOut,
    AudienceZoneOut,
    FairnessOut,
    NightLoadOut,
    RegisteredZoneOut,
    SlotConflictOut,
    SlotOut,
    SlotsOut,
    ZoneFairnessOut,
)
from sessions.services.audience import AudienceService, AudienceView

Audiences = NamedDependency[AudienceService]


def _out(view: AudienceView) -> AudienceOut:
    return AudienceOut(
        [AudienceZoneOut(tz, w) for tz, w in view.declared],
        [RegisteredZoneOut(tz, n) for tz, n in view.registered],
        [AudienceZoneOut(tz, w) for tz, w in view.zones],
        [NightLoadOut(n.timezone, n.sessions, n.minutes) for n in view.nights],
    )


class AudienceController(Controller):
    path = "/api/v1/events/{event:str}"
    cache_control = CacheControlHeader(no_store=True)
    tags = ["audience"]

    @get(
        "/audience",
        summary="The zones the event serves, and who bears its nights (organisers)",
        responses=ORGANISER_QUERY,
    )
    async def audience(
        self, event: FromPath[str], audiences: Audiences, viewer: CurrentViewer
    ) -> AudienceOut:
        return _out(await audiences.get(event, viewer))

    @put(
        "/audience",
        summary="Declare the zones the event serves, with weights (organisers)",
        responses=ORGANISER_QUERY,
    )
    async def declare(
        self,
        event: FromPath[str],
        data: JSONBody[AudienceIn],
        audiences: Audiences,
        viewer: CurrentViewer,
    ) -> AudienceOut:
        seen: set[str] = set()
        for i, zone in enumerate(data.zones):
            if not is_zone(zone.timezone):
                raise InvalidInput.single(
                    f"zones[{i}].timezone",
                    f"{zone.timezone!r} is not an IANA time zone name (such as 'Asia/Riyadh').",
                    zone.timezone,
                )
            if zone.timezone in seen:
                raise InvalidInput.single(
                    f"zones[{i}].timezone", "Each zone may be listed once.", zone.timezone
                )
            seen.add(zone.timezone)
        zones = [(z.timezone, float(z.weight)) for z in data.zones]
        return _out(await audiences.put(event, viewer, zones))

    @get(
        "/sessions/{session:uuid}/fairness",
        summary="How a session's time falls for each audience zone (organisers)",
        responses=ORGANISER_QUERY,
    )
    async def fairness(
        self,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        audiences: Audiences,
        viewer: CurrentViewer,
    ) -> FairnessOut:
        result = await audiences.session_fairness(event, viewer, session)
        if result is None:
            raise NotFoundException("No such session in this event.")
        return FairnessOut(
            result.score,
            [
                ZoneFairnessOut(
                    z.audience.timezone,
                    z.audience.weight,
                    format_instant(in_zone(z.start, z.audience.zone)),
                    format_instant(in_zone(z.end, z.audience.zone)),
                    [str(b) for b in z.bands],
                    z.awake_share,
                )
                for z in result.zones
            ],
        )

    @get(
        "/slots",
        summary="Every start on a day, ranked by the audience's fairness score (organisers)",
        description=(
            "With `room`, starts that would double-book the room are left out; with `session`, "
            "so are those that would double-book its people (at segment precision) or book "
            "them outside their availability. Starts that break the session's clash rules "
            "(`avoid_overlap_with`, either way round) are kept and list the `clash`. With "
            "`conflicting=true` nothing is left out: each start lists every conflict it would "
            "cause."
        ),
        responses=ORGANISER_QUERY,
    )
    async def slots(
        self,
        event: FromPath[str],
        audiences: Audiences,
        viewer: CurrentViewer,
        date: FromQuery[str],
        duration: FromQuery[int | None] = None,
        step: FromQuery[int] = 15,
        room: FromQuery[str | None] = None,
        session: FromQuery[uuid.UUID | None] = None,
        conflicting: FromQuery[bool] = False,
        limit: FromQuery[int] = 50,
        offset: FromQuery[int] = 0,
    ) -> SlotsOut:
        day = parse_date(date, "date")
        if duration is not None and not 1 <= duration <= 24 * 60:
            raise InvalidInput.single("duration", "The duration is 1 to 1440 minutes.", duration)
        if not 5 <= step <= 24 * 60:
            raise InvalidInput.single("step", "The step is 5 to 1440 minutes.", step)
        if not 1 <= limit <= 500 or offset < 0:
            raise InvalidInput.single(
                "limit", "The limit is 1 to 500; the offset 0 or more.", limit
            )
        found = await audiences.slots(
            event,
            viewer,
            day,
            timedelta(minutes=duration) if duration is not None else None,
            timedelta(minutes=step),
            room,
            session,
            conflicting,
        )
        if found is None:
            raise NotFoundException("No such session in this event.")
        zone = get_zone(await audiences.event_zone(event))
        items = [
            SlotOut(
                format_instant(in_zone(s.start, zone)),
                format_instant(in_zone(s.end, zone)),
                s.score,
                list(s.asleep),
                [
                    SlotConflictOut(
                        c.kind,
                        c.message,
                        [o.id for o in c.sessions if o.id is not None],
                        c.room,
                        c.person,
                    )
                    for c in s.conflicts
                ],
            )
            for s in found[offset : offset + limit]
        ]
        return SlotsOut(items, len(found))
