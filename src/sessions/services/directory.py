"""Recently read events, so that a repeat read of a cached calendar or agenda needs no query.

An entry lives at most `ttl` seconds, and a change made through this process
drops it at once (the change bus); a change made elsewhere (another worker,
the CLI) is seen within `ttl`. Calendar apps poll hourly; a second of delay is
invisible to them, and every response's ETag still comes from its content.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sessions.domain.errors import NotFound
from sessions.domain.model import Event, EventStatus
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.services.access import Viewer, access_in
from sessions.services.changes import Change


class EventDirectory:
    def __init__(self, ttl: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        # Domain values (with their tracks): immutable, so safe to share between requests.
        self._entries: dict[str, tuple[float, Event | None]] = {}

    async def get(self, uow: UnitOfWork, slug: str) -> Event | None:
        """The event (with its tracks), from memory when fresh enough."""
        now = self.clock()
        entry = self._entries.get(slug)
        if entry is not None and entry[0] > now:
            return entry[1]
        event = await uow.events.get(slug)
        if len(self._entries) > 10_000:
            self._entries.clear()
        self._entries[slug] = (now + self.ttl, event)
        return event

    async def to_read(self, uow: UnitOfWork, slug: str, viewer: Viewer) -> Event:
        """The event, or 404: a draft exists only for its organisers and facilitators
        (the same rule as `access.event_to_read`, on the remembered event)."""
        event = await self.get(uow, slug)
        if event is None or not (
            event.status is EventStatus.PUBLISHED
            or (await access_in(uow, event, viewer)).sees_drafts
        ):
            raise NotFound(f"No event {slug!r}.")
        return event

    def forget(self, slug: str) -> None:
        self._entries.pop(slug, None)

    async def on_change(self, change: Change) -> None:
        self.forget(change.event_slug)
