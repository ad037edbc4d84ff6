"""The outbox in view: what an event's invites are doing, and a retry of the failed ones."""

from __future__ import annotations

from datetime import datetime

from litestar import Controller, get, post
from litestar.datastructures import CacheControlHeader
from litestar.di import NamedDependency
from litestar.params import FromPath

from sessions.domain.clock import format_instant
from sessions.http.deps import CurrentViewer
from sessions.http.problems import ORGANISER_QUERY, STATUS_CHANGE
from sessions.http.schemas.outbox import OutboxChannelOut, OutboxOut, OutboxRetryOut
from sessions.persistence.repositories.outbox import OutboxSummary
from sessions.services.operations import OutboxService

Outbox = NamedDependency[OutboxService]


def _instant(value: datetime | None) -> str | None:
    return format_instant(value) if value is not None else None


def outbox_out(slug: str, summary: OutboxSummary) -> OutboxOut:
    mail = OutboxChannelOut(
        "mail",
        summary.pending,
        summary.sent,
        summary.failed,
        _instant(summary.oldest_pending_at),
        summary.last_error,
        _instant(summary.last_error_at),
    )
    return OutboxOut(slug, [mail])


class OutboxController(Controller):
    path = "/api/v1/events/{event:str}/outbox"
    # Live counts for organisers only: never kept by a cache.
    cache_control = CacheControlHeader(no_store=True)
    tags = ["operations"]

    @get(
        summary="How many of the event's invites are pending, sent and failed (organisers)",
        responses=ORGANISER_QUERY,
    )
    async def outbox(
        self, event: FromPath[str], outbox: Outbox, viewer: CurrentViewer
    ) -> OutboxOut:
        return outbox_out(event, await outbox.for_event(event, viewer))

    @post(
        "/retry",
        summary="Retry the event's failed deliveries now (organisers)",
        status_code=200,
        responses=STATUS_CHANGE,
    )
    async def retry(
        self, event: FromPath[str], outbox: Outbox, viewer: CurrentViewer
    ) -> OutboxRetryOut:
        retried, summary = await outbox.retry(event, viewer)
        return OutboxRetryOut(retried, outbox_out(event, summary))
