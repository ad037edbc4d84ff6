"""/api/v1/events: list, create, read, update, delete, publish."""

from __future__ import annotations

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody

from sessions.domain.model import EventStatus
from sessions.http.conditional import tagged
from sessions.http.deps import CurrentViewer, Events, SiteLinks
from sessions.http.params import EVENT, IfMatch, Limit, Offset, etag, expected_version
from sessions.http.present import event_out
from sessions.http.problems import CREATE_EVENT, LIST, READ, STATUS_CHANGE, WRITE
from sessions.http.schemas.common import Page
from sessions.http.schemas.events import EventCreate, EventOut
from sessions.http.schemas.events import EventPatch as EventPatchIn
from sessions.services.events import EventDraft, EventPatch
from sessions.services.tracks import TrackDraft


class EventController(Controller):
    path = "/api/v1/events"
    tags = ["events"]

    @get("/", summary="List the events you may see", responses=LIST)
    async def list_events(
        self,
        events: Events,
        viewer: CurrentViewer,
        site: SiteLinks,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page[EventOut]:
        page = await events.list(viewer, limit=limit, offset=offset)
        return Page([event_out(v, site) for v in page.items], page.total)

    @post(
        "/",
        summary="Create an event (a draft, with in-person and online tracks by default)",
        responses=CREATE_EVENT,
    )
    async def create_event(
        self,
        data: JSONBody[EventCreate],
        events: Events,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[EventOut]:
        tracks = (
            None
            if data.tracks is None
            else [
                TrackDraft(
                    t.slug,
                    t.name,
                    t.mode,
                    t.location,
                    t.join_url,
                    t.join_private,
                    t.join_private_hours,
                )
                for t in data.tracks
            ]
        )
        view = await events.create(
            EventDraft(
                slug=data.slug,
                title=data.title,
                timezone=data.timezone,
                start_date=data.start_date,
                end_date=data.end_date,
                kind=data.kind,
                venue=data.venue,
                description=data.description,
                tracks=tracks,
            ),
            viewer,
        )
        body = event_out(view, site)
        return Response(
            body,
            status_code=201,
            headers={"ETag": etag(EVENT, view.event.version), "Location": body.links.self},
        )

    @get("/{event:str}", summary="Read an event", responses=READ)
    async def get_event(
        self,
        request: Request,
        event: FromPath[str],
        events: Events,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[EventOut]:
        view = await events.get(event, viewer)
        tag = etag(EVENT, view.event.version)
        if not view.can_write and any(t.join_private and t.join_url for t in view.tracks):
            tag = tag[:-1] + '-p"'  # without the private links: a tag of its own
        return tagged(request, event_out(view, site), tag)

    @patch("/{event:str}", summary="Change an event's fields", responses=WRITE)
    async def update_event(
        self,
        event: FromPath[str],
        data: JSONBody[EventPatchIn],
        events: Events,
        viewer: CurrentViewer,
        site: SiteLinks,
        if_match: IfMatch = None,
    ) -> Response[EventOut]:
        patch = EventPatch(
            title=data.title,
            timezone=data.timezone,
            start_date=data.start_date,
            end_date=data.end_date,
            kind=data.kind,
            venue=data.venue,
            description=data.description,
        )
        view = await events.update(event, patch, viewer, expected_version(if_match, EVENT))
        return Response(event_out(view, site), headers={"ETag": etag(EVENT, view.event.version)})

    @delete(
        "/{event:str}",
        summary="Delete an event and everything in it",
        status_code=204,
        responses=WRITE,
    )
    async def delete_event(
        self,
        event: FromPath[str],
        events: Events,
        viewer: CurrentViewer,
        if_match: IfMatch = None,
    ) -> None:
        await events.delete(event, viewer, expected_version(if_match, EVENT))

    @post(
        "/{event:str}/publish",
        summary="Publish: attendees can see it",
        status_code=200,
        responses=STATUS_CHANGE,
    )
    async def publish(
        self,
        event: FromPath[str],
        events: Events,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[EventOut]:
        view = await events.set_status(event, EventStatus.PUBLISHED, viewer)
        return Response(event_out(view, site), headers={"ETag": etag(EVENT, view.event.version)})

    @post(
        "/{event:str}/unpublish",
        summary="Back to draft: only organisers see it",
        status_code=200,
        responses=STATUS_CHANGE,
    )
    async def unpublish(
        self,
        event: FromPath[str],
        events: Events,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[EventOut]:
        view = await events.set_status(event, EventStatus.DRAFT, viewer)
        return Response(event_out(view, site), headers={"ETag": etag(EVENT, view.event.version)})
