"""Calendars and schedule exports: load once, render through the renderers, cache per version."""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sessions.domain.agenda import Agenda, build_agenda
from sessions.domain.errors import NotFound
from sessions.domain.hybrid import JoinAudience
from sessions.domain.joining import Reader, last_opened, shown_key
from sessions.domain.links import PublicLinks
from sessions.domain.model import Event
from sessions.domain.zones import Zone, get_zone
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.renderers import RENDERERS
from sessions.renderers.base import Renderer, RenderOptions
from sessions.renderers.ical import Skipped, invite_method
from sessions.services.access import Viewer
from sessions.services.context import Service, ServiceContext
from sessions.services.events import PUBLISHED_SET_CHANGED
from sessions.services.registrations import RegistrationService

log = logging.getLogger(__name__)

# Renderers by their registry's identifiers.
ICAL, FRAB_JSON, FRAB_XML = "ical", "frab-json", "frab-xml"


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
    zone: Zone | None = None  # the reader's zone, for "your local time" lines
    utc: bool = False
    segments: bool = False
    # Minutes before each entry for a VALARM (a facilitator's cues); part of the cache key.
    alarm: int | None = None


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
        self.links = PublicLinks(base_url)
        self.organiser_email = organiser_email
        self.organiser_name = organiser_name
        self.outputs = ctx.outputs
        self.ical = self._renderer(ICAL)

    def _renderer(self, identifier: str) -> Renderer:
        cls: Any = RENDERERS[identifier]
        # The iCalendar renderer reuses each session's rendered components across outputs.
        return cls(self.ctx.components) if identifier == ICAL else cls()

    def _rendered(
        self, renderer: Renderer, body: bytes, last_modified: datetime | None, stem: str
    ) -> Rendered:
        return Rendered(
            body, renderer.media_type, _etag(body), last_modified, f"{stem}.{renderer.extension}"
        )

    def _options(self, event: Event | None, query: CalendarQuery, **extra: Any) -> RenderOptions:
        stamp = (event.updated_at if event and event.updated_at else None) or datetime(
            2000, 1, 1, tzinfo=get_zone("UTC")
        )
        return RenderOptions(
            now=stamp,
            host=self.host,
            base_url=self.links.base_url,
            organiser_email=self.organiser_email,
            organiser_name=self.organiser_name,
            reader_zone=query.zone.name if query.zone is not None else None,
            utc=query.utc,
            segments=query.segments,
            alarm_before=timedelta(minutes=query.alarm) if query.alarm is not None else None,
            **extra,
        )

    @staticmethod
    def _check(event: Event, query: CalendarQuery) -> None:
        if query.track is not None and event.track(query.track) is None:
            raise NotFound(f"No track {query.track!r} in {event.slug!r}.")

    async def _agenda(self, event: Event, track: str | None) -> Agenda:
        assert event.id is not None
        zone = get_zone(event.timezone)
        sessions = await self.uow.sessions.domain_for_event(event.id, zone)
        return build_agenda(event, sessions, zone, track=track, tracks=event.tracks)

    async def event_calendar(self, slug: str, viewer: Viewer, query: CalendarQuery) -> Rendered:
        event = await self.ctx.directory.to_read(self.uow, slug, viewer)
        self._check(event, query)
        key = ("event.ics", self.links.base_url, event.id, event.version, query)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agenda = await self._agenda(event, query.track)
        body = self.ical.render(agenda, self._options(agenda.event, query))
        stem = f"{slug}-{query.track}" if query.track else slug
        rendered = self._rendered(self.ical, body, event.updated_at, stem)
        self.outputs[key] = rendered
        return rendered

    async def session_invite(
        self, slug: str, session_id: uuid.UUID, viewer: Viewer, query: CalendarQuery
    ) -> Rendered:
        event = await self.ctx.directory.to_read(self.uow, slug, viewer)
        assert event.id is not None
        self._check(event, query)
        # The event's version grows with every change inside it, this session's included.
        key = ("session.ics", self.links.base_url, session_id, event.id, event.version, query)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        zone = get_zone(event.timezone)
        session = await self.uow.sessions.get(event.id, session_id, zone)
        if session is None:
            raise NotFound(f"No session {session_id} in {slug!r}.")
        if query.track is not None and query.track not in session.tracks:
            raise NotFound(f"Session {session_id} is not offered in track {query.track!r}.")
        agenda = build_agenda(event, [session], zone, track=query.track, tracks=event.tracks)
        options = self._options(
            event, query, method=invite_method(session), calendar_name=session.title
        )
        # An invite's DTSTAMP is when it was made: the session's last change is that moment.
        options = _with_now(options, session.updated_at)
        body = self.ical.render(agenda, options)
        # The invite also shows the event's tracks (join link, location) and fields,
        # which change without touching the session: the event's last change bounds
        # them all, so If-Modified-Since never gets a 304 for a changed invite.
        modified = _latest(session.updated_at, event.updated_at)
        rendered = self._rendered(self.ical, body, modified, str(session.id))
        self.outputs[key] = rendered
        return rendered

    async def personal_feed(self, token: str) -> Rendered:
        """An attendee's feed: their sessions (all of their track if none chosen), their
        track's plan, location or join link, and their own zone's times in descriptions."""
        registration, event = await RegistrationService(self.ctx, self.uow).feed_source(token)
        assert event.id is not None
        zone = get_zone(event.timezone)
        sessions = await self.uow.sessions.domain_for_event(event.id, zone)
        if registration.sessions:
            sessions = [s for s in sessions if s.id in registration.sessions]
        # The attendee's private join links, each from its hour on: which are open is part
        # of the key (the same versions read differently as sessions draw near).
        reader = Reader(JoinAudience.REGISTRANT, self.ctx.clock())
        key = (
            "feed.ics",
            self.links.base_url,
            registration.id,
            registration.version,
            event.id,
            event.version,
            tuple(shown_key(s, event.tracks, reader) for s in sessions),
        )
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agenda = build_agenda(event, sessions, zone, track=registration.track, tracks=event.tracks)
        options = self._options(
            agenda.event,
            CalendarQuery(track=registration.track, zone=get_zone(registration.timezone)),
            calendar_name=f"{agenda.event.title} ({registration.name})",
            join_reader=reader,
        )
        # A shared output: one session that cannot be rendered is left out, not the feed.
        body = self.ical.render(agenda, options, on_skip=_log_skipped)
        opened = (last_opened(s, event.tracks, reader) for s in sessions)
        modified = _latest(event.updated_at, registration.updated_at, *opened)
        rendered = self._rendered(self.ical, body, modified, event.slug)
        self.outputs[key] = rendered
        return rendered

    async def all_events(self, viewer: Viewer) -> Rendered:
        """Every published event in one subscribable calendar."""
        published = await self.uow.events.published()
        key = ("calendar.ics", self.links.base_url, tuple((e.id, e.version) for e in published))
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agendas: dict[str, Agenda] = {}
        for event in published:
            agendas[event.slug] = await self._agenda(event, None)
        set_changed = await self.uow.meta.get(PUBLISHED_SET_CHANGED)
        events = [a.event for a in agendas.values()]
        latest = max((e.updated_at for e in events if e.updated_at), default=None)
        options = self._options(None, CalendarQuery(), calendar_name="All events")
        if latest is not None:
            options = _with_now(options, latest)
        # Shared by everyone: an event that cannot be rendered is left out, never a 500 for all.
        body = self.ical.render_calendar(events, agendas, options, on_skip=_log_skipped)
        # An event unpublished or deleted changes this calendar without being in it.
        modified = max(
            (t for t in (latest, set_changed and datetime.fromisoformat(set_changed)) if t),
            default=None,
        )
        rendered = self._rendered(self.ical, body, modified, "calendar")
        self.outputs[key] = rendered
        return rendered

    async def schedule(self, slug: str, viewer: Viewer, identifier: str) -> Rendered:
        """The frab/c3voc schedule, by its renderer's identifier (`frab-json`, `frab-xml`)."""
        renderer = self._renderer(identifier)
        event = await self.ctx.directory.to_read(self.uow, slug, viewer)
        key = ("schedule", self.links.base_url, identifier, event.id, event.version)
        cached = self.outputs.get(key)
        if cached is not None:
            return cached
        agenda = await self._agenda(event, None)
        body = renderer.render(agenda, self._options(agenda.event, CalendarQuery()))
        rendered = self._rendered(renderer, body, event.updated_at, "schedule")
        self.outputs[key] = rendered
        return rendered


_LOGGED: set[tuple[str, str, str]] = set()


def _log_skipped(skipped: Skipped) -> None:
    """Logged once per item and error (polling calendar apps would repeat it endlessly)."""
    key = (skipped.kind, skipped.id, repr(skipped.error)[:200])
    if key in _LOGGED:
        return
    if len(_LOGGED) > 10_000:
        _LOGGED.clear()
    _LOGGED.add(key)
    log.error(
        "left a %s out of a shared calendar: %s (%s: %s)",
        skipped.kind,
        skipped.id,
        type(skipped.error).__name__,
        skipped.error,
    )


def _latest(*moments: datetime | None) -> datetime | None:
    return max((m for m in moments if m is not None), default=None)


def _with_now(options: RenderOptions, now: datetime | None) -> RenderOptions:
    if now is None:
        return options
    return replace(options, now=now)
