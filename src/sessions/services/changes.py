"""Announcing committed changes, so caches and live listeners can follow."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    event_id: uuid.UUID
    event_slug: str
    version: int
    what: str  # e.g. "session.updated", "event.published", "running.late"
    track: str | None = None  # live changes concern one track
    minutes: int | None = None  # how late it runs (running.late)


Listener = Callable[[Change], Awaitable[None]]


class ChangeBus:
    """In-process fan-out. Listeners must not fail the write that already committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def publish(self, change: Change) -> None:
        for listener in self._listeners:
            try:
                await listener(change)
            except Exception:  # the change is committed; a listener's fault is its own
                logging.getLogger(__name__).exception("change listener failed for %s", change)
