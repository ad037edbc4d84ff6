"""What real schedule clients need from our frab export, and our reader taking it back.

Concurrent room-less sessions, persons with ids, and sessions offered in
several tracks; each checked by the conformance kit's schedcheck and read
back by our own reader.
"""

from __future__ import annotations

import json
import uuid
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import jsonschema
import pytest

from sessions.domain.clock import format_instant, parse_wall_time
from sessions.domain.model import Event, EventStatus, Person, PersonRole, SegmentKind, Session
from sessions.domain.plan import SegmentSpec, plan_segments
from sessions.domain.zones import get_zone
from sessions.renderers.frab import render_json, render_xml
from sessions.renderers.frab_names import virtual_rooms
from sessions.renderers.frab_reader import match_tracks, read_schedule
from tests.shared_kit import kit_missing

from .examples import SHARED_DIR, EventData, make_session, make_tracks, uid

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


# --- persons as ConfClerk and pyfahrplan read them ---------------------------------------

SCHEMAS = SHARED_DIR / "schemas"


def with_speakers(event: Event = ONLINE_DAY) -> EventData:
    ada = Person("Ada Example", PersonRole.SPEAKER, email="ada@example.org")
    bashir = Person("Bashir  Example", PersonRole.PANELLIST)
    return EventData(
        event,
        make_tracks(event.slug),
        (
            make_session(
                event,
                "First talk",
                "2025-05-06T10:00",
                "2025-05-06T11:00",
                room="Hall 1",
                people=(ada, bashir),
            ),
            make_session(
                event,
                "Second talk",
                "2025-05-06T11:00",
                "2025-05-06T12:00",
                room="Hall 1",
                people=(
                    Person("bashir example", PersonRole.SPEAKER),
                    Person("Chen", PersonRole.SPEAKER),
                ),
            ),
        ),
    )


def _person_schema() -> dict:
    if not SCHEMAS.exists():
        kit_missing(f"the frab schemas are not at {SCHEMAS}")
    return json.loads((SCHEMAS / "schedule-v1.schema.json").read_bytes())


def _valid(schema: dict, definition: str, value: object) -> bool:
    ref = {"$ref": f"#/definitions/{definition}", "definitions": schema["definitions"]}
    return jsonschema.Draft6Validator(ref).is_valid(value)


def test_json_persons_are_frab_persons_with_public_name_id_and_guid(options) -> None:
    schema = _person_schema()
    document = json.loads(render_json(with_speakers().agenda(), options()))
    talks = talks_by_title(document)
    first, second = talks["First talk"]["persons"], talks["Second talk"]["persons"]
    # pyfahrplan reads `public_name`; the schema's Person is oneOf FrabPerson | PretalxPerson.
    assert [p["public_name"] for p in first] == ["Ada Example", "Bashir  Example"]
    for person in first + second:
        assert set(person) == {"public_name", "id", "guid"}
        assert isinstance(person["id"], int) and person["id"] > 0
        assert uuid.UUID(person["guid"])
        assert _valid(schema, "Person", person)
        assert _valid(schema, "FrabPerson", person)
        assert not _valid(schema, "PretalxPerson", person)
    # The same person (by normalised name) in two talks is one person.
    assert (first[1]["id"], first[1]["guid"]) == (second[0]["id"], second[0]["guid"])
    ids = {p["id"] for p in first + second}
    assert len(ids) == len({p["guid"] for p in first + second}) == 3


def test_xml_persons_carry_the_id_confclerk_keys_them_on(options) -> None:
    root = ET.fromstring(render_xml(with_speakers().agenda(), options()))
    persons = {
        e.findtext("title"): [(p.get("id"), p.get("guid"), p.text) for p in e.iter("person")]
        for e in root.iter("event")
    }
    first, second = persons["First talk"], persons["Second talk"]
    for number, guid, name in first + second:
        assert number is not None and number.isdigit() and int(number) > 0, name
        assert guid is not None and uuid.UUID(guid)
    assert first[1][:2] == second[0][:2]  # Bashir, twice
    by_id: dict[str, str] = {}
    for number, _, name in first + second:
        by_id.setdefault(number, " ".join(name.split()).casefold())
        assert by_id[number] == " ".join(name.split()).casefold()
    assert len(by_id) == 3
    json_persons = talks_by_title(json.loads(render_json(with_speakers().agenda(), options())))
    assert [(p["id"], p["guid"]) for p in json_persons["First talk"]["persons"]] == [
        (int(number), guid) for number, guid, _ in first
    ]


def test_person_ids_are_stable(options) -> None:
    one = json.loads(render_json(with_speakers().agenda(), options()))
    data = with_speakers()
    reordered = EventData(data.event, data.tracks, tuple(reversed(data.sessions)))
    two = json.loads(render_json(reordered.agenda(), options()))
    assert (
        talks_by_title(one)["First talk"]["persons"] == talks_by_title(two)["First talk"]["persons"]
    )
    # Known only by name: the same in a copy of the event (so a copy exports the same
    # persons); known by email: tied to the event, so its public GUID says nothing of it.
    other = replace(ONLINE_DAY, slug="online-day-copy", id=uid("online-day-copy"))
    copy = json.loads(render_json(with_speakers(other).agenda(), options()))
    ada, bashir = talks_by_title(one)["First talk"]["persons"]
    ada_copy, bashir_copy = talks_by_title(copy)["First talk"]["persons"]
    assert bashir == bashir_copy
    assert ada["guid"] != ada_copy["guid"]


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_persons_read_back_by_name(options, renderer) -> None:
    schedule = read_schedule(renderer(with_speakers().agenda(), options()))
    names = {t.title: [p.name for p in t.persons] for t in schedule.talks}
    assert names == {
        "First talk": ["Ada Example", "Bashir  Example"],
        "Second talk": ["bashir example", "Chen"],
    }


def test_persons_pass_schedcheck(options, schedcheck) -> None:
    data = with_speakers()
    result = schedcheck(
        {
            "speakers.json": render_json(data.agenda(), options()),
            "speakers.xml": render_xml(data.agenda(), options()),
        }
    )
    assert_passes(result)
    assert "SKIP" not in result.output


# --- sessions in several tracks: only declared tracks ------------------------------------


def several_tracks() -> EventData:
    e = ONLINE_DAY
    return EventData(
        e,
        make_tracks(e.slug),
        (
            make_session(
                e,
                "Both tracks",
                "2025-05-06T10:00",
                "2025-05-06T11:00",
                room="Hall 1",
                segments=(
                    (SegmentKind.PRESENTATION, "Talk", "2025-05-06T10:00", "2025-05-06T10:40", ()),
                    (
                        SegmentKind.NETWORKING,
                        "Coffee",
                        "2025-05-06T10:40",
                        "2025-05-06T11:00",
                        ("in-person",),
                    ),
                    (
                        SegmentKind.DISCUSSION,
                        "Breakout",
                        "2025-05-06T10:40",
                        "2025-05-06T11:00",
                        ("online",),
                    ),
                ),
            ),
            make_session(
                e,
                "Both, online first",
                "2025-05-06T11:00",
                "2025-05-06T12:00",
                room="Hall 1",
                tracks=["online", "in-person"],
            ),
            make_session(e, "Room-less hybrid", "2025-05-06T12:00", "2025-05-06T13:00"),
            make_session(
                e, "In person", "2025-05-06T13:00", "2025-05-06T14:00", tracks=["in-person"]
            ),
            make_session(e, "Online", "2025-05-06T13:00", "2025-05-06T14:00", tracks=["online"]),
        ),
    )


def test_a_session_in_both_tracks_is_in_the_declared_hybrid_track(options) -> None:
    document = json.loads(render_json(several_tracks().agenda(), options()))
    declared = document["schedule"]["conference"]["tracks"]
    assert [t["name"] for t in declared] == ["In person", "Online", "Hybrid", "Online + In person"]
    assert declared[2]["slug"] == "tracks--in-person--online"
    tracks = {title: talk["track"] for title, talk in talks_by_title(document).items()}
    assert tracks == {
        "Both tracks": "Hybrid",
        "Both, online first": "Online + In person",
        "Room-less hybrid": "Hybrid",
        "In person": "In person",
        "Online": "Online",
    }
    root = ET.fromstring(render_xml(several_tracks().agenda(), options()))
    xml_declared = [(t.get("name"), t.get("slug")) for t in root.findall("conference/track")]
    assert xml_declared == [(t["name"], t.get("slug")) for t in declared]
    assert {e.findtext("title"): e.findtext("track") for e in root.iter("event")} == tracks
    # A track's own agenda has one track per talk: no combination is declared.
    online = json.loads(render_json(several_tracks().agenda("online"), options()))
    assert [t["name"] for t in online["schedule"]["conference"]["tracks"]] == [
        "In person",
        "Online",
    ]


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_every_exported_track_is_declared(options, world_events, igf, renderer) -> None:
    for data in (several_tracks(), igf, concurrent_online(), *world_events):
        for track in (None, *(t.slug for t in data.tracks)):
            body = renderer(data.agenda(track), options())
            if renderer is render_json:
                conference = json.loads(body)["schedule"]["conference"]
                declared = {t["name"] for t in conference["tracks"]}
                used = {
                    talk["track"]
                    for day in conference["days"]
                    for talks in day["rooms"].values()
                    for talk in talks
                }
            else:
                root = ET.fromstring(body)
                declared = {t.get("name") for t in root.findall("conference/track")}
                used = {e.findtext("track") for e in root.iter("event")}
            assert used <= declared, (data.event.slug, track, used - declared)


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_our_reader_maps_combined_tracks_back_to_their_tracks(options, renderer) -> None:
    data = several_tracks()
    schedule = read_schedule(renderer(data.agenda(), options()))
    event_tracks = [(t.slug, t.name) for t in data.tracks]
    found = {t.title: match_tracks(t.track or "", event_tracks) for t in schedule.talks}
    assert found == {s.title: s.tracks for s in data.sessions}
    assert {t.title: t.room for t in schedule.talks}["Room-less hybrid"] is None


def _rebuilt(data: EventData, body: bytes) -> EventData:
    """The sessions an import of `body` into the same event would make (ids aside)."""
    zone = get_zone(data.event.timezone)
    event_tracks = [(t.slug, t.name) for t in data.tracks]
    sessions = []
    for talk in read_schedule(body).talks:
        tracks = match_tracks(talk.track or "", event_tracks)
        assert tracks is not None, talk.track
        session = Session(
            title=talk.title,
            start=parse_wall_time(format_instant(talk.start), zone, "start"),
            end=parse_wall_time(format_instant(talk.end), zone, "end"),
            tracks=tracks,
            description=talk.description,
            room=talk.room,
            people=tuple(Person(p.name, PersonRole.SPEAKER) for p in talk.persons),
            id=uuid.UUID(talk.guid),
        )
        specs = [
            SegmentSpec(
                s.kind,
                s.title,
                s.start,
                s.end,
                match_tracks(s.tracks, event_tracks) or () if s.tracks else (),
            )
            for s in talk.segments or ()
        ]
        sessions.append(replace(session, segments=plan_segments(session, specs, zone)))
    return EventData(data.event, data.tracks, tuple(sessions))


def _comparable(body: bytes) -> dict:
    document = json.loads(body)
    document["schedule"].pop("version")
    for day in document["schedule"]["conference"]["days"]:
        for talks in day["rooms"].values():
            for talk in talks:
                talk["persons"] = [p["public_name"] for p in talk["persons"]]
    return document


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_export_import_export_gives_the_same_sessions(options, igf, renderer) -> None:
    for data in (several_tracks(), igf, concurrent_online()):
        again = _rebuilt(data, renderer(data.agenda(), options()))
        assert _comparable(render_json(again.agenda(), options())) == _comparable(
            render_json(data.agenda(), options())
        ), data.event.slug
