"""Calendars (.ics) and frab schedules: the paths calendar apps and conference apps poll."""

from __future__ import annotations

import uuid
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, QueryParameter

from sessions.domain.errors import NotFound
from sessions.http.deps import Calendars, CurrentViewer
from sessions.http.problems import QUERY, documented
from sessions.services.calendars import CalendarQuery, Rendered

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


def _served(media_type: str, body: type, what: str) -> dict[int, ResponseSpec]:
    """The documented answers: the rendering (or 304 for a poller that has it), or a problem."""
    return {
        200: ResponseSpec(body, description=what, media_type=media_type, generate_examples=False),
        **QUERY,
        **documented(304),
    }


ICS = _served("text/calendar", str, "An iCalendar (RFC 5545) document, with ETag and Last-Modified")
FRAB_JSON = _served(
    "application/json", dict[str, Any], "The frab/c3voc schedule.json document, with ETag"
)
FRAB_XML = _served("application/xml", str, "The frab/c3voc schedule.xml document, with ETag")


def _strip(name: str, suffix: str) -> str:
    if not name.endswith(suffix) or len(name) == len(suffix):
        raise NotFound(f"Nothing here; calendars end in {suffix}.")
    return name[: -len(suffix)]


def _not_modified(request: Request, rendered: Rendered) -> bool:
    inm = request.headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or rendered.etag in tags
    ims = request.headers.get("if-modified-since")
    if ims and rendered.last_modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        return rendered.last_modified.replace(microsecond=0) <= since
    return False


def serve(request: Request, rendered: Rendered) -> Response[bytes]:
    headers = {
        "ETag": rendered.etag,
        # Calendar apps poll: let them revalidate cheaply every time.
        "Cache-Control": "no-cache",
        "Content-Disposition": f'inline; filename="{rendered.filename}"',
    }
    if rendered.last_modified is not None:
        headers["Last-Modified"] = format_datetime(rendered.last_modified, usegmt=True)
    if _not_modified(request, rendered):
        return Response(content=b"", status_code=304, headers=headers)
    # Litestar adds "; charset=utf-8" to text/* types itself.
    media_type = (
        rendered.media_type.split(";")[0]
        if rendered.media_type.startswith("text/")
        else rendered.media_type
    )
    return Response(content=rendered.body, media_type=media_type, headers=headers)


class CalendarController(Controller):
    tags = ["calendars"]

    @get(
        "/events/{name:str}",
        summary="The whole published event as a calendar (`{event}.ics`)",
        responses=ICS,
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
        slug = _strip(name, ".ics")
        query = CalendarQuery(track=track, tz=tz, utc=utc, segments=segments)
        return serve(request, await calendars.event_calendar(slug, viewer, query))

    @get(
        "/events/{event:str}/tracks/{name:str}",
        summary="One track's feed (`{track}.ics`)",
        responses=ICS,
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
    ) -> Response[bytes]:
        query = CalendarQuery(track=_strip(name, ".ics"), tz=tz, utc=utc, segments=segments)
        return serve(request, await calendars.event_calendar(event, viewer, query))

    @get(
        "/events/{event:str}/sessions/{name:str}",
        summary="One session's invite (`{session}.ics`): METHOD:PUBLISH, or CANCEL once cancelled",
        responses=ICS,
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
            session_id = uuid.UUID(_strip(name, ".ics"))
        except ValueError:
            raise NotFound(f"No session {name!r}.") from None
        query = CalendarQuery(track=track, tz=tz, utc=utc)
        return serve(request, await calendars.session_invite(event, session_id, viewer, query))

    @get(
        "/calendar.ics",
        summary="Every published event as one subscribable calendar",
        responses=ICS,
    )
    async def all_events(
        self, request: Request, calendars: Calendars, viewer: CurrentViewer
    ) -> Response[bytes]:
        return serve(request, await calendars.all_events(viewer))

    @get(
        "/events/{event:str}/schedule.json",
        summary="frab/c3voc schedule (JSON)",
        responses=FRAB_JSON,
    )
    async def schedule_json(
        self, request: Request, event: FromPath[str], calendars: Calendars, viewer: CurrentViewer
    ) -> Response[bytes]:
        return serve(request, await calendars.schedule(event, viewer, "json"))

    @get(
        "/events/{event:str}/schedule.xml",
        summary="frab/c3voc schedule (XML)",
        responses=FRAB_XML,
    )
    async def schedule_xml(
        self, request: Request, event: FromPath[str], calendars: Calendars, viewer: CurrentViewer
    ) -> Response[bytes]:
        return serve(request, await calendars.schedule(event, viewer, "xml"))
