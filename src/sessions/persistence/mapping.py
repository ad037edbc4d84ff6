"""Rows to domain values. The layers above never see a row."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sessions.domain.clock import WallTime
from sessions.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Person,
    PersonRole,
    Segment,
    SegmentKind,
    Session,
    SessionStatus,
    Track,
    TrackMode,
)
from sessions.domain.zones import Zone, get_zone
from sessions.persistence.tables import EventRow, SessionRow, TrackRow


def to_event(row: EventRow) -> Event:
    return Event(
        id=row.id,
        slug=row.slug,
        title=row.title,
        kind=EventKind(row.kind),
        timezone=row.timezone,
        start_date=row.start_date,
        end_date=row.end_date,
        venue=row.venue,
        description=row.description,
        status=EventStatus(row.status),
        version=row.version,
        updated_at=row.updated_at,
        # Only when loaded with the row (never a lazy load from async code).
        tracks=tuple(to_track(t) for t in row.__dict__.get("tracks", ())),
    )


def to_track(row: TrackRow) -> Track:
    return Track(
        id=row.id,
        slug=row.slug,
        name=row.name,
        mode=TrackMode(row.mode),
        location=row.location,
        join_url=row.join_url,
        position=row.position,
        version=row.version,
    )


def event_columns(event: Event) -> dict[str, Any]:
    """The columns an Event sets, on insert and on update (not its id, version or tracks)."""
    return {
        "slug": event.slug,
        "title": event.title,
        "kind": event.kind.value,
        "timezone": event.timezone,
        "start_date": event.start_date,
        "end_date": event.end_date,
        "venue": event.venue,
        "description": event.description,
        "status": event.status.value,
        "updated_at": event.updated_at,
    }


def track_columns(track: Track) -> dict[str, Any]:
    """The columns a Track sets, on insert and on update (not its id, event or version)."""
    return {
        "slug": track.slug,
        "name": track.name,
        "mode": track.mode.value,
        "location": track.location,
        "join_url": track.join_url,
        "position": track.position,
    }


def to_event_row(event: Event, created_at: datetime) -> EventRow:
    return EventRow(
        **event_columns(event),
        created_at=created_at,
        tracks=[TrackRow(**track_columns(t)) for t in event.tracks],
    )


def to_session(row: SessionRow, zone: Zone | str) -> Session:
    if isinstance(zone, str):
        zone = get_zone(zone)
    return Session(
        id=row.id,
        title=row.title,
        description=row.description,
        room=row.room,
        status=SessionStatus(row.status),
        sequence=row.sequence,
        version=row.version,
        start=WallTime(row.start_local, row.start_fold, zone),
        end=WallTime(row.end_local, row.end_fold, zone),
        tracks=tuple(link.track.slug for link in row.tracks),
        people=tuple(
            Person(name=link.person.name, role=PersonRole(link.role), email=link.person.email)
            for link in row.people
        ),
        segments=tuple(
            Segment(
                kind=SegmentKind(seg.kind),
                title=seg.title,
                start_offset=timedelta(seconds=seg.start_offset),
                end_offset=timedelta(seconds=seg.end_offset),
                tracks=tuple(link.track.slug for link in seg.tracks),
                notes=seg.notes,
            )
            for seg in row.segments
        ),
        updated_at=row.updated_at,
        import_guid=row.import_guid,
    )
