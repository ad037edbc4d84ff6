"""Personal data kept only as long as needed, and everything held about one address.

Registrations (names, emails, zones) are deleted `days` after their event ends, in
the event's own zone, with the mail sent to them; sent mail of attendees who left is
deleted too (their registration went at once). Mail still pending or failed stays,
so an operator can see and retry it; it goes with its event's next purge once sent.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sessions.domain.zones import get_zone
from sessions.persistence.repositories.personal_data import AccountRecord, PersonRecord
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.services.context import ServiceContext

log = logging.getLogger(__name__)

DEFAULT_DAYS = 90


def kept_until(end_date: date, timezone: str, days: int) -> datetime:
    """The instant an event's registrations go: `days` after the end of its last local day."""
    day_after = datetime.combine(end_date + timedelta(days=1), time(0), tzinfo=get_zone(timezone))
    return day_after + timedelta(days=days)


@dataclass(frozen=True, slots=True)
class PurgeReport:
    registrations: int = 0
    mail: int = 0
    events: tuple[str, ...] = ()  # slugs whose registrations were deleted


async def purge(uow: UnitOfWork, now: datetime, days: int = DEFAULT_DAYS) -> PurgeReport:
    """Delete what retention no longer allows, as of `now` (in the caller's unit of work)."""
    registrations = mail = 0
    events: list[str] = []
    for end in await uow.personal_data.events_with_registrations():
        if now < kept_until(end.end_date, end.timezone, days):
            continue
        registrations += await uow.personal_data.delete_registrations(end.event_id)
        mail += await uow.outbox.delete_sent_for_event(end.event_id)
        events.append(end.slug)
    mail += await uow.outbox.delete_sent_of_departed()
    return PurgeReport(registrations, mail, tuple(events))


async def run_retention(ctx: ServiceContext, days: int, interval: float) -> None:
    """`sessions serve`'s sweep: at start, then every `interval` seconds, forever."""
    while True:
        try:
            async with ctx.unit_of_work() as uow:
                report = await purge(uow, ctx.clock(), days)
            if report.registrations or report.mail:
                log.info(
                    "retention: deleted %d registration(s) of %d event(s) and %d sent mail",
                    report.registrations,
                    len(report.events),
                    report.mail,
                )
        except asyncio.CancelledError:
            raise
        except Exception:  # the database may be down: the next sweep tries again
            log.exception("retention sweep failed")
        await asyncio.sleep(interval)


# --- one address's data ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegistrationRecord:
    event: str
    name: str
    email: str
    track: str
    timezone: str
    sessions: list[uuid.UUID]  # chosen; empty: every session of the track
    feed_active: bool
    created_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class MailRecord:
    id: uuid.UUID
    event: str | None
    created_at: datetime
    sent_at: datetime | None
    failed_at: datetime | None
    last_error: str | None
    message: str  # the whole message as queued


@dataclass(frozen=True, slots=True)
class PersonalData:
    email: str
    registrations: list[RegistrationRecord] = field(default_factory=list)
    account: AccountRecord | None = None
    programme: list[PersonRecord] = field(default_factory=list)
    mail: list[MailRecord] = field(default_factory=list)


async def personal_data(uow: UnitOfWork, email: str) -> PersonalData:
    """Everything held about `email` (compared without case). Secrets are stored only as
    hashes, so none can be shown: a registration says whether its feed is active."""
    email = email.strip()
    registrations = []
    for r in await uow.personal_data.registrations_for(email):
        registrations.append(
            RegistrationRecord(
                r.event_slug,
                r.name,
                r.email,
                r.track,
                r.timezone,
                list(r.sessions),
                r.feed_active,
                r.created_at,
                r.updated_at,
            )
        )
    mail = [
        MailRecord(m.id, slug, m.created_at, m.sent_at, m.failed_at, m.last_error, m.message)
        for m, slug in await uow.outbox.for_recipient(email)
    ]
    return PersonalData(
        email,
        registrations,
        await uow.personal_data.account_for(email),
        await uow.personal_data.people_for(email),
        mail,
    )


__all__ = [
    "DEFAULT_DAYS",
    "PersonalData",
    "PurgeReport",
    "kept_until",
    "personal_data",
    "purge",
    "run_retention",
]
