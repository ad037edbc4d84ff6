"""The outbox in view: an SMTP outage shows as a failed delivery with its error, to organisers
(API) and operators (`sessions outbox`); after the server returns, "retry" sends it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest

from sessions.config import Settings
from sessions.services.context import MailSettings, utc_now
from sessions.services.mail import MAX_ATTEMPTS, Mailer, send_due
from tests.api.helpers import reference_example
from tests.people.test_invites import register

EVENT = "/api/v1/events/igf-2024"


def sessions(settings: Settings, *args: str) -> str:
    """The real command, in its own process, on the test's database."""
    env = {**os.environ, "DATABASE_URL": settings.database_url}
    env["SESSIONS_DATA_DIR"] = str(settings.data_dir)
    done = subprocess.run(
        [sys.executable, "-m", "sessions.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def row_of(printed: str, slug: str) -> list[str]:
    return next(line for line in printed.splitlines() if line.startswith(slug)).split()


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


async def counts(client, auth) -> dict:
    response = await client.get(f"{EVENT}/outbox", headers=auth)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["event"] == "igf-2024"
    (mail,) = body["channels"]
    assert mail["channel"] == "mail"
    return mail


async def test_smtp_outage_fails_then_retry_sends(client, auth, mail_ctx, smtp, settings):
    await reference_example(client, auth)
    await register(client)
    mail = await counts(client, auth)
    assert (mail["pending"], mail["sent"], mail["failed"]) == (1, 0, 0)
    assert mail["oldest_pending_at"].endswith("+00:00")

    smtp.stop()
    mailer = Mailer.from_url(smtp.url)
    now = utc_now()
    # The sender retries with backoff; after MAX_ATTEMPTS refusals the message is given up.
    for attempt in range(MAX_ATTEMPTS):
        mail_ctx.clock = lambda at=now + timedelta(hours=7 * attempt): at
        await send_due(mail_ctx, mailer)
    mail = await counts(client, auth)
    assert (mail["pending"], mail["sent"], mail["failed"]) == (0, 0, 1), mail
    assert "ConnectionRefusedError" in mail["last_error"]
    assert mail["last_error_at"].endswith("+00:00")

    printed = sessions(settings, "outbox", "--event", "igf-2024")
    assert row_of(printed, "igf-2024")[1:5] == ["mail", "0", "0", "1"]
    assert "last error: ConnectionRefusedError" in printed
    assert row_of(sessions(settings, "outbox"), "igf-2024")[1:5] == ["mail", "0", "0", "1"]

    # Nobody else sees or retries it.
    assert (await client.get(f"{EVENT}/outbox")).status_code == 401
    assert (await client.post(f"{EVENT}/outbox/retry")).status_code == 401

    smtp.start()
    retried = await client.post(f"{EVENT}/outbox/retry", headers=auth)
    assert retried.status_code == 200, retried.text
    assert retried.json()["retried"] == 1
    (after,) = retried.json()["outbox"]["channels"]
    assert (after["pending"], after["failed"]) == (1, 0)
    mail_ctx.clock = utc_now
    assert (await send_due(mail_ctx, mailer)).sent == 1
    assert len(smtp.inbox.messages) == 1
    mail = await counts(client, auth)
    assert (mail["pending"], mail["sent"], mail["failed"]) == (0, 1, 0)
    assert mail["last_error"] is None

    printed = sessions(settings, "outbox", "--event", "igf-2024")
    assert row_of(printed, "igf-2024")[1:5] == ["mail", "0", "1", "0"]
    assert "last error" not in printed


async def test_outbox_of_another_event_is_forbidden(client, auth, ctx):
    from tests.conftest import new_token

    await reference_example(client, auth)
    other = {"Authorization": f"Bearer {await new_token(ctx, 'someone@example.org')}"}
    assert (await client.get(f"{EVENT}/outbox", headers=other)).status_code == 403
    assert (await client.post(f"{EVENT}/outbox/retry", headers=other)).status_code == 403
    assert (await client.get("/api/v1/events/nope/outbox", headers=auth)).status_code == 404
