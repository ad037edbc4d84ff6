"""Personal data across aggregates: what retention deletes, and everything held about one address.

Registrations, accounts and an event's people each have their own repository for
everyday work; these queries cut across them by email or by an event's end, which
only retention and the export need.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select

from sessions.domain.registrations import Registration
from sessions.persistence.database import DbSession
from sessions.persistence.repositories.registrations import _to_registration
from sessions.persistence.tables import (
    AccountRow,
    ApiTokenRow,
    EventMemberRow,
    EventRow,
    PersonRow,
    RegistrationRow,
)


@dataclass(frozen=True, slots=True)
class EventEnd:
    """An event that holds registrations, and the local day it ends on (inclusive)."""

    event_id: uuid.UUID
    slug: str
    timezone: str
    end_date: date
    registrations: int


@dataclass(frozen=True, slots=True)
class AccountRecord:
    email: str
    name: str | None
    created_at: datetime
    has_password: bool
    api_tokens: int  # how many (never the tokens: only their hashes are stored)
    memberships: tuple[tuple[str, str], ...]  # (event slug, role)


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A speaker, moderator or facilitator named in an event's programme."""

    event_slug: str
    name: str
    email: str


class PersonalDataRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def events_with_registrations(self) -> list[EventEnd]:
        query = (
            select(EventRow.id, EventRow.slug, EventRow.timezone, EventRow.end_date, func.count())
            .join(RegistrationRow, RegistrationRow.event_id == EventRow.id)
            .group_by(EventRow.id, EventRow.slug, EventRow.timezone, EventRow.end_date)
            .order_by(EventRow.end_date, EventRow.slug)
        )
        return [EventEnd(*row) for row in await self.db_session.execute(query)]

    async def delete_registrations(self, event_id: uuid.UUID) -> int:
        """Every registration of the event (their chosen sessions go with them)."""
        result = await self.db_session.execute(
            delete(RegistrationRow).where(RegistrationRow.event_id == event_id)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def registrations_for(self, email: str) -> list[Registration]:
        rows = await self.db_session.execute(
            select(RegistrationRow, EventRow.slug)
            .join(EventRow, EventRow.id == RegistrationRow.event_id)
            .where(func.lower(RegistrationRow.email) == email.lower())
            .order_by(RegistrationRow.created_at)
        )
        return [_to_registration(row, slug) for row, slug in rows.unique()]

    async def account_for(self, email: str) -> AccountRecord | None:
        account = await self.db_session.scalar(
            select(AccountRow).where(func.lower(AccountRow.email) == email.lower())
        )
        if account is None:
            return None
        tokens = await self.db_session.scalar(
            select(func.count())
            .select_from(ApiTokenRow)
            .where(ApiTokenRow.organiser_id == account.id)
        )
        memberships = await self.db_session.execute(
            select(EventRow.slug, EventMemberRow.role)
            .join(EventRow, EventRow.id == EventMemberRow.event_id)
            .where(EventMemberRow.organiser_id == account.id)
            .order_by(EventRow.slug)
        )
        return AccountRecord(
            account.email,
            account.name,
            account.created_at,
            account.password_hash is not None,
            int(tokens or 0),
            tuple((slug, role) for slug, role in memberships),
        )

    async def people_for(self, email: str) -> list[PersonRecord]:
        rows = await self.db_session.execute(
            select(EventRow.slug, PersonRow.name, PersonRow.email)
            .join(EventRow, EventRow.id == PersonRow.event_id)
            .where(func.lower(PersonRow.email) == email.lower())
            .order_by(EventRow.slug, PersonRow.name)
        )
        return [PersonRecord(slug, name, address) for slug, name, address in rows]
