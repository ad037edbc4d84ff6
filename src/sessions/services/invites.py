"""Invites by email (iMIP, RFC 6047), queued in the outbox in the caller's transaction.

A registration gets a `METHOD:REQUEST` per session (ORGANIZER, the attendee as
ATTENDEE, times in the attendee's zone in the description); a change of a
session's time, place or status re-sends it with the session's higher SEQUENCE;
a cancelled or deleted session, a session the attendee dropped, or a
registration withdrawn sends `METHOD:CANCEL`. Messages are rendered now, when
the change is made, so each one says what the change was; the sender only sends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from sessions.domain.agenda import build_agenda
from sessions.domain.clock import format_instant, in_zone
from sessions.domain.hybrid import JoinAudience
from sessions.domain.joining import Reader
from sessions.domain.links import PublicLinks
from sessions.domain.model import Event, EventStatus, Session, SessionStatus, Track
from sessions.domain.registrations import Registration
from sessions.domain.zones import get_zone
from sessions.persistence.repositories.outbox import OutboxMessage
from sessions.persistence.unit_of_work import UnitOfWork
from sessions.renderers.base import RenderOptions
from sessions.renderers.ical import render_agenda
from sessions.services.context import MailSettings


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str
    timezone: str
    track: str
    registration_id: uuid.UUID | None = None


def attendee_of(registration: Registration) -> Attendee:
    return Attendee(
        registration.email,
        registration.name,
        registration.timezone,
        registration.track,
        registration.id,
    )


def invite(
    mail: MailSettings,
    event: Event,
    session: Session,
    tracks: Sequence[Track],
    attendee: Attendee,
    method: str,
    now: datetime,
    *,
    update: bool = False,
) -> tuple[uuid.UUID, EmailMessage]:
    """One iMIP message: text for people, text/calendar for their calendar app.

    `update`: the attendee already has this session's invite (its time, place or status
    changed). A first invite is an invitation whatever the session's SEQUENCE."""
    message_id = uuid.uuid4()
    zone = get_zone(event.timezone)
    if method == "REQUEST" and session.status is SessionStatus.CANCELLED:
        method = "CANCEL"
    options = RenderOptions(
        now=now,
        host=mail.host,
        base_url=mail.base_url,
        organiser_email=mail.organiser_email,
        organiser_name=mail.organiser_name,
        reader_zone=attendee.timezone,
        method=method,
        attendee=(attendee.email, attendee.name),
        # An invite goes to one registrant: their private links, if open when it is made.
        join_reader=Reader(JoinAudience.REGISTRANT, now),
    )
    agenda = build_agenda(event, [session], zone, track=attendee.track, tracks=tracks)
    if not agenda.days:  # not offered in their track (any more): the invite is the session itself
        agenda = build_agenda(event, [session], zone, tracks=tracks)
    ics = render_agenda(agenda, options)
    reader = get_zone(attendee.timezone)
    start = format_instant(in_zone(session.start_instant, reader))
    verb = {"REQUEST": "Invitation", "CANCEL": "Cancelled"}[method]
    if method == "REQUEST" and update:
        verb = "Updated invitation"
    message = EmailMessage()
    message["Subject"] = f"{verb}: {session.title} ({event.title})"
    message["From"] = formataddr((mail.organiser_name or "", mail.sender))
    message["To"] = formataddr((attendee.name, attendee.email))
    message["Date"] = format_datetime(now)
    message["Message-ID"] = f"<{message_id}@{mail.host}>"
    message["Auto-Submitted"] = "auto-generated"
    text = (
        f"{session.title}\n{event.title}\n\n"
        f"Starts {start} ({attendee.timezone}), track {attendee.track}.\n"
        + ("This session is cancelled.\n" if method == "CANCEL" else "")
        + f"\n{PublicLinks(mail.base_url).session_page(event.slug, session.id)}\n"
    )
    message.set_content(text)
    message.add_alternative(
        ics, maintype="text", subtype="calendar", params={"method": method, "charset": "utf-8"}
    )
    # Calendar apps that do not read the alternative still get the file.
    message.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    return message_id, message


def queue(
    uow: UnitOfWork,
    mail: MailSettings | None,
    event: Event,
    items: Iterable[tuple[Attendee, Session, str]],
    now: datetime,
    *,
    update: bool = False,
) -> int:
    """Add one outbox message per (attendee, session, method), in the caller's unit of work."""
    if mail is None:
        return 0
    count = 0
    for attendee, session, method in items:
        message_id, message = invite(
            mail, event, session, event.tracks, attendee, method, now, update=update
        )
        uow.outbox.add(
            OutboxMessage(
                id=message_id,
                recipient=attendee.email,
                message=message.as_string(),
                created_at=now,
                event_id=event.id,
                registration_id=attendee.registration_id,
            )
        )
        count += 1
    return count


# --- What a change to a session means for the people following it --------------------------


async def followers(uow: UnitOfWork, event: Event, session: Session) -> list[Attendee]:
    """Attendees whose invites follow this session (none while the event is a draft)."""
    if event.status is not EventStatus.PUBLISHED or event.id is None:
        return []
    return [attendee_of(r) for r in await uow.registrations.following(event.id, session)]


def session_changed(
    mail: MailSettings | None,
    now: datetime,
    uow: UnitOfWork,
    event: Event,
    after: Session,
    following_before: Sequence[Attendee],
    following_after: Sequence[Attendee],
) -> None:
    """Time, place or status changed: an update (higher SEQUENCE), or a CANCEL, to each
    follower; a CANCEL to those the session no longer reaches (dropped from their track)."""
    if event.status is not EventStatus.PUBLISHED:
        return
    still = {a.registration_id for a in following_after}
    dropped = [a for a in following_before if a.registration_id not in still]
    cancelled = replace(after, status=SessionStatus.CANCELLED)
    queue(
        uow,
        mail,
        event,
        ((a, cancelled, "CANCEL") for a in dropped),
        now,
    )
    method = "CANCEL" if after.status is SessionStatus.CANCELLED else "REQUEST"
    # Those who followed it before hold its invite: theirs is an update; a newcomer (the
    # session joined their track) gets a first invitation.
    had = {a.registration_id for a in following_before}
    queue(
        uow,
        mail,
        event,
        ((a, after, method) for a in following_after if a.registration_id in had),
        now,
        update=True,
    )
    queue(
        uow,
        mail,
        event,
        ((a, after, method) for a in following_after if a.registration_id not in had),
        now,
    )


def session_deleted(
    mail: MailSettings | None,
    now: datetime,
    uow: UnitOfWork,
    event: Event,
    gone: Session,
    following: Sequence[Attendee],
) -> None:
    """A deleted session is cancelled in every follower's calendar."""
    queue(
        uow,
        mail,
        event,
        ((a, gone, "CANCEL") for a in following),
        now,
    )


__all__ = [
    "Attendee",
    "attendee_of",
    "followers",
    "invite",
    "queue",
    "session_changed",
    "session_deleted",
]
