"""The frab/c3voc schedule exchange: content, notes, zones, and schedcheck."""

from __future__ import annotations

import json
import uuid
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, timedelta

from sessions.domain.agenda import build_agenda
from sessions.domain.model import SessionStatus
from sessions.domain.zones import get_zone
from sessions.renderers.frab import (
    FrabJsonRenderer,
    FrabXmlRenderer,
    acronym,
    day_bounds,
    format_duration,
    json_zone_name,
    render_json,
    render_xml,
)

from .examples import IGF, NOTE, EventData, igf_tracks, tccm_session
from .world_examples import big_event


def all_talks(document: dict) -> list[dict]:
    return [
        talk
        for day in document["schedule"]["conference"]["days"]
        for talks in day["rooms"].values()
        for talk in talks
    ]


def test_renderer_attributes():
    assert (FrabJsonRenderer.identifier, FrabJsonRenderer.extension) == ("frab-json", "json")
    assert FrabJsonRenderer.media_type == "application/json"
    assert (FrabXmlRenderer.identifier, FrabXmlRenderer.extension) == ("frab-xml", "xml")


def test_igf_schedule_json(options, igf):
    document = json.loads(render_json(igf.agenda(), options()))
    conference = document["schedule"]["conference"]
    assert conference["acronym"] == "igf_2024" == acronym(IGF)
    assert conference["time_zone_name"] == "Asia/Riyadh"
    assert (conference["start"], conference["end"], conference["daysCount"]) == (
        "2024-12-15",
        "2024-12-19",
        5,
    )
    assert [d["date"] for d in conference["days"]] == [f"2024-12-{n}" for n in range(15, 20)]
    day = next(d for d in conference["days"] if d["date"] == "2024-12-18")
    assert day["day_start"] == "2024-12-18T00:00:00+03:00"
    assert day["day_end"] == "2024-12-19T00:00:00+03:00"
    (tccm,) = day["rooms"]["Workshop Room 2"]
    assert tccm["guid"] == str(tccm_session().id)
    assert tccm["date"] == "2024-12-18T15:45:00+03:00"
    assert tccm["start"] == "15:45"
    assert tccm["duration"] == "01:00"
    assert tccm["end"] == "2024-12-18T16:45:00+03:00"
    assert tccm["room"] == "Workshop Room 2"
    assert [p["public_name"] for p in tccm["persons"]] == [
        "Ada Example",
        "Bashir Example",
        "Chen Example",
    ]
    assert "Networking opportunity for in-person attendees" in tccm["description"]
    assert "Facilitated discussion for online attendees" in tccm["description"]
    # A session without a room is listed under a room named after its track.
    (chat,) = day["rooms"]["Online"]
    assert chat["title"] == "Online-only fireside chat"
    assert {"name": "Online", "type": "online"}.items() <= next(
        r for r in conference["rooms"] if r["name"] == "Online"
    ).items()
    # Cancelled sessions are not in the schedule.
    titles = {t["title"] for t in all_talks(document)}
    assert "Cancelled workshop" not in titles
    assert "Youth IGF: dialogue" in titles
    ids = [t["id"] for t in all_talks(document)]
    assert len(set(ids)) == len(ids) and all(i > 0 for i in ids)


def test_igf_schedule_xml(options, igf):
    root = ET.fromstring(render_xml(igf.agenda(), options()))
    assert root.findtext("conference/acronym") == "igf_2024"
    assert root.findtext("conference/time_zone_name") == "Asia/Riyadh"
    event = root.find(f".//event[@guid='{tccm_session().id}']")
    assert event is not None
    assert event.findtext("date") == "2024-12-18T15:45:00+03:00"
    assert event.findtext("start") == "15:45"
    assert event.findtext("duration") == "01:00"
    assert event.findtext("room") == "Workshop Room 2"
    assert [p.text for p in event.findall("persons/person")] == [
        "Ada Example",
        "Bashir Example",
        "Chen Example",
    ]
    assert [d.get("index") for d in root.findall("day")] == ["1", "2", "3", "4", "5"]


def test_track_agenda_keeps_that_tracks_segments(options, igf):
    document = json.loads(render_json(igf.agenda("in-person"), options()))
    (tccm,) = [t for t in all_talks(document) if t["guid"] == str(tccm_session().id)]
    assert "Networking opportunity" in tccm["description"]
    assert "Facilitated discussion" not in tccm["description"]
    assert tccm["track"] == "In person"
    assert tccm["links"] == []


def test_notes_never_appear(options, igf):
    for track in (None, "in-person", "online"):
        assert NOTE.encode() not in render_json(igf.agenda(track), options())
        assert NOTE.encode() not in render_xml(igf.agenda(track), options())


def test_days_start_at_the_first_moment_that_exists():
    # Santiago moves its clocks from 00:00 to 01:00 on 7 September 2025.
    start, end = day_bounds(date(2025, 9, 7), get_zone("America/Santiago"))
    assert start.isoformat() == "2025-09-07T01:00:00-03:00"
    assert end.isoformat() == "2025-09-08T00:00:00-03:00"
    start, end = day_bounds(date(2025, 10, 26), get_zone("Europe/Zurich"))
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=25)


def test_zone_names_the_json_schema_accepts():
    assert json_zone_name("Asia/Riyadh") == "Asia/Riyadh"
    assert json_zone_name("America/Argentina/Buenos_Aires") == "America/Argentina/Buenos_Aires"
    assert json_zone_name("UTC") == "UTC"
    # Links and legacy names become a zone with the very same rules.
    eastern = json_zone_name("US/Eastern")
    assert eastern is not None and eastern.startswith("America/")
    assert json_zone_name("Etc/UTC") is not None


def test_durations():
    assert format_duration(timedelta(minutes=45)) == "00:45"
    assert format_duration(timedelta(hours=26, minutes=5)) == "26:05"


def test_session_moved_across_dst_keeps_real_duration(options, world_events):
    seattle = next(w for w in world_events if w.event.slug == "seattle-dst")
    document = json.loads(render_json(seattle.agenda(), options()))
    (night,) = [t for t in all_talks(document) if t["title"] == "Across the spring-forward night"]
    assert night["date"] == "2025-03-09T01:30:00-08:00"
    assert night["duration"] == "01:00"
    assert night["end"] == "2025-03-09T03:30:00-07:00"


def test_empty_event_has_its_days(options):
    agenda = build_agenda(IGF, [], get_zone(IGF.timezone), tracks=igf_tracks())
    document = json.loads(render_json(agenda, options()))
    assert document["schedule"]["conference"]["daysCount"] == 5
    assert all(d["rooms"] == {} for d in document["schedule"]["conference"]["days"])


def test_ids_are_stable(options, igf):
    first = json.loads(render_json(igf.agenda(), options()))
    again = json.loads(render_json(igf.agenda(), options()))
    assert [t["id"] for t in all_talks(first)] == [t["id"] for t in all_talks(again)]
    assert all(uuid.UUID(t["guid"]) for t in all_talks(first))


# ---------------------------------------------------------------------------
# Conformance: the kit's schedcheck
# ---------------------------------------------------------------------------


def assert_passes(result):
    assert result.returncode == 0, "\n".join(result.failures) + "\n" + result.output[-3000:]


def test_schedcheck_igf(options, igf, schedcheck):
    files = {
        "igf.json": render_json(igf.agenda(), options()),
        "igf.xml": render_xml(igf.agenda(), options()),
        "igf-online.json": render_json(igf.agenda("online"), options()),
        "igf-online.xml": render_xml(igf.agenda("online"), options()),
    }
    result = schedcheck(files)
    assert_passes(result)
    assert "xsd-valid" in result.output and "json-schema-valid" in result.output
    assert "SKIP" not in result.output


def test_schedcheck_world(options, world_events, schedcheck):
    files = {}
    for w in world_events:
        files[f"{w.event.slug}.json"] = render_json(w.agenda(), options())
        files[f"{w.event.slug}.xml"] = render_xml(w.agenda(), options())
    assert_passes(schedcheck(files))


def test_schedcheck_large_and_cancelled(options, schedcheck):
    big = big_event(300, slug="big-schedule")
    sessions = list(big.sessions)
    sessions[0] = replace(sessions[0], status=SessionStatus.CANCELLED, sequence=1)
    big = EventData(big.event, big.tracks, tuple(sessions))
    files = {
        "big.json": render_json(big.agenda(), options()),
        "big.xml": render_xml(big.agenda(), options()),
    }
    assert b'"Session 0: topic 0"' not in files["big.json"]
    assert_passes(schedcheck(files))
