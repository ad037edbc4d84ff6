"""The outbox of one event, as organisers see it."""

from __future__ import annotations

import msgspec


class OutboxChannelOut(msgspec.Struct):
    """One way messages leave: `mail` (invites, iMIP). Webhook deliveries will join as
    `webhooks` once they exist."""

    channel: str
    pending: int  # waiting for their first or next attempt
    sent: int
    failed: int  # given up on: retry them
    oldest_pending_at: str | None = None  # when the oldest waiting message was written
    last_error: str | None = None  # of the latest attempt that failed
    last_error_at: str | None = None


class OutboxOut(msgspec.Struct):
    event: str
    channels: list[OutboxChannelOut]


class OutboxRetryOut(msgspec.Struct):
    retried: int  # failed messages given a fresh set of attempts, due now
    outbox: OutboxOut
