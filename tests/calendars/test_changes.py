"""Change semantics over HTTP: what a moved, re-planned, cancelled or tentative session looks like.

PRODUCT.md: a session's `sequence` grows whenever its time, place or status
changes (iCalendar SEQUENCE); a plan change gives it a new ETag and
LAST-MODIFIED but not a new sequence; once cancelled its `.ics` is
METHOD:CANCEL with STATUS:CANCELLED and a higher SEQUENCE, and feeds keep it
with STATUS:CANCELLED. icscheck reads the invites in send order as an iTIP
conversation (RFC 5546).
"""

from __future__ import annotations

from typing import Any

from sessions.services.demo import IGF

from .conftest import Demo
from .kit import (
    ICS_TYPE,
    ICSCHECK,
    NO_KHAL,
    Job,
    Kit,
    by_uid,
    calendar_props,
    components,
    expect_utc,
)

FEED = f"/events/{IGF}.ics"
ONLINE_FEED = f"/events/{IGF}/tracks/online.ics"
FORUM = "Open Forum: Data governance in the Global South"
# The TCCM plan moved with its session to 16:00, the networking part now a longer Q&A for all.
REPLAN = [
    {
        "kind": "presentation",
        "title": "Presentation on TCCM",
        "start": "2024-12-18T16:00",
        "end": "2024-12-18T16:15",
    },
    {
        "kind": "qa",
        "title": "Open Q&A with the room and online",
        "start": "2024-12-18T16:15",
        "end": "2024-12-18T17:00",
    },
]


class Invite:
    """One GET of a session's invite: bytes, ETag and its single VEVENT."""

    def __init__(self, response: Any) -> None:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == ICS_TYPE
        self.body: bytes = response.content
        self.etag: str = response.headers["etag"]
        self.method = calendar_props(self.body).value("METHOD")
        (self.vevent,) = components(self.body)

    @property
    def sequence(self) -> int:
        return int(self.vevent.one("SEQUENCE").value)

    @property
    def status(self) -> str:
        return self.vevent.one("STATUS").value


async def get_invite(client: Any, demo: Demo, session: dict[str, Any]) -> Invite:
    return Invite(await client.get(demo.invite_path(session)))


async def get_feed(client: Any, path: str = FEED) -> tuple[bytes, str]:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    return response.content, response.headers["etag"]


async def patch(client: Any, demo: Demo, session: dict[str, Any], **changes: Any) -> dict:
    response = await client.patch(
        f"/api/v1/events/{IGF}/sessions/{session['id']}", json=changes, headers=demo.auth
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_move_replan_cancel_is_an_itip_conversation(
    client: Any, demo: Demo, kit: Kit
) -> None:
    tccm, uid = demo.tccm, demo.uid(demo.tccm)
    original = await get_invite(client, demo, tccm)
    feed_before, feed_etag = await get_feed(client)
    online_before, online_etag = await get_feed(client, ONLINE_FEED)
    assert (original.method, original.sequence, original.status) == ("PUBLISH", 0, "CONFIRMED")

    # 1. The organiser moves it by a quarter of an hour: a new SEQUENCE, ETag and DTSTART.
    moved_api = await patch(client, demo, tccm, start="2024-12-18T16:00")
    assert moved_api["end"] == "2024-12-18T17:00:00+03:00"  # the length is kept
    moved = await get_invite(client, demo, tccm)
    assert moved.method == "PUBLISH"
    assert moved.sequence == moved_api["sequence"] > original.sequence
    assert moved.etag != original.etag
    assert moved.vevent.raw("DTSTART") == "DTSTART;TZID=Asia/Riyadh:20241218T160000"
    assert moved.vevent.raw("DTEND") == "DTEND;TZID=Asia/Riyadh:20241218T170000"
    feed_moved, feed_moved_etag = await get_feed(client)
    assert feed_moved_etag != feed_etag
    in_feed = by_uid(feed_moved)[uid]
    assert int(in_feed.one("SEQUENCE").value) == moved.sequence
    assert in_feed.raw("DTSTART") == "DTSTART;TZID=Asia/Riyadh:20241218T160000"
    assert (await get_feed(client, ONLINE_FEED))[1] != online_etag

    # 2. A new segment plan: new description and ETag, the same SEQUENCE and times.
    replanned_api = await client.put(
        f"/api/v1/events/{IGF}/sessions/{tccm['id']}/segments",
        json=REPLAN,
        headers={**demo.auth, "If-Match": (await session_etag(client, demo, tccm))},
    )
    assert replanned_api.status_code == 200, replanned_api.text
    assert replanned_api.json()["sequence"] == moved.sequence
    replanned = await get_invite(client, demo, tccm)
    assert replanned.sequence == moved.sequence
    assert replanned.etag != moved.etag
    assert replanned.vevent.raw("DTSTART") == moved.vevent.raw("DTSTART")
    description = replanned.vevent.one("DESCRIPTION").text
    assert "Open Q&A with the room and online" in description
    assert "Facilitated discussion" not in description
    assert "Facilitated discussion" in moved.vevent.one("DESCRIPTION").text
    feed_replanned, feed_replanned_etag = await get_feed(client)
    assert feed_replanned_etag != feed_moved_etag
    assert int(by_uid(feed_replanned)[uid].one("SEQUENCE").value) == moved.sequence

    # 3. Cancelled: the invite becomes a CANCEL with a higher SEQUENCE; feeds keep the event.
    cancelled_api = await patch(client, demo, tccm, status="cancelled")
    cancelled = await get_invite(client, demo, tccm)
    assert cancelled.method == "CANCEL"
    assert cancelled.status == "CANCELLED"
    assert cancelled.sequence == cancelled_api["sequence"] > replanned.sequence
    assert cancelled.vevent.all("ORGANIZER"), "a CANCEL names its organiser too"
    assert cancelled.etag != replanned.etag
    feeds = {}
    for name, path in {
        "feed-cancelled.ics": FEED,
        "online-cancelled.ics": ONLINE_FEED,
        "calendar-cancelled.ics": "/calendar.ics",
    }.items():
        body, _ = await get_feed(client, path)
        assert calendar_props(body).all("METHOD") == [], name
        kept = by_uid(body)[uid]
        assert kept.one("STATUS").value == "CANCELLED", name
        assert int(kept.one("SEQUENCE").value) == cancelled.sequence, name
        feeds[name] = body
    # The other sessions did not move.
    others = {u for u in by_uid(feed_before) if u != uid}
    assert others == {u for u in by_uid(feeds["feed-cancelled.ics"]) if u != uid}
    for other in others:
        assert by_uid(feed_before)[other] == by_uid(feeds["feed-cancelled.ics"])[other]
    assert online_before != feeds["online-cancelled.ics"]

    conversation = {
        "1-published.ics": original.body,
        "2-moved.ics": moved.body,
        "3-replanned.ics": replanned.body,
        "4-cancelled.ics": cancelled.body,
    }
    at_new_time = expect_utc(uid, moved_api["start"], moved_api["end"])
    itip, feed_run, backwards = kit.run_all(
        [
            Job(ICSCHECK, conversation),
            Job(ICSCHECK, feeds, (*NO_KHAL, *at_new_time)),
            # The control: sent in the wrong order, the same messages must fail the check.
            Job(
                ICSCHECK,
                {"a-moved.ics": moved.body, "b-published.ics": original.body},
                ("--skip", "parse:*", "--skip", "agree:*"),
            ),
        ]
    )
    itip.assert_ok()
    feed_run.assert_ok()
    assert itip.passed("itip-sequence"), itip.output
    assert any("itip-sequence" in line for line in backwards.failures), backwards.output


async def session_etag(client: Any, demo: Demo, session: dict[str, Any]) -> str:
    response = await client.get(f"/api/v1/events/{IGF}/sessions/{session['id']}", headers=demo.auth)
    assert response.status_code == 200, response.text
    return response.headers["etag"]


async def test_tentative_and_room_changes_raise_the_sequence(
    client: Any, demo: Demo, kit: Kit
) -> None:
    forum = demo.session(FORUM)
    uid = demo.uid(forum)
    original = await get_invite(client, demo, forum)
    assert original.status == "CONFIRMED"

    tentative_api = await patch(client, demo, forum, status="tentative")
    tentative = await get_invite(client, demo, forum)
    assert tentative.method == "PUBLISH"
    assert tentative.status == "TENTATIVE"
    assert tentative.sequence == tentative_api["sequence"] > original.sequence
    feed, _ = await get_feed(client)
    assert by_uid(feed)[uid].one("STATUS").value == "TENTATIVE"

    roomed_api = await patch(client, demo, forum, room="Workshop Room 4")
    roomed = await get_invite(client, demo, forum)
    assert roomed.sequence == roomed_api["sequence"] > tentative.sequence
    assert "Workshop Room 4" in roomed.vevent.one("LOCATION").text
    assert roomed.status == "TENTATIVE"

    # A change that is neither time, place nor status: a new ETag, the same SEQUENCE.
    await patch(client, demo, forum, description="Now with a reading list.")
    described = await get_invite(client, demo, forum)
    assert described.sequence == roomed.sequence
    assert described.etag != roomed.etag
    assert "Now with a reading list." in described.vevent.one("DESCRIPTION").text

    kit.icscheck(
        {
            "1-confirmed.ics": original.body,
            "2-tentative.ics": tentative.body,
            "3-room.ics": roomed.body,
            "4-described.ics": described.body,
        },
        *NO_KHAL,
    ).assert_ok()


async def test_an_unchanged_patch_changes_nothing(client: Any, demo: Demo) -> None:
    tccm = demo.tccm
    before = await get_invite(client, demo, tccm)
    _, feed_etag = await get_feed(client)
    same = await patch(client, demo, tccm, start="2024-12-18T15:45", room="Workshop Room 2")
    assert same["sequence"] == before.sequence
    after = await get_invite(client, demo, tccm)
    assert after.etag == before.etag and after.body == before.body
    assert (await get_feed(client))[1] == feed_etag
