"""Events: create, read, update, delete, publish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from msgspec import UNSET, UnsetType

from sessions.domain.errors import (
    AlreadyExists,
    ErrorCollector,
    FieldError,
    InvalidInput,
)
from sessions.domain.events import check_dates, check_slug, check_zone
from sessions.domain.model import (
    Event,
    EventKind,
    EventRole,
    EventStatus,
    Track,
    default_tracks,
)
from sessions.domain.plan import rezone
from sessions.domain.zones import get_zone
from sessions.persistence.repositories.events import SessionTimes
from sessions.services.access import (
    Viewer,
    access_in,
    event_to_read,
    event_to_write,
    require_account,
)
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.tracks import TrackDraft, check_track_draft
from sessions.services.versions import Expected, check_version


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
class EventPatch:
    """A change to an event's own fields: UNSET fields are not given; None clears."""

    title: str | UnsetType = UNSET
    timezone: str | UnsetType = UNSET
    start_date: date | UnsetType = UNSET
    end_date: date | UnsetType = UNSET
    kind: EventKind | UnsetType = UNSET
    venue: str | UnsetType | None = UNSET
    description: str | UnsetType | None = UNSET


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    tracks: tuple[Track, ...]
    can_write: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any] = field(default_factory=list)
    total: int = 0


def _view(event: Event, can_write: bool) -> EventView:
    return EventView(event, event.tracks, can_write)


def _patched(event: Event, patch: EventPatch) -> Event:
    def given(value: Any, current: Any) -> Any:
        return current if value is UNSET else value

    return replace(
        event,
        title=given(patch.title, event.title),
        timezone=given(patch.timezone, event.timezone),
        start_date=given(patch.start_date, event.start_date),
        end_date=given(patch.end_date, event.end_date),
        kind=given(patch.kind, event.kind),
        venue=given(patch.venue, event.venue),
        description=given(patch.description, event.description),
    )


class EventService(Service):
    async def list(self, viewer: Viewer, *, limit: int = 100, offset: int = 0) -> Page:
        events, total = await self.uow.events.visible(viewer.account_id, limit=limit, offset=offset)
        roles = (
            await self.uow.members.roles_of(viewer.account_id)
            if viewer.account_id is not None
            else {}
        )
        return Page(
            [_view(e, roles.get(e.id) in (EventRole.OWNER, EventRole.ORGANISER)) for e in events],
            total,
        )

    async def get(self, slug: str, viewer: Viewer) -> EventView:
        event = await event_to_read(self.uow, slug, viewer)
        return _view(event, (await access_in(self.uow, event, viewer)).can_write)

    async def create(self, draft: EventDraft, viewer: Viewer) -> EventView:
        require_account(viewer)
        assert viewer.account_id is not None
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
        if await self.uow.events.get(draft.slug) is not None:
            raise AlreadyExists(
                f"An event {draft.slug!r} already exists.", [_slug_taken(draft.slug)]
            )
        event = Event(
            slug=draft.slug,
            title=draft.title,
            timezone=draft.timezone,
            start_date=draft.start_date,
            end_date=draft.end_date,
            kind=draft.kind,
            venue=draft.venue,
            description=draft.description,
            status=EventStatus.DRAFT,
            updated_at=self.ctx.clock(),
            tracks=tuple(
                Track(
                    t.slug,
                    t.name,
                    t.mode,
                    t.location,
                    t.join_url,
                    position=i,
                    join_private=t.join_private,
                    join_private_hours=t.join_private_hours,
                )
                for i, t in enumerate(tracks)
            ),
        )
        created = await self.uow.events.add(event, viewer.account_id)
        if created is None:
            # Another request created the same slug between our check and our insert.
            raise AlreadyExists(
                f"An event {draft.slug!r} already exists.", [_slug_taken(draft.slug)]
            )
        await self._announce(created, "event.created")
        return _view(created, True)

    async def update(
        self, slug: str, patch: EventPatch, viewer: Viewer, expected: Expected
    ) -> EventView:
        before = await event_to_write(self.uow, slug, viewer)
        assert before.id is not None
        check_version(expected, before.version, "event")
        after = _patched(before, patch)
        errors = ErrorCollector()
        if patch.timezone is not UNSET:
            check_zone(after.timezone, errors)
        check_dates(after.kind, after.start_date, after.end_date, errors)
        errors.raise_if_any()
        zone = get_zone(after.timezone)
        sessions = await self.uow.events.session_times(before.id, zone)
        moved: list[SessionTimes] = []
        if after.timezone != before.timezone:
            # Wall-clock times are the truth (time rule 3): they stay, instants follow.
            moved = [_rezoned(s, after.timezone) for s in sessions]
        outside = sorted(
            {s.start.wall.date() for s in sessions if not after.covers(s.start.wall.date())}
        )
        if outside:
            field = "start_date" if outside[0] < after.start_date else "end_date"
            raise InvalidInput.single(
                field,
                f"sessions on {', '.join(d.isoformat() for d in outside)} would fall outside "
                "the event's dates; move them first",
            )
        now = self.ctx.clock()
        if moved:
            await self.uow.events.move_sessions(moved, now)
        saved = await self.uow.events.save(replace(after, updated_at=now))
        await self._announce(saved, "event.updated")
        return _view(saved, True)

    async def set_status(self, slug: str, status: EventStatus, viewer: Viewer) -> EventView:
        event = await event_to_write(self.uow, slug, viewer)
        if event.status != status:
            now = self.ctx.clock()
            event = await self.uow.events.save(replace(event, status=status, updated_at=now))
            await self._published_set_changed(now)
        await self._announce(event, f"event.{status.value}")
        return _view(event, True)

    async def delete(self, slug: str, viewer: Viewer, expected: Expected) -> None:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        check_version(expected, event.version, "event")
        if event.status is EventStatus.PUBLISHED:
            await self._published_set_changed(self.ctx.clock())
        await self.uow.events.delete(event.id)
        await self._announce(event, "event.deleted")

    async def _announce(self, event: Event, what: str) -> None:
        assert event.id is not None
        self.announce(Change(event.id, event.slug, event.version, what))

    async def _published_set_changed(self, when: datetime) -> None:
        """Remember when an event joined or left the published set: /calendar.ics's
        Last-Modified."""
        await self.uow.meta.set(PUBLISHED_SET_CHANGED, when.isoformat())


PUBLISHED_SET_CHANGED = "published_set_changed_at"


def _rezoned(session: SessionTimes, zone_name: str) -> SessionTimes:
    """The session's wall-clock times in the event's new zone, with instants derived anew."""
    zone = get_zone(zone_name)
    times = {}
    for which, wall in (("start", session.start), ("end", session.end)):
        try:
            times[which] = rezone(wall, zone, "timezone")
        except InvalidInput as exc:
            raise InvalidInput(
                f"Session {session.title!r} would have no valid {which} in {zone_name}.",
                [_with_context(e, f"session {session.title!r} ({which})") for e in exc.errors],
            ) from None
    return replace(session, start=times["start"], end=times["end"])


def _slug_taken(slug: str) -> FieldError:
    return FieldError("slug", f"an event {slug!r} already exists; choose another slug", slug)


def _with_context(error: FieldError, context: str) -> FieldError:
    return FieldError(error.field, f"{context}: {error.message}", error.value)
