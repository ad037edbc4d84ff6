"""An attendee's registration for one event: their track, zone, and the sessions they follow."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sessions.domain.model import Session

# The six UN languages (ISO 639-1): what an attendee may ask their mail and pages in.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")


@dataclass(frozen=True, slots=True)
class Registration:
    id: uuid.UUID | None
    event_id: uuid.UUID
    event_slug: str
    name: str
    email: str
    track: str  # the track's slug
    timezone: str  # IANA name: their invites and feed say their local times
    sessions: tuple[uuid.UUID, ...] = ()  # chosen (sorted); none: every session of the track
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None
    feed_active: bool = True  # False while the feed is revoked
    language: str | None = None  # one of LANGUAGES; None: the browser's choice

    def follows(self, session: Session) -> bool:
        """Whether this attendee's invites and feed carry `session`."""
        return self.track in session.tracks and (not self.sessions or session.id in self.sessions)

    def followed(self, sessions: Iterable[Session]) -> list[Session]:
        return [s for s in sessions if self.follows(s)]


def email_key(email: str) -> str:
    """What makes two registrations of one event the same attendee: emails compared
    case-insensitively (Ana@Example.org is ana@example.org)."""
    return email.strip().lower()


__all__ = ["LANGUAGES", "Registration", "email_key"]
