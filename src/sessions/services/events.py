"""Events: create, read, update, delete, publish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.clock import WallTime, in_zone
from sessions.domain.errors import (
    AlreadyExists,
    ErrorCollector,
    FieldError,
    InvalidInput,
    StaleVersion,
)
from sessions.domain.events import check_dates, check_slug, check_zone
from sessions.domain.model import (
    Event,
    EventKind,
    EventRole,
    EventStatus,
    Track,
    TrackMode,
    default_tracks,
)
from sessions.domain.plan import rezone
from sessions.domain.zones import get_zone
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import to_event, to_track
from sessions.persistence.repositories.meta import MetaRepository
from sessions.persistence.tables import EventMemberRow, EventRow, TrackRow
from sessions.services.access import (
    Viewer,
    access_for,
    readable,
    require_account,
    visible_event_ids,
    writable,
)
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.tracks import TrackDraft, check_track_draft
from sessions.services.versions import check_if_match, event_etag


@dataclass(frozen=True, slots=True)
class EventDraft:
    slug: str
    title: str
    timezone: str
    start_date: date
    end_date: date
    kind: EventKind = EventKind.MEETING
    venue: str | None = None
    description: str | None = None
    tracks: Sequence[TrackDraft] | None = None  # None: the default in-person and online tracks


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    tracks: tuple[Track, ...]
    can_write: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any] = field(default_factory=list)
    total: int = 0


def _view(row: EventRow, can_write: bool) -> EventView:
    return EventView(to_event(row), tuple(to_track(t) for t in row.tracks), can_write)


class EventService(Service):
    async def list(self, viewer: Viewer, *, limit: int = 100, offset: int = 0) -> Page:
        db_session = self.uow.db_session
        rows, total = await self.uow.events.visible(viewer.account_id, limit=limit, offset=offset)
        roles = await visible_event_ids(db_session, viewer)
        return Page(
            [_view(r, roles.get(r.id) in (EventRole.OWNER, EventRole.ORGANISER)) for r in rows],
            total,
        )

    async def get(self, slug: str, viewer: Viewer) -> EventView:
        db_session = self.uow.db_session
        row = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        return _view(row, (await access_for(db_session, row, viewer)).can_write)

    async def create(self, draft: EventDraft, viewer: Viewer) -> EventView:
        require_account(viewer)
        errors = ErrorCollector()
        check_slug(draft.slug, errors)
        check_zone(draft.timezone, errors)
        check_dates(draft.kind, draft.start_date, draft.end_date, errors)
        tracks: Sequence[TrackDraft | Track]
        if draft.tracks is None:
            tracks = default_tracks()
        else:
            tracks = draft.tracks
            seen: set[str] = set()
            for i, track in enumerate(draft.tracks):
                check_track_draft(track, errors, f"tracks[{i}]")
                if track.slug in seen:
                    errors.add(
                        f"tracks[{i}].slug", f"track {track.slug!r} is listed twice", track.slug
                    )
                seen.add(track.slug)
        errors.raise_if_any()
        now = self.ctx.clock()
        db_session = self.uow.db_session
        if await self.uow.events.by_slug(draft.slug) is not None:
            raise AlreadyExists(
                f"An event {draft.slug!r} already exists.",
                [_slug_taken(draft.slug)],
            )
        row = EventRow(
            slug=draft.slug,
            title=draft.title,
            kind=draft.kind.value,
            timezone=draft.timezone,
            start_date=draft.start_date,
            end_date=draft.end_date,
            venue=draft.venue,
            description=draft.description,
            status=EventStatus.DRAFT.value,
            created_at=now,
            updated_at=now,
            tracks=[
                TrackRow(
                    slug=t.slug,
                    name=t.name,
                    mode=TrackMode(t.mode).value,
                    location=t.location,
                    join_url=t.join_url,
                    position=i,
                )
                for i, t in enumerate(tracks)
            ],
        )
        db_session.add(row)
        try:
            await db_session.flush()
        except IntegrityError:
            # Another request created the same slug between our check and our insert.
            raise AlreadyExists(
                f"An event {draft.slug!r} already exists.", [_slug_taken(draft.slug)]
            ) from None
        assert viewer.account_id is not None
        db_session.add(
            EventMemberRow(
                event_id=row.id,
                organiser_id=viewer.account_id,
                role=EventRole.OWNER.value,
                created_at=now,
            )
        )
        view = _view(row, True)
        await self._announce(view.event, "event.created")
        return view

    async def update(
        self, slug: str, changes: dict[str, Any], viewer: Viewer, if_match: str | None
    ) -> EventView:
        db_session = self.uow.db_session
        row = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        check_if_match(if_match, event_etag(row.version))
        errors = ErrorCollector()
        kind = EventKind(changes.get("kind", row.kind))
        start_date = changes.get("start_date", row.start_date)
        end_date = changes.get("end_date", row.end_date)
        zone_name = changes.get("timezone", row.timezone)
        if "timezone" in changes:
            check_zone(zone_name, errors)
        check_dates(kind, start_date, end_date, errors)
        errors.raise_if_any()
        sessions = await self.uow.sessions.for_event(row.id)
        zone = get_zone(zone_name)
        if zone_name != row.timezone:
            # Wall-clock times are the truth (time rule 3): they stay, instants follow.
            for session in sessions:
                for which in ("start", "end"):
                    wall = WallTime(
                        getattr(session, f"{which}_local"),
                        getattr(session, f"{which}_fold"),
                        zone,
                    )
                    try:
                        moved = rezone(wall, zone, "timezone")
                    except InvalidInput as exc:
                        raise InvalidInput(
                            f"Session {session.title!r} would have no valid {which} in "
                            f"{zone_name}.",
                            [
                                _with_context(e, f"session {session.title!r} ({which})")
                                for e in exc.errors
                            ],
                        ) from None
                    setattr(session, f"{which}_utc", moved.instant)
                    setattr(session, f"{which}_fold", moved.fold)
                session.sequence += 1
                session.updated_at = self.ctx.clock()
        outside = sorted(
            {
                in_zone(s.start_utc, zone).date()
                for s in sessions
                if not start_date <= in_zone(s.start_utc, zone).date() <= end_date
            }
        )
        if outside:
            field = "start_date" if outside[0] < start_date else "end_date"
            raise InvalidInput.single(
                field,
                f"sessions on {', '.join(d.isoformat() for d in outside)} would fall outside "
                "the event's dates; move them first",
            )
        for key, value in changes.items():
            setattr(row, key, value.value if isinstance(value, EventKind) else value)
        row.updated_at = self.ctx.clock()
        try:
            await db_session.flush()
        except StaleDataError:
            raise StaleVersion("The event changed while you were editing it.") from None
        view = _view(row, True)
        await self._announce(view.event, "event.updated")
        return view

    async def set_status(self, slug: str, status: EventStatus, viewer: Viewer) -> EventView:
        db_session = self.uow.db_session
        row = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        if row.status != status.value:
            row.status = status.value
            row.updated_at = self.ctx.clock()
            await db_session.flush()
            await _published_set_changed(db_session, row.updated_at)
        view = _view(row, True)
        await self._announce(view.event, f"event.{status.value}")
        return view

    async def delete(self, slug: str, viewer: Viewer, if_match: str | None) -> None:
        db_session = self.uow.db_session
        row = await writable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        check_if_match(if_match, event_etag(row.version))
        event = to_event(row)
        if row.status == EventStatus.PUBLISHED.value:
            await _published_set_changed(db_session, self.ctx.clock())
        await db_session.delete(row)
        await self._announce(event, "event.deleted")

    async def _announce(self, event: Event, what: str) -> None:
        assert event.id is not None
        self.announce(Change(event.id, event.slug, event.version, what))


def _slug_taken(slug: str) -> FieldError:
    return FieldError("slug", f"an event {slug!r} already exists; choose another slug", slug)


def _with_context(error: FieldError, context: str) -> FieldError:
    return FieldError(error.field, f"{context}: {error.message}", error.value)


PUBLISHED_SET_CHANGED = "published_set_changed_at"


async def _published_set_changed(db_session: DbSession, when: datetime) -> None:
    """Remember when an event joined or left the published set: /calendar.ics's Last-Modified."""
    await MetaRepository(db_session).set(PUBLISHED_SET_CHANGED, when.isoformat())
