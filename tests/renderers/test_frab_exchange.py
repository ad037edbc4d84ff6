"""What real schedule clients need from our frab export, and our reader taking it back.

Concurrent room-less sessions, persons with ids, and sessions offered in
several tracks; each checked by the conformance kit's schedcheck and read
back by our own reader.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta

import pytest

from sessions.domain.model import Event, EventStatus
from sessions.renderers.frab import render_json, render_xml
from sessions.renderers.frab_names import virtual_rooms
from sessions.renderers.frab_reader import read_schedule

from .examples import EventData, make_session, make_tracks, uid

ONLINE_DAY = Event(
    slug="online-day",
    title="A day online",
    timezone="Europe/Berlin",
    start_date=date(2025, 5, 6),
    end_date=date(2025, 5, 7),
    venue="Berlin",
    status=EventStatus.PUBLISHED,
    id=uid("online-day"),
)


def assert_passes(result) -> None:
    assert result.returncode == 0, "\n".join(result.failures) + "\n" + result.output[-3000:]


def talks_by_title(document: dict) -> dict[str, dict]:
    return {
        talk["title"]: talk
        for day in document["schedule"]["conference"]["days"]
        for talks in day["rooms"].values()
        for talk in talks
    }


# --- concurrent room-less sessions get virtual rooms ---------------------------------------


def concurrent_online() -> EventData:
    e = ONLINE_DAY

    def online(title: str, start: str, end: str):
        return make_session(e, title, f"2025-05-06T{start}", f"2025-05-06T{end}", tracks=["online"])

    return EventData(
        e,
        make_tracks(e.slug),
        (
            online("Stream A", "10:00", "11:00"),
            online("Stream B", "10:00", "11:00"),
            online("Stream C", "10:30", "11:30"),
            online("Stream D", "11:00", "12:00"),  # A's and B's rooms are free again
            # A real room that happens to be called like a virtual one keeps its name.
            make_session(
                e,
                "Hall talk",
                "2025-05-06T10:00",
                "2025-05-06T11:00",
                room="Online 2",
                tracks=["in-person"],
            ),
            # Room-less hybrid sessions overlap too.
            make_session(e, "Hybrid one", "2025-05-07T09:00", "2025-05-07T10:00"),
            make_session(e, "Hybrid two", "2025-05-07T09:30", "2025-05-07T10:30"),
        ),
    )


def test_concurrent_roomless_sessions_get_rooms_of_their_own(options) -> None:
    data = concurrent_online()
    document = json.loads(render_json(data.agenda(), options()))
    rooms = {title: talk["room"] for title, talk in talks_by_title(document).items()}
    assert rooms == {
        "Stream A": "Online",
        "Stream B": "Online 3",  # "Online 2" is a real room
        "Stream C": "Online 4",
        "Stream D": "Online",
        "Hall talk": "Online 2",
        "Hybrid one": "In person / Online",
        "Hybrid two": "In person / Online 2",
    }
    declared = {r["name"]: r for r in document["schedule"]["conference"]["rooms"]}
    assert declared["Online 3"]["type"] == declared["Online 4"]["type"] == "online"
    assert "type" not in declared["Online 2"]  # the real one
    assert len({r["guid"] for r in declared.values()}) == len(declared)

    root = ET.fromstring(render_xml(data.agenda(), options()))
    xml_rooms = {e.findtext("title"): e.findtext("room") for e in root.iter("event")}
    assert xml_rooms == rooms


def test_concurrent_roomless_sessions_pass_schedcheck(options, schedcheck) -> None:
    data = concurrent_online()
    files = {
        "online.json": render_json(data.agenda(), options()),
        "online.xml": render_xml(data.agenda(), options()),
        "online-track.json": render_json(data.agenda("online"), options()),
        "online-track.xml": render_xml(data.agenda("online"), options()),
    }
    result = schedcheck(files)
    assert_passes(result)
    assert result.output.count("PASS") and "no-room-overlap" in result.output


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_virtual_rooms_come_back_roomless_and_real_ones_keep_their_name(options, renderer) -> None:
    data = concurrent_online()
    schedule = read_schedule(renderer(data.agenda(), options()))
    assert schedule.unreadable == ()
    rooms = {t.title: t.room for t in schedule.talks}
    assert rooms == {s.title: s.room for s in data.sessions}
    assert rooms["Hall talk"] == "Online 2"


def test_the_sweep_reuses_freed_rooms_and_avoids_taken_names() -> None:
    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2025, 5, 6, hour, minute, tzinfo=UTC)

    items = [
        ("Online", at(10), at(11)),
        ("Online", at(9), at(12)),
        ("Online", at(11), at(12)),  # back to back with the first: its room again
        ("Online", at(10, 30), at(10, 45)),
        ("Online 2", at(10), at(11)),  # another base that looks like a number
    ]
    assert virtual_rooms(items, taken={"Online 3"}) == [
        ("Online 4", "Online", 1),
        ("Online", "Online", 0),
        ("Online 4", "Online", 1),
        ("Online 5", "Online", 2),
        ("Online 2", "Online 2", 0),
    ]
    # Many at once: one room each; one after another: one room for all.
    many = [("Online", at(10), at(11))] * 2_000
    assert len({name for name, _, _ in virtual_rooms(many, ())}) == 2_000
    chain = [
        ("Online", at(0) + timedelta(minutes=k), at(0) + timedelta(minutes=k + 1))
        for k in range(2_000)
    ]
    assert {name for name, _, _ in virtual_rooms(chain, ())} == {"Online"}


def test_a_room_whose_name_is_not_a_string_is_no_crash(options) -> None:
    document = json.loads(render_json(concurrent_online().agenda(), options()))
    document["schedule"]["conference"]["rooms"].append({"name": ["Online"], "type": "online"})
    schedule = read_schedule(json.dumps(document).encode())
    assert len(schedule.talks) == len(concurrent_online().sessions)
