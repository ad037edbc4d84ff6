"""Who may read and write what: one check, in one place, used by every path.

Roles are per event (the `event_members` table): the `owner` and co-`organiser`s
have full control; a `facilitator` reads the event (even as a draft) and the
facilitator notes of the segments of their tracks, nothing else. Everyone
else reads published events only; a draft does not exist for them (404).
Attendees have no account: their registration's secret tokens are checked by
the registration service, and give them their own registration and feed only.

The role is read through the unit of work (one database session and transaction) of
the change it guards, once per unit of work and event (memoised on it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sessions.domain.errors import DomainError, NotFound
from sessions.domain.model import Event, EventRole, EventStatus
from sessions.persistence.unit_of_work import UnitOfWork


class Unauthorized(DomainError):
    title = "Authentication required"


class Forbidden(DomainError):
    title = "Forbidden"


ORGANISING = frozenset({EventRole.OWNER, EventRole.ORGANISER})


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is asking. Anonymous readers have no account id.

    `account_id` is the account (organiser or facilitator); `via_cookie` is true
    when a browser session, not a bearer token, authenticated the request.
    """

    account_id: uuid.UUID | None = None
    email: str | None = None
    via_cookie: bool = False

    @property
    def signed_in(self) -> bool:
        """Signed in (any account). Whether they organise a given event is `access_in`'s."""
        return self.account_id is not None


ANONYMOUS = Viewer()


@dataclass(frozen=True, slots=True)
class Access:
    """What one viewer may do in one event."""

    role: EventRole | None = None
    tracks: frozenset[str] = field(default_factory=frozenset)  # facilitated track slugs

    @property
    def can_write(self) -> bool:
        return self.role in ORGANISING

    @property
    def sees_drafts(self) -> bool:
        return self.role is not None

    def notes_tracks(self) -> frozenset[str] | None:
        """Tracks whose segments' facilitator notes this viewer reads (None: every track)."""
        if self.can_write:
            return None
        return self.tracks


NO_ACCESS = Access()
_MEMO = "sessions.access"


# --- Through the unit of work, on domain values -------------------------------------------


async def access_in(uow: UnitOfWork, event: Event, viewer: Viewer) -> Access:
    """The viewer's role in `event`: one query per unit of work and event; none for anonymous."""
    if viewer.account_id is None or event.id is None:
        return NO_ACCESS
    key = (_MEMO, event.id, viewer.account_id)
    if key not in uow.memo:
        role, tracks = await uow.members.role_of(event.id, viewer.account_id)
        uow.memo[key] = Access(role, tracks) if role is not None else NO_ACCESS
    return uow.memo[key]


def forget_access(uow: UnitOfWork) -> None:
    """Drop memoised roles (after a change of membership in this unit of work)."""
    for key in [k for k in uow.memo if isinstance(k, tuple) and k[:1] == (_MEMO,)]:
        del uow.memo[key]


async def event_to_read(
    uow: UnitOfWork, slug: str, viewer: Viewer, *, for_update: bool = False
) -> Event:
    """The event, or 404: a draft does not exist for anyone but its organisers and facilitators."""
    event = await uow.events.get(slug, for_update=for_update)
    if event is None or not (
        event.status is EventStatus.PUBLISHED or (await access_in(uow, event, viewer)).sees_drafts
    ):
        raise NotFound(f"No event {slug!r}.")
    return event


async def event_to_write(
    uow: UnitOfWork, slug: str, viewer: Viewer, *, for_update: bool = False
) -> Event:
    """The event, if the viewer organises it: 401 without an account, 404/403 otherwise."""
    require_account(viewer)
    event = await event_to_read(uow, slug, viewer, for_update=for_update)
    if not (await access_in(uow, event, viewer)).can_write:
        raise Forbidden(f"You are not an organiser of {slug!r}.")
    return event


async def event_to_run(uow: UnitOfWork, slug: str, viewer: Viewer, track: str) -> Event:
    """The event, if the viewer may run `track` live: its facilitators and the organisers."""
    require_account(viewer)
    event = await event_to_read(uow, slug, viewer)
    access = await access_in(uow, event, viewer)
    if not (access.can_write or track in access.tracks):
        raise Forbidden(f"You do not run track {track!r} of {slug!r}.")
    return event


def require_account(viewer: Viewer) -> None:
    """Signed in at all (a bearer token or a browser session)."""
    if not viewer.signed_in:
        raise Unauthorized(
            "This needs an organiser's token (Authorization: Bearer <token>) or a signed-in session."
        )
