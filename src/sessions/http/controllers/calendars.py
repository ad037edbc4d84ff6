"""Calendars (.ics) and frab schedules: the paths calendar apps and conference apps poll."""

from __future__ import annotations

import uuid
from typing import Annotated

from litestar import Controller, Request, Response, get
from litestar.params import FromPath, QueryParameter

from sessions.domain.errors import InvalidInput, NotFound
from sessions.http.conditional import FRAB_JSON_FILE, FRAB_XML_FILE, ICS_FILE, file_stem, serve
from sessions.http.deps import Calendars, CurrentViewer
from sessions.http.schemas.agenda import reader_zone
from sessions.services.calendars import FRAB_JSON, FRAB_XML, CalendarQuery

Track = Annotated[
    str | None,
    QueryParameter(
        name="track",
        required=False,
        max_length=64,
        description="The reader's track: its segments, location or join link",
    ),
]
ReaderTz = Annotated[
    str | None,
    QueryParameter(
        name="tz",
        required=False,
        max_length=64,
        description="The reader's IANA zone: adds their local times to descriptions",
    ),
]
Utc = Annotated[
    bool,
    QueryParameter(
        name="utc",
        required=False,
        description="Write times in UTC (for clients that mishandle zones)",
    ),
]
Segments = Annotated[
    bool,
    QueryParameter(
        name="segments",
        required=False,
        description="One calendar entry per segment of the reader's track",
    ),
]
Alarm = Annotated[
    str | None,
    QueryParameter(
        name="alarm",
        required=False,
        max_length=8,
        description=(
            "Minutes (0-120) before each segment of the track at which the reader's calendar "
            "app cues them: a VALARM on every entry (one entry per segment)"
        ),
    ),
]

# A cue two hours ahead is already a reminder, not a cue.
ALARM_MAX_MINUTES = 120


def cue_minutes(text: str | None) -> int | None:
    """`?alarm=` read once at the edge: a whole number of minutes from 0 to 120."""
    if text is None:
        return None
    value = text.strip()
    if not value.isascii() or not value.isdigit() or int(value) > ALARM_MAX_MINUTES:
        raise InvalidInput.single(
            "alarm",
            f"The alarm is a whole number of minutes from 0 to {ALARM_MAX_MINUTES}.",
            text,
        )
    return int(value)


class CalendarController(Controller):
    tags = ["calendars"]

    @get(
        "/events/{name:str}",
        summary="The whole published event as a calendar (`{event}.ics`)",
        responses=ICS_FILE,
    )
    async def event_calendar(
        self,
        request: Request,
        name: FromPath[str],
        calendars: Calendars,
        viewer: CurrentViewer,
        track: Track = None,
        tz: ReaderTz = None,
        utc: Utc = False,
        segments: Segments = False,
    ) -> Response[bytes]:
        slug = file_stem(name, ".ics")
        query = CalendarQuery(track=track, zone=reader_zone(tz), utc=utc, segments=segments)
        return serve(request, await calendars.event_calendar(slug, viewer, query))

    @get(
        "/events/{event:str}/tracks/{name:str}",
        summary="One track's feed (`{track}.ics`)",
        responses=ICS_FILE,
    )
    async def track_calendar(
        self,
        request: Request,
        event: FromPath[str],
        name: FromPath[str],
        calendars: Calendars,
        viewer: CurrentViewer,
        tz: ReaderTz = None,
        utc: Utc = False,
        segments: Segments = False,
        alarm: Alarm = None,
    ) -> Response[bytes]:
        cue = cue_minutes(alarm)
        query = CalendarQuery(
            track=file_stem(name, ".ics"),
            zone=reader_zone(tz),
            utc=utc,
            # A cue belongs to each segment, so a feed with cues has one entry per segment.
            segments=segments or cue is not None,
            alarm=cue,
        )
        return serve(request, await calendars.event_calendar(event, viewer, query))

    @get(
        "/events/{event:str}/sessions/{name:str}",
        summary="One session's invite (`{session}.ics`): METHOD:PUBLISH, or CANCEL once cancelled",
        responses=ICS_FILE,
    )
    async def session_invite(
        self,
        request: Request,
        event: FromPath[str],
        name: FromPath[str],
        calendars: Calendars,
        viewer: CurrentViewer,
        track: Track = None,
        tz: ReaderTz = None,
        utc: Utc = False,
    ) -> Response[bytes]:
        try:
            session_id = uuid.UUID(file_stem(name, ".ics"))
        except ValueError:
            raise NotFound(f"No session {name!r}.") from None
        query = CalendarQuery(track=track, zone=reader_zone(tz), utc=utc)
        return serve(request, await calendars.session_invite(event, session_id, viewer, query))

    @get(
        "/calendar.ics",
        summary="Every published event as one subscribable calendar",
        responses=ICS_FILE,
    )
    async def all_events(
        self, request: Request, calendars: Calendars, viewer: CurrentViewer
    ) -> Response[bytes]:
        return serve(request, await calendars.all_events(viewer))

    @get(
        "/events/{event:str}/schedule.json",
        summary="frab/c3voc schedule (JSON)",
        responses=FRAB_JSON_FILE,
    )
    async def schedule_json(
        self, request: Request, event: FromPath[str], calendars: Calendars, viewer: CurrentViewer
    ) -> Response[bytes]:
        return serve(request, await calendars.schedule(event, viewer, FRAB_JSON))

    @get(
        "/events/{event:str}/schedule.xml",
        summary="frab/c3voc schedule (XML)",
        responses=FRAB_XML_FILE,
    )
    async def schedule_xml(
        self, request: Request, event: FromPath[str], calendars: Calendars, viewer: CurrentViewer
    ) -> Response[bytes]:
        return serve(request, await calendars.schedule(event, viewer, FRAB_XML))
