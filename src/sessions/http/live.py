"""Live updates: committed changes go out on channels (in memory, or Redis across processes).

Every process subscribes to the shared `changes` channel too, so a change made
through another process drops this process's cached view of that event at
once (not only after the event directory's time-to-live).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import time
import weakref
from collections import defaultdict, deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from datetime import timedelta
from typing import Any

import msgspec
from litestar import Litestar
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.base import ChannelsBackend
from litestar.channels.backends.memory import MemoryChannelsBackend
from litestar.channels.backends.redis import RedisChannelsBackend, RedisChannelsStreamBackend
from litestar.config.app import AppConfig
from litestar.plugins import InitPluginProtocol
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from sessions.config import Settings
from sessions.services.changes import Change
from sessions.services.context import ServiceContext

log = logging.getLogger(__name__)

HISTORY = 200  # messages a reconnecting client can catch up on, per channel
CHANGES = "changes"
LIVE_TYPES = frozenset({"running.late", "segment.started", "segment.ended"})
_counter = itertools.count()
_ORIGIN = f"{os.getpid()}-{time.time_ns()}"


def event_channel(event_id: object) -> str:
    return f"event:{event_id}"


def track_channel(event_id: object, track: str) -> str:
    return f"track:{event_id}:{track}"


def message_id() -> str:
    """Ordered across processes on one clock: milliseconds, then a per-process counter."""
    return f"{time.time_ns() // 1_000_000:015d}-{next(_counter) % 1_000_000:06d}"


class LiveMessage(msgspec.Struct, omit_defaults=True):
    id: str
    type: str  # plan.changed, running.late, segment.started, segment.ended
    event: str
    version: int | None = None
    what: str | None = None
    track: str | None = None
    minutes: int | None = None
    origin: str | None = None


class History:
    """The recent messages of each channel, for clients that reconnect with Last-Event-ID.

    Redis streams keep history across processes; the in-memory backend forgets a
    channel's history when its last listener leaves, which is exactly when a
    reconnecting client needs it, so in memory we keep our own.
    """

    def __init__(self, channels: ChannelsPlugin) -> None:
        self.channels = channels
        self.local = not isinstance(channels._backend, RedisChannelsBackend)
        self._recent: dict[str, deque[bytes]] = defaultdict(lambda: deque(maxlen=HISTORY))

    def remember(self, names: list[str], raw: bytes) -> None:
        if self.local:
            for name in names:
                self._recent[name].append(raw)

    async def since(self, names: list[str], last_event_id: str) -> list[LiveMessage]:
        found: dict[str, LiveMessage] = {}
        for name in names:
            if self.local:
                entries = list(self._recent.get(name, ()))
            else:
                entries = await self.channels._backend.get_history(name, HISTORY)
            for raw in entries:
                try:
                    message = msgspec.json.decode(raw, type=LiveMessage)
                except msgspec.DecodeError:
                    continue
                if message.id > last_event_id:
                    found[message.id] = message
        return [found[key] for key in sorted(found)]


class FromNowRedisStreamBackend(RedisChannelsStreamBackend):
    """Litestar's Redis stream backend, except that a channel this process starts reading is
    read from its end, not from its first entry: a new subscriber hears what happens from now
    on, never the stream's past replayed as news ("the plan has changed" on a plan that did
    not). History for a reconnecting client (`Last-Event-ID`) comes from `get_history`."""

    async def stream_events(self) -> AsyncGenerator[tuple[str, Any], None]:
        positions: dict[str, bytes] = {}
        pause = 0.5
        while True:
            keys = [self._make_key(c) for c in await self._get_subscribed_channels()]
            try:
                for key in keys:
                    if key not in positions:
                        last = await self._redis.xrevrange(key, count=1)
                        positions[key] = last[0][0] if last else b"0-0"
                data = await self._redis.xread(
                    {key: positions[key] for key in keys},
                    block=self._stream_sleep_no_subscriptions,
                )
            except (RedisConnectionError, RedisTimeoutError) as exc:
                # Redis away: keep the worker alive and try again, so live updates come back
                # by themselves when it returns (the channels plugin would not restart it).
                log.warning("live updates: redis unavailable (%s); retrying", type(exc).__name__)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 10.0)
                continue
            pause = 0.5
            for stream_key, entries in data or ():
                for entry_id, fields in entries:
                    positions[stream_key.decode()] = entry_id
                    yield fields[b"channel"].decode(), fields[b"data"]


HEARTBEAT = b""  # not a message: tells a stream to send its keep-alive comment
HEARTBEAT_SECONDS = 15.0
FANOUT_SLICE = 32  # streams woken before the event loop may serve other requests again


class Listener:
    """One open stream's inbox: the raw messages of its channels, and heartbeats."""

    __slots__ = ("__weakref__", "inbox")

    def __init__(self) -> None:
        self.inbox: asyncio.Queue[bytes] = asyncio.Queue()


class Fanout:
    """One subscription per channel per process, shared by every stream of this process.

    Thousands of attendees listen to one event. Waking all their streams in one go would hold
    the event loop (and `/health/live`) for as long as all of them take to send; so a message
    reaches the streams a slice at a time, with the loop free between slices. Heartbeats come
    from one timer for all streams, not one per stream.
    """

    def __init__(self, channels: ChannelsPlugin) -> None:
        self.channels = channels
        self._listeners: dict[str, set[Listener]] = {}
        self._hubs: dict[str, asyncio.Task[None]] = {}
        self._every: weakref.WeakSet[Listener] = weakref.WeakSet()
        self._ticker: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._ticker = asyncio.create_task(self._heartbeats())

    async def stop(self) -> None:
        for task in [*self._hubs.values(), *([self._ticker] if self._ticker else [])]:
            task.cancel()
            with suppress(asyncio.CancelledError, Exception):
                await task
        self._hubs.clear()

    @asynccontextmanager
    async def listen(self, names: list[str]) -> AsyncIterator[Listener]:
        """A listener on `names`, subscribed when this returns (history read after it misses
        nothing)."""
        listener = Listener()
        self._every.add(listener)
        try:
            for name in names:
                self._listeners.setdefault(name, set()).add(listener)
                if name not in self._hubs:
                    subscribed = asyncio.get_running_loop().create_future()
                    self._hubs[name] = asyncio.create_task(self._hub(name, subscribed))
                    await subscribed
            yield listener
        finally:
            self._every.discard(listener)
            for name in names:
                listeners = self._listeners.get(name)
                if listeners is not None:
                    listeners.discard(listener)
                    if not listeners:
                        del self._listeners[name]
                        hub = self._hubs.pop(name, None)
                        if hub is not None:
                            hub.cancel()

    async def _hub(self, name: str, subscribed: asyncio.Future[None]) -> None:
        try:
            async with self.channels.start_subscription([name]) as subscriber:
                subscribed.set_result(None)
                async for raw in subscriber.iter_events():
                    await self._deliver(list(self._listeners.get(name, ())), raw)
        except BaseException as exc:
            if not subscribed.done():
                subscribed.set_exception(exc)
            raise

    @staticmethod
    async def _deliver(listeners: list[Listener], raw: bytes) -> None:
        for i, listener in enumerate(listeners, 1):
            listener.inbox.put_nowait(raw)
            if i % FANOUT_SLICE == 0:
                # Let the streams just woken send, and other requests in, before the next slice.
                await asyncio.sleep(0)

    async def _heartbeats(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            await self._deliver(list(self._every), HEARTBEAT)


def channels_backend(settings: Settings) -> ChannelsBackend:
    if settings.redis_url:
        from redis.asyncio import Redis  # only when Redis is configured

        return FromNowRedisStreamBackend(
            history=HISTORY,
            redis=Redis.from_url(settings.redis_url),
            stream_ttl=timedelta(hours=12),
            key_prefix="sessions:channels",
        )
    return MemoryChannelsBackend(history=HISTORY)


def channels_plugin(settings: Settings) -> ChannelsPlugin:
    return ChannelsPlugin(
        backend=channels_backend(settings),
        arbitrary_channels_allowed=True,
        create_ws_route_handlers=False,
    )


def announcer(channels: ChannelsPlugin, history: History) -> Callable[[Change], Awaitable[None]]:
    async def announce(change: Change) -> None:
        live = change.what in LIVE_TYPES
        message = LiveMessage(
            id=message_id(),
            type=change.what if live else "plan.changed",
            event=change.event_slug,
            version=change.version,
            what=None if live else change.what,
            track=change.track,
            minutes=change.minutes,
            origin=_ORIGIN,
        )
        raw = msgspec.json.encode(message)
        # A track's live news goes to that track's listeners; plan changes to everyone's.
        names = [track_channel(change.event_id, change.track)] if change.track else []
        names.append(event_channel(change.event_id))
        history.remember(names, raw)
        await channels.wait_published(raw, [*names, CHANGES])

    return announce


class FollowOtherProcesses(InitPluginProtocol):
    """Forget cached views of events that another process changed.

    A plugin so that its start-up runs after the channels backend has started.
    """

    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        app_config.on_startup.append(self._start)
        app_config.on_shutdown.insert(0, self._stop)
        return app_config

    async def _start(self, app: Litestar) -> None:
        channels = app.plugins.get(ChannelsPlugin)
        ctx: ServiceContext = app.state.ctx
        app.state.live_history = History(channels)
        app.state.live_fanout = Fanout(channels)
        app.state.live_fanout.start()
        ctx.changes.subscribe(announcer(channels, app.state.live_history))
        self._task = asyncio.create_task(self._follow(channels, ctx))

    async def _stop(self, app: Litestar) -> None:
        fanout: Fanout | None = getattr(app.state, "live_fanout", None)
        if fanout is not None:
            await fanout.stop()
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError, Exception):
                await self._task

    @staticmethod
    async def _follow(channels: ChannelsPlugin, ctx: ServiceContext) -> None:
        async with channels.start_subscription([CHANGES]) as subscriber:
            async for raw in subscriber.iter_events():
                try:
                    message = msgspec.json.decode(raw, type=LiveMessage)
                except msgspec.DecodeError:
                    continue
                if message.origin != _ORIGIN:
                    ctx.directory.forget(message.event)
