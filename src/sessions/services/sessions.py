"""Sessions and their segment plans."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from msgspec import UNSET, UnsetType

from sessions.domain.clock import WallTime, to_wall_time
from sessions.domain.errors import ErrorCollector, InvalidInput, NotFound
from sessions.domain.hybrid import (
    NO_HYBRID,
    Hybrid,
    Material,
    check_hybrid,
    check_materials,
)
from sessions.domain.limits import (
    MAX_AVOID_OVERLAP,
    MAX_PEOPLE_PER_SESSION,
    MAX_SESSIONS_PER_EVENT,
)
from sessions.domain.live import delay_rest
from sessions.domain.model import Event, Person, Session, SessionStatus
from sessions.domain.plan import (
    SegmentSpec,
    check_people_availability,
    check_plan_tracks,
    check_times,
    check_tracks,
    plan_segments,
    reschedule,
)
from sessions.domain.zones import Zone, get_zone
from sessions.services import invites
from sessions.services.access import Viewer, access_in, event_to_read, event_to_write
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.versions import Expected, check_version

# A write without If-Match applies to the newest version: a save lost to a concurrent one
# is read again and redone, this many times at most.

# What a calendar must re-announce (SEQUENCE grows): time, place, status, tracks.
# A session's own join link is part of its place: a change of it is announced too.
_ANNOUNCED = frozenset({"time", "room", "status", "tracks", "join_url"})


@dataclass(frozen=True, slots=True)
class SessionDraft:
    """A new session. Times: naive is a wall time in the event's zone, aware an instant."""

    title: str
    start: datetime
    end: datetime
    description: str | None = None
    room: str | None = None
    tracks: Sequence[str] | None = None  # None: every track of the event
    people: Sequence[Person] = ()
    status: SessionStatus = SessionStatus.CONFIRMED
    import_guid: str | None = None  # the schedule talk it comes from (see services/imports.py)
    avoid_overlap_with: Sequence[uuid.UUID] = ()  # sessions of the event it must not overlap
    hybrid: Hybrid = NO_HYBRID  # its own join link, languages, captions
    materials: Sequence[Material] = ()


@dataclass(frozen=True, slots=True)
class SessionPatch:
    """A change to a session: what is UNSET stays. `start` alone moves the session (its
    length kept), `end` alone resizes it."""

    title: str | UnsetType = UNSET
    description: str | UnsetType | None = UNSET
    room: str | UnsetType | None = UNSET
    status: SessionStatus | UnsetType = UNSET
    start: datetime | UnsetType = UNSET
    end: datetime | UnsetType = UNSET
    tracks: Sequence[str] | UnsetType = UNSET
    people: Sequence[Person] | UnsetType = UNSET
    avoid_overlap_with: Sequence[uuid.UUID] | UnsetType = UNSET
    # Hybrid details, each on its own (domain/hybrid.py).
    join_url: str | UnsetType | None = UNSET
    join_private: bool | UnsetType = UNSET
    join_private_hours: int | UnsetType | None = UNSET
    languages: Sequence[str] | UnsetType = UNSET
    interpretation: Sequence[str] | UnsetType = UNSET
    sign_language: Sequence[str] | UnsetType = UNSET
    captions: bool | UnsetType = UNSET
    materials: Sequence[Material] | UnsetType = UNSET


_HYBRID_FIELDS = (
    "join_url",
    "join_private",
    "join_private_hours",
    "languages",
    "interpretation",
    "sign_language",
    "captions",
)


def _patched_hybrid(current: Hybrid, patch: SessionPatch, errors: ErrorCollector) -> Hybrid:
    given = {
        name: (tuple(v) if isinstance(v, (list, tuple)) else v)
        for name in _HYBRID_FIELDS
        if (v := getattr(patch, name)) is not UNSET
    }
    return check_hybrid(replace(current, **given), errors) if given else current


@dataclass(frozen=True, slots=True)
class SessionView:
    session: Session
    event_slug: str
    timezone: str
    # Whose facilitator notes show: None every track's (organisers), else these tracks' only.
    notes_tracks: frozenset[str] | None = frozenset()

    def shows_notes(self, tracks: Sequence[str]) -> bool:
        return self.notes_tracks is None or bool(self.notes_tracks.intersection(tracks))


@dataclass(frozen=True, slots=True)
class _Edit:
    """A session after a change, and what the change touched (decides SEQUENCE and version)."""

    after: Session
    touched: frozenset[str]


_Changer = Callable[[Session], _Edit]


def _check_people(people: Sequence[Person], errors: ErrorCollector) -> None:
    check_people_availability([(f"people[{i}]", p) for i, p in enumerate(people)], errors)
    if len(people) > MAX_PEOPLE_PER_SESSION:
        errors.add("people", f"at most {MAX_PEOPLE_PER_SESSION} people per session", len(people))
    seen: set[tuple[str, str]] = set()
    for i, person in enumerate(people):
        if not person.name.strip():
            errors.add(f"people[{i}].name", "must not be blank", person.name)
        if (person.key, person.role) in seen:
            errors.add(f"people[{i}]", f"{person.name} is listed twice as {person.role}")
        seen.add((person.key, person.role))


def _wall(value: datetime, zone: Zone, field: str, errors: ErrorCollector) -> WallTime | None:
    try:
        return to_wall_time(value, zone, field)
    except InvalidInput as exc:
        errors.errors.extend(exc.errors)
        return None


def _patched(event: Event, current: Session, patch: SessionPatch) -> _Edit:
    zone = get_zone(event.timezone)
    errors = ErrorCollector()
    after = current
    touched: set[str] = set()
    if patch.start is not UNSET or patch.end is not UNSET:
        start, end = reschedule(
            current,
            event,
            zone,
            patch.start if patch.start is not UNSET else None,
            patch.end if patch.end is not UNSET else None,
        )
        if (start.instant, end.instant) != (current.start_instant, current.end_instant):
            touched.add("time")
        after = replace(after, start=start, end=end)
    if patch.tracks is not UNSET:
        tracks = tuple(patch.tracks)
        check_tracks(tracks, event.track_slugs, errors)
        check_plan_tracks(current.segments, tracks, errors)
        errors.raise_if_any()
        if tracks != current.tracks:
            touched.add("tracks")
            after = replace(after, tracks=tracks)
    if patch.people is not UNSET:
        _check_people(patch.people, errors)
        errors.raise_if_any()
        touched.add("people")
        after = replace(after, people=tuple(patch.people))
    if patch.avoid_overlap_with is not UNSET:
        avoid = tuple(patch.avoid_overlap_with)
        if avoid != current.avoid_overlap_with:
            touched.add("avoid_overlap_with")
            after = replace(after, avoid_overlap_with=avoid)
    hybrid = _patched_hybrid(current.hybrid, patch, errors)
    if patch.materials is not UNSET:
        check_materials(patch.materials, errors)
    errors.raise_if_any()
    if hybrid != current.hybrid:
        before = current.hybrid
        if hybrid.join_url != before.join_url:
            touched.add("join_url")
        if (hybrid.join_private, hybrid.join_private_hours) != (
            before.join_private,
            before.join_private_hours,
        ):
            touched.add("join_private")
        if (hybrid.languages, hybrid.interpretation, hybrid.sign_language, hybrid.captions) != (
            before.languages,
            before.interpretation,
            before.sign_language,
            before.captions,
        ):
            touched.add("languages")
        after = replace(after, hybrid=hybrid)
    if patch.materials is not UNSET and tuple(patch.materials) != current.materials:
        # Materials (a recording after the session) are a new version, never a new SEQUENCE.
        touched.add("materials")
        after = replace(after, materials=tuple(patch.materials))
    if patch.title is not UNSET and patch.title != current.title:
        touched.add("title")
        after = replace(after, title=patch.title)
    if patch.description is not UNSET and patch.description != current.description:
        touched.add("description")
        after = replace(after, description=patch.description)
    if patch.room is not UNSET and patch.room != current.room:
        touched.add("room")
        after = replace(after, room=patch.room)
    if patch.status is not UNSET and patch.status != current.status:
        touched.add("status")
        after = replace(after, status=patch.status)
    return _Edit(after, frozenset(touched))


class SessionService(Service):
    async def list(
        self, slug: str, viewer: Viewer, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[SessionView], int]:
        event = await event_to_read(self.uow, slug, viewer)
        assert event.id is not None
        sessions, total = await self.uow.sessions.page(
            event.id, get_zone(event.timezone), limit=limit, offset=offset
        )
        notes = (await access_in(self.uow, event, viewer)).notes_tracks()
        return [SessionView(s, event.slug, event.timezone, notes) for s in sessions], total

    async def get(self, slug: str, session_id: uuid.UUID, viewer: Viewer) -> SessionView:
        event = await event_to_read(self.uow, slug, viewer)
        session = await self._session(event, session_id)
        notes = (await access_in(self.uow, event, viewer)).notes_tracks()
        return SessionView(session, event.slug, event.timezone, notes)

    async def create(self, slug: str, draft: SessionDraft, viewer: Viewer) -> SessionView:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        zone = get_zone(event.timezone)
        errors = ErrorCollector()
        start = _wall(draft.start, zone, "start", errors)
        end = _wall(draft.end, zone, "end", errors)
        tracks = tuple(draft.tracks) if draft.tracks is not None else event.track_slugs
        check_tracks(tracks, event.track_slugs, errors)
        _check_people(draft.people, errors)
        hybrid = check_hybrid(draft.hybrid, errors)
        check_materials(draft.materials, errors)
        if start is not None and end is not None:
            check_times(event, start, end, errors)
        await self._check_avoid(event, None, draft.avoid_overlap_with, errors)
        errors.raise_if_any()
        assert start is not None and end is not None
        held = await self.uow.sessions.count(event.id)
        if held >= MAX_SESSIONS_PER_EVENT:
            raise InvalidInput.single(
                "event", f"an event holds at most {MAX_SESSIONS_PER_EVENT:,} sessions", held
            )
        now = self.ctx.clock()
        session_id = uuid.uuid4()
        await self.uow.sessions.add(
            event,
            Session(
                id=session_id,
                title=draft.title,
                description=draft.description,
                room=draft.room,
                status=draft.status,
                start=start,
                end=end,
                tracks=tracks,
                people=tuple(draft.people),
                updated_at=now,
                import_guid=draft.import_guid,
                avoid_overlap_with=tuple(draft.avoid_overlap_with),
                hybrid=hybrid,
                materials=tuple(draft.materials),
            ),
        )
        version = await self.uow.events.bump_version(event.id, now)
        # Read back: a person the event already knows keeps the name it knows them by.
        created = await self._session(event, session_id)
        self.announce(Change(event.id, slug, version, "session.created"))
        return SessionView(created, event.slug, event.timezone, None)

    async def update(
        self,
        slug: str,
        session_id: uuid.UUID,
        patch: SessionPatch,
        viewer: Viewer,
        expected: Expected = None,
    ) -> SessionView:
        event = await event_to_write(self.uow, slug, viewer)
        if patch.avoid_overlap_with is not UNSET:
            errors = ErrorCollector()
            await self._check_avoid(event, session_id, patch.avoid_overlap_with, errors)
            errors.raise_if_any()
        return await self._edit(
            event,
            session_id,
            expected,
            lambda current: _patched(event, current, patch),
            "session.updated",
        )

    async def _check_avoid(
        self,
        event: Event,
        session_id: uuid.UUID | None,
        others: Sequence[uuid.UUID],
        errors: ErrorCollector,
    ) -> None:
        """Clash rules name other sessions of this event, each once, never the session itself."""
        assert event.id is not None
        field = "avoid_overlap_with"
        if len(others) > MAX_AVOID_OVERLAP:
            errors.add(field, f"at most {MAX_AVOID_OVERLAP} sessions", len(others))
            return
        known = await self.uow.sessions.ids_in(event.id, list(others))
        seen: set[uuid.UUID] = set()
        for i, other in enumerate(others):
            if other == session_id:
                errors.add(f"{field}[{i}]", "a session cannot clash with itself", str(other))
            elif other in seen:
                errors.add(f"{field}[{i}]", "each session may be listed once", str(other))
            elif other not in known:
                errors.add(f"{field}[{i}]", f"no session {other} in this event", str(other))
            seen.add(other)

    async def replace_segments(
        self,
        slug: str,
        session_id: uuid.UUID,
        specs: Sequence[SegmentSpec],
        viewer: Viewer,
        expected: Expected = None,
    ) -> SessionView:
        """The whole plan at once: either every segment is valid and saved, or nothing changes.

        A plan change is a new version (ETag, LAST-MODIFIED), not a new SEQUENCE.
        """
        event = await event_to_write(self.uow, slug, viewer)
        zone = get_zone(event.timezone)

        def planned(current: Session) -> _Edit:
            plan = plan_segments(current, specs, zone)
            return _Edit(replace(current, segments=plan), frozenset({"segments"}))

        return await self._edit(event, session_id, expected, planned, "session.planned")

    async def delay(
        self,
        slug: str,
        session_id: uuid.UUID,
        minutes: int,
        viewer: Viewer,
        expected: Expected = None,
    ) -> SessionView:
        """Push the rest of the plan back from now: the session ends later (a real change:
        SEQUENCE grows, invites follow) and its plan stretches, in one save."""
        event = await event_to_write(self.uow, slug, viewer)
        zone = get_zone(event.timezone)
        now = self.ctx.clock()

        def delayed(current: Session) -> _Edit:
            new_end, plan = delay_rest(current, now, minutes)
            start, end = reschedule(current, event, zone, None, new_end)
            longer = replace(current, start=start, end=end)
            # The new plan passes the same rules as one an organiser sends.
            specs = [
                SegmentSpec(
                    seg.kind,
                    seg.title,
                    longer.segment_start(seg),
                    longer.segment_end(seg),
                    seg.tracks,
                    seg.notes,
                    seg.people,
                    seg.hybrid,
                )
                for seg in plan
            ]
            segments = plan_segments(longer, specs, zone)
            return _Edit(replace(longer, segments=segments), frozenset({"time", "segments"}))

        return await self._edit(event, session_id, expected, delayed, "session.updated")

    async def delete(
        self, slug: str, session_id: uuid.UUID, viewer: Viewer, expected: Expected = None
    ) -> None:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        gone = await self._session(event, session_id)
        check_version(expected, gone.version, "session")
        if self.mail:
            invites.session_deleted(
                self.mail,
                self.ctx.clock(),
                self.uow,
                event,
                gone,
                await invites.followers(self.uow, event, gone),
            )
        await self.uow.sessions.delete(gone, if_unchanged=expected is not None)
        version = await self.uow.events.bump_version(event.id, self.ctx.clock())
        self.announce(Change(event.id, slug, version, "session.deleted"))

    async def _edit(
        self,
        event: Event,
        session_id: uuid.UUID,
        expected: Expected,
        change: _Changer,
        what: str,
    ) -> SessionView:
        """Read, change, save. With `expected` (If-Match) a lost race is 412; without, writers
        take turns on the session's row, so the change applies to the newest version."""
        if expected is None:
            await self.uow.begin_write()
            await self.uow.sessions.lock(session_id)
        return await self._edit_once(event, session_id, expected, change, what)

    async def _edit_once(
        self,
        event: Event,
        session_id: uuid.UUID,
        expected: Expected,
        change: _Changer,
        what: str,
    ) -> SessionView:
        assert event.id is not None
        current = await self._session(event, session_id)
        check_version(expected, current.version, "session")
        edit = change(current)
        if not edit.touched:
            return SessionView(current, event.slug, event.timezone, None)
        announced = bool(edit.touched & _ANNOUNCED)
        mailing = announced and self.mail is not None
        following = await invites.followers(self.uow, event, current) if mailing else []
        now = self.ctx.clock()
        after = replace(
            edit.after,
            sequence=current.sequence + (1 if announced else 0),
            updated_at=now,
        )
        await self.uow.sessions.save(event, current, after)
        version = await self.uow.events.bump_version(event.id, now)
        saved = await self._session(event, session_id)
        if mailing:
            invites.session_changed(
                self.mail,
                now,
                self.uow,
                event,
                saved,
                following,
                await invites.followers(self.uow, event, saved),
            )
        self.announce(Change(event.id, event.slug, version, what))
        return SessionView(saved, event.slug, event.timezone, None)

    async def _session(self, event: Event, session_id: uuid.UUID) -> Session:
        assert event.id is not None
        found = await self.uow.sessions.get(event.id, session_id, get_zone(event.timezone))
        if found is None:
            raise NotFound(f"No session {session_id} in {event.slug!r}.")
        return found
