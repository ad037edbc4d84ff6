"""Registrations: attendees of an event, found by the hash of one of their secret tokens."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.errors import StaleVersion
from sessions.domain.model import Event, Session
from sessions.domain.registrations import Registration, email_key
from sessions.persistence.database import DbSession
from sessions.persistence.tables import EventRow, RegistrationRow, RegistrationSessionRow


def _to_registration(row: RegistrationRow, event_slug: str) -> Registration:
    return Registration(
        id=row.id,
        event_id=row.event_id,
        event_slug=event_slug,
        name=row.name,
        email=row.email,
        track=row.track.slug,
        timezone=row.timezone,
        sessions=tuple(sorted(c.session_id for c in row.choices)),
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        feed_active=row.feed_token_hash is not None,
        language=row.language,
    )


def _track_id(event: Event, slug: str) -> uuid.UUID:
    track = event.track(slug)
    if track is None or track.id is None:
        raise ValueError(f"no track {slug!r} in {event.slug!r}")
    return track.id


class RegistrationRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def add(
        self, event: Event, registration: Registration, *, feed_hash: str, manage_hash: str
    ) -> Registration | None:
        """Store a new registration (its `created_at` is its birth); returns it with its id,
        or None when the event already has one for this email (a concurrent request made
        it: the caller looked first). Nothing else of the unit of work is undone."""
        assert registration.created_at is not None
        row = RegistrationRow(
            event_id=registration.event_id,
            track_id=_track_id(event, registration.track),
            name=registration.name,
            email=registration.email,
            email_key=email_key(registration.email),
            language=registration.language,
            timezone=registration.timezone,
            feed_token_hash=feed_hash,
            manage_token_hash=manage_hash,
            created_at=registration.created_at,
            updated_at=registration.updated_at or registration.created_at,
            choices=[RegistrationSessionRow(session_id=s) for s in registration.sessions],
        )
        try:
            async with self.db_session.begin_nested():
                self.db_session.add(row)
                await self.db_session.flush()
        except IntegrityError:
            return None
        return replace(
            registration,
            id=row.id,
            version=row.version,
            sessions=tuple(sorted(registration.sessions)),
            updated_at=row.updated_at,
            feed_active=True,
        )

    async def get_by_manage_hash(self, token_hash: str) -> Registration | None:
        """By either manage link: the one given when registering, or the one last mailed."""
        return await self._one(
            or_(
                RegistrationRow.manage_token_hash == token_hash,
                RegistrationRow.mailed_manage_token_hash == token_hash,
            )
        )

    async def get_by_email(self, event_id: uuid.UUID, email: str) -> Registration | None:
        """The event's registration for this email (compared case-insensitively)."""
        return await self._one(
            (RegistrationRow.event_id == event_id) & (RegistrationRow.email_key == email_key(email))
        )

    async def set_mailed_manage(self, registration: Registration, token_hash: str) -> None:
        """Keep the hash of a manage link about to be mailed. Not a change of the
        registration: its version (and ETag) stay, so the attendee's open page still saves."""
        await self.db_session.execute(
            update(RegistrationRow)
            .where(RegistrationRow.id == registration.id)
            .values(mailed_manage_token_hash=token_hash)
            .execution_options(synchronize_session=False)
        )

    async def get_by_feed_hash(self, token_hash: str) -> Registration | None:
        return await self._one(RegistrationRow.feed_token_hash == token_hash)

    async def save(self, event: Event, registration: Registration) -> Registration:
        """Write name, zone, track and chosen sessions over the version `registration` was
        read at; StaleVersion when someone else changed it since. Returns the new version."""
        row = await self._row(registration)
        row.name = registration.name
        row.email = registration.email
        row.language = registration.language
        row.timezone = registration.timezone
        row.track_id = _track_id(event, registration.track)
        keep = set(registration.sessions)
        chosen_before = {c.session_id for c in row.choices}
        for choice in list(row.choices):
            if choice.session_id not in keep:
                row.choices.remove(choice)
        have = {c.session_id for c in row.choices}
        row.choices.extend(
            RegistrationSessionRow(session_id=s) for s in registration.sessions if s not in have
        )
        row.updated_at = registration.updated_at or row.updated_at
        if keep != chosen_before:
            # The choices live in their own table: without this, a change of sessions alone
            # (within the clock's second) writes no registration row, so neither its version
            # nor its feed's ETag would move and the feed would keep the old sessions.
            flag_modified(row, "updated_at")
        return await self._flush(row, registration)

    async def set_feed(
        self, registration: Registration, feed_hash: str | None, now: datetime
    ) -> Registration:
        """A new feed token's hash, or None to revoke the feed."""
        row = await self._row(registration)
        row.feed_token_hash = feed_hash
        row.updated_at = now
        saved = await self._flush(row, replace(registration, updated_at=now))
        return replace(saved, feed_active=feed_hash is not None)

    async def delete(self, registration: Registration) -> None:
        row = await self._row(registration)
        await self.db_session.delete(row)

    async def page(
        self, event_id: uuid.UUID, *, limit: int, offset: int
    ) -> tuple[list[Registration], int]:
        """A page of the event's registrations, oldest first, and how many there are."""
        where = RegistrationRow.event_id == event_id
        total = await self.db_session.scalar(
            select(func.count()).select_from(RegistrationRow).where(where)
        )
        rows = await self.db_session.execute(
            self._select()
            .where(where)
            .order_by(RegistrationRow.created_at, RegistrationRow.id)
            .limit(limit)
            .offset(offset)
        )
        return [_to_registration(r, slug) for r, slug in rows], int(total or 0)

    async def following(self, event_id: uuid.UUID, session: Session) -> list[Registration]:
        """Every registration that follows `session` (chose it, or chose nothing in its track)."""
        rows = await self.db_session.execute(
            self._select().where(RegistrationRow.event_id == event_id)
        )
        found = (_to_registration(r, slug) for r, slug in rows)
        return [r for r in found if r.follows(session)]

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    def _select() -> Any:
        return select(RegistrationRow, EventRow.slug).join(
            EventRow, EventRow.id == RegistrationRow.event_id
        )

    async def _one(self, condition: Any) -> Registration | None:
        found = (await self.db_session.execute(self._select().where(condition))).first()
        return _to_registration(found[0], found[1]) if found is not None else None

    async def _row(self, registration: Registration) -> RegistrationRow:
        """The stored row at the version `registration` was read at."""
        row = await self.db_session.get(RegistrationRow, registration.id)
        if row is None or row.version != registration.version:
            raise StaleVersion("The registration changed while you were editing it.")
        return row

    async def _flush(self, row: RegistrationRow, registration: Registration) -> Registration:
        try:
            await self.db_session.flush()
        except StaleDataError:
            raise StaleVersion("The registration changed while you were editing it.") from None
        # The track may have changed under the loaded relationship: load it afresh next time.
        self.db_session.expire(row, ["track"])
        return replace(registration, version=row.version, updated_at=row.updated_at)
