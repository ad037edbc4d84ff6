"""The outbox: mail written in the transaction of the change it announces, sent later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from sessions.persistence.database import DbSession
from sessions.persistence.tables import OutboxRow


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    id: uuid.UUID  # also the message's Message-ID
    recipient: str
    message: str  # the whole RFC 5322 message
    created_at: datetime
    attempts: int = 0
    next_attempt_at: datetime | None = None  # None: due at once
    sent_at: datetime | None = None
    failed_at: datetime | None = None
    last_error: str | None = None


def _to_message(row: OutboxRow) -> OutboxMessage:
    return OutboxMessage(
        id=row.id,
        recipient=row.recipient,
        message=row.message,
        created_at=row.created_at,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        sent_at=row.sent_at,
        failed_at=row.failed_at,
        last_error=row.last_error,
    )


class OutboxRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    def add(self, message: OutboxMessage) -> None:
        """Queued with the caller's transaction: sent only if it commits."""
        self.db_session.add(
            OutboxRow(
                id=message.id,
                recipient=message.recipient,
                message=message.message,
                created_at=message.created_at,
                attempts=message.attempts,
                next_attempt_at=message.next_attempt_at or message.created_at,
            )
        )

    async def claim(self, now: datetime, limit: int, lease: timedelta) -> list[OutboxMessage]:
        """Up to `limit` due messages, each leased to this sender until `now + lease` and
        counted as an attempt. PostgreSQL: rows another sender holds are skipped, not waited for.
        """
        query = (
            select(OutboxRow)
            .where(
                OutboxRow.sent_at.is_(None),
                OutboxRow.failed_at.is_(None),
                OutboxRow.next_attempt_at <= now,
            )
            .order_by(OutboxRow.next_attempt_at, OutboxRow.created_at)
            .limit(limit)
        )
        if self.db_session.bind.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = list(await self.db_session.scalars(query))
        for row in rows:
            row.attempts += 1
            row.next_attempt_at = now + lease
        await self.db_session.flush()
        return [_to_message(row) for row in rows]

    async def get(self, message_id: uuid.UUID) -> OutboxMessage | None:
        row = await self.db_session.get(OutboxRow, message_id)
        return _to_message(row) if row is not None else None

    async def finish(
        self,
        message_id: uuid.UUID,
        *,
        sent_at: datetime | None = None,
        failed_at: datetime | None = None,
        next_attempt_at: datetime | None = None,
        error: str | None = None,
    ) -> None:
        """Record one attempt's outcome: sent, given up on, or due again at `next_attempt_at`."""
        row = await self.db_session.get(OutboxRow, message_id)
        if row is None:
            return
        row.last_error = error[:500] if error is not None else None
        if sent_at is not None:
            row.sent_at = sent_at
        if failed_at is not None:
            row.failed_at = failed_at
        if next_attempt_at is not None:
            row.next_attempt_at = next_attempt_at

    async def all(self) -> list[OutboxMessage]:
        """Every message, oldest first (for the operator and tests)."""
        rows = await self.db_session.scalars(
            select(OutboxRow).order_by(OutboxRow.created_at, OutboxRow.id)
        )
        return [_to_message(row) for row in rows]
