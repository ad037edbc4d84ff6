"""The authorisation matrix: six kinds of people × every path × a published event and a draft.

Who: anonymous, an attendee (through their own secret links; everyone else guesses one), the facilitator of
track `online` of this event (bearer token), a facilitator of another event
(bearer token), a co-organiser (signed-in browser session with CSRF header) and
the owner (bearer token).

Each allowed write is sent as a probe that passes the authorisation check and
then stops without changing anything (a stale If-Match → 412, an existing slug →
409, a time outside the event → 422), so one event serves the whole table; every
refusal must be exactly 401, 403 or 404 and the database must not change.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from tests.api.helpers import IGF, TCCM, bearer, db_dump, reference_example
from tests.people.helpers import account, login

EVENT = "/api/v1/events/igf-2024"
ROLES = ("anonymous", "attendee", "facilitator", "other_facilitator", "co_organiser", "owner")
STALE = {"If-Match": '"stale"'}


@dataclass(frozen=True)
class Row:
    method: str
    path: str
    kind: str  # public | organiser | account | open | attendee | anyone
    body: Any = None
    headers: dict | None = None
    content: bytes | None = None


ROWS = {
    # Reads of the event: anyone while published; a draft only for its people.
    "event": Row("GET", EVENT, "public"),
    "tracks": Row("GET", f"{EVENT}/tracks", "public"),
    "track": Row("GET", f"{EVENT}/tracks/online", "public"),
    "sessions": Row("GET", f"{EVENT}/sessions", "public"),
    "session": Row("GET", f"{EVENT}/sessions/{{sid}}", "public"),
    "agenda": Row("GET", f"{EVENT}/agenda?tz=Australia/Sydney&track=online", "public"),
    "now": Row("GET", f"{EVENT}/tracks/online/now?at=2024-12-18T16:30:00%2B03:00", "public"),
    "event.ics": Row("GET", "/events/igf-2024.ics", "public"),
    "track.ics": Row("GET", "/events/igf-2024/tracks/online.ics", "public"),
    "session.ics": Row("GET", "/events/igf-2024/sessions/{sid}.ics", "public"),
    "schedule.json": Row("GET", "/events/igf-2024/schedule.json", "public"),
    "schedule.xml": Row("GET", "/events/igf-2024/schedule.xml", "public"),
    # Organisers only (owner and co-organisers).
    "conflicts": Row("GET", f"{EVENT}/conflicts", "organiser"),
    "registrations": Row("GET", f"{EVENT}/registrations", "organiser"),
    "registrations.csv": Row("GET", f"{EVENT}/registrations.csv", "organiser"),
    "organisers": Row("GET", f"{EVENT}/organisers", "organiser"),
    "facilitators": Row("GET", f"{EVENT}/tracks/online/facilitators", "organiser"),
    "patch event": Row("PATCH", EVENT, "organiser", {"title": "Taken"}, STALE),
    "delete event": Row("DELETE", EVENT, "organiser", headers=STALE),
    "publish": Row("POST", f"{EVENT}/publish", "organiser"),  # probe: publish when published
    "unpublish": Row("POST", f"{EVENT}/unpublish", "organiser"),  # probe: when a draft
    "create track": Row(
        "POST", f"{EVENT}/tracks", "organiser", {"slug": "online", "name": "X", "mode": "online"}
    ),
    "patch track": Row("PATCH", f"{EVENT}/tracks/online", "organiser", {"name": "X"}, STALE),
    "delete track": Row("DELETE", f"{EVENT}/tracks/in-person", "organiser", headers=STALE),
    "create session": Row(
        "POST",
        f"{EVENT}/sessions",
        "organiser",
        {**TCCM, "start": "2030-01-01T10:00", "end": "2030-01-01T11:00"},
    ),
    "patch session": Row("PATCH", f"{EVENT}/sessions/{{sid}}", "organiser", {"title": "X"}, STALE),
    "delete session": Row("DELETE", f"{EVENT}/sessions/{{sid}}", "organiser", headers=STALE),
    "put segments": Row("PUT", f"{EVENT}/sessions/{{sid}}/segments", "organiser", [], STALE),
    "import": Row(
        "POST",
        f"{EVENT}/import",
        "organiser",
        headers={"content-type": "application/json"},
        content=b'{"not": "a schedule"}',
    ),
    "add organiser": Row("POST", f"{EVENT}/organisers", "organiser", {"email": "bad@address"}),
    "remove organiser": Row("DELETE", f"{EVENT}/organisers/owner@example.org", "organiser"),
    "add facilitator": Row(
        "POST", f"{EVENT}/tracks/online/facilitators", "organiser", {"email": "bad@address"}
    ),
    "remove facilitator": Row(
        "DELETE", f"{EVENT}/tracks/in-person/facilitators/nobody@example.org", "organiser"
    ),
    # Any account (events of their own, who am I, their tokens).
    "me": Row("GET", "/api/v1/auth/me", "account"),
    "tokens": Row("GET", "/api/v1/auth/tokens", "account"),
    "create event": Row("POST", "/api/v1/events", "account", {**IGF}),  # probe: slug taken
    # Open to everyone: the list (drafts filtered), /calendar.ics (published only), and
    # registering (published only; the probe has an invalid zone).
    "events": Row("GET", "/api/v1/events", "anyone"),
    "calendar.ics": Row("GET", "/calendar.ics", "anyone"),
    "register": Row(
        "POST",
        f"{EVENT}/registrations",
        "open",
        {"name": "X", "email": "x@example.org", "track": "online", "timezone": "Mars/Olympus"},
    ),
    # The attendee's own secret links.
    "manage": Row("GET", "/api/v1/registrations/{manage}", "attendee"),
    "manage patch": Row("PATCH", "/api/v1/registrations/{manage}", "attendee", {}, STALE),
    "manage delete": Row("DELETE", "/api/v1/registrations/{manage}", "attendee", headers=STALE),
    "feed": Row("GET", "/feeds/{feed}.ics", "attendee"),
}


def _allowed(kind: str, role: str, published: bool) -> bool:
    people = role in ("facilitator", "co_organiser", "owner")
    if kind == "public":
        return published or people
    if kind == "organiser":
        return role in ("co_organiser", "owner")
    if kind == "account":
        return role not in ("anonymous", "attendee")
    if kind == "open":
        return published
    if kind == "attendee":
        return role == "attendee" and published
    return True  # anyone


def _refusal(kind: str, role: str, published: bool) -> int:
    """The one status a refused request gets."""
    if kind in ("public", "open", "attendee"):
        return 404
    signed_in = role not in ("anonymous", "attendee")
    if not signed_in:
        return 401
    if kind == "organiser":
        sees_event = published or role == "facilitator"
        return 403 if sees_event else 404
    raise AssertionError((kind, role))


async def _setup(client, auth, ctx) -> dict:
    session = await reference_example(client, auth)
    owner = auth
    join = {"join_url": "https://meet.example.org/tccm"}
    assert (await client.patch(f"{EVENT}/tracks/online", json=join, headers=owner)).is_success
    for email, path in (
        ("co@example.org", f"{EVENT}/organisers"),
        ("fa@example.org", f"{EVENT}/tracks/online/facilitators"),
    ):
        added = await client.post(path, json={"email": email}, headers=owner)
        assert added.status_code == 201, added.text
    other = await client.post(
        "/api/v1/events", json={**_OTHER, "slug": "other-2025"}, headers=owner
    )
    assert other.status_code == 201
    added = await client.post(
        "/api/v1/events/other-2025/tracks/online/facilitators",
        json={"email": "fo@example.org"},
        headers=owner,
    )
    assert added.status_code == 201
    tokens = {}
    for role, email in (("facilitator", "fa@example.org"), ("other_facilitator", "fo@example.org")):
        from tests.conftest import new_token

        tokens[role] = bearer(await new_token(ctx, email))
    await account(ctx, "co@example.org")
    csrf = await login(client, "co@example.org")
    cookie = f"sessions_session={client.cookies['sessions_session']}"
    client.cookies.clear()
    registered = await client.post(
        f"{EVENT}/registrations",
        json={"name": "Ana", "email": "ana@example.org", "track": "online", "timezone": "UTC"},
    )
    assert registered.status_code == 201
    reg = registered.json()
    return {
        "sid": session["id"],
        "manage": reg["manage_url"].rsplit("/", 1)[1],
        "feed": reg["feed_url"].rsplit("/", 1)[1].removesuffix(".ics"),
        "headers": {
            "anonymous": {},
            "attendee": {},
            "facilitator": tokens["facilitator"],
            "other_facilitator": tokens["other_facilitator"],
            "co_organiser": {"Cookie": cookie, **csrf},
            "owner": owner,
        },
    }


_OTHER = {
    "title": "Another event",
    "timezone": "Europe/Zurich",
    "start_date": "2025-04-07",
    "end_date": "2025-04-11",
}


async def _run_matrix(client, ctx, world: dict, published: bool, subtests) -> int:
    before = await db_dump(ctx)
    count = 0
    for name, row in ROWS.items():
        if published and name == "unpublish":
            continue  # its allowed probe would change the event; covered on the draft
        if not published and name == "publish":
            continue
        for role in ROLES:
            # An attendee's links are their credential; anyone else can only guess one.
            own = role == "attendee"
            path = row.path.format(
                sid=world["sid"],
                manage=world["manage"] if own else secrets.token_urlsafe(32),
                feed=world["feed"] if own else secrets.token_urlsafe(32),
            )
            count += 1
            with subtests.test(path=name, role=role, published=published):
                headers = {**world["headers"][role], **(row.headers or {})}
                kwargs: dict[str, Any] = {"headers": headers}
                if row.content is not None:
                    kwargs["content"] = row.content
                elif row.body is not None:
                    kwargs["json"] = row.body
                response = await client.request(row.method, path, **kwargs)
                status = response.status_code
                assert status < 500, (name, role, response.text)
                if _allowed(row.kind, role, published):
                    refused = status in (401, 403) or (
                        status == 404 and "No event" in response.text
                    )
                    assert not refused, (name, role, status, response.text)
                else:
                    expected = _refusal(row.kind, role, published)
                    assert status == expected, (name, role, status, response.text)
    assert await db_dump(ctx) == before
    return count


async def test_authorisation_matrix(client, auth, ctx, subtests):
    world = await _setup(client, auth, ctx)
    published = await _run_matrix(client, ctx, world, True, subtests)
    unpublished = await client.post(f"{EVENT}/unpublish", headers=auth)
    assert unpublished.status_code == 200
    drafted = await _run_matrix(client, ctx, world, False, subtests)
    assert published + drafted == 2 * (len(ROWS) - 1) * len(ROLES)


async def test_drafts_are_invisible_in_lists_and_calendars_but_to_their_people(client, auth, ctx):
    world = await _setup(client, auth, ctx)
    assert (await client.post(f"{EVENT}/unpublish", headers=auth)).status_code == 200
    for role, headers in world["headers"].items():
        listed = (await client.get("/api/v1/events", headers=headers)).json()
        slugs = [e["slug"] for e in listed["items"]]
        assert ("igf-2024" in slugs) == (role in ("facilitator", "co_organiser", "owner")), role
        calendar = await client.get("/calendar.ics", headers=headers)
        assert b"TCCM" not in calendar.content and b"Internet Governance" not in calendar.content


async def test_facilitators_read_notes_of_their_tracks_only(client, auth, ctx):
    world = await _setup(client, auth, ctx)
    plan = (await client.get(f"{EVENT}/sessions/{world['sid']}", headers=auth)).json()
    online = [
        {
            "kind": s["kind"],
            "title": s["title"],
            "start": s["start"],
            "end": s["end"],
            "tracks": s["tracks"],
            "notes": f"note for {s['title']}",
        }
        for s in plan["segments"]
    ]
    put = await client.put(
        f"{EVENT}/sessions/{world['sid']}/segments",
        json=online,
        headers={**auth, "If-Match": f'"s{plan["version"]}"'},
    )
    assert put.status_code == 200, put.text
    seen = (
        await client.get(
            f"{EVENT}/sessions/{world['sid']}", headers=world["headers"]["facilitator"]
        )
    ).json()
    with_notes = {s["title"] for s in seen["segments"] if "notes" in s}
    assert any("online" in s["tracks"] for s in seen["segments"] if s["title"] in with_notes)
    assert all("online" in s["tracks"] for s in seen["segments"] if s["title"] in with_notes)
    assert not any("notes" in s for s in seen["segments"] if s["tracks"] == ["in-person"]), seen[
        "segments"
    ]
    other = (
        await client.get(
            f"{EVENT}/sessions/{world['sid']}", headers=world["headers"]["other_facilitator"]
        )
    ).json()
    assert all("notes" not in s for s in other["segments"])
    me = (await client.get("/api/v1/auth/me", headers=world["headers"]["facilitator"])).json()
    assert me["events"] == [{"slug": "igf-2024", "role": "facilitator", "tracks": ["online"]}]


async def test_a_co_organiser_has_full_control(client, auth, ctx):
    world = await _setup(client, auth, ctx)
    co = world["headers"]["co_organiser"]
    assert (await client.post(f"{EVENT}/unpublish", headers=co)).status_code == 200
    assert (await client.post(f"{EVENT}/publish", headers=co)).status_code == 200
    invited = await client.post(
        f"{EVENT}/organisers", json={"email": "third@example.org"}, headers=co
    )
    assert invited.status_code == 201 and invited.json()["role"] == "organiser"
    removed = await client.delete(f"{EVENT}/organisers/third@example.org", headers=co)
    assert removed.status_code == 204
    members = (await client.get(f"{EVENT}/organisers", headers=co)).json()["items"]
    assert [(m["email"], m["role"]) for m in members] == [
        ("owner@example.org", "owner"),
        ("co@example.org", "organiser"),
        ("fa@example.org", "facilitator"),
    ]
