"""Tracks: the ways of taking part in an event (in person, online)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from msgspec import UNSET, UnsetType

from sessions.domain.errors import (
    AlreadyExists,
    DomainError,
    ErrorCollector,
    FieldError,
    NotFound,
)
from sessions.domain.events import check_slug
from sessions.domain.limits import MAX_JOIN_PRIVATE_HOURS, MAX_TRACKS_PER_EVENT
from sessions.domain.model import Event, Track, TrackMode
from sessions.services.access import Viewer, access_in, event_to_read, event_to_write
from sessions.services.changes import Change
from sessions.services.context import Service
from sessions.services.versions import Expected, check_version


class InUse(DomainError):
    title = "In use"


@dataclass(frozen=True, slots=True)
class TrackDraft:
    slug: str
    name: str
    mode: TrackMode
    location: str | None = None
    join_url: str | None = None
    join_private: bool = False
    join_private_hours: int | None = None


@dataclass(frozen=True, slots=True)
class TrackPatch:
    """A change to a track: UNSET fields are not given; None clears a place."""

    name: str | UnsetType = UNSET
    mode: TrackMode | UnsetType = UNSET
    location: str | UnsetType | None = UNSET
    join_url: str | UnsetType | None = UNSET
    join_private: bool | UnsetType = UNSET
    join_private_hours: int | UnsetType | None = UNSET


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
    check_private_hours(track.join_private_hours, errors, f"{dot}join_private_hours")


def check_private_hours(hours: int | None, errors: ErrorCollector, field: str) -> None:
    if hours is not None and not 0 <= hours <= MAX_JOIN_PRIVATE_HOURS:
        errors.add(field, f"must be between 0 and {MAX_JOIN_PRIVATE_HOURS} hours", hours)


def redacted(track: Track, team: bool) -> Track:
    """The track as this reader may see it: a private join link for the team only."""
    if team or not track.join_private or track.join_url is None:
        return track
    return replace(track, join_url=None)


def _patched(track: Track, patch: TrackPatch) -> Track:
    return replace(
        track,
        name=track.name if patch.name is UNSET else patch.name,
        mode=track.mode if patch.mode is UNSET else patch.mode,
        location=track.location if patch.location is UNSET else patch.location,
        join_url=track.join_url if patch.join_url is UNSET else patch.join_url,
        join_private=track.join_private if patch.join_private is UNSET else patch.join_private,
        join_private_hours=(
            track.join_private_hours
            if patch.join_private_hours is UNSET
            else patch.join_private_hours
        ),
    )


class TrackService(Service):
    async def list(self, slug: str, viewer: Viewer) -> list[Track]:
        event = await event_to_read(self.uow, slug, viewer)
        team = (await access_in(self.uow, event, viewer)).sees_drafts
        return [redacted(t, team) for t in event.tracks]

    async def get(self, slug: str, track_slug: str, viewer: Viewer) -> Track:
        event = await event_to_read(self.uow, slug, viewer)
        team = (await access_in(self.uow, event, viewer)).sees_drafts
        return redacted(_find(event, track_slug), team)

    async def create(self, slug: str, draft: TrackDraft, viewer: Viewer) -> Track:
        errors = ErrorCollector()
        check_track_draft(draft, errors)
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        errors.raise_if_any()
        if event.track(draft.slug) is not None:
            raise AlreadyExists(
                f"Track {draft.slug!r} already exists.",
                [FieldError("slug", "a track with this slug exists in the event", draft.slug)],
            )
        if len(event.tracks) >= MAX_TRACKS_PER_EVENT:
            errors.add("slug", f"an event has at most {MAX_TRACKS_PER_EVENT} tracks")
            errors.raise_if_any()
        track = await self.uow.tracks.add(
            event.id,
            Track(
                slug=draft.slug,
                name=draft.name,
                mode=draft.mode,
                location=draft.location,
                join_url=draft.join_url,
                join_private=draft.join_private,
                join_private_hours=draft.join_private_hours,
                position=max((t.position for t in event.tracks), default=-1) + 1,
            ),
        )
        version = await self.uow.events.bump_version(event.id, self.ctx.clock())
        self.announce(Change(event.id, slug, version, "track.created"))
        return track

    async def update(
        self,
        slug: str,
        track_slug: str,
        patch: TrackPatch,
        viewer: Viewer,
        expected: Expected,
    ) -> Track:
        errors = ErrorCollector()
        if patch.join_url is not UNSET:
            check_join_url(patch.join_url, errors, "join_url")
        if patch.join_private_hours is not UNSET:
            check_private_hours(patch.join_private_hours, errors, "join_private_hours")
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        before = _find(event, track_slug)
        check_version(expected, before.version, "track")
        errors.raise_if_any()
        track = await self.uow.tracks.save(_patched(before, patch))
        now = self.ctx.clock()
        if (track.mode, track.location, track.join_url) != (
            before.mode,
            before.location,
            before.join_url,
        ):
            assert track.id is not None
            await self.uow.tracks.sessions_moved(track.id, now)
        version = await self.uow.events.bump_version(event.id, now)
        self.announce(Change(event.id, slug, version, "track.updated"))
        return track

    async def delete(self, slug: str, track_slug: str, viewer: Viewer, expected: Expected) -> None:
        event = await event_to_write(self.uow, slug, viewer)
        assert event.id is not None
        track = _find(event, track_slug)
        assert track.id is not None
        check_version(expected, track.version, "track")
        use = await self.uow.tracks.in_use(track.id)
        if use.sessions:
            raise InUse(
                f"Track {track_slug!r} is offered by {use.sessions} session(s); "
                "remove it from them first."
            )
        if use.attendees:
            raise InUse(f"{use.attendees} attendee(s) take part through track {track_slug!r}.")
        await self.uow.tracks.delete(track.id)
        version = await self.uow.events.bump_version(event.id, self.ctx.clock())
        self.announce(Change(event.id, slug, version, "track.deleted"))


def _find(event: Event, track_slug: str) -> Track:
    track = event.track(track_slug)
    if track is None:
        raise NotFound(f"No track {track_slug!r} in {event.slug!r}.")
    return track


__all__ = ["InUse", "TrackDraft", "TrackPatch", "TrackService", "check_track_draft"]
