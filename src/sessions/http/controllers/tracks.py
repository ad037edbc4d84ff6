"""/api/v1/events/{event}/tracks."""

from __future__ import annotations

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody

from sessions.domain.model import Track
from sessions.http.conditional import tagged
from sessions.http.deps import CurrentViewer, SiteLinks, Tracks
from sessions.http.params import TRACK, IfMatch, etag, expected_version
from sessions.http.present import track_out
from sessions.http.problems import CONFLICT, CREATE, QUERY, READ, WRITE
from sessions.http.schemas.common import Page
from sessions.http.schemas.events import TrackCreate, TrackOut
from sessions.http.schemas.events import TrackPatch as TrackPatchIn
from sessions.services.tracks import TrackDraft, TrackPatch


def track_etag(track: Track) -> str:
    """The team's tag is the track's own (the one If-Match names); a reader without its
    private link gets one of their own, so no cache answers one with the other's 304."""
    tag = etag(TRACK, track.version)
    return tag[:-1] + '-p"' if track.join_private and track.join_url is None else tag


class TrackController(Controller):
    path = "/api/v1/events/{event:str}/tracks"
    tags = ["tracks"]

    @get("/", summary="The event's tracks", responses=QUERY)
    async def list_tracks(
        self, event: FromPath[str], tracks: Tracks, viewer: CurrentViewer, site: SiteLinks
    ) -> Page[TrackOut]:
        items = await tracks.list(event, viewer)
        # The service already left out private links this reader may not have.
        return Page([track_out(t, event, site, team=True) for t in items], len(items))

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
            event,
            TrackDraft(
                data.slug,
                data.name,
                data.mode,
                data.location,
                data.join_url,
                data.join_private,
                data.join_private_hours,
            ),
            viewer,
        )
        return Response(
            track_out(track, event, site, team=True),
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
        return tagged(request, track_out(found, event, site, team=True), track_etag(found))

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
            name=data.name,
            mode=data.mode,
            location=data.location,
            join_url=data.join_url,
            join_private=data.join_private,
            join_private_hours=data.join_private_hours,
        )
        changed = await tracks.update(
            event, track, patch, viewer, expected_version(if_match, TRACK)
        )
        return Response(
            track_out(changed, event, site, team=True),
            headers={"ETag": etag(TRACK, changed.version)},
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
