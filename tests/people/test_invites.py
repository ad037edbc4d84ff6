"""Invites by email (iMIP, RFC 6047) through the outbox, to a real SMTP server on loopback.

The server is aiosmtpd in a thread; what arrives is parsed as mail and as iCalendar.
"""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from datetime import timedelta
from email.message import Message
from pathlib import Path

import pytest
from icalendar import Calendar

from sessions.config import Settings
from sessions.services.context import MailSettings, utc_now
from sessions.services.mail import Mailer, send_due
from tests.api.helpers import reference_example

EVENT = "/api/v1/events/igf-2024"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


class SmtpServer:
    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = Inbox()
        self.controller = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def settings(database_url: str, tmp_path: Path, smtp: SmtpServer) -> Settings:
    # The app's own background sender sweeps once at start, then not within a test.
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        public_url="https://sessions.test",
        migrate_on_start=False,
        smtp_url=smtp.url,
        mail_poll_interval=3600,
    )


@pytest.fixture
def mail_ctx(ctx):
    ctx.mail = MailSettings(
        "noreply@sessions.invalid",
        "noreply@sessions.invalid",
        "sessions",
        "sessions.test",
        "https://sessions.test",
    )
    return ctx


def invite_of(message: Message) -> tuple[str, Calendar]:
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1, [p.get_content_type() for p in message.walk()]
    method = parts[0].get_param("method")
    return method, Calendar.from_ical(parts[0].get_payload(decode=True))


async def register(client) -> dict:
    response = await client.post(
        f"{EVENT}/registrations",
        json={
            "name": "Ana Example",
            "email": "ana@example.org",
            "track": "online",
            "timezone": "Australia/Sydney",
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_register_move_cancel_request_update_cancel(client, auth, mail_ctx, smtp):
    session = await reference_example(client, auth)
    await register(client)
    mailer = Mailer.from_url(smtp.url)
    assert (await send_due(mail_ctx, mailer)).sent == 1
    (first,) = smtp.inbox.messages
    assert first["To"] == "Ana Example <ana@example.org>"
    method, calendar = invite_of(first)
    assert method == "REQUEST" and str(calendar["METHOD"]) == "REQUEST"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["ORGANIZER"]) == "mailto:noreply@sessions.invalid"
    assert str(vevent["ATTENDEE"]) == "mailto:ana@example.org"
    assert vevent["ATTENDEE"].params["CN"] == "Ana Example"
    assert int(vevent["SEQUENCE"]) == 0
    assert "23:45" in str(vevent["DESCRIPTION"])  # Sydney
    uid = str(vevent["UID"])

    moved = await client.patch(
        f"{EVENT}/sessions/{session['id']}", json={"start": "2024-12-18T17:00"}, headers=auth
    )
    assert moved.status_code == 200, moved.text
    assert (await send_due(mail_ctx, mailer)).sent == 1
    method, calendar = invite_of(smtp.inbox.messages[1])
    (vevent,) = calendar.walk("VEVENT")
    assert method == "REQUEST" and str(vevent["UID"]) == uid
    assert int(vevent["SEQUENCE"]) == 1
    assert vevent["DTSTART"].dt.hour == 17
    assert smtp.inbox.messages[1]["Subject"].startswith("Updated invitation")

    cancelled = await client.patch(
        f"{EVENT}/sessions/{session['id']}", json={"status": "cancelled"}, headers=auth
    )
    assert cancelled.status_code == 200
    assert (await send_due(mail_ctx, mailer)).sent == 1
    method, calendar = invite_of(smtp.inbox.messages[2])
    (vevent,) = calendar.walk("VEVENT")
    assert method == "CANCEL" and str(calendar["METHOD"]) == "CANCEL"
    assert str(vevent["STATUS"]) == "CANCELLED" and int(vevent["SEQUENCE"]) == 2
    assert str(vevent["UID"]) == uid

    # Nothing is sent twice.
    assert (await send_due(mail_ctx, mailer)).sent == 0
    assert len(smtp.inbox.messages) == 3


async def test_a_stopped_mail_server_loses_nothing_and_nothing_is_sent_twice(
    client, auth, mail_ctx, smtp
):
    await reference_example(client, auth)
    await register(client)
    await register(client)
    smtp.stop()
    mailer = Mailer.from_url(smtp.url)
    down = await send_due(mail_ctx, mailer)
    assert (down.sent, down.deferred) == (0, 2)
    async with mail_ctx.unit_of_work() as uow:
        messages = await uow.outbox.all()
    assert len(messages) == 2
    assert all(m.sent_at is None and m.attempts == 1 and m.last_error for m in messages)
    # Not due yet: backoff.
    smtp.start()
    assert (await send_due(mail_ctx, mailer)).sent == 0
    later = utc_now() + timedelta(hours=1)
    mail_ctx.clock = lambda: later
    assert (await send_due(mail_ctx, mailer)).sent == 2
    assert (await send_due(mail_ctx, mailer)).sent == 0
    ids = [m["Message-ID"] for m in smtp.inbox.messages]
    assert len(ids) == 2 and len(set(ids)) == 2


async def test_leaving_sends_a_cancel(client, auth, mail_ctx, smtp):
    await reference_example(client, auth)
    body = await register(client)
    mailer = Mailer.from_url(smtp.url)
    await send_due(mail_ctx, mailer)
    left = await client.delete(body["manage_api_url"].removeprefix("https://sessions.test"))
    assert left.status_code == 204
    assert (await send_due(mail_ctx, mailer)).sent == 1
    method, _ = invite_of(smtp.inbox.messages[-1])
    assert method == "CANCEL"


async def test_a_first_invite_is_an_invitation_even_after_the_session_has_moved(
    client, auth, mail_ctx, smtp
):
    """Before: a new registrant's first mail said "Updated invitation" once SEQUENCE > 0."""
    session = await reference_example(client, auth)
    moved = await client.patch(
        f"{EVENT}/sessions/{session['id']}", json={"start": "2024-12-18T17:00"}, headers=auth
    )
    assert moved.status_code == 200 and moved.json()["sequence"] == 1
    await register(client)
    assert (await send_due(mail_ctx, Mailer.from_url(smtp.url))).sent == 1
    (first,) = smtp.inbox.messages
    assert first["Subject"].startswith("Invitation:"), first["Subject"]
    _, calendar = invite_of(first)
    (vevent,) = calendar.walk("VEVENT")
    assert int(vevent["SEQUENCE"]) == 1  # the calendar still learns the session's sequence
