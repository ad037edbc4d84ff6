"""Registrations: open to anyone for published events, personal feeds, the manage link."""

from __future__ import annotations

from icalendar import Calendar

from tests.api.helpers import assert_problem, bearer, db_dump, reference_example
from tests.conftest import new_token

EVENT = "/api/v1/events/igf-2024"
SYDNEY = {
    "name": "Ana Example",
    "email": "ana@example.org",
    "track": "online",
    "timezone": "Australia/Sydney",
}


async def register(client, **overrides) -> dict:
    response = await client.post(f"{EVENT}/registrations", json={**SYDNEY, **overrides})
    assert response.status_code == 201, response.text
    return response.json()


async def feed(client, url: str) -> Calendar:
    response = await client.get(url.removeprefix("https://sessions.test"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


async def test_an_online_attendee_in_sydney_gets_the_tccm_session_in_their_feed(client, auth):
    tccm = await reference_example(client, auth)
    join = "https://meet.example.org/tccm"
    patched = await client.patch(f"{EVENT}/tracks/online", json={"join_url": join}, headers=auth)
    assert patched.status_code == 200, patched.text
    body = await register(client)
    assert body["track"] == "online" and body["timezone"] == "Australia/Sydney"
    assert body["feed_url"].startswith("https://sessions.test/feeds/")
    # The manage link opens a page for people; its API sits beside it.
    assert body["manage_url"].startswith("https://sessions.test/r/")
    assert (
        body["manage_api_url"]
        == "https://sessions.test/api/v1/registrations/" + body["manage_url"].rsplit("/", 1)[1]
    )
    feed_token = body["feed_url"].rsplit("/", 1)[1].removesuffix(".ics")
    manage_token = body["manage_url"].rsplit("/", 1)[1]
    assert feed_token != manage_token and len(feed_token) >= 43  # ≥ 256 bits, url-safe

    calendar = await feed(client, body["feed_url"])
    assert "METHOD" not in calendar
    (vevent,) = calendar.walk("VEVENT")
    assert "TCCM" in str(vevent["SUMMARY"])
    description = str(vevent["DESCRIPTION"])
    assert "Facilitated discussion" in description
    assert "Networking opportunity" not in description  # in-person only
    assert "23:45" in description  # Sydney's wall time, 18 December
    assert "Australia/Sydney" in description
    # The join link is the first line and CONFERENCE; URL opens the session's page.
    assert description.splitlines()[0] == f"Join online: {join}"
    assert str(vevent["CONFERENCE"]) == join and "LOCATION" not in vevent
    assert str(vevent["URL"]) == f"https://sessions.test/e/igf-2024/s/{tccm['id']}"


async def closing(client, auth) -> dict:
    """A second session beside the reference example, on the last day."""
    response = await client.post(
        f"{EVENT}/sessions",
        json={"title": "Closing", "start": "2024-12-19T10:00", "end": "2024-12-19T11:00"},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_chosen_sessions_only_and_all_of_the_track_otherwise(client, auth):
    tccm = await reference_example(client, auth)
    await closing(client, auth)
    everything = await register(client)
    assert len((await feed(client, everything["feed_url"])).walk("VEVENT")) == 2
    chosen = await register(client, email="bo@example.org", sessions=[tccm["id"]])
    assert chosen["sessions"] == [tccm["id"]]
    (only,) = (await feed(client, chosen["feed_url"])).walk("VEVENT")
    assert "TCCM" in str(only["SUMMARY"])


async def test_registering_is_validated_and_drafts_do_not_exist(client, auth, ctx, subtests):
    await reference_example(client, auth, publish=False)
    assert_problem(await client.post(f"{EVENT}/registrations", json=SYDNEY), 404)
    assert (await client.post(f"{EVENT}/publish", headers=auth)).status_code == 200
    before = await db_dump(ctx)
    for field, value in {
        "timezone": "Mars/Olympus",
        "track": "radio",
        "email": "not-an-address",
        "sessions": ["00000000-0000-0000-0000-000000000000"],
        "name": "Line\nbreak",
    }.items():
        with subtests.test(field=field):
            response = await client.post(f"{EVENT}/registrations", json={**SYDNEY, field: value})
            body = assert_problem(response, 422)
            assert any(e["field"].startswith(field) for e in body["errors"]), body
    assert await db_dump(ctx) == before


async def test_the_manage_link_changes_track_zone_and_sessions_or_leaves(client, auth):
    tccm = await reference_example(client, auth)
    body = await register(client)
    manage = body["manage_api_url"].removeprefix("https://sessions.test")
    read = await client.get(manage)
    assert read.status_code == 200 and read.json()["email"] == "ana@example.org"
    assert (
        "manage_url" not in read.json()
        and "manage_api_url" not in read.json()
        and "feed_url" not in read.json()
    )
    etag = read.headers["etag"]

    changed = await client.patch(
        manage,
        json={"track": "in-person", "timezone": "America/New_York", "sessions": [tccm["id"]]},
        headers={"If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["track"] == "in-person"
    assert_problem(await client.patch(manage, json={"name": "X"}, headers={"If-Match": etag}), 412)
    (vevent,) = (await feed(client, body["feed_url"])).walk("VEVENT")
    description = str(vevent["DESCRIPTION"])
    assert "Networking opportunity" in description and "Facilitated discussion" not in description
    assert "07:45" in description  # New York

    assert (await client.delete(manage)).status_code == 204
    assert_problem(await client.get(manage), 404)
    assert_problem(await client.get(body["feed_url"].removeprefix("https://sessions.test")), 404)


async def test_feed_tokens_rotate_and_revoke(client, auth):
    await reference_example(client, auth)
    body = await register(client)
    manage = body["manage_api_url"].removeprefix("https://sessions.test")
    old = body["feed_url"].removeprefix("https://sessions.test")
    rotated = await client.post(f"{manage}/feed")
    assert rotated.status_code == 200
    new = rotated.json()["feed_url"].removeprefix("https://sessions.test")
    assert new != old
    assert_problem(await client.get(old), 404)
    assert (await client.get(new)).status_code == 200
    assert (await client.delete(f"{manage}/feed")).status_code == 204
    assert_problem(await client.get(new), 404)
    assert "feed_url" not in (await client.get(manage)).json()


async def test_a_feed_disappears_while_its_event_is_a_draft(client, auth):
    await reference_example(client, auth)
    body = await register(client)
    path = body["feed_url"].removeprefix("https://sessions.test")
    assert (await client.post(f"{EVENT}/unpublish", headers=auth)).status_code == 200
    assert_problem(await client.get(path), 404)
    assert_problem(
        await client.get(body["manage_api_url"].removeprefix("https://sessions.test")), 404
    )


async def test_organisers_list_and_export_attendees_never_see_each_other(client, auth, ctx):
    await reference_example(client, auth)
    ana = await register(client)
    await register(client, name='=HYPERLINK("x")', email="bo@example.org")
    listed = await client.get(f"{EVENT}/registrations", headers=auth)
    assert listed.status_code == 200
    assert listed.json()["total"] == 2
    assert all("manage_url" not in r and "feed_url" not in r for r in listed.json()["items"])
    exported = await client.get(f"{EVENT}/registrations.csv", headers=auth)
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert "ana@example.org" in exported.text and "'=HYPERLINK" in exported.text
    # Attendees (anonymous, or through their own manage link) cannot list anyone.
    assert_problem(await client.get(f"{EVENT}/registrations"), 401)
    stranger = bearer(await new_token(ctx, "stranger@example.org"))
    assert_problem(await client.get(f"{EVENT}/registrations", headers=stranger), 403)
    assert_problem(await client.get(f"{EVENT}/registrations.csv", headers=stranger), 403)
    mine = (await client.get(ana["manage_api_url"].removeprefix("https://sessions.test"))).json()
    assert "bo@example.org" not in str(mine)


async def test_registering_is_rate_limited_per_address(client, auth, settings):
    await reference_example(client, auth)
    statuses = [
        (await client.post(f"{EVENT}/registrations", json=SYDNEY)).status_code for _ in range(21)
    ]
    assert statuses[:20] == [201] * 20 and statuses[20] == 429


async def test_a_track_with_attendees_cannot_be_deleted(client, auth):
    await reference_example(client, auth)
    await register(client, track="online")
    response = await client.delete(f"{EVENT}/tracks/online", headers=auth)
    assert_problem(response, 409)


async def test_the_repository_refuses_a_save_over_a_stale_read_and_finds_followers(
    client, auth, ctx
):
    import uuid
    from dataclasses import replace

    import pytest

    from sessions.domain.errors import StaleVersion
    from sessions.domain.zones import get_zone
    from sessions.services.tokens import hash_token

    tccm = await reference_example(client, auth)
    body = await register(client)
    await register(client, email="bo@example.org", track="in-person")
    manage = body["manage_api_url"].removeprefix("https://sessions.test")
    token = manage.rsplit("/", 1)[1]
    async with ctx.unit_of_work() as uow:
        read = await uow.registrations.get_by_manage_hash(hash_token(token))
        assert read is not None and read.track == "online" and read.version == body["version"]
        event = await uow.events.get(read.event_slug)
        assert event is not None and event.id is not None
        sessions = await uow.sessions.domain_for_event(event.id, get_zone(event.timezone))
        (session,) = [s for s in sessions if s.id == uuid.UUID(tccm["id"])]
        # The TCCM session runs in both tracks: both attendees follow it; online-only, only Ana.
        both = await uow.registrations.following(event.id, session)
        assert sorted(r.email for r in both) == ["ana@example.org", "bo@example.org"]
        online = await uow.registrations.following(event.id, replace(session, tracks=("online",)))
        assert [r.email for r in online] == ["ana@example.org"]
    # Someone else changes the registration after it was read: a save over that read is refused.
    assert (await client.patch(manage, json={"name": "Ana Other"})).status_code == 200
    with pytest.raises(StaleVersion):
        async with ctx.unit_of_work() as uow:
            await uow.registrations.save(event, replace(read, name="Ana Mine"))
    assert (await client.get(manage)).json()["name"] == "Ana Other"


async def test_changing_only_the_chosen_sessions_moves_the_version_and_the_feed(client, auth):
    # Regression: the choices live in their own table, and the clock keeps whole seconds, so
    # two changes of sessions alone within one second left the version (and so the feed's
    # ETag and cache) where they were: the feed kept the sessions chosen before.
    tccm = await reference_example(client, auth)
    other = await closing(client, auth)
    body = await register(client)
    manage = body["manage_api_url"].removeprefix("https://sessions.test")
    etag = (await client.get(manage)).headers["etag"]
    feed_tags = set()
    for chosen, title in ((tccm["id"], "TCCM"), (other["id"], "Closing")):
        changed = await client.patch(
            manage, json={"sessions": [chosen]}, headers={"If-Match": etag}
        )
        assert changed.status_code == 200, changed.text
        assert changed.headers["etag"] != etag
        etag = changed.headers["etag"]
        served = await client.get(body["feed_url"].removeprefix("https://sessions.test"))
        feed_tags.add(served.headers["etag"])
        (only,) = Calendar.from_ical(served.content).walk("VEVENT")
        assert title in str(only["SUMMARY"])
    assert len(feed_tags) == 2
