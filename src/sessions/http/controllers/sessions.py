"""/api/v1/events/{event}/sessions and their segment plans."""

from __future__ import annotations

import uuid

from litestar import Controller, Request, Response, delete, get, patch, post, put
from litestar.params import FromPath, JSONBody

from sessions.domain.model import Person
from sessions.domain.plan import SegmentSpec
from sessions.http.conditional import tagged
from sessions.http.deps import AppSettings, CurrentViewer, Sessions
from sessions.http.params import IfMatch, Limit, Offset, set_fields
from sessions.http.present import session_out
from sessions.http.problems import CREATE, QUERY, READ, WRITE
from sessions.http.schemas.common import Page
from sessions.http.schemas.sessions import (
    PersonIn,
    SegmentIn,
    SessionCreate,
    SessionOut,
    SessionPatch,
)
from sessions.services.sessions import SessionDraft
from sessions.services.versions import session_etag


def _people(people: list[PersonIn]) -> list[Person]:
    return [Person(p.name, p.role, p.email) for p in people]


class SessionController(Controller):
    path = "/api/v1/events/{event:str}/sessions"
    tags = ["sessions"]

    @get("/", summary="The event's sessions, in time order", responses=QUERY)
    async def list_sessions(
        self,
        event: FromPath[str],
        sessions: Sessions,
        viewer: CurrentViewer,
        settings: AppSettings,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page[SessionOut]:
        views, total = await sessions.list(event, viewer, limit=limit, offset=offset)
        return Page([session_out(v, settings) for v in views], total)

    @post(
        "/",
        summary="Create a session (wall-clock times in the event's zone)",
        responses=CREATE,
    )
    async def create_session(
        self,
        event: FromPath[str],
        data: JSONBody[SessionCreate],
        sessions: Sessions,
        viewer: CurrentViewer,
        settings: AppSettings,
    ) -> Response[SessionOut]:
        view = await sessions.create(
            event,
            SessionDraft(
                title=data.title,
                start=data.start,
                end=data.end,
                description=data.description,
                room=data.room,
                tracks=data.tracks,
                people=_people(data.people),
                status=data.status,
            ),
            viewer,
        )
        body = session_out(view, settings)
        return Response(
            body,
            status_code=201,
            headers={"ETag": session_etag(view.session.version), "Location": body.links.self},
        )

    @get("/{session:uuid}", summary="Read a session with its segment plan", responses=READ)
    async def get_session(
        self,
        request: Request,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        sessions: Sessions,
        viewer: CurrentViewer,
        settings: AppSettings,
    ) -> Response[SessionOut]:
        view = await sessions.get(event, session, viewer)
        return tagged(request, session_out(view, settings), session_etag(view.session.version))

    @patch(
        "/{session:uuid}",
        summary="Change a session: `start` alone moves it (length kept), `end` alone resizes it",
        responses=WRITE,
    )
    async def update_session(
        self,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        data: JSONBody[SessionPatch],
        sessions: Sessions,
        viewer: CurrentViewer,
        settings: AppSettings,
        if_match: IfMatch = None,
    ) -> Response[SessionOut]:
        changes = set_fields(data)
        if "people" in changes:
            changes["people"] = _people(data.people)  # type: ignore[arg-type]
        view = await sessions.update(event, session, changes, viewer, if_match)
        return Response(
            session_out(view, settings), headers={"ETag": session_etag(view.session.version)}
        )

    @delete("/{session:uuid}", summary="Delete a session", status_code=204, responses=WRITE)
    async def delete_session(
        self,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        sessions: Sessions,
        viewer: CurrentViewer,
        if_match: IfMatch = None,
    ) -> None:
        await sessions.delete(event, session, viewer, if_match)

    @put(
        "/{session:uuid}/segments",
        summary="Replace the session's whole segment plan, atomically",
        description=(
            "Segments lie inside the session and do not overlap within a track; a segment "
            "without tracks is for every track of the session. Send the session's ETag in "
            "If-Match. A plan change gives the session a new ETag but not a new sequence."
        ),
        responses=WRITE,
    )
    async def replace_segments(
        self,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        data: JSONBody[list[SegmentIn]],
        sessions: Sessions,
        viewer: CurrentViewer,
        settings: AppSettings,
        if_match: IfMatch = None,
    ) -> Response[SessionOut]:
        specs = [
            SegmentSpec(s.kind, s.title, s.start, s.end, tuple(s.tracks), s.notes) for s in data
        ]
        view = await sessions.replace_segments(event, session, specs, viewer, if_match)
        return Response(
            session_out(view, settings), headers={"ETag": session_etag(view.session.version)}
        )
