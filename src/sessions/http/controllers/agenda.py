"""Reading the plan: the agenda, now/next in a track, and conflicts."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec
from litestar import Controller, Request, Response, get
from litestar.params import FromPath, Parameter, QueryParameter

from sessions.domain.agenda import Agenda
from sessions.domain.clock import parse_local_datetime
from sessions.http.conditional import tagged
from sessions.http.deps import Agendas, CurrentViewer
from sessions.http.params import Limit, Offset
from sessions.http.present import agenda_out, conflicts_out, now_next_out
from sessions.http.problems import ORGANISER_QUERY, QUERY, READ
from sessions.http.schemas.agenda import (
    AgendaOut,
    ConflictsOut,
    NowNextOut,
    reader_language,
    reader_zone,
)
from sessions.services.agenda import AgendaQuery

Tz = Annotated[
    str | None,
    QueryParameter(
        name="tz",
        required=False,
        max_length=64,
        description="IANA zone to show times in (default: the event's zone)",
    ),
]


def encode_agenda(agenda: Agenda) -> bytes:
    """The agenda document, encoded once per event version and then served from the cache."""
    return msgspec.json.encode(agenda_out(agenda))


class AgendaController(Controller):
    path = "/api/v1/events/{event:str}"
    tags = ["agenda"]

    @get(
        "/agenda",
        summary="The agenda in a viewer's zone, grouped by the viewer's local days",
        description=(
            "Each session is listed on the local day it starts and says whether it "
            "crosses the viewer's midnight. With `track`, only that track's sessions and "
            "segments; without, every segment, each naming its tracks."
        ),
        responses=READ,
    )
    async def agenda(
        self,
        request: Request,
        event: FromPath[str],
        agendas: Agendas,
        viewer: CurrentViewer,
        tz: Tz = None,
        track: Annotated[str | None, Parameter(required=False, max_length=64)] = None,
        # Named as the query parameter, so that a refusal names `date`, not a Python name.
        date: Annotated[
            dt.date | None, QueryParameter(required=False, description="One local day")
        ] = None,
        language: Annotated[
            str | None,
            QueryParameter(
                required=False,
                max_length=64,
                description=(
                    "A BCP 47 tag (fr): only sessions one can follow in it: spoken, "
                    "interpreted or signed, by the session or one of its segments "
                    "(fr also finds fr-CA)"
                ),
            ),
        ] = None,
    ) -> Response[AgendaOut]:
        tag = reader_language(language)
        query = AgendaQuery(zone=reader_zone(tz), track=track, on_date=date, language=tag)
        body, version = await agendas.agenda_document(event, viewer, encode_agenda, query)
        etag = f'"a{version}-{tz or "-"}-{track or "*"}-{date or "*"}-{tag or "*"}"'
        return tagged(request, body, etag, media_type="application/json", compressible=True)

    @get(
        "/tracks/{track:str}/now",
        summary="What runs now and what is next in a track",
        responses=QUERY,
    )
    async def now_next(
        self,
        event: FromPath[str],
        track: FromPath[str],
        agendas: Agendas,
        viewer: CurrentViewer,
        tz: Tz = None,
        at: Annotated[
            str | None,
            Parameter(
                required=False,
                max_length=32,
                description="An instant (2024-12-18T16:10:00+03:00) or a wall time in tz; default now",
            ),
        ] = None,
    ) -> NowNextOut:
        zone = reader_zone(tz)
        moment = parse_local_datetime(at, "at") if at else None
        view = await agendas.now_next(event, track, viewer, at=moment, zone=zone)
        return now_next_out(view.event.slug, track, view.zone, view.now_next, view.late_minutes)

    @get(
        "/conflicts",
        summary="Overlaps, gaps and double bookings (organisers)",
        description=(
            "Paged, in time order; `total` and `summary` count every conflict. Overlapping "
            "bookings of one room or person come as one run: `count` sessions, the first 50 "
            "listed in `sessions`."
        ),
        responses=ORGANISER_QUERY,
    )
    async def conflicts(
        self,
        event: FromPath[str],
        agendas: Agendas,
        viewer: CurrentViewer,
        tz: Tz = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Response[ConflictsOut]:
        found_event, zone, conflicts = await agendas.conflicts(event, viewer, tz=tz)
        return Response(
            conflicts_out(found_event.slug, zone, conflicts, limit=limit, offset=offset),
            # Organisers only: never stored by a shared cache, nor kept in a browser's.
            headers={"Cache-Control": "no-store", "Vary": "Authorization, Cookie"},
        )
