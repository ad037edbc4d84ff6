"""Calendars and schedule exports: load once, render through the renderers, cache per version."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sessions.domain.agenda import Agenda, build_agenda
from sessions.domain.errors import InvalidInput, NotFound
from sessions.domain.model import Event
from sessions.domain.zones import get_zone, is_zone
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import to_event, to_session, to_track
from sessions.persistence.repositories.events import EventRepository
from sessions.persistence.repositories.meta import MetaRepository
from sessions.persistence.repositories.sessions import SessionRepository
from sessions.persistence.tables import EventRow
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.renderers.base import RenderOptions
from sessions.renderers.frab import FrabJsonRenderer, FrabXmlRenderer
from sessions.renderers.ical import ICalendarRenderer, invite_method
from sessions.services.access import Viewer, readable
from sessions.services.context import Service, ServiceContext
from sessions.services.events import PUBLISHED_SET_CHANGED
from sessions.services.registrations import RegistrationService


@dataclass(frozen=True, slots=True)
class Rendered:
    """Bytes ready to serve, with what conditional requests need."""

    body: bytes
    media_type: str
    etag: str
    last_modified: datetime | None
    filename: str


@dataclass(frozen=True, slots=True)
class CalendarQuery:
    track: str | None = None
    tz: str | None = None  # the reader's zone, for "your local time" lines
    utc: bool = False
    segments: bool = False


def _etag(body: bytes) -> str:
    # From the bytes themselves: it changes exactly when the content does.
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


class CalendarService(Service):
    def __init__(
        self,
        ctx: ServiceContext,
        uow: UnitOfWork,
        *,
        host: str,
        base_url: str,
        organiser_email: str,
        organiser_name: str,
    ) -> None:
        super().__init__(ctx, uow)
        self.host = host
        self.base_url = base_url
        self.organiser_email = organiser_email
        self.organiser_name = organiser_name
        self.outputs = ctx.outputs
        self.ical = ICalendarRenderer(ctx.components)

    def _options(self, event: Event | None, query: CalendarQuery, **extra: Any) -> RenderOptions:
        stamp = (event.updated_at if event and event.updated_at else None) or datetime(
            2000, 1, 1, tzinfo=get_zone("UTC")
        )
        return RenderOptions(
            now=stamp,
            host=self.host,
            base_url=self.base_url,
            organiser_email=self.organiser_email,
            organiser_name=self.organiser_name,
            reader_zone=query.tz,
            utc=query.utc,
            segments=query.segments,
            **extra,
        )

    @staticmethod
    def _check(row: EventRow, query: CalendarQuery) -> None:
        if query.track is not None and query.track not in {t.slug for t in row.tracks}:
            raise NotFound(f"No track {query.track!r} in {row.slug!r}.")
        if query.tz is not None and not is_zone(query.tz):
            raise InvalidInput.single("tz", f"{query.tz!r} is not an IANA time zone name", query.tz)

    async def _agenda(self, row: EventRow, track: str | None, db_session: DbSession) -> Agenda:
        zone = get_zone(row.timezone)
        sessions = await SessionRepository(db_session).domain_for_event(row.id, zone)
        return build_agenda(
            to_event(row),
            sessions,
            zone,
            track=track,
            tracks=[to_track(t) for t in row.tracks],
        )

    async def event_calendar(self, slug: str, viewer: Viewer, query: CalendarQuery) -> Rendered:
        db_session = self.uow.db_session
        row = await readable(
            db_session, await self.ctx.directory.get(db_session, slug), viewer, slug
        )
        self._check(row, query)
        key = ("event.ics", row.id, row.version, query)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agenda = await self._agenda(row, query.track, db_session)
        body = self.ical.render(agenda, self._options(agenda.event, query))
        name = f"{slug}-{query.track}.ics" if query.track else f"{slug}.ics"
        rendered = Rendered(body, "text/calendar; charset=utf-8", _etag(body), row.updated_at, name)
        self.outputs[key] = rendered
        return rendered

    async def session_invite(
        self, slug: str, session_id: uuid.UUID, viewer: Viewer, query: CalendarQuery
    ) -> Rendered:
        db_session = self.uow.db_session
        row = await readable(
            db_session, await self.ctx.directory.get(db_session, slug), viewer, slug
        )
        self._check(row, query)
        # The event's version grows with every change inside it, this session's included.
        key = ("session.ics", session_id, row.id, row.version, query)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        session_row = await SessionRepository(db_session).get(row.id, session_id)
        if session_row is None:
            raise NotFound(f"No session {session_id} in {slug!r}.")
        zone = get_zone(row.timezone)
        session = to_session(session_row, zone)
        event = to_event(row)
        tracks = [to_track(t) for t in row.tracks]
        if query.track is not None and query.track not in session.tracks:
            raise NotFound(f"Session {session_id} is not offered in track {query.track!r}.")
        agenda = build_agenda(event, [session], zone, track=query.track, tracks=tracks)
        options = self._options(
            event, query, method=invite_method(session), calendar_name=session.title
        )
        # An invite's DTSTAMP is when it was made: the session's last change is that moment.
        options = _with_now(options, session.updated_at)
        body = self.ical.render(agenda, options)
        rendered = Rendered(
            body,
            "text/calendar; charset=utf-8",
            _etag(body),
            # The invite also shows the event's tracks (join link, location) and fields,
            # which change without touching the session: the event's last change bounds
            # them all, so If-Modified-Since never gets a 304 for a changed invite.
            _latest(session.updated_at, event.updated_at),
            f"{session.id}.ics",
        )
        self.outputs[key] = rendered
        return rendered

    async def personal_feed(self, token: str) -> Rendered:
        """An attendee's feed: their sessions (all of their track if none chosen), their
        track's plan, location or join link, and their own zone's times in descriptions."""
        source = await RegistrationService(self.ctx, self.uow).feed_source(token)
        row = source.event_row
        key = ("feed.ics", source.registration_id, source.version, row.id, row.version)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        db_session = self.uow.db_session
        zone = get_zone(row.timezone)
        sessions = await SessionRepository(db_session).domain_for_event(row.id, zone)
        if source.chosen:
            sessions = [s for s in sessions if s.id in source.chosen]
        agenda = build_agenda(
            to_event(row),
            sessions,
            zone,
            track=source.track,
            tracks=[to_track(t) for t in row.tracks],
        )
        options = self._options(
            agenda.event,
            CalendarQuery(track=source.track, tz=source.timezone),
            calendar_name=f"{agenda.event.title} ({source.name})",
        )
        body = self.ical.render(agenda, options)
        rendered = Rendered(
            body,
            "text/calendar; charset=utf-8",
            _etag(body),
            _latest(row.updated_at, source.updated_at),
            f"{row.slug}.ics",
        )
        self.outputs[key] = rendered
        return rendered

    async def all_events(self, viewer: Viewer) -> Rendered:
        """Every published event in one subscribable calendar."""
        db_session = self.uow.db_session
        rows = await EventRepository(db_session).published_rows()
        key = ("calendar.ics", tuple((r.id, r.version) for r in rows))
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agendas: dict[str, Agenda] = {}
        for row in rows:
            agendas[row.slug] = await self._agenda(row, None, db_session)
        set_changed = await MetaRepository(db_session).get(PUBLISHED_SET_CHANGED)
        events = [a.event for a in agendas.values()]
        latest = max((e.updated_at for e in events if e.updated_at), default=None)
        options = self._options(None, CalendarQuery(), calendar_name="All events")
        if latest is not None:
            options = _with_now(options, latest)
        body = self.ical.render_calendar(events, agendas, options)
        # An event unpublished or deleted changes this calendar without being in it.
        modified = max(
            (t for t in (latest, set_changed and datetime.fromisoformat(set_changed)) if t),
            default=None,
        )
        rendered = Rendered(
            body, "text/calendar; charset=utf-8", _etag(body), modified, "calendar.ics"
        )
        self.outputs[key] = rendered
        return rendered

    async def schedule(self, slug: str, viewer: Viewer, fmt: str) -> Rendered:
        """The frab/c3voc schedule (`json` or `xml`)."""
        renderer = FrabJsonRenderer() if fmt == "json" else FrabXmlRenderer()
        db_session = self.uow.db_session
        row = await readable(
            db_session, await self.ctx.directory.get(db_session, slug), viewer, slug
        )
        key = ("schedule", fmt, row.id, row.version)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agenda = await self._agenda(row, None, db_session)
        body = renderer.render(agenda, self._options(agenda.event, CalendarQuery()))
        media = "application/json" if fmt == "json" else "application/xml; charset=utf-8"
        rendered = Rendered(body, media, _etag(body), row.updated_at, f"schedule.{fmt}")
        self.outputs[key] = rendered
        return rendered


def _latest(*moments: datetime | None) -> datetime | None:
    return max((m for m in moments if m is not None), default=None)


def _with_now(options: RenderOptions, now: datetime | None) -> RenderOptions:
    if now is None:
        return options
    return replace(options, now=now)
