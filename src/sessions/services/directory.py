"""Recently read events, so that a repeat read of a cached calendar or agenda needs no query.

An entry lives at most `ttl` seconds, and a change made through this process
drops it at once (the change bus); a change made elsewhere (another worker,
the CLI) is seen within `ttl`. Calendar apps poll hourly; a second of delay is
invisible to them, and every response's ETag still comes from its content.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sessions.persistence.database import DbSession
from sessions.persistence.repositories.events import EventRepository
from sessions.persistence.tables import EventRow
from sessions.services.changes import Change


class EventDirectory:
    def __init__(self, ttl: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._entries: dict[str, tuple[float, EventRow | None]] = {}

    async def get(self, db_session: DbSession, slug: str) -> EventRow | None:
        """The event row (with its tracks loaded), from memory when fresh enough."""
        now = self.clock()
        entry = self._entries.get(slug)
        if entry is not None and entry[0] > now:
            return entry[1]
        row = await EventRepository(db_session).by_slug(slug)
        if row is not None:
            # Detached (its tracks with it: the relationship cascades), read-only, shared.
            db_session.expunge(row)
        if len(self._entries) > 10_000:
            self._entries.clear()
        self._entries[slug] = (now + self.ttl, row)
        return row

    def forget(self, slug: str) -> None:
        self._entries.pop(slug, None)

    async def on_change(self, change: Change) -> None:
        self.forget(change.event_slug)
