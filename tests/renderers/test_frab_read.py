"""Reading frab schedules back: pretalx's exports, the kit's samples, our own, and bad input."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sessions.domain.errors import InvalidInput
from sessions.domain.model import SegmentKind, SessionStatus
from sessions.renderers.frab import render_json, render_xml
from sessions.renderers.frab_reader import (
    ImportedSchedule,
    MalformedSchedule,
    match_tracks,
    read_schedule,
)
from sessions.renderers.plan_text import read_plan
from tests.renderers.examples import SHARED_DIR, EventData
from tests.shared_kit import kit_missing

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLES = SHARED_DIR / "tools" / "samples" / "schedule"
CEST = 2
NIGHT_OWL = "f5e1a7c6-9b8d-4cae-9f20-1b0c9d8e7f65"


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _pretalx() -> dict:
    return json.loads((FIXTURES / "pretalx-schedule.json").read_bytes())


def _json(document: dict) -> ImportedSchedule:
    return read_schedule(json.dumps(document).encode())


def _first_talk(document: dict) -> dict:
    return document["schedule"]["conference"]["days"][0]["rooms"]["Saal 1"][0]


@pytest.mark.parametrize("name", ["pretalx-schedule.json", "pretalx-schedule.xml"])
def test_pretalx_exports_are_read_whole(name: str) -> None:
    schedule = read_schedule((FIXTURES / name).read_bytes())
    assert schedule.format == name.rsplit(".", 1)[1]
    assert (schedule.generator, schedule.acronym, schedule.time_zone_name) == (
        "pretalx",
        "democon-2025",
        "Europe/Berlin",
    )
    assert not schedule.ours
    assert schedule.unreadable == ()
    assert len(schedule.talks) == 6
    owl = next(t for t in schedule.talks if t.guid == NIGHT_OWL)
    # 01:30 summer time, two hours: 02:30 winter time, after the clocks went back.
    assert (owl.start, owl.end) == (_utc(2025, 10, 25, 23, 30), _utc(2025, 10, 26, 1, 30))
    assert (owl.room, owl.track) == ("Saal 1", "Standards")
    assert [p.name for p in owl.persons] == ["Mei Tanaka"]
    assert owl.segments is None  # pretalx has no segment plans
    assert owl.description == (
        "Two hours of real time, though the wall clock shows one.\n\n"
        "Starts at 01:30 summer time and ends at 02:30 winter time, after the clocks go back."
    )
    closing = schedule.talks[-1]
    assert closing.track is None
    assert closing.description == "Thanks, lost and found, and next year's dates."


def test_the_two_pretalx_formats_say_the_same() -> None:
    from_json = read_schedule((FIXTURES / "pretalx-schedule.json").read_bytes())
    from_xml = read_schedule((FIXTURES / "pretalx-schedule.xml").read_bytes())

    def key(s: ImportedSchedule) -> list[tuple]:
        return [
            (t.guid, t.title, t.start, t.end, t.room, t.track, t.description, t.persons)
            for t in s.talks
        ]

    assert key(from_json) == key(from_xml)


@pytest.mark.parametrize("name", ["good-schedule.json", "good-schedule.xml"])
def test_the_kits_good_samples_are_read(name: str) -> None:
    path = SAMPLES / name
    if not path.exists():
        kit_missing(f"conformance kit samples not found at {SAMPLES}")
    schedule = read_schedule(path.read_bytes())
    assert schedule.unreadable == ()
    assert schedule.talks
    for talk in schedule.talks:
        assert talk.start.utcoffset() is not None
        assert talk.end > talk.start


def test_the_kits_json_sample_crosses_the_zurich_clock_change() -> None:
    path = SAMPLES / "good-schedule.json"
    if not path.exists():
        kit_missing(f"conformance kit samples not found at {SAMPLES}")
    night = read_schedule(path.read_bytes()).talks[1]
    # `end` wins over `duration` (the schema deprecates duration): 01:30+02:00 to 03:30+01:00.
    assert (night.start, night.end) == (_utc(2025, 10, 25, 23, 30), _utc(2025, 10, 26, 2, 30))


@pytest.mark.parametrize("name", ["bad-not-wellformed.json", "bad-not-wellformed.xml"])
def test_the_kits_broken_samples_are_malformed(name: str) -> None:
    path = SAMPLES / name
    if not path.exists():
        kit_missing(f"conformance kit samples not found at {SAMPLES}")
    with pytest.raises(MalformedSchedule):
        read_schedule(path.read_bytes())


# --- what cannot be read ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"", b"   \n", b"\xef\xbb\xbf", b"schedule", b"{", b'{"a": }', b"<schedule>", b"<a></b>"],
)
def test_bodies_that_are_not_json_or_xml_are_malformed(body: bytes) -> None:
    with pytest.raises(MalformedSchedule):
        read_schedule(body)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b"[]", None),  # starts with neither { nor <
        (b'{"conference": {}}', "schedule"),
        (b'{"schedule": []}', "schedule"),
        (b'{"schedule": {}}', "schedule.conference"),
        (b'{"schedule": {"conference": {}}}', "schedule.conference.days"),
        (b'{"schedule": {"conference": {"days": [1]}}}', "schedule.conference.days[0].rooms"),
        (
            b'{"schedule": {"conference": {"days": [{"rooms": {"A": {}}}]}}}',
            'schedule.conference.days[0].rooms["A"]',
        ),
        (b"<calendar/>", "schedule"),
        (b"<schedule/>", "schedule/conference"),
    ],
)
def test_documents_that_are_not_schedules_name_the_place(body: bytes, field: str | None) -> None:
    if field is None:
        with pytest.raises(MalformedSchedule):
            read_schedule(body)
        return
    with pytest.raises(InvalidInput) as raised:
        read_schedule(body)
    assert raised.value.errors[0].field == field


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]><schedule>&lol2;</schedule>',
            "DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE schedule SYSTEM "file:///etc/passwd"><schedule/>',
            "DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<schedule><conference><title>&xxe;</title></conference></schedule>",
            "DOCTYPE",
        ),
    ],
)
def test_xml_with_dtds_or_entities_is_refused(body: bytes, word: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        read_schedule(body)
    assert word in raised.value.errors[0].message


def test_each_unreadable_talk_names_its_fields_and_the_others_are_read() -> None:
    document = _pretalx()
    saal = document["schedule"]["conference"]["days"][0]["rooms"]["Saal 1"]
    saal[0]["duration"] = "1h"
    saal[0]["title"] = None
    saal[1]["date"] = "24 October, 11:00"
    saal[1]["persons"] = "everyone"
    workshop = document["schedule"]["conference"]["days"][0]["rooms"]["Workshop Room"][0]
    workshop["title"] = "x" * 201
    workshop["guid"] = None
    workshop["id"] = None
    schedule = _json(document)

    assert len(schedule.talks) == 3
    fields = {e.field: e for t in schedule.unreadable for e in t.errors}
    here = 'schedule.conference.days[0].rooms["Saal 1"]'
    assert set(fields) == {
        f"{here}[0].duration",
        f"{here}[0].title",
        f"{here}[1].date",
        f"{here}[1].persons",
        'schedule.conference.days[0].rooms["Workshop Room"][0].title',
        'schedule.conference.days[0].rooms["Workshop Room"][0].guid',
    }
    assert "HH:MM" in fields[f"{here}[0].duration"].message
    assert (
        "at most 200"
        in fields['schedule.conference.days[0].rooms["Workshop Room"][0].title'].message
    )
    [first] = [t for t in schedule.unreadable if t.path == f"{here}[0]"]
    assert first.guid == "b1a7c3e2-5d4f-4e6a-9b8c-7d6e5f4a3b21"


def test_a_talk_with_only_the_old_integer_id_gets_a_stable_guid() -> None:
    document = _pretalx()
    del _first_talk(document)["guid"]
    first, second = _json(document), _json(document)
    assert first.talks[0].guid == second.talks[0].guid
    assert uuid.UUID(first.talks[0].guid).version == 5


def test_a_local_time_without_offset_is_placed_in_the_schedules_zone() -> None:
    document = _pretalx()
    _first_talk(document)["date"] = "2025-10-24T10:00:00"
    assert _json(document).talks[0].start == _utc(2025, 10, 24, 8)

    # ...unless it does not exist there, or happens twice.
    _first_talk(document)["date"] = "2025-10-26T02:30:00"
    [refused] = _json(document).unreadable
    assert "happens twice in Europe/Berlin" in refused.errors[0].message

    # ...or the schedule names no zone.
    del document["schedule"]["conference"]["time_zone_name"]
    _first_talk(document)["date"] = "2025-10-24T10:00:00"
    [refused] = _json(document).unreadable
    assert "no UTC offset" in refused.errors[0].message


def test_a_guid_twice_is_read_once() -> None:
    document = _pretalx()
    saal = document["schedule"]["conference"]["days"][0]["rooms"]["Saal 1"]
    saal[1]["guid"] = saal[0]["guid"]
    schedule = _json(document)
    assert len(schedule.talks) == 5
    [twice] = schedule.unreadable
    assert twice.errors[0].field.endswith("[1].guid")


def test_persons_are_read_by_name_or_public_name_and_only_once() -> None:
    document = _pretalx()
    _first_talk(document)["persons"] = [
        {"id": 1, "public_name": "Old Frab"},
        {"name": "Ana  Lima"},
        {"name": "ana lima"},
        "Plain String",
        {"name": ""},
    ]
    assert [p.name for p in _json(document).talks[0].persons] == [
        "Old Frab",
        "Ana  Lima",
        "Plain String",
    ]


def test_match_tracks_by_slug_or_name_or_a_list() -> None:
    tracks = [("in-person", "In person"), ("online", "Online")]
    assert match_tracks("Online", tracks) == ("online",)
    assert match_tracks(" in-person ", tracks) == ("in-person",)
    assert match_tracks("In person, Online", tracks) == ("in-person", "online")
    assert match_tracks("Security", tracks) is None
    assert match_tracks("Online, Security", tracks) is None


# --- our own exports read back -----------------------------------------------------------


def _read_back(data: EventData, renderer, options) -> None:
    schedule = read_schedule(renderer(data.agenda(), options()))
    assert schedule.ours
    assert schedule.unreadable == ()
    assert schedule.notes == ()
    names = {t.slug: t.name for t in data.tracks}
    expected = {str(s.id): s for s in data.sessions if s.status is not SessionStatus.CANCELLED}
    assert {t.guid for t in schedule.talks} == set(expected)
    for talk in schedule.talks:
        session = expected[talk.guid]
        assert (talk.title, talk.start, talk.end) == (
            session.title,
            session.start_instant,
            session.end_instant,
        )
        assert talk.room == session.room
        assert talk.description == session.description
        assert [p.name for p in talk.persons] == [p.name for p in session.people]
        assert talk.track == ", ".join(names[t] for t in session.tracks)
        assert talk.segments is not None
        assert [(s.kind, s.title, s.start, s.end, s.tracks) for s in talk.segments] == [
            (
                seg.kind,
                seg.title,
                session.segment_start(seg),
                session.segment_end(seg),
                ", ".join(names[t] for t in seg.tracks) or None,
            )
            for seg in session.segments
        ], session.title


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_our_igf_schedule_reads_back_with_its_plans(igf, options, renderer) -> None:
    _read_back(igf, renderer, options)


@pytest.mark.parametrize("renderer", [render_json, render_xml], ids=["json", "xml"])
def test_our_schedules_in_every_zone_read_back_to_the_same_instants(
    world_events, options, renderer
) -> None:
    for data in world_events:
        _read_back(data, renderer, options)


def test_a_plan_across_midnight_and_the_clock_change_reads_back() -> None:
    # 23:00 EDT on 1 November to 03:00 EST: midnight, then the clocks go back at 02:00.
    start, end = _utc(2025, 11, 2, 3), _utc(2025, 11, 2, 8)
    text = (
        "Segment plan (times in America/New_York):\n"
        "23:00 – Sun 2 Nov 00:30  Before (presentation) — everyone\n"
        "Sun 2 Nov 00:30–01:30  Break — In person only\n"
        "Sun 2 Nov 01:30–01:30  The repeated hour (discussion) — Online only\n"
        "Sun 2 Nov 01:30–03:00  Questions (Q&A) — In person, Online only"
    )
    plan = read_plan(text, start, end)
    assert plan is not None
    before, pause, repeated, questions = plan
    assert (before.kind, before.title, before.start, before.end, before.tracks) == (
        SegmentKind.PRESENTATION,
        "Before",
        start,
        _utc(2025, 11, 2, 4, 30),
        None,
    )
    assert (pause.kind, pause.title, pause.tracks) == (SegmentKind.BREAK, "Break", "In person")
    # 01:30 to 01:30: the first reading to the second, an hour of real time.
    assert (repeated.start, repeated.end) == (_utc(2025, 11, 2, 5, 30), _utc(2025, 11, 2, 6, 30))
    assert (questions.kind, questions.tracks) == (SegmentKind.QA, "In person, Online")
    assert questions.end == end


def test_a_segment_ending_at_midnight_ends_on_the_next_day() -> None:
    text = "Segment plan (times in UTC):\n23:30–00:00  Last call (other) — everyone"
    [last] = read_plan(text, _utc(2025, 1, 1, 23), _utc(2025, 1, 2, 1)) or ()
    assert (last.start, last.end) == (_utc(2025, 1, 1, 23, 30), _utc(2025, 1, 2))


@pytest.mark.parametrize(
    "text",
    [
        "Plan:\n10:00–11:00  Talk (presentation) — everyone",
        "Segment plan (times in Mars/Olympus):\n10:00–11:00  Talk (presentation) — everyone",
        "Segment plan (times in UTC):\n10:00-11:00  Talk (presentation) — everyone",
        "Segment plan (times in UTC):\n10:00–11:00  Talk (lecture) — everyone",
        "Segment plan (times in UTC):\n10:00–11:00 Talk (presentation) — everyone",
        "Segment plan (times in UTC):\nMon 40 Dec 10:00–11:00  Talk (presentation) — everyone",
    ],
)
def test_text_that_is_not_our_plan_is_no_plan(text: str) -> None:
    assert read_plan(text, _utc(2025, 1, 1, 10), _utc(2025, 1, 1, 11)) is None


def test_an_empty_description_is_an_empty_plan() -> None:
    assert read_plan("", _utc(2025, 1, 1, 10), _utc(2025, 1, 1, 11)) == ()
