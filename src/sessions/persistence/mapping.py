"""Rows to domain values, and domain values to columns. The layers above never see a row.

Sessions are read by the plain-query loader in `repositories/sessions.py`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sessions.domain.hybrid import Hybrid
from sessions.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Session,
    Track,
    TrackMode,
)
from sessions.persistence.tables import EventRow, TrackRow


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
        join_private=bool(row.join_private),
        join_private_hours=row.join_private_hours,
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
        "join_private": track.join_private,
        "join_private_hours": track.join_private_hours,
    }


def to_event_row(event: Event, created_at: datetime) -> EventRow:
    return EventRow(
        **event_columns(event),
        created_at=created_at,
        tracks=[TrackRow(**track_columns(t)) for t in event.tracks],
    )


def session_columns(session: Session) -> dict[str, Any]:
    """The columns a Session sets on its own row, on insert and on update (not its id, event,
    version or related rows). The wall time is the truth; the instants are derived from it."""
    return {
        "title": session.title,
        "description": session.description,
        "room": session.room,
        "status": session.status.value,
        "sequence": session.sequence,
        "start_local": session.start.wall,
        "start_fold": session.start.fold,
        "start_utc": session.start.instant,
        "end_local": session.end.wall,
        "end_fold": session.end.fold,
        "end_utc": session.end.instant,
        "updated_at": session.updated_at,
        **hybrid_columns(session.hybrid),
    }


def hybrid_columns(hybrid: Hybrid) -> dict[str, Any]:
    """A session's or segment's hybrid details as columns (tags joined by spaces)."""
    return {
        "join_url": hybrid.join_url,
        "join_private": hybrid.join_private,
        "join_private_hours": hybrid.join_private_hours,
        "languages": " ".join(hybrid.languages),
        "interpretation": " ".join(hybrid.interpretation),
        "sign_language": " ".join(hybrid.sign_language),
        "captions": hybrid.captions,
    }


HYBRID_COLUMNS = tuple(hybrid_columns(Hybrid()))


def to_hybrid(
    join_url: str | None,
    join_private: bool,
    join_private_hours: int | None,
    languages: str,
    interpretation: str,
    sign_language: str,
    captions: bool,
) -> Hybrid:
    """The columns of `HYBRID_COLUMNS`, in that order, back into a value."""
    return Hybrid(
        join_url=join_url,
        join_private=bool(join_private),
        join_private_hours=join_private_hours,
        languages=tuple(languages.split()),
        interpretation=tuple(interpretation.split()),
        sign_language=tuple(sign_language.split()),
        captions=bool(captions),
    )
