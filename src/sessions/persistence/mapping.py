"""Rows to domain values. The layers above never see a row."""

from __future__ import annotations

from datetime import timedelta

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
