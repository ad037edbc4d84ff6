"""Private join links (issue 15) reach registrants, organisers and facilitators only.

One event with a private link on its online track, on a session and on a segment (a
breakout). Every anonymous path is walked — public and track feeds (with segments, UTC,
each track), a session's invite, /calendar.ics, the frab exports, the agenda, event, track and
session reads, now/next and the live state — and none holds a private link; the registrant's
feed and their /r/{token} API do, the organiser's reads too. A link with join_private_hours
stays withheld from the registrant until that many hours before the session.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from tests.api.helpers import TCCM, TCCM_PLAN, make_event, make_session

from .kit import ICSCHECK, NO_KHAL, Job, Kit, by_uid, plain_text

EVENT = "igf-2024"
API = f"/api/v1/events/{EVENT}"
TRACK_LINK = "https://meet.example.org/private-track"
SESSION_LINK = "https://meet.example.org/private-session"
BREAKOUT_LINK = "https://meet.example.org/private-breakout"
PRIVATE = (TRACK_LINK, SESSION_LINK, BREAKOUT_LINK)
PUBLIC_LINK = "https://meet.example.org/public-other"


async def _ok(client: Any, method: str, path: str, **kwargs: Any) -> Any:
    response = await client.request(method, path, **kwargs)
    assert response.status_code < 300, (path, response.text)
    return response


async def _setup(client: Any, auth: dict) -> tuple[dict, dict, dict]:
    """The event, published; returns TCCM, the session on the track's link, a registration."""
    await make_event(client, auth)
    await _ok(
        client,
        "PATCH",
        f"{API}/tracks/online",
        json={"join_url": TRACK_LINK, "join_private": True},
        headers=auth,
    )
    tccm = await make_session(client, auth, join_url=SESSION_LINK, join_private=True)
    plan = [dict(s) for s in TCCM_PLAN]
    plan[3] |= {"join_url": BREAKOUT_LINK, "join_private": True}
    await _ok(client, "PUT", f"{API}/sessions/{tccm['id']}/segments", json=plan, headers=auth)
    other = await make_session(
        client,
        auth,
        title="On the track's link",
        start="2024-12-18T17:00",
        end="2024-12-18T18:00",
        room=None,
    )
    await _ok(client, "POST", f"{API}/publish", headers=auth)
    registered = await _ok(
        client,
        "POST",
        f"{API}/registrations",
        json={
            "name": "Ana",
            "email": "ana@example.org",
            "track": "online",
            "timezone": "America/New_York",
        },
    )
    return tccm, other, registered.json()


def _anonymous_paths(tccm: dict, other: dict) -> list[str]:
    paths = [
        f"/events/{EVENT}.ics",
        f"/events/{EVENT}.ics?track=online",
        f"/events/{EVENT}.ics?track=in-person",
        f"/events/{EVENT}.ics?segments=1",
        f"/events/{EVENT}.ics?segments=1&track=online",
        f"/events/{EVENT}.ics?utc=1",
        f"/events/{EVENT}/tracks/online.ics",
        f"/events/{EVENT}/tracks/online.ics?segments=1",
        f"/events/{EVENT}/tracks/online.ics?alarm=5",
        f"/events/{EVENT}/tracks/in-person.ics",
        "/calendar.ics",
        f"/events/{EVENT}/schedule.json",
        f"/events/{EVENT}/schedule.xml",
        f"{API}/agenda",
        f"{API}/agenda?track=online",
        f"{API}/agenda?track=online&tz=Australia/Sydney",
        f"{API}/agenda?language=en",
        "/api/v1/events",
        API,
        f"{API}/tracks",
        f"{API}/tracks/online",
        f"{API}/sessions",
        f"{API}/tracks/online/now?at=2024-12-18T16:30:00%2B03:00",
        f"{API}/tracks/online/now?at=2024-12-18T17:30:00%2B03:00",
        f"{API}/live/state",
    ]
    for session in (tccm, other):
        paths += [
            f"{API}/sessions/{session['id']}",
            f"/events/{EVENT}/sessions/{session['id']}.ics",
            f"/events/{EVENT}/sessions/{session['id']}.ics?track=online",
            f"/events/{EVENT}/sessions/{session['id']}.ics?track=online&tz=Asia/Tokyo",
        ]
    return paths


async def test_no_anonymous_path_carries_a_private_link(client: Any, auth: dict, kit: Kit) -> None:
    tccm, other, _ = await _setup(client, auth)
    calendars: dict[str, bytes] = {}
    for n, path in enumerate(_anonymous_paths(tccm, other)):
        response = await _ok(client, "GET", path)
        text = plain_text(response.content)
        for link in PRIVATE:
            assert link not in text, (path, link)
        if response.headers["content-type"].startswith("text/calendar"):
            calendars[f"{n}.ics"] = response.content
    # The anonymous readers are told that there is a link, and who gets it.
    session = (await _ok(client, "GET", f"{API}/sessions/{tccm['id']}")).json()
    assert (session["join_url"], session["join_private"]) == (None, True)
    assert (session["segments"][3]["join_url"], session["segments"][3]["join_private"]) == (
        None,
        True,
    )
    feed = (await _ok(client, "GET", f"/events/{EVENT}.ics?track=online")).content
    assert "Join online: sent to registered participants" in plain_text(feed)
    # A withheld session link is not replaced by the track's (public or not).
    assert "CONFERENCE" not in by_uid(feed)[f"{tccm['id']}@sessions.test"].lines.__repr__()
    [result] = kit.check_all([Job(ICSCHECK, calendars, NO_KHAL)])
    assert not result.failures


async def test_the_registrant_and_the_team_get_the_private_links(
    client: Any, auth: dict, kit: Kit
) -> None:
    tccm, other, registration = await _setup(client, auth)
    feed_path = urlsplit(registration["feed_url"]).path
    feed = (await _ok(client, "GET", feed_path)).content
    events = by_uid(feed)
    mine = events[f"{tccm['id']}@sessions.test"]
    description = mine.one("DESCRIPTION").text.split("\n")
    # The session's own link overrides the track's; the breakout's comes with its times.
    assert description[0] == f"Join online: {SESSION_LINK}"
    assert description[1].startswith("Breakout: Facilitated discussion")
    assert description[1].endswith(BREAKOUT_LINK)
    assert [line.value for line in mine.all("CONFERENCE")] == [SESSION_LINK]
    on_track = events[f"{other['id']}@sessions.test"]
    assert [line.value for line in on_track.all("CONFERENCE")] == [TRACK_LINK]
    [result] = kit.check_all([Job(ICSCHECK, {"feed.ics": feed}, NO_KHAL)])
    assert not result.failures

    token = urlsplit(registration["manage_api_url"]).path.rsplit("/", 1)[-1]
    joined = await _ok(client, "GET", f"/api/v1/registrations/{token}/join")
    assert joined.headers["cache-control"] == "no-store"
    items = joined.json()["items"]
    assert {(i["segment"], i["url"]) for i in items} == {
        (None, SESSION_LINK),
        ("Facilitated discussion for online attendees", BREAKOUT_LINK),
        (None, TRACK_LINK),
    }
    breakout = next(i for i in items if i["segment"])
    assert (breakout["start"], breakout["end"]) == (
        "2024-12-18T08:25:00-05:00",
        "2024-12-18T08:45:00-05:00",
    )

    team = (await _ok(client, "GET", f"{API}/sessions/{tccm['id']}", headers=auth)).json()
    assert team["join_url"] == SESSION_LINK
    assert team["segments"][3]["join_url"] == BREAKOUT_LINK
    track = (await _ok(client, "GET", f"{API}/tracks/online", headers=auth)).json()
    assert track["join_url"] == TRACK_LINK


async def test_a_link_with_hours_waits_for_its_hour(client: Any, auth: dict) -> None:
    await make_event(client, auth, slug="later", start_date="2099-12-15", end_date="2099-12-19")
    soon = await make_session(
        client,
        auth,
        "later",
        **{**TCCM, "start": "2099-12-18T15:45", "end": "2099-12-18T16:45"},
        join_url=SESSION_LINK,
        join_private=True,
        join_private_hours=2,
    )
    anytime = await make_session(
        client,
        auth,
        "later",
        title="Open",
        start="2099-12-18T17:00",
        end="2099-12-18T18:00",
        join_url=PUBLIC_LINK + "-private",
        join_private=True,
    )
    await _ok(client, "POST", "/api/v1/events/later/publish", headers=auth)
    registration = (
        await _ok(
            client,
            "POST",
            "/api/v1/events/later/registrations",
            json={"name": "Bo", "email": "bo@example.org", "track": "online", "timezone": "UTC"},
        )
    ).json()
    feed = (await _ok(client, "GET", urlsplit(registration["feed_url"]).path)).content
    events = by_uid(feed)
    assert SESSION_LINK not in plain_text(feed)
    assert events[f"{soon['id']}@sessions.test"].all("CONFERENCE") == []
    assert [c.value for c in events[f"{anytime['id']}@sessions.test"].all("CONFERENCE")] == [
        PUBLIC_LINK + "-private"
    ]
    token = urlsplit(registration["manage_api_url"]).path.rsplit("/", 1)[-1]
    items = (await _ok(client, "GET", f"/api/v1/registrations/{token}/join")).json()["items"]
    assert {(i["session"], i["url"]) for i in items} == {
        (soon["id"], None),
        (anytime["id"], PUBLIC_LINK + "-private"),
    }
    # The organisers see it at any time.
    team = await _ok(client, "GET", f"/api/v1/events/later/sessions/{soon['id']}", headers=auth)
    assert team.json()["join_url"] == SESSION_LINK
