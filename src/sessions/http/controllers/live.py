"""Server-sent events: what changed, as it happens, with catch-up after a reconnect."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Annotated

import msgspec
from litestar import Controller, Response, get, post
from litestar.datastructures import State
from litestar.params import FromPath, HeaderParameter, JSONBody
from litestar.response import ServerSentEvent, ServerSentEventMessage

from sessions.domain.clock import format_instant
from sessions.domain.errors import NotFound
from sessions.http.deps import CurrentViewer, Live, SiteLinks
from sessions.http.live import (
    HEARTBEAT,
    Fanout,
    History,
    LiveMessage,
    event_channel,
    track_channel,
)
from sessions.http.params import SESSION, IfMatch, etag, expected_version
from sessions.http.present import session_out
from sessions.http.problems import documented
from sessions.http.schemas.live import DelayIn, LateIn, LiveStateOut, TrackLiveOut
from sessions.http.schemas.sessions import SessionOut
from sessions.services.live import TrackLive
from sessions.services.telemetry import Telemetry

_ENDS_STREAMS = frozenset({"event.draft", "event.deleted"})

LastEventId = Annotated[
    str | None,
    HeaderParameter(
        name="Last-Event-ID",
        required=False,
        max_length=64,
        description="The id of the last message you received: missed messages are sent first",
    ),
]


async def _stream(
    fanout: Fanout,
    history: History,
    names: list[str],
    last_event_id: str | None,
    hello: LiveMessage,
) -> AsyncIterator[ServerSentEventMessage]:
    yield ServerSentEventMessage(event="hello", data=_data(hello), retry=3000)
    async with fanout.listen(names) as listener:
        # Subscribed first, then the history: nothing falls between the two.
        seen = last_event_id or ""
        if last_event_id is not None:
            for message in await history.since(names, last_event_id):
                yield _sse(message)
                seen = max(seen, message.id)
        while True:
            raw = await listener.inbox.get()
            if raw == HEARTBEAT:
                # A comment line keeps proxies from closing an idle stream.
                yield ServerSentEventMessage(comment="heartbeat")
                continue
            found = _decoded(raw)
            if found is None or found[0] <= seen:
                continue  # delivered already: from the history, or on the other channel
            seen, sse, what = found
            yield sse
            if what in _ENDS_STREAMS:
                # Back to draft or gone: every stream of the event ends, and the browser's
                # reconnect is checked again (a 404 for the public, a new hello for its team).
                return


# A message reaches every subscriber of a process as the same bytes: decode and present it
# once, not once per stream (thousands of attendees listen to one event).
_DECODED: OrderedDict[bytes, tuple[str, ServerSentEventMessage, str | None] | None] = OrderedDict()
_DECODED_KEPT = 64


def _decoded(raw: bytes) -> tuple[str, ServerSentEventMessage, str | None] | None:
    """(id, the message as sent, what changed), or None for bytes that are not a message."""
    if raw in _DECODED:
        return _DECODED[raw]
    try:
        message = msgspec.json.decode(raw, type=LiveMessage)
    except msgspec.DecodeError:
        found = None
    else:
        found = (message.id, _sse(message), message.what)
    _DECODED[raw] = found
    if len(_DECODED) > _DECODED_KEPT:
        _DECODED.popitem(last=False)
    return found


async def _observed(
    telemetry: Telemetry, stream: AsyncIterator[ServerSentEventMessage]
) -> AsyncIterator[ServerSentEventMessage]:
    """The stream, counted for operators: open now, and each message fanned out to it."""
    telemetry.stream_opened()
    try:
        async for message in stream:
            if message.event not in (None, "hello"):
                telemetry.fanned_out()
            yield message
    finally:
        telemetry.stream_closed()


def _data(message: LiveMessage) -> str:
    message.origin = None
    return msgspec.json.encode(message).decode()


def _sse(message: LiveMessage) -> ServerSentEventMessage:
    return ServerSentEventMessage(id=message.id, event=message.type, data=_data(message))


class LiveController(Controller):
    path = "/api/v1/events/{event:str}"
    tags = ["live"]

    @get(
        "/live",
        media_type="text/event-stream",
        summary="Live changes to the event (server-sent events)",
        description=(
            "`plan.changed` (with the new version) whenever the plan changes. Each message "
            "has an id; reconnect with Last-Event-ID to get what you missed from a bounded "
            "history. A heartbeat comment every 15 s keeps proxies from cutting the stream."
        ),
        responses=documented(404, 422),
    )
    async def event_live(
        self,
        event: FromPath[str],
        live: Live,
        viewer: CurrentViewer,
        state: State,
        last_event_id: LastEventId = None,
    ) -> ServerSentEvent:
        followed = await live.event_to_follow(event, viewer)
        hello = LiveMessage(id="", type="hello", event=event, version=followed.version)
        return ServerSentEvent(
            _observed(
                state.ctx.telemetry,
                _stream(
                    state.live_fanout,
                    state.live_history,
                    [event_channel(followed.id)],
                    last_event_id,
                    hello,
                ),
            ),
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @get(
        "/tracks/{track:str}/live",
        media_type="text/event-stream",
        summary="Live changes that concern one track (server-sent events)",
        responses=documented(404, 422),
    )
    async def track_live(
        self,
        event: FromPath[str],
        track: FromPath[str],
        live: Live,
        viewer: CurrentViewer,
        state: State,
        last_event_id: LastEventId = None,
    ) -> ServerSentEvent:
        followed = await live.event_to_follow(event, viewer)
        if followed.track(track) is None:
            raise NotFound(f"No track {track!r} in {event!r}.")
        hello = LiveMessage(id="", type="hello", event=event, track=track, version=followed.version)
        names = [event_channel(followed.id), track_channel(followed.id, track)]
        return ServerSentEvent(
            _observed(
                state.ctx.telemetry,
                _stream(state.live_fanout, state.live_history, names, last_event_id, hello),
            ),
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @get(
        "/live/state",
        summary="How late each track runs now (tracks on time are absent)",
        responses=documented(404),
    )
    async def live_state(
        self, event: FromPath[str], live: Live, viewer: CurrentViewer
    ) -> LiveStateOut:
        return LiveStateOut(event, await live.state(event, viewer))

    @post(
        "/tracks/{track:str}/live/late",
        summary="Declare the track running N minutes late (0: on time again)",
        description="For the track's facilitators and the event's organisers. An overlay: "
        "the published plan is unchanged; now/next and the live streams show it.",
        responses=documented(400, 401, 403, 404, 422),
        status_code=200,
    )
    async def declare_late(
        self,
        event: FromPath[str],
        track: FromPath[str],
        data: JSONBody[LateIn],
        live: Live,
        viewer: CurrentViewer,
    ) -> TrackLiveOut:
        return _track_live(await live.declare_late(event, track, data.minutes, viewer))

    @post(
        "/tracks/{track:str}/live/start",
        summary="The next segment of the track starts now (lateness measured against its plan)",
        responses=documented(401, 403, 404, 422),
        status_code=200,
    )
    async def start_segment(
        self, event: FromPath[str], track: FromPath[str], live: Live, viewer: CurrentViewer
    ) -> TrackLiveOut:
        return _track_live(await live.start_segment(event, track, viewer))

    @post(
        "/tracks/{track:str}/live/end",
        summary="What runs in the track ends now (lateness measured against its planned end)",
        responses=documented(401, 403, 404, 422),
        status_code=200,
    )
    async def end_segment(
        self, event: FromPath[str], track: FromPath[str], live: Live, viewer: CurrentViewer
    ) -> TrackLiveOut:
        return _track_live(await live.end_segment(event, track, viewer))

    @post(
        "/sessions/{session:uuid}/delay",
        summary="Push the rest of a session's plan back by N minutes (a real change)",
        description="Segments under way run longer, later ones move, the session ends later: "
        "its SEQUENCE grows and calendars and invites follow. Organisers only.",
        responses=documented(400, 401, 403, 404, 412, 422),
        status_code=200,
    )
    async def delay_session(
        self,
        event: FromPath[str],
        session: FromPath[uuid.UUID],
        data: JSONBody[DelayIn],
        live: Live,
        viewer: CurrentViewer,
        site: SiteLinks,
        if_match: IfMatch = None,
    ) -> Response[SessionOut]:
        expected = expected_version(if_match, SESSION)
        view = await live.delay_session(event, session, data.minutes, viewer, expected)
        return Response(
            session_out(view, site), headers={"ETag": etag(SESSION, view.session.version)}
        )


def _track_live(state: TrackLive) -> TrackLiveOut:
    return TrackLiveOut(
        state.track,
        state.late_minutes,
        format_instant(state.updated_at) if state.updated_at else None,
    )
