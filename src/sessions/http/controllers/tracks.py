"""/api/v1/events/{event}/tracks."""

from __future__ import annotations

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody

from sessions.http.conditional import tagged
from sessions.http.deps import CurrentViewer, SiteLinks, Tracks
from sessions.http.params import TRACK, IfMatch, etag, expected_version
from sessions.http.present import track_out
from sessions.http.problems import CONFLICT, CREATE, QUERY, READ, WRITE
from sessions.http.schemas.common import Page
from sessions.http.schemas.events import TrackCreate, TrackOut
from sessions.http.schemas.events import TrackPatch as TrackPatchIn
from sessions.services.tracks import TrackDraft, TrackPatch


class TrackController(Controller):
    path = "/api/v1/events/{event:str}/tracks"
    tags = ["tracks"]

    @get("/", summary="The event's tracks", responses=QUERY)
    async def list_tracks(
        self, event: FromPath[str], tracks: Tracks, viewer: CurrentViewer, site: SiteLinks
    ) -> Page[TrackOut]:
        items = await tracks.list(event, viewer)
        return Page([track_out(t, event, site) for t in items], len(items))

    @post("/", summary="Add a track", responses=CREATE | CONFLICT)
    async def create_track(
        self,
        event: FromPath[str],
        data: JSONBody[TrackCreate],
        tracks: Tracks,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[TrackOut]:
        track = await tracks.create(
            event, TrackDraft(data.slug, data.name, data.mode, data.location, data.join_url), viewer
        )
        return Response(
            track_out(track, event, site),
            status_code=201,
            headers={"ETag": etag(TRACK, track.version)},
        )

    @get("/{track:str}", summary="Read a track", responses=READ)
    async def get_track(
        self,
        request: Request,
        event: FromPath[str],
        track: FromPath[str],
        tracks: Tracks,
        viewer: CurrentViewer,
        site: SiteLinks,
    ) -> Response[TrackOut]:
        found = await tracks.get(event, track, viewer)
        return tagged(request, track_out(found, event, site), etag(TRACK, found.version))

    @patch("/{track:str}", summary="Change a track", responses=WRITE)
    async def update_track(
        self,
        event: FromPath[str],
        track: FromPath[str],
        data: JSONBody[TrackPatchIn],
        tracks: Tracks,
        viewer: CurrentViewer,
        site: SiteLinks,
        if_match: IfMatch = None,
    ) -> Response[TrackOut]:
        patch = TrackPatch(
            name=data.name, mode=data.mode, location=data.location, join_url=data.join_url
        )
        changed = await tracks.update(
            event, track, patch, viewer, expected_version(if_match, TRACK)
        )
        return Response(
            track_out(changed, event, site), headers={"ETag": etag(TRACK, changed.version)}
        )

    @delete(
        "/{track:str}",
        summary="Remove a track no session uses",
        status_code=204,
        responses=WRITE | CONFLICT,
    )
    async def delete_track(
        self,
        event: FromPath[str],
        track: FromPath[str],
        tracks: Tracks,
        viewer: CurrentViewer,
        if_match: IfMatch = None,
    ) -> None:
        await tracks.delete(event, track, viewer, expected_version(if_match, TRACK))
