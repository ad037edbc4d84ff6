"""Registrations: attendees of a published event, their personal feed and their manage link.

No account: two secrets, each 256 bits from `secrets` and stored only as its
SHA-256 — the feed token (read-only, for calendar apps; rotatable and
revocable) and the manage token (change track, zone and sessions, or leave).
An unknown token is a 404 like any missing thing; the lookup is an indexed
equality on the hash, so its time says nothing about how close a guess was.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.accounts import normalise_email
from sessions.domain.errors import ErrorCollector, InvalidInput, NotFound, StaleVersion
from sessions.domain.limits import MAX_CHOSEN_SESSIONS
from sessions.domain.model import Event, Session, Track
from sessions.domain.zones import get_zone, is_zone
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import to_event, to_track
from sessions.persistence.repositories.sessions import SessionRepository
from sessions.persistence.tables import EventRow, RegistrationRow, RegistrationSessionRow
from sessions.services.access import ANONYMOUS, Viewer, readable, writable
from sessions.services.context import Service, ServiceContext
from sessions.services.invites import attendee_of, queue, sessions_of
from sessions.services.tokens import hash_token, new_secret


def registration_etag(version: int) -> str:
    return f'"r{version}"'


@dataclass(frozen=True, slots=True)
class RegistrationDraft:
    name: str
    email: str
    track: str
    timezone: str
    sessions: Sequence[uuid.UUID] | None = None


@dataclass(frozen=True, slots=True)
class RegistrationView:
    id: uuid.UUID
    event: str
    name: str
    email: str
    track: str
    timezone: str
    sessions: tuple[uuid.UUID, ...]
    version: int
    created_at: datetime
    feed_active: bool
    feed_token: str | None = None  # only when just made (registering, rotating)
    manage_token: str | None = None  # only when registering


@dataclass(frozen=True, slots=True)
class FeedSource:
    """What a personal feed is made of."""

    registration_id: uuid.UUID
    version: int
    event_row: EventRow
    track: str
    timezone: str
    chosen: frozenset[uuid.UUID]
    name: str
    updated_at: datetime


def _view(row: RegistrationRow, slug: str, **tokens: str | None) -> RegistrationView:
    return RegistrationView(
        id=row.id,
        event=slug,
        name=row.name,
        email=row.email,
        track=row.track.slug,
        timezone=row.timezone,
        sessions=tuple(sorted(c.session_id for c in row.choices)),
        version=row.version,
        created_at=row.created_at,
        feed_active=row.feed_token_hash is not None,
        **tokens,  # type: ignore[arg-type]
    )


class RegistrationService(Service):
    # --- attendees -------------------------------------------------------------------

    async def register(self, slug: str, draft: RegistrationDraft) -> RegistrationView:
        """Open to anyone, for published events only (a draft is 404 here for everyone)."""
        db_session = self.uow.db_session
        event = await readable(db_session, await self.uow.events.by_slug(slug), ANONYMOUS, slug)
        errors = ErrorCollector()
        email = _email(draft.email, errors)
        if not draft.name.strip():
            errors.add("name", "must not be blank", draft.name)
        track = _track(event, draft.track, errors)
        _zone(draft.timezone, errors)
        domain = await self._sessions(db_session, event)
        chosen = _chosen(draft.sessions, draft.track, domain, errors)
        errors.raise_if_any()
        assert track is not None
        feed, manage = new_secret(), new_secret()
        now = self.ctx.clock()
        row = RegistrationRow(
            event_id=event.id,
            track_id=track.id,
            track=track,
            name=draft.name.strip(),
            email=email,
            timezone=draft.timezone,
            feed_token_hash=hash_token(feed),
            manage_token_hash=hash_token(manage),
            created_at=now,
            updated_at=now,
            choices=[RegistrationSessionRow(session_id=s) for s in chosen],
        )
        db_session.add(row)
        await db_session.flush()
        e, tracks = to_event(event), [to_track(t) for t in event.tracks]
        attendee = attendee_of(row)
        queue(
            db_session,
            self.ctx.mail,
            e,
            tracks,
            ((attendee, s, "REQUEST") for s in sessions_of(row, domain)),
            now,
        )
        return _view(row, slug, feed_token=feed, manage_token=manage)

    async def get(self, manage_token: str) -> RegistrationView:
        db_session = self.uow.db_session
        row, event = await self._by_manage(db_session, manage_token)
        return _view(row, event.slug)

    async def update(
        self, manage_token: str, changes: dict[str, Any], if_match: str | None
    ) -> RegistrationView:
        db_session = self.uow.db_session
        row, event = await self._by_manage(db_session, manage_token)
        if if_match is not None and if_match.strip() not in (
            registration_etag(row.version),
            "*",
        ):
            raise StaleVersion("The registration changed since you read it.")
        domain = await self._sessions(db_session, event)
        before = {s.id: s for s in sessions_of(row, domain)}
        old_track = row.track.slug
        errors = ErrorCollector()
        track_slug = changes.get("track", old_track)
        track = _track(event, track_slug, errors) if "track" in changes else row.track
        if "timezone" in changes:
            _zone(changes["timezone"], errors)
        if "name" in changes and not changes["name"].strip():
            errors.add("name", "must not be blank", changes["name"])
        chosen = None
        if "sessions" in changes:
            chosen = _chosen(changes["sessions"], track_slug, domain, errors)
        elif "track" in changes:
            # Chosen sessions must be offered in the new track too.
            current = [c.session_id for c in row.choices]
            chosen = _chosen(current, track_slug, domain, errors, field="track")
        errors.raise_if_any()
        if track is not None and track.id != row.track_id:
            row.track_id, row.track = track.id, track
        if "timezone" in changes:
            row.timezone = changes["timezone"]
        if "name" in changes:
            row.name = changes["name"].strip()
        if chosen is not None:
            keep = set(chosen)
            for choice in list(row.choices):
                if choice.session_id not in keep:
                    row.choices.remove(choice)
            have = {c.session_id for c in row.choices}
            row.choices.extend(
                RegistrationSessionRow(session_id=s) for s in chosen if s not in have
            )
        now = self.ctx.clock()
        row.updated_at = now
        try:
            await db_session.flush()
        except StaleDataError:
            raise StaleVersion("The registration changed while you were editing it.") from None
        await db_session.refresh(row, ["choices", "track"])
        after = {s.id: s for s in sessions_of(row, domain)}
        attendee = attendee_of(row)
        moved = old_track != row.track.slug or "timezone" in changes
        items = [(attendee, s, "CANCEL") for i, s in before.items() if i not in after]
        items += [
            (attendee, s, "REQUEST")
            for i, s in after.items()
            if i not in before or moved  # a new track: new place or join link
        ]
        queue(
            db_session,
            self.ctx.mail,
            to_event(event),
            [to_track(t) for t in event.tracks],
            items,
            now,
        )
        return _view(row, event.slug)

    async def delete(self, manage_token: str, if_match: str | None) -> None:
        db_session = self.uow.db_session
        row, event = await self._by_manage(db_session, manage_token)
        if if_match is not None and if_match.strip() not in (
            registration_etag(row.version),
            "*",
        ):
            raise StaleVersion("The registration changed since you read it.")
        domain = await self._sessions(db_session, event)
        attendee = attendee_of(row)
        queue(
            db_session,
            self.ctx.mail,
            to_event(event),
            [to_track(t) for t in event.tracks],
            ((attendee, s, "CANCEL") for s in sessions_of(row, domain)),
            self.ctx.clock(),
        )
        await db_session.delete(row)

    async def rotate_feed(self, manage_token: str) -> RegistrationView:
        """A new feed token; the old feed URL stops working at once."""
        feed = new_secret()
        db_session = self.uow.db_session
        row, event = await self._by_manage(db_session, manage_token)
        row.feed_token_hash = hash_token(feed)
        row.updated_at = self.ctx.clock()
        await db_session.flush()
        return _view(row, event.slug, feed_token=feed)

    async def revoke_feed(self, manage_token: str) -> None:
        db_session = self.uow.db_session
        row, _ = await self._by_manage(db_session, manage_token)
        row.feed_token_hash = None
        row.updated_at = self.ctx.clock()

    async def feed_source(self, feed_token: str) -> FeedSource:
        db_session = self.uow.db_session
        row = await _by_hash(db_session, RegistrationRow.feed_token_hash, feed_token)
        event = await self._event_of(db_session, row)
        return FeedSource(
            row.id,
            row.version,
            event,
            row.track.slug,
            row.timezone,
            frozenset(c.session_id for c in row.choices),
            row.name,
            row.updated_at,
        )

    # --- organisers ------------------------------------------------------------------

    async def list(
        self, slug: str, viewer: Viewer, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[RegistrationView], int]:
        db_session = self.uow.db_session
        event = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        where = RegistrationRow.event_id == event.id
        total = await db_session.scalar(
            select(func.count()).select_from(RegistrationRow).where(where)
        )
        rows = await db_session.scalars(
            select(RegistrationRow)
            .where(where)
            .order_by(RegistrationRow.created_at, RegistrationRow.id)
            .limit(limit)
            .offset(offset)
        )
        return [_view(r, slug) for r in rows], int(total or 0)

    # --- helpers ---------------------------------------------------------------------

    async def _by_manage(
        self, db_session: DbSession, token: str
    ) -> tuple[RegistrationRow, EventRow]:
        row = await _by_hash(db_session, RegistrationRow.manage_token_hash, token)
        return row, await self._event_of(db_session, row)

    @staticmethod
    async def _event_of(db_session: DbSession, row: RegistrationRow) -> EventRow:
        event = await db_session.get(
            EventRow, row.event_id, options=[selectinload(EventRow.tracks)]
        )
        # A registration of an event that went back to draft does not exist either.
        if event is None or event.status != "published":
            raise NotFound("No such registration.")
        return event

    @staticmethod
    async def _sessions(db_session: DbSession, event: EventRow) -> list[Session]:
        return await SessionRepository(db_session).domain_for_event(
            event.id, get_zone(event.timezone)
        )


async def registrations_for_session(
    db_session: DbSession, event_id: uuid.UUID, session: Session
) -> list[RegistrationRow]:
    """Every registration that follows `session` (chose it, or chose nothing in its track)."""
    rows = await db_session.scalars(
        select(RegistrationRow).where(RegistrationRow.event_id == event_id)
    )
    return [r for r in rows if sessions_of(r, [session])]


def queue_session_change(
    db_session: DbSession,
    ctx: ServiceContext,
    event: Event,
    tracks: Sequence[Track],
    session: Session,
    registrations: Sequence[RegistrationRow],
    method: str,
) -> int:
    """Re-send (REQUEST) or cancel (CANCEL) a session's invite to everyone who follows it."""
    return queue(
        db_session,
        ctx.mail,
        event,
        tracks,
        ((attendee_of(r), session, method) for r in registrations),
        ctx.clock(),
    )


async def _by_hash(db_session: DbSession, column: Any, token: str) -> RegistrationRow:
    if not token or len(token) > 128:
        raise NotFound("No such registration.")
    row = await db_session.scalar(select(RegistrationRow).where(column == hash_token(token)))
    if row is None:
        raise NotFound("No such registration.")
    return row


def _email(email: str, errors: ErrorCollector) -> str:
    try:
        return normalise_email(email)
    except InvalidInput as exc:
        errors.errors.extend(exc.errors)
        return email


def _track(event: EventRow, slug: str, errors: ErrorCollector):
    for track in event.tracks:
        if track.slug == slug:
            return track
    known = ", ".join(t.slug for t in event.tracks)
    errors.add("track", f"no track {slug!r} in this event (tracks: {known})", slug)
    return None


def _zone(name: str, errors: ErrorCollector) -> None:
    if not is_zone(name):
        errors.add("timezone", f"{name!r} is not an IANA time zone name", name)


def _chosen(
    chosen: Sequence[uuid.UUID] | None,
    track: str,
    sessions: Sequence[Session],
    errors: ErrorCollector,
    field: str = "sessions",
) -> list[uuid.UUID]:
    if not chosen:
        return []
    if len(chosen) > MAX_CHOSEN_SESSIONS:
        errors.add(field, f"at most {MAX_CHOSEN_SESSIONS} sessions", len(chosen))
        return []
    by_id = {s.id: s for s in sessions}
    result: list[uuid.UUID] = []
    for i, session_id in enumerate(chosen):
        name = f"sessions[{i}]" if field == "sessions" else field
        session = by_id.get(session_id)
        if session is None:
            errors.add(name, "no such session in this event", str(session_id))
        elif track not in session.tracks:
            errors.add(name, f"this session is not offered in track {track!r}", str(session_id))
        elif session_id not in result:
            result.append(session_id)
    return result


__all__ = [
    "FeedSource",
    "RegistrationDraft",
    "RegistrationService",
    "RegistrationView",
    "hash_token",
    "queue_session_change",
    "registration_etag",
    "registrations_for_session",
]
