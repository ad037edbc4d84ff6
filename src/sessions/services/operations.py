"""The outbox in view: per event, how much mail is pending, sent and failed, and a retry.

Webhook deliveries do not exist yet; when they do, they join these counts as a channel.
"""

from __future__ import annotations

from sessions.persistence.repositories.outbox import OutboxSummary
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.services.access import Viewer, event_to_write
from sessions.services.context import Service


class OutboxService(Service):
    async def for_event(self, slug: str, viewer: Viewer) -> OutboxSummary:
        """Organisers of the event only."""
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        (summary,) = await self.uow.outbox.summaries(event.id)
        return _named(summary, event.slug)

    async def retry(self, slug: str, viewer: Viewer) -> tuple[int, OutboxSummary]:
        """Failed mail of the event gets a fresh set of attempts, due at once; returns how many
        and the counts after."""
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        retried = await self.uow.outbox.retry_failed(event.id, self.ctx.clock())
        (summary,) = await self.uow.outbox.summaries(event.id)
        return retried, _named(summary, event.slug)


async def outbox_summaries(uow: UnitOfWork, slug: str | None = None) -> list[OutboxSummary]:
    """For the operator's command line (no access check: whoever runs it owns the database).
    Every event with mail, or one event's; None when `slug` names no event."""
    if slug is None:
        return await uow.outbox.summaries()
    event = await uow.events.get(slug)
    if event is None or event.id is None:
        return []
    return [_named(s, event.slug) for s in await uow.outbox.summaries(event.id)]


def _named(summary: OutboxSummary, slug: str) -> OutboxSummary:
    from dataclasses import replace

    return replace(summary, event_slug=slug)


__all__ = ["OutboxService", "outbox_summaries"]
