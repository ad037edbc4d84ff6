"""Registrations: attendees of a published event, their personal feed and their manage link.

No account: two secrets, each 256 bits from `secrets` and stored only as its
SHA-256 — the feed token (read-only, for calendar apps; rotatable and
revocable) and the manage token (change track, zone and sessions, or leave).
An unknown token is a 404 like any missing thing; the lookup is an indexed
equality on the hash, so its time says nothing about how close a guess was.

One registration per email and event (compared case-insensitively). Registering
again answers exactly as a first registration would — 201, the same shape, with
links made of fresh tokens that are stored nowhere — and changes nothing of the
registration that exists; when mail is on, its owner's address gets a second
manage link (docs/decisions.md, "Registering again").
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from msgspec import UNSET, UnsetType

from sessions.domain.accounts import normalise_email
from sessions.domain.errors import ErrorCollector, InvalidInput, NotFound
from sessions.domain.hybrid import JoinAudience
from sessions.domain.joining import JoinLink, Reader, segment_join, session_join
from sessions.domain.limits import MAX_CHOSEN_SESSIONS
from sessions.domain.links import PublicLinks
from sessions.domain.model import Event, EventStatus, Segment, Session, SessionStatus
from sessions.domain.registrations import LANGUAGES, Registration
from sessions.domain.zones import get_zone, is_zone
from sessions.persistence.repositories.outbox import OutboxMessage
from sessions.services.access import ANONYMOUS, Viewer, event_to_read, event_to_write
from sessions.services.context import MailSettings, Service
from sessions.services.invites import attendee_of, queue
from sessions.services.tokens import hash_token, new_secret
from sessions.services.versions import check_version


@dataclass(frozen=True, slots=True)
class RegistrationDraft:
    name: str
    email: str
    track: str
    timezone: str
    sessions: Sequence[uuid.UUID] | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class RegistrationPatch:
    """What an attendee changes; UNSET: not given, left as it is."""

    name: str | UnsetType = UNSET
    track: str | UnsetType = UNSET
    timezone: str | UnsetType = UNSET
    sessions: Sequence[uuid.UUID] | UnsetType = UNSET
    language: str | UnsetType | None = UNSET  # None: no preference


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
    language: str | None = None


def _view(
    registration: Registration,
    *,
    feed_token: str | None = None,
    manage_token: str | None = None,
) -> RegistrationView:
    assert registration.id is not None and registration.created_at is not None
    return RegistrationView(
        id=registration.id,
        event=registration.event_slug,
        name=registration.name,
        email=registration.email,
        track=registration.track,
        timezone=registration.timezone,
        sessions=registration.sessions,
        version=registration.version,
        created_at=registration.created_at,
        feed_active=registration.feed_active,
        feed_token=feed_token,
        manage_token=manage_token,
        language=registration.language,
    )


class RegistrationService(Service):
    # --- attendees -------------------------------------------------------------------

    async def register(self, slug: str, draft: RegistrationDraft) -> RegistrationView:
        """Open to anyone, for published events only (a draft is 404 here for everyone).

        The same email again for the same event makes nothing new and tells nothing: the
        answer has the shape of a first registration (what was sent, a fresh id, tokens
        that open nothing), and the existing registration's address is mailed a manage
        link of its own (when mail is on)."""
        event = await event_to_read(self.uow, slug, ANONYMOUS)
        assert event.id is not None
        errors = ErrorCollector()
        email = _email(draft.email, errors)
        if not draft.name.strip():
            errors.add("name", "must not be blank", draft.name)
        _track(event, draft.track, errors)
        _zone(draft.timezone, errors)
        _language(draft.language, errors)
        domain = await self._sessions(event)
        chosen = _chosen(draft.sessions, draft.track, domain, errors)
        errors.raise_if_any()
        feed, manage = new_secret(), new_secret()
        now = self.ctx.clock()
        candidate = Registration(
            id=None,
            event_id=event.id,
            event_slug=event.slug,
            name=draft.name.strip(),
            email=email,
            track=draft.track,
            timezone=draft.timezone,
            sessions=tuple(chosen),
            created_at=now,
            updated_at=now,
            language=draft.language,
        )
        existing = await self.uow.registrations.get_by_email(event.id, email)
        registration = None
        if existing is None:
            registration = await self.uow.registrations.add(
                event, candidate, feed_hash=hash_token(feed), manage_hash=hash_token(manage)
            )
            # None: a concurrent request registered this email first.
            if registration is None:
                existing = await self.uow.registrations.get_by_email(event.id, email)
        if registration is None:
            if existing is not None:
                await self._mail_manage_link(event, existing, now)
            # What a first registration answers, made of what was sent; nothing stored.
            decoy = replace(candidate, id=uuid.uuid4(), sessions=tuple(sorted(chosen)))
            return _view(decoy, feed_token=feed, manage_token=manage)
        attendee = attendee_of(registration)
        queue(
            self.uow,
            self.mail,
            event,
            ((attendee, s, "REQUEST") for s in registration.followed(domain)),
            now,
        )
        return _view(registration, feed_token=feed, manage_token=manage)

    async def _mail_manage_link(
        self, event: Event, registration: Registration, now: datetime
    ) -> None:
        """A manage link of its own, to the registration's address only (mail on)."""
        mail = self.mail
        if mail is None:
            return
        token = new_secret()
        await self.uow.registrations.set_mailed_manage(registration, hash_token(token))
        message_id, message = manage_link_mail(mail, event, registration, token, now)
        self.uow.outbox.add(
            OutboxMessage(
                id=message_id,
                recipient=registration.email,
                message=message.as_string(),
                created_at=now,
                event_id=event.id,
                registration_id=registration.id,
            )
        )

    async def get(self, manage_token: str) -> RegistrationView:
        registration, _ = await self._by_manage(manage_token)
        return _view(registration)

    async def update(
        self, manage_token: str, patch: RegistrationPatch, expected: int | None
    ) -> RegistrationView:
        registration, event = await self._by_manage(manage_token)
        check_version(expected, registration.version, "registration")
        domain = await self._sessions(event)
        before = {s.id: s for s in registration.followed(domain)}
        errors = ErrorCollector()
        track = registration.track if isinstance(patch.track, UnsetType) else patch.track
        if not isinstance(patch.track, UnsetType):
            _track(event, patch.track, errors)
        if not isinstance(patch.timezone, UnsetType):
            _zone(patch.timezone, errors)
        if not isinstance(patch.name, UnsetType) and not patch.name.strip():
            errors.add("name", "must not be blank", patch.name)
        if not isinstance(patch.language, UnsetType):
            _language(patch.language, errors)
        chosen: list[uuid.UUID] | None = None
        if not isinstance(patch.sessions, UnsetType):
            chosen = _chosen(patch.sessions, track, domain, errors)
        elif not isinstance(patch.track, UnsetType):
            # Chosen sessions must be offered in the new track too.
            chosen = _chosen(registration.sessions, track, domain, errors, field="track")
        errors.raise_if_any()
        now = self.ctx.clock()
        saved = await self.uow.registrations.save(
            event,
            replace(
                registration,
                name=registration.name if isinstance(patch.name, UnsetType) else patch.name.strip(),
                track=track,
                timezone=(
                    registration.timezone
                    if isinstance(patch.timezone, UnsetType)
                    else patch.timezone
                ),
                sessions=tuple(sorted(chosen)) if chosen is not None else registration.sessions,
                language=(
                    registration.language
                    if isinstance(patch.language, UnsetType)
                    else patch.language
                ),
                updated_at=now,
            ),
        )
        after = {s.id: s for s in saved.followed(domain)}
        attendee = attendee_of(saved)
        moved = registration.track != saved.track or not isinstance(patch.timezone, UnsetType)
        dropped = [(attendee, s, "CANCEL") for i, s in before.items() if i not in after]
        added = [(attendee, s, "REQUEST") for i, s in after.items() if i not in before]
        # A new track or zone: the invites they hold get the new place, join link or times.
        kept = [(attendee, s, "REQUEST") for i, s in after.items() if i in before and moved]
        queue(self.uow, self.mail, event, [*dropped, *added], now)
        queue(self.uow, self.mail, event, kept, now, update=True)
        return _view(saved)

    async def delete(self, manage_token: str, expected: int | None) -> None:
        registration, event = await self._by_manage(manage_token)
        check_version(expected, registration.version, "registration")
        domain = await self._sessions(event)
        attendee = attendee_of(registration)
        queue(
            self.uow,
            self.mail,
            event,
            ((attendee, s, "CANCEL") for s in registration.followed(domain)),
            self.ctx.clock(),
        )
        await self.uow.registrations.delete(registration)

    async def rotate_feed(self, manage_token: str) -> RegistrationView:
        """A new feed token; the old feed URL stops working at once."""
        feed = new_secret()
        registration, _ = await self._by_manage(manage_token)
        saved = await self.uow.registrations.set_feed(
            registration, hash_token(feed), self.ctx.clock()
        )
        return _view(saved, feed_token=feed)

    async def revoke_feed(self, manage_token: str) -> None:
        registration, _ = await self._by_manage(manage_token)
        await self.uow.registrations.set_feed(registration, None, self.ctx.clock())

    async def join_links(self, manage_token: str) -> tuple[Registration, Event, list[JoinItem]]:
        """The join links of the attendee's sessions in their track, as a registrant gets them
        now: their private links included, each from its `join_private_hours` on. One item per
        link of the whole session, and one per segment with its own (a breakout)."""
        registration, event = await self._by_manage(manage_token)
        reader = Reader(JoinAudience.REGISTRANT, self.ctx.clock())
        tracks = {t.slug: t for t in event.tracks}
        items: list[JoinItem] = []
        for session in registration.followed(await self._sessions(event)):
            if session.status is SessionStatus.CANCELLED:
                continue
            for link in session_join(event.title, session, tracks, registration.track, reader):
                items.append(JoinItem(session, None, link))
            for seg in session.segments_for(registration.track):
                own = segment_join(seg, session, reader)
                if own is not None:
                    items.append(JoinItem(session, seg, own))
        return registration, event, items

    async def feed_source(self, feed_token: str) -> tuple[Registration, Event]:
        """What a personal feed is made of: the registration and its (published) event."""
        _check_token(feed_token)
        registration = await self.uow.registrations.get_by_feed_hash(hash_token(feed_token))
        return await self._with_event(registration)

    # --- organisers ------------------------------------------------------------------

    async def list(
        self, slug: str, viewer: Viewer, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[RegistrationView], int]:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        found, total = await self.uow.registrations.page(event.id, limit=limit, offset=offset)
        return [_view(r) for r in found], total

    # --- helpers ---------------------------------------------------------------------

    async def _by_manage(self, token: str) -> tuple[Registration, Event]:
        _check_token(token)
        registration = await self.uow.registrations.get_by_manage_hash(hash_token(token))
        return await self._with_event(registration)

    async def _with_event(self, registration: Registration | None) -> tuple[Registration, Event]:
        if registration is None:
            raise NotFound("No such registration.")
        event = await self.uow.events.get(registration.event_slug)
        # A registration of an event that went back to draft does not exist either.
        if event is None or event.status is not EventStatus.PUBLISHED:
            raise NotFound("No such registration.")
        return registration, event

    async def _sessions(self, event: Event) -> list[Session]:
        assert event.id is not None
        return await self.uow.sessions.domain_for_event(event.id, get_zone(event.timezone))


@dataclass(frozen=True, slots=True)
class JoinItem:
    """One join link of a registrant's session: for all of it, or for one segment."""

    session: Session
    segment: Segment | None
    link: JoinLink


def _check_token(token: str) -> None:
    # No stored token is this long: answer without a lookup.
    if not token or len(token) > 128:
        raise NotFound("No such registration.")


def _email(email: str, errors: ErrorCollector) -> str:
    try:
        return normalise_email(email)
    except InvalidInput as exc:
        errors.errors.extend(exc.errors)
        return email


def _track(event: Event, slug: str, errors: ErrorCollector) -> None:
    if event.track(slug) is None:
        known = ", ".join(event.track_slugs)
        errors.add("track", f"no track {slug!r} in this event (tracks: {known})", slug)


def _zone(name: str, errors: ErrorCollector) -> None:
    if not is_zone(name):
        errors.add("timezone", f"{name!r} is not an IANA time zone name", name)


def _language(language: str | None, errors: ErrorCollector) -> None:
    if language is not None and language not in LANGUAGES:
        errors.add("language", f"must be one of {', '.join(LANGUAGES)}", language)


def manage_link_mail(
    mail: MailSettings, event: Event, registration: Registration, token: str, now: datetime
) -> tuple[uuid.UUID, EmailMessage]:
    """The mail that answers "registered again": the way back to one's registration."""
    message_id = uuid.uuid4()
    link = PublicLinks(mail.base_url).manage(token)
    message = EmailMessage()
    message["Subject"] = f"Your registration for {event.title}"
    message["From"] = formataddr((mail.organiser_name or "", mail.sender))
    message["To"] = formataddr((registration.name, registration.email))
    message["Date"] = format_datetime(now)
    message["Message-ID"] = f"<{message_id}@{mail.host}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(
        f"Someone, perhaps you, registered this address for {event.title} again.\n"
        "You were already registered, so nothing was changed and no second registration "
        "was made.\n\n"
        f"Change your track, zone or sessions, get your calendar feed, or leave:\n{link}\n\n"
        "Keep this link to yourself: it opens your registration. If it was not you, "
        "you can ignore this mail.\n"
    )
    return message_id, message


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
    "RegistrationDraft",
    "RegistrationPatch",
    "RegistrationService",
    "RegistrationView",
    "manage_link_mail",
]
