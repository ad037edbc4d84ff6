"""/api/v1/events/{event}/sessions and their segment plans."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime

from litestar import Controller, Request, Response, delete, get, patch, post, put
from litestar.params import FromPath, JSONBody
from msgspec import UNSET, UnsetType

from sessions.domain.clock import parse_local_datetime
from sessions.domain.errors import ErrorCollector, InvalidInput
from sessions.domain.hybrid import Hybrid, Material
from sessions.domain.model import Interval, Person
from sessions.domain.plan import SegmentSpec
from sessions.http.conditional import tagged
from sessions.http.deps import CurrentViewer, Sessions, SiteLinks
from sessions.http.params import SESSION, IfMatch, Limit, Offset, etag, expected_version
from sessions.http.present import session_out
from sessions.http.problems import CREATE, QUERY, READ, WRITE
from sessions.http.schemas.common import Page
from sessions.http.schemas.sessions import (
    MaterialIn,
    PersonIn,
    SegmentIn,
    SessionCreate,
    SessionOut,
)
from sessions.http.schemas.sessions import SessionPatch as SessionPatchIn
from sessions.services.sessions import SessionDraft, SessionPatch, SessionView


def _people(people: list[PersonIn], field: str, errors: ErrorCollector) -> list[Person]:
    """People as given; availability windows read once, here, as instants (offsets required)."""
    out = []
    for i, p in enumerate(people):
        windows: tuple[Interval, ...] | None = None
        if p.availability is not UNSET:
            read = []
            for j, w in enumerate(p.availability):
                where = f"{field}[{i}].availability[{j}]"
                start = _instant(w.start, f"{where}.start", errors)
                end = _instant(w.end, f"{where}.end", errors)
                if start is not None and end is not None:
                    read.append(Interval(start, end))
            windows = tuple(read)
        out.append(Person(p.name, p.role, p.email, windows))
    return out


def _instant(text: str, field: str, errors: ErrorCollector) -> datetime | None:
    moment = _time(text, field, errors)
    if moment is not None and moment.tzinfo is None:
        errors.add(
            field,
            "Availability is given as instants: add the UTC offset "
            "(such as 2024-12-18T09:00+03:00).",
            text,
        )
        return None
    return moment.astimezone(UTC) if moment is not None else None


def _time(text: str, field: str, errors: ErrorCollector) -> datetime | None:
    """Read once, here: naive is a wall time in the event's zone, aware an instant."""
    try:
        return parse_local_datetime(text, field)
    except InvalidInput as exc:
        errors.errors.extend(exc.errors)
        return None


def _hybrid(data: SessionCreate | SegmentIn) -> Hybrid:
    return Hybrid(
        join_url=data.join_url,
        join_private=data.join_private,
        join_private_hours=data.join_private_hours,
        languages=tuple(data.languages),
        interpretation=tuple(data.interpretation),
        sign_language=tuple(data.sign_language),
        captions=data.captions,
    )


def _materials(data: list[MaterialIn]) -> tuple[Material, ...]:
    return tuple(Material(m.kind, m.title, m.url) for m in data)


def _draft(data: SessionCreate) -> SessionDraft:
    errors = ErrorCollector()
    start, end = _time(data.start, "start", errors), _time(data.end, "end", errors)
    people = _people(data.people, "people", errors)
    errors.raise_if_any()
    assert start is not None and end is not None
    return SessionDraft(
        title=data.title,
        start=start,
        end=end,
        description=data.description,
        room=data.room,
        tracks=data.tracks,
        people=people,
        status=data.status,
        avoid_overlap_with=tuple(data.avoid_overlap_with),
        hybrid=_hybrid(data),
        materials=_materials(data.materials),
    )


def _patch(data: SessionPatchIn) -> SessionPatch:
    errors = ErrorCollector()
    start: datetime | UnsetType | None = UNSET
    end: datetime | UnsetType | None = UNSET
    if data.start is not UNSET:
        start = _time(data.start, "start", errors)
    if data.end is not UNSET:
        end = _time(data.end, "end", errors)
    people = _people(data.people, "people", errors) if data.people is not UNSET else UNSET
    errors.raise_if_any()
    assert start is not None and end is not None
    return SessionPatch(
        title=data.title,
        description=data.description,
        room=data.room,
        status=data.status,
        start=start,
        end=end,
        tracks=data.tracks,
        people=people,
        avoid_overlap_with=(
            tuple(data.avoid_overlap_with) if data.avoid_overlap_with is not UNSET else UNSET
        ),
        join_url=data.join_url,
        join_private=data.join_private,
        join_private_hours=data.join_private_hours,
        languages=data.languages,
        interpretation=data.interpretation,
        sign_language=data.sign_language,
        captions=data.captions,
        materials=_materials(data.materials) if data.materials is not UNSET else UNSET,
    )


def _specs(data: list[SegmentIn]) -> list[SegmentSpec]:
    errors = ErrorCollector()
    specs = []
    for i, s in enumerate(data):
        start = _time(s.start, f"segments[{i}].start", errors)
        end = _time(s.end, f"segments[{i}].end", errors)
        people = _people(s.people, f"segments[{i}].people", errors)
        if start is not None and end is not None:
            specs.append(
                SegmentSpec(
                    s.kind,
                    s.title,
                    start,
                    end,
                    tuple(s.tracks),
                    s.notes,
                    tuple(people),
                    _hybrid(s),
                )
            )
    errors.raise_if_any("The segment plan is not valid.")
    return specs


def view_etag(view: SessionView) -> str:
    """The ETag of what this reader sees: organisers' (every facilitator note) is the session's
    own tag, the one writes name in If-Match; a view without notes, or with some tracks' notes,
    has a tag of its own, so no cache answers one reader's If-None-Match with another's 304."""
    tag = etag(SESSION, view.session.version)
    if view.notes_tracks is None:
        return tag
    if not view.notes_tracks:
        return tag[:-1] + '-p"'
    digest = hashlib.sha256(",".join(sorted(view.notes_tracks)).encode()).hexdigest()[:12]
    return tag[:-1] + f'-f{digest}"'


class SessionController(Controller):
    path = "/api/v1/events/{event:str}/sessions"
    tags = ["sessions"]

    @get("/", summary="The event's sessions, in time order", responses=QUERY)
    async def list_sessions(
        self,
        event: FromPath[str],
        sessions: Sessions,
        viewer: CurrentViewer,
        site: SiteLinks,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page[SessionOut]:
        views, total = await sessions.list(event, viewer, limit=limit, offset=offset)
        return Page([session_out(v, site) for v in views], total)

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
        site: SiteLinks,
    ) -> Response[SessionOut]:
        view = await sessions.create(event, _draft(data), viewer)
        body = session_out(view, site)
        return Response(
            body,
            status_code=201,
            headers={"ETag": etag(SESSION, view.session.version), "Location": body.links.self},
        )

    @get("/{session:uuid}", summary="Read a session with its segment plan", responses=READ)
    async def get_session(
        self,
        request: Request,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        sessions: Sessions,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[SessionOut]:
        view = await sessions.get(event, session, viewer)
        return tagged(request, session_out(view, site), view_etag(view))

    @patch(
        "/{session:uuid}",
        summary="Change a session: `start` alone moves it (length kept), `end` alone resizes it",
        responses=WRITE,
    )
    async def update_session(
        self,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        data: JSONBody[SessionPatchIn],
        sessions: Sessions,
        viewer: CurrentViewer,
        site: SiteLinks,
        if_match: IfMatch = None,
    ) -> Response[SessionOut]:
        expected = expected_version(if_match, SESSION)
        view = await sessions.update(event, session, _patch(data), viewer, expected)
        return Response(
            session_out(view, site), headers={"ETag": etag(SESSION, view.session.version)}
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
        expected = expected_version(if_match, SESSION)
        await sessions.delete(event, session, viewer, expected)

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
        site: SiteLinks,
        if_match: IfMatch = None,
    ) -> Response[SessionOut]:
        expected = expected_version(if_match, SESSION)
        view = await sessions.replace_segments(event, session, _specs(data), viewer, expected)
        return Response(
            session_out(view, site), headers={"ETag": etag(SESSION, view.session.version)}
        )
