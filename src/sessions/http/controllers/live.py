"""Server-sent events: what changed, as it happens, with catch-up after a reconnect."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import msgspec
from litestar import Controller, get
from litestar.channels import ChannelsPlugin
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromPath, HeaderParameter
from litestar.response import ServerSentEvent, ServerSentEventMessage

from sessions.domain.errors import NotFound
from sessions.http.deps import CurrentViewer, Events
from sessions.http.live import History, LiveMessage, event_channel, track_channel
from sessions.http.problems import documented

HEARTBEAT_SECONDS = 15.0

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
    channels: ChannelsPlugin,
    history: History,
    names: list[str],
    last_event_id: str | None,
    hello: LiveMessage,
) -> AsyncIterator[ServerSentEventMessage]:
    yield ServerSentEventMessage(event="hello", data=_data(hello), retry=3000)
    async with channels.start_subscription(names) as subscriber:
        # Subscribed first, then the history: nothing falls between the two.
        seen = last_event_id or ""
        if last_event_id is not None:
            for message in await history.since(names, last_event_id):
                yield _sse(message)
                seen = max(seen, message.id)
        events = subscriber.iter_events().__aiter__()
        while True:
            try:
                raw = await asyncio.wait_for(events.__anext__(), HEARTBEAT_SECONDS)
            except TimeoutError:
                # A comment line keeps proxies from closing an idle stream.
                yield ServerSentEventMessage(comment="heartbeat")
                continue
            except StopAsyncIteration:
                return
            try:
                message = msgspec.json.decode(raw, type=LiveMessage)
            except msgspec.DecodeError:
                continue
            if message.id <= seen:
                continue  # already delivered from the history
            yield _sse(message)


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
        summary="Live changes to the event (server-sent events)",
        description=(
            "`plan.changed` (with the new version) whenever the plan changes. Each message "
            "has an id; reconnect with Last-Event-ID to get what you missed from a bounded "
            "history. A heartbeat comment every 15 s keeps proxies from cutting the stream."
        ),
        responses=documented(404),
    )
    async def event_live(
        self,
        event: FromPath[str],
        events: Events,
        viewer: CurrentViewer,
        channels: NamedDependency[ChannelsPlugin],
        state: State,
        last_event_id: LastEventId = None,
    ) -> ServerSentEvent:
        view = await events.get(event, viewer)
        hello = LiveMessage(id="", type="hello", event=event, version=view.event.version)
        return ServerSentEvent(
            _stream(
                channels, state.live_history, [event_channel(view.event.id)], last_event_id, hello
            ),
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @get(
        "/tracks/{track:str}/live",
        summary="Live changes that concern one track (server-sent events)",
        responses=documented(404),
    )
    async def track_live(
        self,
        event: FromPath[str],
        track: FromPath[str],
        events: Events,
        viewer: CurrentViewer,
        channels: NamedDependency[ChannelsPlugin],
        state: State,
        last_event_id: LastEventId = None,
    ) -> ServerSentEvent:
        view = await events.get(event, viewer)
        if track not in {t.slug for t in view.tracks}:
            raise NotFound(f"No track {track!r} in {event!r}.")
        hello = LiveMessage(
            id="", type="hello", event=event, track=track, version=view.event.version
        )
        names = [event_channel(view.event.id), track_channel(view.event.id, track)]
        return ServerSentEvent(
            _stream(channels, state.live_history, names, last_event_id, hello),
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
