"""Sessions and their segment plans."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.clock import WallTime, parse_wall_time
from sessions.domain.errors import ErrorCollector, InvalidInput, NotFound, StaleVersion
from sessions.domain.limits import MAX_PEOPLE_PER_SESSION
from sessions.domain.model import (
    Person,
    Session,
    SessionStatus,
)
from sessions.domain.plan import (
    SegmentSpec,
    check_plan_tracks,
    check_times,
    check_tracks,
    plan_segments,
    reschedule,
)
from sessions.domain.zones import Zone, get_zone
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import to_event, to_session
from sessions.persistence.repositories.sessions import SessionRepository
from sessions.persistence.tables import (
    EventRow,
    PersonRow,
    SegmentRow,
    SegmentTrackRow,
    SessionPersonRow,
    SessionRow,
    SessionTrackRow,
)
from sessions.services import invites
from sessions.services.access import Viewer, access_for, readable, writable
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.versions import check_if_match, session_etag


@dataclass(frozen=True, slots=True)
class SessionDraft:
    title: str
    start: str
    end: str
    description: str | None = None
    room: str | None = None
    tracks: Sequence[str] | None = None  # None: every track of the event
    people: Sequence[Person] = ()
    status: SessionStatus = SessionStatus.CONFIRMED
    import_guid: str | None = None  # the schedule talk it comes from (see services/imports.py)


@dataclass(frozen=True, slots=True)
class SessionView:
    session: Session
    event_slug: str
    timezone: str
    # Whose facilitator notes show: None every track's (organisers), else these tracks' only.
    notes_tracks: frozenset[str] | None = frozenset()

    def shows_notes(self, tracks: Sequence[str]) -> bool:
        return self.notes_tracks is None or bool(self.notes_tracks.intersection(tracks))


def _check_people(people: Sequence[Person], errors: ErrorCollector) -> None:
    if len(people) > MAX_PEOPLE_PER_SESSION:
        errors.add("people", f"at most {MAX_PEOPLE_PER_SESSION} people per session", len(people))
    seen: set[tuple[str, str]] = set()
    for i, person in enumerate(people):
        if not person.name.strip():
            errors.add(f"people[{i}].name", "must not be blank", person.name)
        if (person.key, person.role) in seen:
            errors.add(f"people[{i}]", f"{person.name} is listed twice as {person.role}")
        seen.add((person.key, person.role))


class SessionService(Service):
    async def list(
        self, slug: str, viewer: Viewer, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[SessionView], int]:
        db_session = self.uow.db_session
        event = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        rows, total = await self.uow.sessions.page(event.id, limit=limit, offset=offset)
        notes = (await access_for(db_session, event, viewer)).notes_tracks()
        return [self._view(r, event, notes) for r in rows], total

    async def get(self, slug: str, session_id: uuid.UUID, viewer: Viewer) -> SessionView:
        db_session = self.uow.db_session
        event = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        row = await self._row(db_session, event, session_id)
        return self._view(row, event, (await access_for(db_session, event, viewer)).notes_tracks())

    async def create(self, slug: str, draft: SessionDraft, viewer: Viewer) -> SessionView:
        db_session = self.uow.db_session
        events = self.uow.events
        event_row = await writable(db_session, await events.by_slug(slug), viewer, slug)
        event = to_event(event_row)
        zone = get_zone(event.timezone)
        errors = ErrorCollector()
        start = _parse(draft.start, zone, "start", errors)
        end = _parse(draft.end, zone, "end", errors)
        known = [t.slug for t in event_row.tracks]
        tracks = list(draft.tracks) if draft.tracks is not None else known
        check_tracks(tracks, known, errors)
        _check_people(draft.people, errors)
        if start is not None and end is not None:
            check_times(event, start, end, errors)
        errors.raise_if_any()
        assert start is not None and end is not None
        now = self.ctx.clock()
        row = SessionRow(
            id=uuid.uuid4(),
            event_id=event_row.id,
            title=draft.title,
            description=draft.description,
            room=draft.room,
            status=draft.status.value,
            sequence=0,
            created_at=now,
            updated_at=now,
            tracks=[],
            segments=[],
            people=[],
            import_guid=draft.import_guid,
        )
        _set_times(row, start, end)
        _set_tracks(row, event_row, tracks)
        await _set_people(db_session, row, event_row, draft.people)
        db_session.add(row)
        await db_session.flush()
        version = await events.bump_version(event_row.id, now)
        view = self._view(row, event_row, None)
        self.announce(Change(event_row.id, slug, version, "session.created"))
        return view

    async def update(
        self,
        slug: str,
        session_id: uuid.UUID,
        changes: dict[str, Any],
        viewer: Viewer,
        if_match: str | None,
    ) -> SessionView:
        db_session = self.uow.db_session
        events = self.uow.events
        event_row = await writable(db_session, await events.by_slug(slug), viewer, slug)
        row = await self._row(db_session, event_row, session_id)
        check_if_match(if_match, session_etag(row.version))
        event = to_event(event_row)
        zone = get_zone(event.timezone)
        current = to_session(row, zone)
        errors = ErrorCollector()
        touched: set[str] = set()
        if "start" in changes or "end" in changes:
            start, end = reschedule(current, event, zone, changes.get("start"), changes.get("end"))
            if (start.instant, end.instant) != (current.start_instant, current.end_instant):
                touched.add("time")
            _set_times(row, start, end)
        if "tracks" in changes:
            tracks = list(changes["tracks"])
            check_tracks(tracks, [t.slug for t in event_row.tracks], errors)
            check_plan_tracks(current.segments, tracks, errors)
            errors.raise_if_any()
            if tuple(tracks) != current.tracks:
                touched.add("tracks")
                _set_tracks(row, event_row, tracks)
        if "people" in changes:
            _check_people(changes["people"], errors)
            errors.raise_if_any()
            await _set_people(db_session, row, event_row, changes["people"])
            touched.add("people")
        for key in ("title", "description", "room", "status"):
            if key in changes:
                value = changes[key]
                value = value.value if isinstance(value, SessionStatus) else value
                if getattr(row, key) != value:
                    touched.add(key)
                    setattr(row, key, value)
        announce = bool(touched & {"time", "room", "status", "tracks"})
        following = (
            await invites.followers(self.uow, to_event(event_row), current)
            if announce and self.ctx.mail
            else []
        )
        if touched:
            # SEQUENCE follows what a calendar must re-announce: time, place, status.
            if announce:
                row.sequence += 1
            now = self.ctx.clock()
            row.updated_at = now
            # Only the session's own row carries its version: make sure it is updated
            # (and the version bumped) even when only related rows changed this second.
            flag_modified(row, "updated_at")
            try:
                await db_session.flush()
            except StaleDataError:
                raise StaleVersion("The session changed while you were editing it.") from None
            version = await events.bump_version(event_row.id, now)
        else:
            version = event_row.version
        await db_session.refresh(row)
        view = self._view(await self._row(db_session, event_row, session_id), event_row, None)
        if announce and self.ctx.mail:
            event = to_event(event_row)
            invites.session_changed(
                self.ctx,
                self.uow,
                event,
                view.session,
                following,
                await invites.followers(self.uow, event, view.session),
            )
        if touched:
            self.announce(Change(event_row.id, slug, version, "session.updated"))
        return view

    async def replace_segments(
        self,
        slug: str,
        session_id: uuid.UUID,
        specs: Sequence[SegmentSpec],
        viewer: Viewer,
        if_match: str | None,
    ) -> SessionView:
        """The whole plan at once: either every segment is valid and saved, or nothing changes."""
        db_session = self.uow.db_session
        events = self.uow.events
        event_row = await writable(db_session, await events.by_slug(slug), viewer, slug)
        row = await self._row(db_session, event_row, session_id)
        check_if_match(if_match, session_etag(row.version))
        zone = get_zone(event_row.timezone)
        session = to_session(row, zone)
        segments = plan_segments(session, specs, zone)
        by_slug = {t.slug: t for t in event_row.tracks}
        row.segments.clear()
        await db_session.flush()
        for i, seg in enumerate(segments):
            row.segments.append(
                SegmentRow(
                    position=i,
                    kind=seg.kind.value,
                    title=seg.title,
                    start_offset=int(seg.start_offset.total_seconds()),
                    end_offset=int(seg.end_offset.total_seconds()),
                    notes=seg.notes,
                    tracks=[
                        SegmentTrackRow(track_id=by_slug[t].id, position=j)
                        for j, t in enumerate(seg.tracks)
                    ],
                )
            )
        # A plan change is a new version (ETag, LAST-MODIFIED), not a new SEQUENCE.
        now = self.ctx.clock()
        row.updated_at = now
        flag_modified(row, "updated_at")  # a new version even within the same second
        try:
            await db_session.flush()
        except StaleDataError:
            raise StaleVersion("The session changed while you were editing it.") from None
        version = await events.bump_version(event_row.id, now)
        db_session.expire(row)
        view = self._view(await self._row(db_session, event_row, session_id), event_row, None)
        self.announce(Change(event_row.id, slug, version, "session.planned"))
        return view

    async def delete(
        self, slug: str, session_id: uuid.UUID, viewer: Viewer, if_match: str | None
    ) -> None:
        db_session = self.uow.db_session
        events = self.uow.events
        event_row = await writable(db_session, await events.by_slug(slug), viewer, slug)
        row = await self._row(db_session, event_row, session_id)
        check_if_match(if_match, session_etag(row.version))
        if self.ctx.mail:
            gone = to_session(row, event_row.timezone)
            event = to_event(event_row)
            invites.session_deleted(
                self.ctx, self.uow, event, gone, await invites.followers(self.uow, event, gone)
            )
        await db_session.delete(row)
        await db_session.flush()
        version = await events.bump_version(event_row.id, self.ctx.clock())
        self.announce(Change(event_row.id, slug, version, "session.deleted"))

    @staticmethod
    async def _row(db_session: DbSession, event: EventRow, session_id: uuid.UUID) -> SessionRow:
        row = await SessionRepository(db_session).get(event.id, session_id)
        if row is None:
            raise NotFound(f"No session {session_id} in {event.slug!r}.")
        return row

    @staticmethod
    def _view(row: SessionRow, event: EventRow, notes_tracks: frozenset[str] | None) -> SessionView:
        return SessionView(
            to_session(row, event.timezone), event.slug, event.timezone, notes_tracks
        )


def _parse(text: str, zone: Zone, field: str, errors: ErrorCollector) -> WallTime | None:
    try:
        return parse_wall_time(text, zone, field)
    except InvalidInput as exc:
        errors.errors.extend(exc.errors)
        return None


def _set_times(row: SessionRow, start: WallTime, end: WallTime) -> None:
    row.start_local, row.start_fold, row.start_utc = start.wall, start.fold, start.instant
    row.end_local, row.end_fold, row.end_utc = end.wall, end.fold, end.instant


def _set_tracks(row: SessionRow, event: EventRow, tracks: Sequence[str]) -> None:
    by_slug = {t.slug: t for t in event.tracks}
    row.tracks.clear()
    for i, slug in enumerate(tracks):
        row.tracks.append(
            SessionTrackRow(track_id=by_slug[slug].id, track=by_slug[slug], position=i)
        )


async def _set_people(
    db_session: DbSession, row: SessionRow, event: EventRow, people: Sequence[Person]
) -> None:
    repo = SessionRepository(db_session)
    row.people.clear()
    await db_session.flush()
    for i, person in enumerate(people):
        found = await repo.person(event.id, person.key)
        if found is None:
            found = PersonRow(
                event_id=event.id, key=person.key, name=person.name, email=person.email
            )
            db_session.add(found)
            await db_session.flush()
        row.people.append(
            SessionPersonRow(person_id=found.id, person=found, role=person.role.value, position=i)
        )
