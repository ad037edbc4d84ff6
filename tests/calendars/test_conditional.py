"""Conditional requests on every calendar and schedule: what polling calendar apps rely on.

Every calendar and schedule answers with an ETag and a Last-Modified;
If-None-Match with the ETag, or If-Modified-Since with the Last-Modified,
gets 304 and no body; after a change the old validators get 200 and the new
content; reads change nothing, so the same content keeps the same bytes and
ETag, also in another app process over the same database.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from sessions.services.demo import IGF
from tests.api.helpers import reference_example

from .conftest import Demo
from .kit import by_uid, components

ONLINE_JOIN = "https://meet.example.org/igf-2024/room-2"


def calendar_paths(demo: Demo) -> dict[str, str]:
    invite = demo.invite_path(demo.tccm)
    return {
        "event": f"/events/{IGF}.ics",
        "event-online": f"/events/{IGF}.ics?track=online",
        "event-utc": f"/events/{IGF}.ics?utc=1",
        "event-segments": f"/events/{IGF}.ics?segments=1&track=online",
        "track": f"/events/{IGF}/tracks/in-person.ics",
        "track-online": f"/events/{IGF}/tracks/online.ics",
        "invite": invite,
        "invite-reader": invite + "?track=online&tz=America/New_York",
        "all": "/calendar.ics",
        "schedule.json": f"/events/{IGF}/schedule.json",
        "schedule.xml": f"/events/{IGF}/schedule.xml",
    }


class Seen:
    """A 200 answer's validators and bytes."""

    def __init__(self, response: Any) -> None:
        assert response.status_code == 200, response.text
        self.body: bytes = response.content
        self.etag: str = response.headers["etag"]
        self.last_modified: str = response.headers["last-modified"]
        assert self.body

    @property
    def modified(self) -> datetime:
        return parsedate_to_datetime(self.last_modified)


async def see(client: Any, paths: dict[str, str], **kwargs: Any) -> dict[str, Seen]:
    return {name: Seen(await client.get(path, **kwargs)) for name, path in paths.items()}


def assert_not_modified(response: Any, seen: Seen, what: str) -> None:
    assert response.status_code == 304, (what, response.status_code, response.text[:200])
    assert response.content == b"", what
    assert response.headers["etag"] == seen.etag, what


async def test_every_calendar_has_validators_and_answers_304(client: Any, demo: Demo) -> None:
    paths = calendar_paths(demo)
    now = datetime.now(UTC)
    for name, seen in (await see(client, paths)).items():
        path = paths[name]
        assert re.fullmatch(r'"[\x21\x23-\x7e]+"', seen.etag), (name, seen.etag)
        assert seen.last_modified.endswith(" GMT"), (name, seen.last_modified)
        assert seen.modified <= now + timedelta(seconds=5), name
        tag, stamp = seen.etag, seen.last_modified
        for headers in (
            {"If-None-Match": tag},
            {"If-None-Match": f"W/{tag}"},  # If-None-Match compares weakly (RFC 9110 13.1.2)
            {"If-None-Match": f'"elsewhere", {tag}'},
            {"If-None-Match": "*"},
            {"If-Modified-Since": stamp},
            {"If-None-Match": tag, "If-Modified-Since": stamp},
        ):
            assert_not_modified(await client.get(path, headers=headers), seen, (name, headers))
        for headers in (
            {"If-None-Match": '"elsewhere"'},
            {
                "If-Modified-Since": format_datetime(
                    seen.modified - timedelta(seconds=1), usegmt=True
                )
            },
            # If-None-Match decides when both are sent (RFC 9110 13.2.2).
            {"If-None-Match": '"elsewhere"', "If-Modified-Since": stamp},
            {"If-Modified-Since": "not a date"},
        ):
            again = Seen(await client.get(path, headers=headers))
            assert (again.body, again.etag) == (seen.body, seen.etag), (name, headers)


async def test_reads_change_nothing_in_this_process_or_another(
    client: Any, demo: Demo, settings: Any
) -> None:
    from litestar.testing import AsyncTestClient

    from sessions.http.app import create_app

    paths = calendar_paths(demo)
    first = await see(client, paths)
    # Unrelated reads: the JSON API, the organiser's own view, other readers' zones.
    for path in (
        f"/api/v1/events/{IGF}/agenda?tz=Australia/Sydney&track=online",
        f"/api/v1/events/{IGF}/sessions",
        f"/api/v1/events/{IGF}/tracks/online/now?at=2024-12-18T13:00:00Z",
        demo.invite_path(demo.tccm) + "?tz=Asia/Tokyo",
        f"/events/{IGF}.ics?track=in-person&tz=Europe/Paris",
    ):
        assert (await client.get(path)).status_code == 200, path
    await see(client, paths, headers=demo.auth)
    second = await see(client, paths)
    for name in paths:
        assert (second[name].etag, second[name].body) == (first[name].etag, first[name].body), name
        assert second[name].last_modified == first[name].last_modified, name
    # Another app process over the same database renders the same bytes: many
    # stateless processes behind one name must agree, or pollers never get a 304.
    async with AsyncTestClient(app=create_app(settings), base_url="https://sessions.test") as other:
        elsewhere = await see(other, paths)
        for name, path in paths.items():
            assert elsewhere[name].body == first[name].body, name
            assert elsewhere[name].etag == first[name].etag, name
            assert elsewhere[name].last_modified == first[name].last_modified, name
            headers = {"If-None-Match": first[name].etag}
            assert_not_modified(await other.get(path, headers=headers), first[name], name)


async def wait_for_the_next_second() -> None:
    """HTTP dates have whole seconds: a change must come in a later second to be told apart."""
    await asyncio.sleep(1.05 - datetime.now(UTC).microsecond / 1_000_000)


async def assert_changed(
    client: Any, path: str, old: Seen, what: str, *, by_date: bool = True
) -> Seen:
    validators = [{"If-None-Match": old.etag}]
    if by_date:
        validators.append({"If-Modified-Since": old.last_modified})
    for headers in validators:
        response = await client.get(path, headers=headers)
        assert response.status_code == 200, (what, headers, response.status_code)
        new = Seen(response)
        assert new.etag != old.etag and new.body != old.body, (what, headers)
        if by_date:
            assert new.modified > old.modified, (what, new.last_modified, old.last_modified)
    return new


async def test_after_a_change_old_validators_get_the_new_content(client: Any, demo: Demo) -> None:
    paths = calendar_paths(demo)
    before = await see(client, paths)
    await wait_for_the_next_second()
    response = await client.patch(
        f"/api/v1/events/{IGF}/sessions/{demo.tccm['id']}",
        json={"start": "2024-12-18T16:00"},
        headers=demo.auth,
    )
    assert response.status_code == 200, response.text
    for name, path in paths.items():
        new = await assert_changed(client, path, before[name], name)
        assert_not_modified(await client.get(path, headers={"If-None-Match": new.etag}), new, name)
    # A session nobody changed keeps its invite, validators and all.
    forum = demo.session("Open Forum: Data governance in the Global South")
    path = demo.invite_path(forum)
    seen = Seen(await client.get(path))
    await wait_for_the_next_second()
    response = await client.patch(
        f"/api/v1/events/{IGF}/sessions/{demo.tccm['id']}",
        json={"title": "TCCM: the coalition at IGF 2024"},
        headers=demo.auth,
    )
    assert response.status_code == 200, response.text
    assert_not_modified(await client.get(path, headers={"If-None-Match": seen.etag}), seen, path)


async def test_a_new_join_link_reaches_the_invites_validators(client: Any, demo: Demo) -> None:
    """An invite shows its track's join link: a new link is a new invite for both validators."""
    path = demo.invite_path(demo.tccm) + "?track=online"
    before = Seen(await client.get(path))
    await wait_for_the_next_second()
    response = await client.patch(
        f"/api/v1/events/{IGF}/tracks/online", json={"join_url": ONLINE_JOIN}, headers=demo.auth
    )
    assert response.status_code == 200, response.text
    after = await assert_changed(client, path, before, "invite")
    (vevent,) = components(after.body)
    assert [c.value for c in vevent.all("CONFERENCE")] == [ONLINE_JOIN]
    # The first line of the description is the join link; URL is the session's page.
    description = vevent.one("DESCRIPTION").value.replace("\\n", "\n").replace("\\,", ",")
    assert description.splitlines()[0] == f"Join online: {ONLINE_JOIN}"
    assert vevent.one("URL").value == f"https://sessions.test/e/{IGF}/s/{demo.tccm['id']}"


async def test_unpublishing_an_event_changes_calendar_ics(client: Any, demo: Demo) -> None:
    before = Seen(await client.get("/calendar.ics"))
    assert b"SUMMARY:ICANN 82" in before.body
    response = await client.post("/api/v1/events/icann-82/unpublish", headers=demo.auth)
    assert response.status_code == 200, response.text
    # Not by date: its Last-Modified is the newest published event's last change, which
    # does not grow when an event leaves the calendar (a known gap; see the notes).
    after = await assert_changed(client, "/calendar.ics", before, "calendar.ics", by_date=False)
    assert b"ICANN 82" not in after.body
    assert len(by_uid(after.body)) == len(by_uid(before.body)) - 1


async def test_unpublishing_an_event_moves_the_all_events_last_modified(client, auth):
    """Regression: a withdrawn event changed /calendar.ics but not its Last-Modified."""
    await reference_example(client, auth)
    first = await client.get("/calendar.ics")
    assert first.status_code == 200
    await asyncio.sleep(1.1)  # Last-Modified has one-second resolution
    assert (await client.post("/api/v1/events/igf-2024/unpublish", headers=auth)).status_code == 200
    again = await client.get(
        "/calendar.ics", headers={"If-Modified-Since": first.headers["last-modified"]}
    )
    assert again.status_code == 200
    assert "TCCM" not in again.text
    assert again.headers["last-modified"] != first.headers["last-modified"]
