"""Importing a frab schedule (JSON or XML, e.g. a pretalx export) into an event.

- **Idempotent by GUID.** A session made by an import keeps the talk's GUID
  (`sessions.import_guid`, unique per event); a talk whose GUID is one of the
  event's own session ids (our own export, imported back) is that session.
  Importing the same file twice changes nothing the second time.
- **The normal paths do the work.** Sessions are created, updated and planned
  by `SessionService` (its validation, its SEQUENCE and version rules), so an
  imported session is exactly what the API would have made.
- **One transaction for the whole import**, each talk in a savepoint of its
  own: a refused talk (outside the event's dates, unreadable, ...) is rolled
  back alone and reported; anything unexpected rolls the whole import back,
  so a crash never leaves half an import. On SQLite the transaction starts
  with `BEGIN IMMEDIATE` (the driver would otherwise let the first savepoint's
  release commit). Listeners hear one `schedule.imported` change after commit.
- **Additive.** Sessions that are not in the file are left alone; an import
  never deletes or cancels. Track names that match the event's tracks (by
  slug or name) are used; others leave the session in every track of the
  event, which the report's notes say.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from msgspec import UNSET, UnsetType

from sessions.domain.errors import FieldError, InvalidInput, NotFound
from sessions.domain.hybrid import NO_HYBRID, Hybrid
from sessions.domain.limits import MAX_SESSIONS_PER_EVENT
from sessions.domain.model import Event, EventRole, Person, PersonRole, Segment, Session
from sessions.domain.plan import SegmentSpec
from sessions.domain.zones import get_zone
from sessions.renderers.frab_reader import (
    ImportedSchedule,
    ImportedSegment,
    ImportedTalk,
    match_tracks,
    read_schedule,
)
from sessions.services.access import Viewer, event_to_write, require_account
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.sessions import SessionDraft, SessionPatch, SessionService


@dataclass(frozen=True, slots=True)
class ImportedItem:
    guid: str
    title: str
    outcome: str  # created | updated | unchanged
    session_id: uuid.UUID
    changes: tuple[str, ...] = ()  # what an update changed


@dataclass(frozen=True, slots=True)
class Refusal:
    guid: str | None
    title: str | None
    field: str  # the place in the file
    message: str
    value: Any = None
    talk: str = ""  # the talk's place in the file


@dataclass(frozen=True, slots=True)
class ImportReport:
    event: str
    format: str  # json | xml
    generator: str | None
    items: tuple[ImportedItem, ...]
    refused: tuple[Refusal, ...]
    notes: tuple[str, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def refused_talks(self) -> int:
        """How many talks were refused (a talk may be refused for several reasons)."""
        return len({r.talk for r in self.refused})


def _refusals(
    guid: str | None, title: str | None, errors: Sequence[FieldError], talk: str
) -> list[Refusal]:
    return [Refusal(guid, title, e.field, e.message, e.value, talk) for e in errors]


def _plan_key(segments: Sequence[Segment]) -> tuple:
    return tuple((s.kind, s.title, s.start_offset, s.end_offset, s.tracks) for s in segments)


def _named(patch: SessionPatch) -> list[str]:
    """The fields a patch changes, for the report."""
    return sorted(f.name for f in fields(patch) if getattr(patch, f.name) is not UNSET)


class _Importer:
    """One import's state: the event, its sessions by GUID and id, and what happened."""

    def __init__(
        self,
        event: Event,
        existing: Sequence[Session],
        sessions: SessionService,
        viewer: Viewer,
        schedule: ImportedSchedule,
    ) -> None:
        self.event = event
        self.slug = event.slug
        self.tracks = [(t.slug, t.name) for t in event.tracks]
        self.by_guid = {s.import_guid: s for s in existing if s.import_guid}
        self.by_id = {str(s.id): s for s in existing}
        self.sessions = sessions
        self.viewer = viewer
        self.schedule = schedule
        self.claimed: dict[uuid.UUID, str] = {}
        self.unknown_tracks: Counter[str] = Counter()
        self.notes: list[str] = list(schedule.notes)

    def match(self, talk: ImportedTalk) -> Session | None:
        found = self.by_guid.get(talk.guid)
        if found is None:
            try:
                found = self.by_id.get(str(uuid.UUID(talk.guid)))
            except ValueError:
                found = None
        return found

    def talk_tracks(self, talk: ImportedTalk) -> tuple[str, ...] | None:
        if not talk.track:
            return None
        slugs = match_tracks(talk.track, self.tracks)
        if slugs is None:
            self.unknown_tracks[talk.track] += 1
        return slugs

    def plan_specs(
        self, talk: ImportedTalk, session_tracks: Sequence[str], keep: Sequence[Segment]
    ) -> tuple[list[SegmentSpec], tuple] | None:
        """The talk's plan as specs for the event, and its comparison key; None if unusable."""
        assert talk.segments is not None
        notes = {(s.kind, s.title): s.notes for s in keep}  # facilitator notes survive
        # So do a segment's join link and languages (frab has no place for them).
        hybrid = {(s.kind, s.title): s.hybrid for s in keep}
        specs: list[SegmentSpec] = []
        key: list[tuple] = []
        for seg in talk.segments:
            tracks = self._segment_tracks(seg, session_tracks)
            if tracks is None:
                self.notes.append(
                    f"{talk.title!r} ({talk.guid}): segment {seg.title!r} is for "
                    f"{seg.tracks!r}, which is not a track of this session; the session was "
                    "imported without its plan"
                )
                return None
            specs.append(
                SegmentSpec(
                    seg.kind,
                    seg.title,
                    seg.start,
                    seg.end,
                    tracks,
                    notes.get((seg.kind, seg.title)),
                    hybrid=hybrid.get((seg.kind, seg.title), NO_HYBRID),
                )
            )
            key.append((seg.kind, seg.title, seg.start - talk.start, seg.end - talk.start, tracks))
        return specs, tuple(key)

    def _segment_tracks(
        self, seg: ImportedSegment, session_tracks: Sequence[str]
    ) -> tuple[str, ...] | None:
        if seg.tracks is None:
            return ()
        slugs = match_tracks(seg.tracks, self.tracks)
        if slugs is None or any(s not in session_tracks for s in slugs):
            return None
        return slugs

    async def one(self, talk: ImportedTalk) -> ImportedItem:
        current = self.match(talk)
        if current is not None and current.id in self.claimed:
            raise InvalidInput.single(
                "guid",
                f"is the same session as talk {self.claimed[current.id]} earlier in the file",
                talk.guid,
            )
        if current is None:
            return await self._create(talk)
        assert current.id is not None
        self.claimed[current.id] = talk.guid
        return await self._update(talk, current)

    async def _create(self, talk: ImportedTalk) -> ImportedItem:
        tracks = self.talk_tracks(talk)
        view = await self.sessions.create(
            self.slug,
            SessionDraft(
                title=talk.title,
                start=talk.start,
                end=talk.end,
                description=talk.description,
                room=talk.room,
                tracks=tracks,
                people=[Person(p.name, PersonRole.SPEAKER) for p in talk.persons],
                import_guid=talk.guid,
                hybrid=Hybrid(languages=(talk.language,) if talk.language else ()),
                materials=talk.materials,
            ),
            self.viewer,
        )
        session = view.session
        assert session.id is not None
        self.claimed[session.id] = talk.guid
        if talk.segments:
            await self._plan(talk, session, session.tracks, ())
        return ImportedItem(talk.guid, talk.title, "created", session.id)

    async def _update(self, talk: ImportedTalk, current: Session) -> ImportedItem:
        assert current.id is not None
        moved = (talk.start, talk.end) != (current.start_instant, current.end_instant)
        tracks = self.talk_tracks(talk)
        # People keep the roles they were given here; newcomers are speakers.
        roles = {p.key: p for p in current.people}
        people = tuple(
            roles.get(Person(p.name, PersonRole.SPEAKER).key, Person(p.name, PersonRole.SPEAKER))
            for p in talk.persons
        )
        patch = SessionPatch(
            title=talk.title if talk.title != current.title else UNSET,
            description=talk.description if talk.description != current.description else UNSET,
            room=talk.room if talk.room != current.room else UNSET,
            start=talk.start if moved else UNSET,
            end=talk.end if moved else UNSET,
            tracks=tracks if tracks is not None and tracks != current.tracks else UNSET,
            people=people if people != current.people else UNSET,
            languages=_languages(talk, current),
            # frab lists links before attachments: the same materials in another order are
            # the same materials.
            materials=(
                talk.materials
                if talk.materials and set(talk.materials) != set(current.materials)
                else UNSET
            ),
        )
        changed = _named(patch)

        planned = None
        session_tracks = tuple(patch.tracks) if patch.tracks is not UNSET else current.tracks
        if talk.segments is not None:
            planned = self.plan_specs(talk, session_tracks, current.segments)
            if planned is not None and planned[1] == _plan_key(current.segments):
                planned = None  # the same plan

        if not changed and planned is None:
            return ImportedItem(talk.guid, talk.title, "unchanged", current.id)
        if planned is not None and current.segments and (moved or patch.tracks is not UNSET):
            # The old plan may not fit the new time or tracks; the new one replaces it anyway.
            await self.sessions.replace_segments(self.slug, current.id, [], self.viewer)
        if changed:
            await self.sessions.update(self.slug, current.id, patch, self.viewer)
        if planned is not None:
            await self.sessions.replace_segments(self.slug, current.id, planned[0], self.viewer)
            changed.append("segments")
        return ImportedItem(talk.guid, talk.title, "updated", current.id, tuple(changed))

    async def _plan(
        self,
        talk: ImportedTalk,
        session: Session,
        session_tracks: Sequence[str],
        keep: Sequence[Segment],
    ) -> None:
        assert session.id is not None
        planned = self.plan_specs(talk, session_tracks, keep)
        if planned is None:
            return
        try:
            await self.sessions.replace_segments(self.slug, session.id, planned[0], self.viewer)
        except InvalidInput as exc:
            reasons = "; ".join(f"{e.field}: {e.message}" for e in exc.errors) or exc.detail
            self.notes.append(
                f"{talk.title!r} ({talk.guid}): its segment plan was not imported ({reasons})"
            )

    def track_notes(self) -> list[str]:
        known = ", ".join(f"{name} ({slug})" for slug, name in self.tracks) or "none"
        return [
            f"track {name!r} ({count} talk{'s' if count != 1 else ''}) is not a track of "
            f"{self.slug!r} (tracks: {known}); new sessions from those talks are offered in "
            "every track of the event"
            for name, count in sorted(self.unknown_tracks.items())
        ]


class ImportService(Service):
    async def owner(self, slug: str) -> Viewer:
        """The event's owner, for the command line, which acts on the owner's behalf."""
        event = await self.uow.events.get(slug)
        if event is None or event.id is None:
            raise NotFound(f"No event {slug!r}.")
        owner = next(
            (m for m in await self.uow.members.list(event.id) if m.role is EventRole.OWNER), None
        )
        account = await self.uow.accounts.by_email(owner.email) if owner is not None else None
        if account is None:
            raise NotFound(f"Event {slug!r} has no organiser to import on behalf of.")
        return Viewer(account.id, account.email)

    async def import_schedule(self, slug: str, data: bytes, viewer: Viewer) -> ImportReport:
        """Read a frab schedule and create or update the event's sessions from it."""
        require_account(viewer)  # before the body is even looked at
        await self.uow.begin_write()  # one writer per event: two imports queue up
        event = await event_to_write(self.uow, slug, viewer, for_update=True)
        assert event.id is not None
        schedule = read_schedule(data)
        existing = await self.uow.sessions.domain_for_event(event.id, get_zone(event.timezone))
        # The normal session service in this same unit of work; changes are announced
        # once, for the whole import, not per session.
        sessions = SessionService(self.ctx, self.uow)
        sessions.announcing = False
        importer = _Importer(event, existing, sessions, viewer, schedule)
        new = sum(1 for talk in schedule.talks if importer.match(talk) is None)
        if len(existing) + new > MAX_SESSIONS_PER_EVENT:
            # Refused whole, before anything is written: half an import would be worse.
            raise InvalidInput.single(
                "schedule",
                f"an event holds at most {MAX_SESSIONS_PER_EVENT:,} sessions: it has "
                f"{len(existing):,} and the schedule would add {new:,}",
                new,
            )
        items, refused = await self._run(importer)
        if any(item.outcome != "unchanged" for item in items):
            version = await self.uow.events.version(event.id)
            self.announce(Change(event.id, slug, version, "schedule.imported"))
        refused = [
            *(r for t in schedule.unreadable for r in _refusals(t.guid, t.title, t.errors, t.path)),
            *refused,
        ]
        return ImportReport(
            event=slug,
            format=schedule.format,
            generator=schedule.generator,
            items=tuple(items),
            refused=tuple(refused),
            notes=tuple([*importer.notes, *importer.track_notes()]),
        )

    async def _run(self, importer: _Importer) -> tuple[list[ImportedItem], list[Refusal]]:
        items: list[ImportedItem] = []
        refused: list[Refusal] = []
        for talk in importer.schedule.talks:
            try:
                # A refused talk rolls back alone, even half-way through an update.
                async with self.uow.savepoint():
                    item = await importer.one(talk)
            except InvalidInput as exc:
                errors = exc.errors or [FieldError("", exc.detail)]
                refused.extend(
                    Refusal(
                        talk.guid,
                        talk.title,
                        talk.source_field(e.field),
                        e.message,
                        e.value,
                        talk.path,
                    )
                    for e in errors
                )
                continue
            items.append(item)
        return items, refused


__all__ = ["ImportReport", "ImportService", "ImportedItem", "Refusal"]


def _languages(talk: ImportedTalk, current: Session) -> tuple[str, ...] | UnsetType:
    """frab has one language: the first spoken one. Another one comes first, the rest stay."""
    spoken = current.hybrid.languages
    if talk.language is None or spoken[:1] == (talk.language,):
        return UNSET
    return (talk.language, *(tag for tag in spoken if tag != talk.language))
