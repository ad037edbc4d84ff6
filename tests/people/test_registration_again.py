"""Registering again with the same email: one registration, an answer that tells nothing,
and (mail on) the way back mailed to the address that registered first.

See docs/decisions.md, "Registering again".
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import re
from pathlib import Path

import pytest

from sessions.config import Settings
from tests.api.helpers import assert_problem, db_dump, reference_example

EVENT = "/api/v1/events/igf-2024"
ANA = {
    "name": "Ana Example",
    "email": "ana@example.org",
    "track": "online",
    "timezone": "Australia/Sydney",
}
SITE = "https://sessions.test"


def local(url: str) -> str:
    return url.removeprefix(SITE)


async def register(client, **overrides) -> tuple[dict, dict]:
    response = await client.post(f"{EVENT}/registrations", json={**ANA, **overrides})
    assert response.status_code == 201, response.text
    return response.json(), dict(response.headers)


def shape(body: dict) -> dict[str, type]:
    return {key: type(value) for key, value in body.items()}


async def registrations(ctx) -> list:
    async with ctx.unit_of_work() as uow:
        event = await uow.events.get("igf-2024")
        assert event is not None and event.id is not None
        found, _ = await uow.registrations.page(event.id, limit=100, offset=0)
        return found


async def outbox(ctx) -> list:
    async with ctx.unit_of_work() as uow:
        return await uow.outbox.all()


async def test_the_same_email_again_makes_nothing_and_answers_like_a_first_registration(
    client, auth, ctx
):
    tccm = await reference_example(client, auth)
    first, first_headers = await register(client)
    original = await client.get(local(first["manage_api_url"]))
    before = await db_dump(ctx)

    # Another case, another track, zone, name and choice: still Ana's address.
    again, again_headers = await register(
        client,
        email="ANA@Example.ORG",
        name="Mallory",
        track="in-person",
        timezone="America/New_York",
        sessions=[tccm["id"]],
    )
    # Someone new, for comparison: the repeat's answer has exactly a newcomer's shape.
    newcomer, newcomer_headers = await register(client, email="bo@example.org")
    assert shape(again) == shape(newcomer) == shape(first)
    assert again_headers["etag"] == newcomer_headers["etag"] == first_headers["etag"]
    assert again_headers["cache-control"] == newcomer_headers["cache-control"]
    # It echoes what was sent, as any registration does; nothing of Ana's is in it.
    assert again["name"] == "Mallory" and again["track"] == "in-person"
    assert again["timezone"] == "America/New_York" and again["sessions"] == [tccm["id"]]
    assert again["id"] != first["id"]
    for secret in ("feed_url", "manage_url", "manage_api_url"):
        assert again[secret] != first[secret]

    # One registration for Ana, as it was; the repeat's links open nothing.
    stored = await registrations(ctx)
    assert sorted(r.email for r in stored) == ["ana@example.org", "bo@example.org"]
    after = await db_dump(ctx)
    assert after["registrations"][0:1] != [] and len(after["registrations"]) == 2
    assert [row for row in after["registrations"] if "bo@example.org" not in row] == before[
        "registrations"
    ]
    assert_problem(await client.get(local(again["manage_api_url"])), 404)
    assert_problem(await client.get(local(again["feed_url"])), 404)
    mine = await client.get(local(first["manage_api_url"]))
    assert mine.status_code == 200
    assert mine.json() == original.json() and mine.headers["etag"] == original.headers["etag"]
    assert (await client.get(local(first["feed_url"]))).status_code == 200
    # No mail configured: nothing is queued for anyone.
    assert await outbox(ctx) == []


async def test_validation_comes_first_and_is_the_same_either_way(client, auth):
    await reference_example(client, auth)
    await register(client)
    for email_address in ("ana@example.org", "new@example.org"):
        response = await client.post(
            f"{EVENT}/registrations",
            json={**ANA, "email": email_address, "timezone": "Mars/Olympus"},
        )
        body = assert_problem(response, 422)
        assert [e["field"] for e in body["errors"]] == ["timezone"]


async def test_concurrent_first_registrations_of_one_email_make_one_row(client, auth, ctx):
    await reference_example(client, auth)
    answers = await asyncio.gather(
        *(
            client.post(f"{EVENT}/registrations", json={**ANA, "email": f"{case}@example.org"})
            for case in ("ana", "Ana", "ANA", "aNa")
        )
    )
    assert [a.status_code for a in answers] == [201] * 4
    assert len({frozenset(a.json()) for a in answers}) == 1
    assert [r.email.lower() for r in await registrations(ctx)] == ["ana@example.org"]
    # Exactly one of the four answers holds working links.
    opened = [(await client.get(local(a.json()["manage_api_url"]))).status_code for a in answers]
    assert sorted(opened) == [200, 404, 404, 404]


async def test_the_repository_refuses_a_second_row_for_one_email(client, auth, ctx):
    from dataclasses import replace

    from sessions.services.tokens import hash_token, new_secret

    await reference_example(client, auth)
    await register(client)
    async with ctx.unit_of_work() as uow:
        event = await uow.events.get("igf-2024")
        assert event is not None and event.id is not None
        ana = await uow.registrations.get_by_email(event.id, "Ana@EXAMPLE.org")
        assert ana is not None and ana.email == "ana@example.org"
        copy = replace(ana, id=None, email="ANA@example.org")
        added = await uow.registrations.add(
            event, copy, feed_hash=hash_token(new_secret()), manage_hash=hash_token(new_secret())
        )
        assert added is None
        # The unit of work goes on: what it did before the refused row is kept.
        other = replace(ana, id=None, email="bo@example.org")
        assert (
            await uow.registrations.add(
                event,
                other,
                feed_hash=hash_token(new_secret()),
                manage_hash=hash_token(new_secret()),
            )
            is not None
        )
    assert sorted(r.email for r in await registrations(ctx)) == [
        "ana@example.org",
        "bo@example.org",
    ]


# --- with mail configured ---------------------------------------------------------------


def manage_link_mails(messages: list) -> list:
    """The "you are registered already" mails (invites are the others)."""
    return [
        m
        for m in messages
        if email.message_from_string(m.message)["Subject"].startswith("Your registration")
    ]


def manage_link(message: str) -> str:
    parsed = email.message_from_string(message, policy=email.policy.default)
    text = parsed.get_body(("plain",))
    assert text is not None
    (link,) = re.findall(rf"{re.escape(SITE)}/r/[A-Za-z0-9_-]+", text.get_content())
    return link


class TestWithMail:
    @pytest.fixture
    def settings(self, database_url: str, tmp_path: Path) -> Settings:
        # Mail on; the background sender never sweeps within a test (the outbox is read here).
        return Settings(
            database_url=database_url,
            data_dir=tmp_path,
            public_url=SITE,
            migrate_on_start=False,
            smtp_url="smtp://127.0.0.1:9",
            mail_poll_interval=3600,
        )

    async def test_the_first_address_gets_a_manage_link_of_its_own(self, client, auth, ctx):
        await reference_example(client, auth)
        first, _ = await register(client)
        invites = await outbox(ctx)
        assert invites and all(m.recipient == "ana@example.org" for m in invites)

        again, _ = await register(client, email="Ana@Example.org", name="Mallory")
        assert manage_link_mails(invites) == []
        messages = await outbox(ctx)
        # One mail more, the manage link; no invites for the repeat.
        assert len(messages) == len(invites) + 1
        (mailed,) = manage_link_mails(messages)
        assert mailed.recipient == "ana@example.org"  # the address that registered, as stored
        message = email.message_from_string(mailed.message)
        assert message["To"] == "Ana Example <ana@example.org>"
        assert "Mallory" not in mailed.message
        link = manage_link(mailed.message)
        assert link != again["manage_url"] and link != first["manage_url"]

        # The mailed link opens Ana's registration; so does her first one; the answer's does not.
        token = link.rsplit("/", 1)[1]
        opened = await client.get(f"/api/v1/registrations/{token}")
        assert opened.status_code == 200 and opened.json()["name"] == "Ana Example"
        assert (await client.get(local(first["manage_api_url"]))).status_code == 200
        assert_problem(await client.get(local(again["manage_api_url"])), 404)

        # Another repeat mails a newer link, which replaces the mailed one (the first stays).
        await register(client, email="ana@example.org")
        (newest,) = {manage_link(m.message) for m in manage_link_mails(await outbox(ctx))} - {link}
        assert newest != link
        assert_problem(await client.get(f"/api/v1/registrations/{token}"), 404)
        newest_token = newest.rsplit("/", 1)[1]
        assert (await client.get(f"/api/v1/registrations/{newest_token}")).status_code == 200
        assert (await client.get(local(first["manage_api_url"]))).status_code == 200
        assert len(await registrations(ctx)) == 1
