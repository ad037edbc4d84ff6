"""Tracks: the ways of taking part in an event (in person, online)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select, update
from sqlalchemy.orm.exc import StaleDataError

from sessions.domain.errors import (
    AlreadyExists,
    DomainError,
    ErrorCollector,
    FieldError,
    NotFound,
    StaleVersion,
)
from sessions.domain.events import check_slug
from sessions.domain.limits import MAX_TRACKS_PER_EVENT
from sessions.domain.model import Track, TrackMode
from sessions.persistence.mapping import to_track
from sessions.persistence.repositories.tracks import TrackRepository
from sessions.persistence.tables import RegistrationRow, SessionRow, SessionTrackRow, TrackRow
from sessions.services.access import Viewer, readable, writable
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.versions import check_if_match, track_etag


class InUse(DomainError):
    title = "In use"


@dataclass(frozen=True, slots=True)
class TrackDraft:
    slug: str
    name: str
    mode: TrackMode
    location: str | None = None
    join_url: str | None = None


def check_join_url(url: str | None, errors: ErrorCollector, field: str) -> None:
    if url is None:
        return
    parts = urlsplit(url)
    if parts.scheme not in {"https", "http"} or not parts.netloc:
        errors.add(field, "must be an http(s) URL such as https://meet.example.org/igf", url)


def check_track_draft(track: TrackDraft, errors: ErrorCollector, prefix: str = "") -> None:
    dot = f"{prefix}." if prefix else ""
    check_slug(track.slug, errors, f"{dot}slug")
    check_join_url(track.join_url, errors, f"{dot}join_url")


class TrackService(Service):
    async def list(self, slug: str, viewer: Viewer) -> list[Track]:
        db_session = self.uow.db_session
        event = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        return [to_track(t) for t in event.tracks]

    async def get(self, slug: str, track_slug: str, viewer: Viewer) -> Track:
        db_session = self.uow.db_session
        event = await readable(db_session, await self.uow.events.by_slug(slug), viewer, slug)
        return to_track(_find(event.tracks, track_slug, slug))

    async def create(self, slug: str, draft: TrackDraft, viewer: Viewer) -> Track:
        errors = ErrorCollector()
        check_track_draft(draft, errors)
        db_session = self.uow.db_session
        events = self.uow.events
        event = await writable(db_session, await events.by_slug(slug), viewer, slug)
        errors.raise_if_any()
        if any(t.slug == draft.slug for t in event.tracks):
            raise AlreadyExists(
                f"Track {draft.slug!r} already exists.",
                [FieldError("slug", "a track with this slug exists in the event", draft.slug)],
            )
        if len(event.tracks) >= MAX_TRACKS_PER_EVENT:
            errors.add("slug", f"an event has at most {MAX_TRACKS_PER_EVENT} tracks")
            errors.raise_if_any()
        row = TrackRow(
            event_id=event.id,
            slug=draft.slug,
            name=draft.name,
            mode=draft.mode.value,
            location=draft.location,
            join_url=draft.join_url,
            position=max((t.position for t in event.tracks), default=-1) + 1,
        )
        db_session.add(row)
        await db_session.flush()
        version = await events.bump_version(event.id, self.ctx.clock())
        track = to_track(row)
        event_id = event.id
        self.announce(Change(event_id, slug, version, "track.created"))
        return track

    async def update(
        self,
        slug: str,
        track_slug: str,
        changes: dict[str, Any],
        viewer: Viewer,
        if_match: str | None,
    ) -> Track:
        errors = ErrorCollector()
        check_join_url(changes.get("join_url"), errors, "join_url")
        db_session = self.uow.db_session
        events = self.uow.events
        event = await writable(db_session, await events.by_slug(slug), viewer, slug)
        row = _find(event.tracks, track_slug, slug)
        check_if_match(if_match, track_etag(row.version))
        errors.raise_if_any()
        place = (row.mode, row.location, row.join_url)
        for key, value in changes.items():
            setattr(row, key, value.value if isinstance(value, TrackMode) else value)
        try:
            await db_session.flush()
        except StaleDataError:
            raise StaleVersion("The track changed while you were editing it.") from None
        now = self.ctx.clock()
        if (row.mode, row.location, row.join_url) != place:
            # A new room or join link is a change of place for every session in the
            # track: calendars take a re-sent invite only with a higher SEQUENCE.
            await db_session.execute(
                update(SessionRow)
                .where(
                    SessionRow.id.in_(
                        select(SessionTrackRow.session_id).where(SessionTrackRow.track_id == row.id)
                    )
                )
                .values(
                    sequence=SessionRow.sequence + 1,
                    version=SessionRow.version + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session="fetch")
            )
        version = await events.bump_version(event.id, now)
        track = to_track(row)
        event_id = event.id
        self.announce(Change(event_id, slug, version, "track.updated"))
        return track

    async def delete(
        self, slug: str, track_slug: str, viewer: Viewer, if_match: str | None
    ) -> None:
        db_session = self.uow.db_session
        events = self.uow.events
        event = await writable(db_session, await events.by_slug(slug), viewer, slug)
        row = _find(event.tracks, track_slug, slug)
        check_if_match(if_match, track_etag(row.version))
        used = await db_session.scalar(
            select(func.count())
            .select_from(SessionTrackRow)
            .where(SessionTrackRow.track_id == row.id)
        )
        if used:
            raise InUse(
                f"Track {track_slug!r} is offered by {used} session(s); remove it from them first."
            )
        attending = await db_session.scalar(
            select(func.count())
            .select_from(RegistrationRow)
            .where(RegistrationRow.track_id == row.id)
        )
        if attending:
            raise InUse(f"{attending} attendee(s) take part through track {track_slug!r}.")
        await db_session.delete(row)
        await db_session.flush()
        version = await events.bump_version(event.id, self.ctx.clock())
        event_id = event.id
        self.announce(Change(event_id, slug, version, "track.deleted"))


def _find(tracks: list[TrackRow], track_slug: str, event_slug: str) -> TrackRow:
    for track in tracks:
        if track.slug == track_slug:
            return track
    raise NotFound(f"No track {track_slug!r} in {event_slug!r}.")


__all__ = ["InUse", "TrackDraft", "TrackRepository", "TrackService", "check_track_draft"]
