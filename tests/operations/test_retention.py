"""Personal data kept only as long as needed: registrations go SESSIONS_RETENTION_DAYS after
their event ends (in its zone), with the mail sent to them; leaving deletes at once; one
address's data can be exported whole."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from litestar.testing import AsyncTestClient

from sessions.config import Settings
from sessions.http.app import create_app
from sessions.services.context import MailSettings
from sessions.services.mail import Mailer, send_due
from sessions.services.retention import kept_until, purge
from tests.api.helpers import reference_example
from tests.operations.conftest import sessions_cli

EVENT = "/api/v1/events/igf-2024"
# igf-2024 ends on 19 December 2024 in Riyadh (UTC+3): its last day ends 2024-12-19T21:00Z.
ENDED = datetime(2024, 12, 19, 21, 0, tzinfo=UTC)


def test_kept_until_counts_from_the_end_of_the_last_local_day():
    until = kept_until(ENDED.date(), "Asia/Riyadh", 90)
    assert until == ENDED + timedelta(days=90)
    assert kept_until(ENDED.date(), "Pacific/Kiritimati", 0) == datetime(
        2024, 12, 19, 10, 0, tzinfo=UTC
    )


async def register(client, name: str, email: str) -> dict:
    response = await client.post(
        f"{EVENT}/registrations",
        json={"name": name, "email": email, "track": "online", "timezone": "Australia/Sydney"},
    )
    assert response.status_code == 201, response.text
    return response.json()


def export(settings: Settings, email: str) -> dict:
    env = {"DATABASE_URL": settings.database_url, "SESSIONS_DATA_DIR": str(settings.data_dir)}
    return json.loads(sessions_cli(env, "export-personal-data", email).stdout)


async def test_registrations_and_their_mail_go_after_retention(client, auth, ctx, smtp, settings):
    ctx.mail = MailSettings("noreply@sessions.invalid", "noreply@sessions.invalid", "s", "t", "")
    await reference_example(client, auth)
    await register(client, "Ana Example", "ana@example.org")
    leaver = await register(client, "Lee Leaving", "Lee@Example.org")
    manage = leaver["manage_url"].rsplit("/", 1)[-1]
    assert (await send_due(ctx, Mailer.from_url(smtp.url))).sent == 2

    # Leaving deletes the registration at once; its CANCEL still goes out.
    assert (await client.delete(f"/api/v1/registrations/{manage}")).status_code == 204
    assert (await client.get(f"/api/v1/registrations/{manage}")).status_code == 404
    held = export(settings, "lee@example.org")
    assert held["registrations"] == []
    assert sorted(m["sent_at"] is None for m in held["mail"]) == [False, True]  # invite, CANCEL
    assert (await send_due(ctx, Mailer.from_url(smtp.url))).sent == 1

    ana = export(settings, "ANA@example.org")
    (registration,) = ana["registrations"]
    assert registration["event"] == "igf-2024"
    assert registration["email"] == "ana@example.org"
    assert registration["timezone"] == "Australia/Sydney"
    assert len(ana["mail"]) == 1 and "ana@example.org" in ana["mail"][0]["message"]
    text = json.dumps(ana)
    assert "hash" not in text and "token" not in text

    # A day before the end of retention only the departed's sent mail goes.
    async with ctx.unit_of_work() as uow:
        report = await purge(uow, ENDED + timedelta(days=90) - timedelta(seconds=1), 90)
    assert (report.registrations, report.mail, report.events) == (0, 2, ())
    assert export(settings, "lee@example.org")["mail"] == []
    assert len(export(settings, "ana@example.org")["registrations"]) == 1

    env = {"DATABASE_URL": settings.database_url, "SESSIONS_DATA_DIR": str(settings.data_dir)}
    printed = sessions_cli(env, "purge").stdout  # today: long after 2025-03-19
    assert "deleted 1 registration(s) and 1 sent mail" in printed and "igf-2024" in printed
    assert export(settings, "ana@example.org") == {
        "email": "ana@example.org",
        "registrations": [],
        "account": None,
        "programme": [],
        "mail": [],
    }
    organiser = export(settings, "owner@example.org")["account"]
    assert organiser["memberships"] == [["igf-2024", "owner"]]
    assert organiser["api_tokens"] == 1


async def test_serve_sweeps_at_start(client, auth, settings: Settings, tmp_path: Path):
    await reference_example(client, auth)
    await register(client, "Ana Example", "ana@example.org")
    swept = Settings(
        database_url=settings.database_url,
        data_dir=tmp_path,
        public_url=settings.public_url,
        migrate_on_start=False,
        retention_sweep=True,
        retention_days=30,
    )
    async with AsyncTestClient(app=create_app(swept), base_url="https://sessions.test") as app:
        for _ in range(50):
            if export(settings, "ana@example.org")["registrations"] == []:
                break
            await asyncio.sleep(0.1)
        assert export(settings, "ana@example.org")["registrations"] == []
        assert (await app.get("/health/live")).status_code == 200
