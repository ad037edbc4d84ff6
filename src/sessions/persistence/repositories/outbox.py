"""The outbox: mail written in the transaction of the change it announces, sent later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, delete, func, select, update

from sessions.persistence.database import DbSession
from sessions.persistence.tables import EventRow, OutboxRow, RegistrationRow


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
    event_id: uuid.UUID | None = None  # the event whose change it announces
    registration_id: uuid.UUID | None = None  # the attendee it is for


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """One event's mail (or every event's, with `event_id` None), as operators read it."""

    event_id: uuid.UUID | None
    event_slug: str | None
    pending: int = 0
    sent: int = 0
    failed: int = 0
    oldest_pending_at: datetime | None = None
    last_error: str | None = None  # of the most recently failed (or deferred) message
    last_error_at: datetime | None = None


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
        event_id=row.event_id,
        registration_id=row.registration_id,
    )


_PENDING = (OutboxRow.sent_at.is_(None), OutboxRow.failed_at.is_(None))


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
                event_id=message.event_id,
                registration_id=message.registration_id,
            )
        )

    async def claim(self, now: datetime, limit: int, lease: timedelta) -> list[OutboxMessage]:
        """Up to `limit` due messages, each leased to this sender until `now + lease` and
        counted as an attempt. PostgreSQL: rows another sender holds are skipped, not waited for.
        """
        query = (
            select(OutboxRow)
            .where(*_PENDING, OutboxRow.next_attempt_at <= now)
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

    # --- operators: what is stuck, and retrying it -------------------------------------

    async def summaries(self, event_id: uuid.UUID | None = None) -> list[OutboxSummary]:
        """Counts per event (mail not tied to an event under `event_id` None), busiest first;
        one event's alone when `event_id` is given."""
        pending = OutboxRow.sent_at.is_(None) & OutboxRow.failed_at.is_(None)
        query = (
            select(
                OutboxRow.event_id,
                EventRow.slug,
                func.sum(case((pending, 1), else_=0)),
                func.sum(case((OutboxRow.sent_at.is_not(None), 1), else_=0)),
                func.sum(case((OutboxRow.failed_at.is_not(None), 1), else_=0)),
                func.min(case((pending, OutboxRow.created_at), else_=None)),
            )
            .outerjoin(EventRow, EventRow.id == OutboxRow.event_id)
            .group_by(OutboxRow.event_id, EventRow.slug)
        )
        if event_id is not None:
            query = query.where(OutboxRow.event_id == event_id)
        found = []
        for row_event, slug, pending, sent, failed, oldest in await self.db_session.execute(query):
            error, error_at = await self._last_error(row_event)
            found.append(
                OutboxSummary(
                    row_event,
                    slug,
                    int(pending or 0),
                    int(sent or 0),
                    int(failed or 0),
                    oldest,
                    error,
                    error_at,
                )
            )
        if event_id is not None and not found:
            return [OutboxSummary(event_id, None)]
        return sorted(found, key=lambda s: (-(s.pending + s.failed), s.event_slug or ""))

    async def _last_error(self, event_id: uuid.UUID | None) -> tuple[str | None, datetime | None]:
        when = func.coalesce(OutboxRow.failed_at, OutboxRow.next_attempt_at)
        query = (
            select(OutboxRow.last_error, OutboxRow.failed_at, OutboxRow.next_attempt_at)
            .where(OutboxRow.last_error.is_not(None), OutboxRow.sent_at.is_(None))
            .where(
                OutboxRow.event_id == event_id
                if event_id is not None
                else OutboxRow.event_id.is_(None)
            )
            .order_by(when.desc())
            .limit(1)
        )
        row = (await self.db_session.execute(query)).first()
        if row is None:
            return None, None
        return row[0], row[1] or row[2]

    async def depth(self) -> tuple[int, int, datetime | None]:
        """Every pending message, every failed one, and when the oldest pending one was
        written (for /metrics)."""
        row = (
            await self.db_session.execute(
                select(
                    func.sum(case((and_(*_PENDING), 1), else_=0)),
                    func.sum(case((OutboxRow.failed_at.is_not(None), 1), else_=0)),
                    func.min(case((and_(*_PENDING), OutboxRow.created_at), else_=None)),
                )
            )
        ).one()
        return int(row[0] or 0), int(row[1] or 0), row[2]

    async def retry_failed(self, event_id: uuid.UUID | None, now: datetime) -> int:
        """Failed messages (one event's, or all) get a fresh set of attempts, due now; those
        waiting out a backoff after an error are due now too. Returns how many."""
        failed = update(OutboxRow).where(
            OutboxRow.failed_at.is_not(None), OutboxRow.sent_at.is_(None)
        )
        waiting = update(OutboxRow).where(*_PENDING, OutboxRow.last_error.is_not(None))
        if event_id is not None:
            failed = failed.where(OutboxRow.event_id == event_id)
            waiting = waiting.where(OutboxRow.event_id == event_id)
        count = 0
        for query in (  # waiting first: a failed one, once reset, would count twice
            waiting.values(next_attempt_at=now),
            failed.values(failed_at=None, attempts=0, next_attempt_at=now),
        ):
            result = await self.db_session.execute(query)
            count += int(result.rowcount or 0)  # type: ignore[attr-defined]
        return count

    # --- retention and personal data ---------------------------------------------------

    async def delete_sent_for_event(self, event_id: uuid.UUID) -> int:
        """The event's sent mail (what is still pending or failed stays, to be seen)."""
        result = await self.db_session.execute(
            delete(OutboxRow).where(OutboxRow.event_id == event_id, OutboxRow.sent_at.is_not(None))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def delete_sent_of_departed(self) -> int:
        """Sent mail of attendees who left and of events deleted (their rows are gone)."""
        count = 0
        for column, rows in (
            (OutboxRow.registration_id, select(RegistrationRow.id)),
            (OutboxRow.event_id, select(EventRow.id)),
        ):
            result = await self.db_session.execute(
                delete(OutboxRow).where(
                    OutboxRow.sent_at.is_not(None), column.is_not(None), column.not_in(rows)
                )
            )
            count += int(result.rowcount or 0)  # type: ignore[attr-defined]
        return count

    async def for_recipient(self, email: str) -> list[tuple[OutboxMessage, str | None]]:
        """Every message addressed to `email` (compared without case), oldest first, with its
        event's slug."""
        rows = await self.db_session.execute(
            select(OutboxRow, EventRow.slug)
            .outerjoin(EventRow, EventRow.id == OutboxRow.event_id)
            .where(func.lower(OutboxRow.recipient) == email.lower())
            .order_by(OutboxRow.created_at, OutboxRow.id)
        )
        return [(_to_message(row), slug) for row, slug in rows]
