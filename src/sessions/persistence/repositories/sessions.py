"""Sessions: every read through one loader of plain queries, every write from domain values.

Reads build domain `Session`s from a handful of column queries (no ORM objects:
building 10,000 of them costs more than the queries), a fixed number of round
trips whatever the event's size. Writes take the domain value before and after
a change and update the rows; a lost race (the row's version moved since it was
read) is `StaleVersion`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, union, update

from sessions.domain.clock import WallTime
from sessions.domain.errors import StaleVersion
from sessions.domain.hybrid import Material, MaterialKind
from sessions.domain.model import (
    Event,
    Interval,
    Person,
    PersonRole,
    Segment,
    SegmentKind,
    Session,
    SessionStatus,
)
from sessions.domain.zones import Zone, get_zone
from sessions.persistence.database import DbSession
from sessions.persistence.mapping import HYBRID_COLUMNS, hybrid_columns, session_columns, to_hybrid
from sessions.persistence.tables import (
    EventRow,
    PersonAvailabilityRow,
    PersonRow,
    SegmentPersonRow,
    SegmentRow,
    SegmentTrackRow,
    SessionAvoidRow,
    SessionMaterialRow,
    SessionPersonRow,
    SessionRow,
    SessionTrackRow,
    TrackRow,
)

_LOST_RACE = "The session changed while you were editing it."


# Below this many sessions, a thread costs more than it saves.
_ASSEMBLE_IN_THREAD = 500


class SessionRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    # --- reads --------------------------------------------------------------------------

    async def domain_for_event(self, event_id: uuid.UUID, zone: Zone) -> list[Session]:
        """Every session of an event, in time order: the read path of agendas and calendars."""
        return await self._load(zone, SessionRow.event_id == event_id)

    async def get(self, event_id: uuid.UUID, session_id: uuid.UUID, zone: Zone) -> Session | None:
        found = await self._load(
            zone, (SessionRow.event_id == event_id) & (SessionRow.id == session_id)
        )
        return found[0] if found else None

    async def lock(self, session_id: uuid.UUID) -> None:
        """Hold the session's row until the unit of work ends, so writers take turns instead of
        racing (PostgreSQL; SQLite has one writer at a time once the write has begun)."""
        await self.db_session.execute(
            select(SessionRow.id).where(SessionRow.id == session_id).with_for_update()
        )

    async def count(self, event_id: uuid.UUID) -> int:
        return int(
            await self.db_session.scalar(
                select(func.count()).select_from(SessionRow).where(SessionRow.event_id == event_id)
            )
            or 0
        )

    async def page(
        self, event_id: uuid.UUID, zone: Zone, *, limit: int, offset: int
    ) -> tuple[list[Session], int]:
        in_event = SessionRow.event_id == event_id
        total = await self.db_session.scalar(
            select(func.count()).select_from(SessionRow).where(in_event)
        )
        return await self._load(zone, in_event, limit=limit, offset=offset), int(total or 0)

    async def around(
        self, event_id: uuid.UUID, zone: Zone, start: datetime, end: datetime
    ) -> list[Session]:
        """Sessions overlapping [start, end): the indexed UTC columns make this a range scan."""
        return await self._load(
            zone,
            (SessionRow.event_id == event_id)
            & (SessionRow.start_utc < end)
            & (SessionRow.end_utc > start),
        )

    async def next_after(
        self, event_id: uuid.UUID, zone: Zone, at: datetime, limit: int
    ) -> list[Session]:
        return await self._load(
            zone, (SessionRow.event_id == event_id) & (SessionRow.start_utc > at), limit=limit
        )

    async def _load(
        self,
        zone: Zone,
        where: ColumnElement[bool],
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Session]:
        """The sessions `where` selects, in time order, in eight plain queries.

        With a limit, the related rows are read for the ids found (a page is small);
        without one, by the same condition (an event may hold thousands).
        """
        db = self.db_session
        main = (
            select(
                SessionRow.id,
                SessionRow.title,
                SessionRow.description,
                SessionRow.room,
                SessionRow.status,
                SessionRow.sequence,
                SessionRow.version,
                SessionRow.start_local,
                SessionRow.start_fold,
                SessionRow.end_local,
                SessionRow.end_fold,
                SessionRow.updated_at,
                SessionRow.import_guid,
                *(getattr(SessionRow, c) for c in HYBRID_COLUMNS),
            )
            .where(where)
            .order_by(SessionRow.start_utc, SessionRow.id)
        )
        if limit is not None:
            main = main.limit(limit).offset(offset)
        rows = (await db.execute(main)).all()
        if limit is not None:
            if not rows:
                return []
            where = SessionRow.id.in_([r.id for r in rows])
        track_rows = (
            await db.execute(
                select(SessionTrackRow.session_id, TrackRow.slug)
                .join(TrackRow, TrackRow.id == SessionTrackRow.track_id)
                .join(SessionRow, SessionRow.id == SessionTrackRow.session_id)
                .where(where)
                .order_by(SessionTrackRow.session_id, SessionTrackRow.position)
            )
        ).all()
        segment_track_rows = (
            await db.execute(
                select(SegmentTrackRow.segment_id, TrackRow.slug)
                .join(TrackRow, TrackRow.id == SegmentTrackRow.track_id)
                .join(SegmentRow, SegmentRow.id == SegmentTrackRow.segment_id)
                .join(SessionRow, SessionRow.id == SegmentRow.session_id)
                .where(where)
                .order_by(SegmentTrackRow.segment_id, SegmentTrackRow.position)
            )
        ).all()
        segment_rows = (
            await db.execute(
                select(
                    SegmentRow.id,
                    SegmentRow.session_id,
                    SegmentRow.kind,
                    SegmentRow.title,
                    SegmentRow.start_offset,
                    SegmentRow.end_offset,
                    SegmentRow.notes,
                    *(getattr(SegmentRow, c) for c in HYBRID_COLUMNS),
                )
                .join(SessionRow, SessionRow.id == SegmentRow.session_id)
                .where(where)
                .order_by(SegmentRow.session_id, SegmentRow.position)
            )
        ).all()
        people_rows = (
            await db.execute(
                select(
                    SessionPersonRow.session_id,
                    PersonRow.name,
                    PersonRow.email,
                    SessionPersonRow.role,
                    PersonRow.id,
                )
                .join(PersonRow, PersonRow.id == SessionPersonRow.person_id)
                .join(SessionRow, SessionRow.id == SessionPersonRow.session_id)
                .where(where)
                .order_by(SessionPersonRow.session_id, SessionPersonRow.position)
            )
        ).all()
        segment_people_rows = (
            await db.execute(
                select(
                    SegmentPersonRow.segment_id,
                    PersonRow.name,
                    PersonRow.email,
                    SegmentPersonRow.role,
                    PersonRow.id,
                )
                .join(PersonRow, PersonRow.id == SegmentPersonRow.person_id)
                .join(SegmentRow, SegmentRow.id == SegmentPersonRow.segment_id)
                .join(SessionRow, SessionRow.id == SegmentRow.session_id)
                .where(where)
                .order_by(SegmentPersonRow.segment_id, SegmentPersonRow.position)
            )
        ).all()
        # The windows of everyone these sessions name, on the session or on a segment.
        named = union(
            select(SessionPersonRow.person_id)
            .join(SessionRow, SessionRow.id == SessionPersonRow.session_id)
            .where(where),
            select(SegmentPersonRow.person_id)
            .join(SegmentRow, SegmentRow.id == SegmentPersonRow.segment_id)
            .join(SessionRow, SessionRow.id == SegmentRow.session_id)
            .where(where),
        )
        window_rows = (
            await db.execute(
                select(
                    PersonAvailabilityRow.person_id,
                    PersonAvailabilityRow.start_utc,
                    PersonAvailabilityRow.end_utc,
                )
                .where(PersonAvailabilityRow.person_id.in_(select(named.subquery())))
                .order_by(PersonAvailabilityRow.person_id, PersonAvailabilityRow.position)
            )
        ).all()
        avoid_rows = (
            await db.execute(
                select(SessionAvoidRow.session_id, SessionAvoidRow.other_id)
                .join(SessionRow, SessionRow.id == SessionAvoidRow.session_id)
                .where(where)
                .order_by(SessionAvoidRow.session_id, SessionAvoidRow.position)
            )
        ).all()
        material_rows = (
            await db.execute(
                select(
                    SessionMaterialRow.session_id,
                    SessionMaterialRow.kind,
                    SessionMaterialRow.title,
                    SessionMaterialRow.url,
                )
                .join(SessionRow, SessionRow.id == SessionMaterialRow.session_id)
                .where(where)
                .order_by(SessionMaterialRow.session_id, SessionMaterialRow.position)
            )
        ).all()
        parts = (
            zone,
            rows,
            track_rows,
            segment_track_rows,
            segment_rows,
            people_rows,
            segment_people_rows,
            avoid_rows,
            window_rows,
            material_rows,
        )
        if len(rows) < _ASSEMBLE_IN_THREAD:
            return _assemble(*parts)
        # Building thousands of values is pure CPU: in a worker thread, so the event loop
        # (and /health/live) keeps answering while a large event loads.
        return await asyncio.to_thread(_assemble, *parts)

    # --- writes -------------------------------------------------------------------------

    async def add(self, event: Event, session: Session) -> None:
        """A new session (its id chosen by the caller), at version 1."""
        assert event.id is not None and session.id is not None
        await self.db_session.execute(
            insert(SessionRow).values(
                id=session.id,
                event_id=event.id,
                version=1,
                created_at=session.updated_at,
                import_guid=session.import_guid,
                **session_columns(session),
            )
        )
        await self._set_tracks(event, session.id, session.tracks)
        await self._set_people(event, session.id, session.people)
        await self._set_segments(event, session.id, session.segments)
        await self._set_avoid(session.id, session.avoid_overlap_with)
        await self._set_materials(session.id, session.materials)
        await self._set_availability(event, session.id, None, session)

    async def save(self, event: Event, before: Session, after: Session) -> None:
        """Write `after` over `before`: a new version, or `StaleVersion` if `before` is not
        the stored version any more (someone else saved in between)."""
        assert before.id is not None and after.id == before.id
        result = await self.db_session.execute(
            update(SessionRow)
            .where(SessionRow.id == before.id, SessionRow.version == before.version)
            .values(version=before.version + 1, **session_columns(after))
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise StaleVersion(_LOST_RACE)
        if after.tracks != before.tracks:
            await self.db_session.execute(
                delete(SessionTrackRow).where(SessionTrackRow.session_id == before.id)
            )
            await self._set_tracks(event, before.id, after.tracks)
        if after.people != before.people:
            await self.db_session.execute(
                delete(SessionPersonRow).where(SessionPersonRow.session_id == before.id)
            )
            await self._set_people(event, before.id, after.people)
        if after.segments != before.segments:
            planned = select(SegmentRow.id).where(SegmentRow.session_id == before.id)
            await self.db_session.execute(
                delete(SegmentTrackRow).where(SegmentTrackRow.segment_id.in_(planned))
            )
            await self.db_session.execute(
                delete(SegmentPersonRow).where(SegmentPersonRow.segment_id.in_(planned))
            )
            await self.db_session.execute(
                delete(SegmentRow).where(SegmentRow.session_id == before.id)
            )
            await self._set_segments(event, before.id, after.segments)
        if after.avoid_overlap_with != before.avoid_overlap_with:
            await self.db_session.execute(
                delete(SessionAvoidRow).where(SessionAvoidRow.session_id == before.id)
            )
            await self._set_avoid(before.id, after.avoid_overlap_with)
        if after.materials != before.materials:
            await self.db_session.execute(
                delete(SessionMaterialRow).where(SessionMaterialRow.session_id == before.id)
            )
            await self._set_materials(before.id, after.materials)
        await self._set_availability(event, before.id, before, after)

    async def _set_materials(self, session_id: uuid.UUID, materials: Sequence[Material]) -> None:
        if materials:
            await self.db_session.execute(
                insert(SessionMaterialRow),
                [
                    {
                        "session_id": session_id,
                        "position": i,
                        "kind": m.kind.value,
                        "title": m.title,
                        "url": m.url,
                    }
                    for i, m in enumerate(materials)
                ],
            )

    async def _set_availability(
        self, event: Event, session_id: uuid.UUID, before: Session | None, after: Session
    ) -> None:
        """Store the windows said (not None) for the people `after` names, where they differ
        from what `before` was read with (a mention read back unchanged says nothing new).

        Windows are the person's in the event: every other session naming them shows them, so
        each gets a new version (its ETag changes) when they change.
        """
        known: dict[str, tuple[Interval, ...]] = {}
        for person in _mentions(before) if before is not None else ():
            if person.availability is not None:
                known.setdefault(person.key, person.availability)
        said: dict[str, Person] = {}
        for person in _mentions(after):
            if person.availability is None or known.get(person.key) == person.availability:
                continue
            said.setdefault(person.key, person)
        for person in said.values():
            assert person.availability is not None
            person_id = await self._person_id(event, person)
            stored = (
                await self.db_session.execute(
                    select(PersonAvailabilityRow.start_utc, PersonAvailabilityRow.end_utc)
                    .where(PersonAvailabilityRow.person_id == person_id)
                    .order_by(PersonAvailabilityRow.position)
                )
            ).all()
            wanted = [(w.start, w.end) for w in person.availability]
            if [(a, b) for a, b in stored] == wanted:
                continue
            await self.db_session.execute(
                delete(PersonAvailabilityRow).where(PersonAvailabilityRow.person_id == person_id)
            )
            if wanted:
                await self.db_session.execute(
                    insert(PersonAvailabilityRow),
                    [
                        {"person_id": person_id, "position": i, "start_utc": a, "end_utc": b}
                        for i, (a, b) in enumerate(wanted)
                    ],
                )
            naming = union(
                select(SessionPersonRow.session_id).where(SessionPersonRow.person_id == person_id),
                select(SegmentRow.session_id)
                .join(SegmentPersonRow, SegmentPersonRow.segment_id == SegmentRow.id)
                .where(SegmentPersonRow.person_id == person_id),
            )
            await self.db_session.execute(
                update(SessionRow)
                .where(
                    SessionRow.id.in_(select(naming.subquery())),
                    SessionRow.id != session_id,
                )
                .values(version=SessionRow.version + 1)
                .execution_options(synchronize_session=False)
            )

    async def ids_in(self, event_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        """Which of `ids` are sessions of this event."""
        if not ids:
            return set()
        found = await self.db_session.execute(
            select(SessionRow.id).where(SessionRow.event_id == event_id, SessionRow.id.in_(ids))
        )
        return set(found.scalars())

    async def delete(self, session: Session, *, if_unchanged: bool) -> None:
        """Gone with its tracks, plan and people (the database cascades). `if_unchanged`:
        only if still at `session.version`, else `StaleVersion` (someone saved in between)."""
        condition = SessionRow.id == session.id
        if if_unchanged:
            condition &= SessionRow.version == session.version
        result = await self.db_session.execute(
            delete(SessionRow).where(condition).execution_options(synchronize_session=False)
        )
        if if_unchanged and result.rowcount != 1:  # type: ignore[attr-defined]
            raise StaleVersion(_LOST_RACE)

    async def rederive_instants(self, now: datetime) -> dict[uuid.UUID, int]:
        """Re-derive every session's UTC instants from its wall time and zone (time rule 3).

        A session whose instants moved gets a higher SEQUENCE (calendars must pick up
        the move) and a new version. Returns how many moved, per event.
        """
        db = self.db_session
        zones = dict((await db.execute(select(EventRow.id, EventRow.timezone))).all())
        moved: dict[uuid.UUID, int] = defaultdict(int)
        rows = await db.execute(
            select(
                SessionRow.id,
                SessionRow.event_id,
                SessionRow.start_local,
                SessionRow.start_fold,
                SessionRow.end_local,
                SessionRow.end_fold,
                SessionRow.start_utc,
                SessionRow.end_utc,
            )
        )
        for (
            sid,
            event_id,
            start_local,
            start_fold,
            end_local,
            end_fold,
            start_utc,
            end_utc,
        ) in rows.all():
            zone = get_zone(zones[event_id])
            start = WallTime(start_local, start_fold, zone).instant
            end = WallTime(end_local, end_fold, zone).instant
            if (start, end) == (start_utc, end_utc):
                continue
            await db.execute(
                update(SessionRow)
                .where(SessionRow.id == sid)
                .values(
                    start_utc=start,
                    end_utc=end,
                    sequence=SessionRow.sequence + 1,
                    version=SessionRow.version + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            moved[event_id] += 1
        return dict(moved)

    async def _set_tracks(self, event: Event, session_id: uuid.UUID, tracks: Sequence[str]) -> None:
        if tracks:
            ids = _track_ids(event)
            await self.db_session.execute(
                insert(SessionTrackRow),
                [
                    {"session_id": session_id, "track_id": ids[slug], "position": i}
                    for i, slug in enumerate(tracks)
                ],
            )

    async def _set_people(
        self, event: Event, session_id: uuid.UUID, people: Sequence[Person]
    ) -> None:
        links = []
        for i, person in enumerate(people):
            links.append(
                {
                    "session_id": session_id,
                    "person_id": await self._person_id(event, person),
                    "role": person.role.value,
                    "position": i,
                }
            )
        if links:
            await self.db_session.execute(insert(SessionPersonRow), links)

    async def _set_avoid(self, session_id: uuid.UUID, others: Sequence[uuid.UUID]) -> None:
        if others:
            await self.db_session.execute(
                insert(SessionAvoidRow),
                [
                    {"session_id": session_id, "other_id": other, "position": i}
                    for i, other in enumerate(others)
                ],
            )

    async def _person_id(self, event: Event, person: Person) -> uuid.UUID:
        """The event's person with this key; made on first mention (name and email as given)."""
        found = await self.db_session.scalar(
            select(PersonRow.id).where(PersonRow.event_id == event.id, PersonRow.key == person.key)
        )
        if found is not None:
            return found
        new_id = uuid.uuid4()
        await self.db_session.execute(
            insert(PersonRow).values(
                id=new_id, event_id=event.id, key=person.key, name=person.name, email=person.email
            )
        )
        return new_id

    async def _set_segments(
        self, event: Event, session_id: uuid.UUID, segments: Sequence[Segment]
    ) -> None:
        if not segments:
            return
        ids = _track_ids(event)
        rows, links, people = [], [], []
        for i, seg in enumerate(segments):
            seg_id = uuid.uuid4()
            rows.append(
                {
                    "id": seg_id,
                    "session_id": session_id,
                    "position": i,
                    "kind": seg.kind.value,
                    "title": seg.title,
                    "start_offset": int(seg.start_offset.total_seconds()),
                    "end_offset": int(seg.end_offset.total_seconds()),
                    "notes": seg.notes,
                    **hybrid_columns(seg.hybrid),
                }
            )
            links.extend(
                {"segment_id": seg_id, "track_id": ids[slug], "position": j}
                for j, slug in enumerate(seg.tracks)
            )
            for j, person in enumerate(seg.people):
                people.append(
                    {
                        "segment_id": seg_id,
                        "person_id": await self._person_id(event, person),
                        "role": person.role.value,
                        "position": j,
                    }
                )
        await self.db_session.execute(insert(SegmentRow), rows)
        if links:
            await self.db_session.execute(insert(SegmentTrackRow), links)
        if people:
            await self.db_session.execute(insert(SegmentPersonRow), people)


def _mentions(session: Session) -> list[Person]:
    return [*session.people, *(p for s in session.segments for p in s.people)]


def _track_ids(event: Event) -> dict[str, uuid.UUID]:
    return {t.slug: t.id for t in event.tracks if t.id is not None}


def _assemble(
    zone: Zone,
    rows: Sequence[Any],
    track_rows: Sequence[Any],
    segment_track_rows: Sequence[Any],
    segment_rows: Sequence[Any],
    people_rows: Sequence[Any],
    segment_people_rows: Sequence[Any],
    avoid_rows: Sequence[Any] = (),
    window_rows: Sequence[Any] = (),
    material_rows: Sequence[Any] = (),
) -> list[Session]:
    """The one row -> Session mapping: plain query rows in, domain values out."""
    windows: dict[uuid.UUID, list[Interval]] = defaultdict(list)
    for person_id, start, end in window_rows:
        windows[person_id].append(Interval(start, end))
    # One tuple per person, shared by every mention of them.
    available = {person_id: tuple(found) for person_id, found in windows.items()}
    session_tracks: dict[uuid.UUID, list[str]] = defaultdict(list)
    for session_id, slug in track_rows:
        session_tracks[session_id].append(slug)
    segment_tracks: dict[uuid.UUID, list[str]] = defaultdict(list)
    for segment_id, slug in segment_track_rows:
        segment_tracks[segment_id].append(slug)
    segment_people: dict[uuid.UUID, list[Person]] = defaultdict(list)
    for segment_id, name, email, role, person_id in segment_people_rows:
        segment_people[segment_id].append(
            Person(name, PersonRole(role), email, available.get(person_id, ()))
        )
    segments: dict[uuid.UUID, list[Segment]] = defaultdict(list)
    for seg_id, session_id, kind, title, start, end, notes, *hybrid in segment_rows:
        segments[session_id].append(
            Segment(
                SegmentKind(kind),
                title,
                timedelta(seconds=start),
                timedelta(seconds=end),
                tuple(segment_tracks.get(seg_id, ())),
                notes,
                tuple(segment_people.get(seg_id, ())),
                to_hybrid(*hybrid),
            )
        )
    avoid: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for session_id, other_id in avoid_rows:
        avoid[session_id].append(other_id)
    materials: dict[uuid.UUID, list[Material]] = defaultdict(list)
    for session_id, kind, mtitle, url in material_rows:
        materials[session_id].append(Material(MaterialKind(kind), mtitle, url))
    people: dict[uuid.UUID, list[Person]] = defaultdict(list)
    for session_id, name, email, role, person_id in people_rows:
        people[session_id].append(
            Person(name, PersonRole(role), email, available.get(person_id, ()))
        )
    return [
        Session(
            id=sid,
            title=title,
            description=description,
            room=room,
            status=SessionStatus(status),
            sequence=sequence,
            version=version,
            start=WallTime(start_local, start_fold, zone),
            end=WallTime(end_local, end_fold, zone),
            tracks=tuple(session_tracks.get(sid, ())),
            people=tuple(people.get(sid, ())),
            segments=tuple(segments.get(sid, ())),
            updated_at=updated_at,
            import_guid=import_guid,
            avoid_overlap_with=tuple(avoid.get(sid, ())),
            hybrid=to_hybrid(*hybrid),
            materials=tuple(materials.get(sid, ())),
        )
        for (
            sid,
            title,
            description,
            room,
            status,
            sequence,
            version,
            start_local,
            start_fold,
            end_local,
            end_fold,
            updated_at,
            import_guid,
            *hybrid,
        ) in rows
    ]
