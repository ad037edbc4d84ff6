"""The one contract every renderer keeps, and the options it is given.

A renderer turns an `Agenda` (pure domain values) into the bytes of one
format. It never reads the clock, the database or the request: everything it
needs is in the agenda and in `RenderOptions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sessions.domain.agenda import Agenda
from sessions.domain.joining import PUBLIC, Reader
from sessions.domain.links import PublicLinks
from sessions.domain.model import Event, Session
from sessions.domain.zones import Zone, get_zone, is_zone

# Methods a rendered calendar may carry (RFC 5546). REQUEST needs an ATTENDEE:
# only iMIP invites mailed to one attendee (RFC 6047) are REQUESTs.
METHODS = frozenset({"PUBLISH", "REQUEST", "CANCEL"})

_HOST_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d+)?$")


class RenderError(ValueError):
    """One item (a session, an event) that a format cannot express.

    Raised for that item alone, so a caller rendering many (a feed, the
    calendar of every event) can leave it out and carry on; see
    `ical.render_calendar`'s `on_skip`.
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderOptions:
    """What a renderer needs besides the agenda. Immutable; hashable.

    `now` is the moment the output is made. It is the `DTSTAMP` of a
    scheduling message (`method` set). Feeds use each session's `updated_at`
    and each dates-only event's `updated_at` instead (RFC 5545: without
    METHOD, DTSTAMP is the last modification), and fall back to `now` only
    where those are None. Pass a `now` that is stable for one
    version of the data (e.g. its last change) to keep feeds byte-stable.
    """

    now: datetime
    host: str = "sessions.example.org"  # the right-hand side of every UID
    base_url: str | None = None  # links; defaults to https://<host>
    organiser_name: str | None = None
    organiser_email: str | None = None
    reader_zone: str | None = None  # IANA name: adds "your local time" lines
    utc: bool = False  # DTSTART/DTEND in UTC, no VTIMEZONE (clients that mishandle zones)
    segments: bool = False  # one VEVENT per segment of the reader's track
    method: str | None = None  # None for feeds; PUBLISH / CANCEL for a session's invite
    calendar_name: str | None = None  # X-WR-CALNAME; defaults to the event's title
    refresh_interval: timedelta = timedelta(hours=1)  # REFRESH-INTERVAL, X-PUBLISHED-TTL
    alarm_before: timedelta | None = None  # a display VALARM this long before each start
    # (email, name) of the one attendee an iMIP invite is mailed to: adds ATTENDEE.
    attendee: tuple[str, str | None] | None = None
    # Who reads the join links (domain/joining.py): the public (every shared output) gets
    # no private link; a registrant's feed and invites get theirs from `at` on.
    join_reader: Reader = PUBLIC

    def __post_init__(self) -> None:
        if self.now.tzinfo is None or self.now.utcoffset() is None:
            raise ValueError("RenderOptions.now must be an aware datetime")
        if not _HOST_RE.match(self.host):
            raise ValueError(f"RenderOptions.host {self.host!r} is not a host name")
        if self.base_url is not None and not re.match(r"^https?://[^\s]+$", self.base_url):
            raise ValueError("RenderOptions.base_url must be an absolute http(s) URL")
        if self.method is not None and self.method not in METHODS:
            raise ValueError(
                f"RenderOptions.method must be None (a feed) or one of {sorted(METHODS)}, "
                f"not {self.method!r}"
            )
        if self.method is not None and not self.organiser_email:
            raise ValueError(f"METHOD:{self.method} needs an ORGANIZER: set organiser_email")
        if self.method == "REQUEST" and self.attendee is None:
            raise ValueError("RenderOptions.method REQUEST is an invite to someone: set attendee")
        if self.attendee is not None and (
            "@" not in self.attendee[0] or any(c in self.attendee[0] for c in " \r\n")
        ):
            raise ValueError(f"attendee {self.attendee[0]!r} is not an address")
        if self.organiser_email is not None and (
            "@" not in self.organiser_email or any(c in self.organiser_email for c in " \r\n")
        ):
            raise ValueError(f"organiser_email {self.organiser_email!r} is not an address")
        if self.reader_zone is not None and not is_zone(self.reader_zone):
            raise ValueError(f"reader_zone {self.reader_zone!r} is not an IANA time zone")
        if self.refresh_interval <= timedelta(0):
            raise ValueError("refresh_interval must be positive")
        if self.alarm_before is not None and self.alarm_before < timedelta(0):
            raise ValueError("alarm_before must not be negative")

    @property
    def site_url(self) -> str:
        """The base for links, without a trailing slash."""
        return (self.base_url or f"https://{self.host}").rstrip("/")

    @property
    def reader(self) -> Zone | None:
        return get_zone(self.reader_zone) if self.reader_zone is not None else None


@runtime_checkable
class Renderer(Protocol):
    """Turns an agenda into the bytes of one format."""

    identifier: str  # e.g. "ical", "frab-json"
    extension: str  # file extension without the dot
    media_type: str  # the Content-Type to serve it with

    def render(self, agenda: Agenda, options: RenderOptions) -> bytes: ...


def session_uid(session: Session, options: RenderOptions) -> str:
    """The stable iCalendar UID of a session: `<uuid>@<host>`."""
    if session.id is None:
        raise ValueError(f"session {session.title!r} has no id; renderers need stable ids")
    return f"{session.id}@{options.host}"


def event_url(event: Event, options: RenderOptions) -> str:
    return PublicLinks(options.site_url).event_page(event.slug)


def session_url(event: Event, session: Session, options: RenderOptions) -> str:
    return PublicLinks(options.site_url).session_page(event.slug, session.id)


__all__ = [
    "METHODS",
    "RenderError",
    "RenderOptions",
    "Renderer",
    "event_url",
    "session_uid",
    "session_url",
]
