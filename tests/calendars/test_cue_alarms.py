"""Cue alarms: a track feed with `?alarm=M` cues its reader M minutes before each segment.

PRODUCT.md, "Hybrid details": a track feed with `?alarm=M` (0-120) carries a
VALARM M minutes before each of that track's segments, the facilitator's cue
sheet in their own calendar app. The feed passes the conformance kit with the
segments at the instants the JSON API gives; anything else for M is a 422
naming `alarm`; feeds with and without cues (or with other minutes) are
different bytes, never one cached answer for all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from sessions.services.demo import IGF

from .conftest import Demo
from .kit import ICS_TYPE, NO_KHAL, Kit, expect_utc, parse_line, unfold

TRACK = f"/events/{IGF}/tracks/online.ics"
ONLINE_PLAN = (
    "Presentation on TCCM",
    "Question & Answer session with panellists",
    "Facilitated discussion for online attendees",
)


@dataclass(frozen=True)
class Entry:
    uid: str
    summary: str
    related_to: str | None
    dtstart: str
    triggers: tuple[str, ...]  # the TRIGGER of each VALARM inside the VEVENT
    actions: tuple[str, ...]


def entries(body: bytes) -> list[Entry]:
    """Each VEVENT with the alarms nested in it (kit.components keeps only own lines)."""
    found: list[Entry] = []
    props: dict[str, str] = {}
    triggers: list[str] = []
    actions: list[str] = []
    stack: list[str] = []
    for text in unfold(body):
        line = parse_line(text)
        if line.name == "BEGIN":
            stack.append(line.value)
            if line.value == "VEVENT":
                props, triggers, actions = {}, [], []
        elif line.name == "END":
            stack.pop()
            if line.value == "VEVENT":
                found.append(
                    Entry(
                        props["UID"],
                        props["SUMMARY"],
                        props.get("RELATED-TO"),
                        props["DTSTART"],
                        tuple(triggers),
                        tuple(actions),
                    )
                )
        elif stack and stack[-1] == "VALARM":
            if line.name == "TRIGGER":
                triggers.append(line.value)
            elif line.name == "ACTION":
                actions.append(line.value)
        elif stack and stack[-1] == "VEVENT":
            raw = f"{line.params}:{line.value}" if line.params else line.value
            props.setdefault(line.name, line.text if line.name == "SUMMARY" else raw)
    return found


async def get_ics(client: Any, path: str) -> bytes:
    response = await client.get(path)
    assert response.status_code == 200, (path, response.text)
    assert response.headers["content-type"] == ICS_TYPE
    return response.content


async def test_track_feed_with_alarm_cues_every_segment_of_the_track(
    client: Any, demo: Demo, kit: Kit
) -> None:
    body = await get_ics(client, f"{TRACK}?alarm=5")
    feed = entries(body)
    assert feed, "the online track's feed is empty"
    # One entry per segment of the online track, each cued 5 minutes before it starts.
    for entry in feed:
        assert entry.triggers == ("-PT5M",), entry
        assert entry.actions == ("DISPLAY",), entry
    tccm = demo.uid(demo.tccm)
    parts = [e for e in feed if e.related_to == tccm]
    assert [p.summary.split(" (")[0] for p in parts] == list(ONLINE_PLAN)
    assert [p.dtstart for p in parts] == [
        "TZID=Asia/Riyadh:20241218T154500",
        "TZID=Asia/Riyadh:20241218T160500",
        "TZID=Asia/Riyadh:20241218T162500",
    ]
    # The in-person lane is not the online facilitator's cue.
    assert not any("Networking" in e.summary for e in feed)
    # Every parser of the kit reads the cued feed, with each segment at the API's instants.
    (plan,) = [s["segments"] for s in demo.sessions if s["id"] == demo.tccm["id"]]
    online = [seg for seg in plan if "online" in seg["tracks"]]
    assert len(online) == len(parts)
    expected = [
        a
        for part, seg in zip(parts, online, strict=True)
        for a in expect_utc(part.uid, seg["start"], seg["end"])
    ]
    result = kit.icscheck({"track-online-alarm.ics": body}, *NO_KHAL, *expected)
    result.assert_ok()
    assert len(result.passed(f"expect-utc:{parts[-1].uid}")) == 1


async def test_alarm_zero_cues_at_the_start_and_no_alarm_means_no_valarm(
    client: Any, demo: Demo
) -> None:
    at_start = entries(await get_ics(client, f"{TRACK}?alarm=0"))
    assert at_start and all(len(e.triggers) == 1 for e in at_start)
    assert {e.triggers[0] for e in at_start} <= {"PT0S", "-PT0S", "P0D", "-P0D"}
    plain = await get_ics(client, TRACK)
    assert b"BEGIN:VALARM" not in plain
    # Sessions, not segments, without cues: the plain feed is as before.
    assert all(e.related_to is None for e in entries(plain))


async def test_the_cache_keeps_feeds_with_different_cues_apart(client: Any, demo: Demo) -> None:
    plain = await client.get(TRACK)
    ten = await client.get(f"{TRACK}?alarm=10")
    fifteen = await client.get(f"{TRACK}?alarm=15")
    ten_again = await client.get(f"{TRACK}?alarm=10")
    assert b"BEGIN:VALARM" not in plain.content
    assert b"TRIGGER:-PT10M" in ten.content and b"PT15M" not in ten.content
    assert b"TRIGGER:-PT15M" in fifteen.content and b"PT10M" not in fifteen.content
    assert ten_again.content == ten.content
    etags = {r.headers["etag"] for r in (plain, ten, fifteen)}
    assert len(etags) == 3
    # A calendar app polling the cued feed gets its 304.
    again = await client.get(f"{TRACK}?alarm=10", headers={"if-none-match": ten.headers["etag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("bad", ["-1", "121", "abc", "1.5", "", " 5x", "٥", "99999999"])
async def test_an_alarm_outside_0_to_120_whole_minutes_is_a_422_naming_alarm(
    client: Any, demo: Demo, bad: str
) -> None:
    response = await client.get(TRACK, params={"alarm": bad})
    assert response.status_code == 422, (bad, response.text)
    problem = response.json()
    assert [e["field"] for e in problem["errors"]] == ["alarm"], problem
    assert "0 to 120" in problem["errors"][0]["message"]


async def test_the_edges_0_and_120_are_accepted(client: Any, demo: Demo) -> None:
    for minutes, trigger in (("0", None), ("120", b"TRIGGER:-PT2H")):
        body = await get_ics(client, f"{TRACK}?alarm={minutes}")
        assert b"BEGIN:VALARM" in body
        if trigger:
            assert trigger in body
