"""Who may read and write what: one check, in one place, used by every path."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sessions.domain.errors import DomainError, NotFound
from sessions.persistence.tables import EventRow


class Unauthorized(DomainError):
    title = "Authentication required"


class Forbidden(DomainError):
    title = "Forbidden"


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is asking. Anonymous readers have no organiser id."""

    organiser_id: uuid.UUID | None = None
    email: str | None = None

    @property
    def is_organiser(self) -> bool:
        return self.organiser_id is not None


ANONYMOUS = Viewer()


def can_read(event: EventRow, viewer: Viewer) -> bool:
    return event.status == "published" or can_write(event, viewer)


def can_write(event: EventRow, viewer: Viewer) -> bool:
    return viewer.organiser_id is not None and event.owner_id == viewer.organiser_id


def readable(event: EventRow | None, viewer: Viewer, slug: str) -> EventRow:
    """The event, or 404: a draft does not exist for anyone but its organisers."""
    if event is None or not can_read(event, viewer):
        raise NotFound(f"No event {slug!r}.")
    return event


def writable(event: EventRow | None, viewer: Viewer, slug: str) -> EventRow:
    require_organiser(viewer)
    event = readable(event, viewer, slug)
    if not can_write(event, viewer):
        raise Forbidden(f"You are not an organiser of {slug!r}.")
    return event


def require_organiser(viewer: Viewer) -> None:
    if not viewer.is_organiser:
        raise Unauthorized("This needs an organiser's token: Authorization: Bearer <token>.")
