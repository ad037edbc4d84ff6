"""Reading `schedule.json` (schedule-v1: days → rooms → talks), decoded by msgspec."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import msgspec

from sessions.domain.errors import FieldError, InvalidInput
from sessions.domain.limits import ROOM_MAX, TITLE_MAX
from sessions.renderers.frab_names import combined_tracks, is_virtual_room, material_of
from sessions.renderers.frab_reader.fields import (
    TalkFields,
    check_count,
    finish_talk,
    make_schedule,
    read_description,
    read_end,
    read_guid,
    read_persons,
    str_or_none,
)
from sessions.renderers.frab_reader.values import (
    GENERATOR,
    TRACK_MAX,
    ImportedSchedule,
    ImportedTalk,
    MalformedSchedule,
    UnreadableTalk,
)


def read_json(body: bytes) -> ImportedSchedule:
    try:
        document = msgspec.json.decode(body)
    except msgspec.DecodeError as exc:
        raise MalformedSchedule(f"The body is not valid JSON: {exc}.") from None
    if not isinstance(document, dict):
        raise InvalidInput.single("body", "must be a JSON object with a `schedule`")
    schedule = document.get("schedule")
    if not isinstance(schedule, dict):
        raise InvalidInput.single("schedule", "is required: the frab document's `schedule` object")
    conference = schedule.get("conference")
    if not isinstance(conference, dict):
        raise InvalidInput.single(
            "schedule.conference", "is required: the schedule's `conference` object"
        )
    days = conference.get("days")
    if not isinstance(days, list):
        raise InvalidInput.single("schedule.conference.days", "is required: a list of days")
    generator_info = document.get("generator")
    generator = (
        str_or_none(generator_info.get("name")) if isinstance(generator_info, dict) else None
    )
    acronym = str_or_none(conference.get("acronym"))
    zone_name = str_or_none(conference.get("time_zone_name"))
    # Rooms our writer made up for room-less sessions: online ones, or virtual by their GUID.
    made_up_rooms = {
        r["name"]
        for r in conference.get("rooms") or []
        if isinstance(r, dict)
        and isinstance(r.get("name"), str)
        and (r.get("type") == "online" or is_virtual_room(acronym, r["name"], r.get("guid")))
    }
    ours = generator == GENERATOR
    declared = conference.get("tracks")
    combined = (
        combined_tracks((t.get("name"), t.get("slug")) for t in declared if isinstance(t, dict))
        if ours and isinstance(declared, list)
        else {}
    )
    notes: list[str] = []
    talks: list[ImportedTalk | UnreadableTalk] = []
    for i, day in enumerate(days):
        where = f"schedule.conference.days[{i}]"
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            raise InvalidInput.single(
                f"{where}.rooms", "must be an object of room names to lists of talks"
            )
        for room_name, items in rooms.items():
            room_path = f"{where}.rooms[{json.dumps(room_name, ensure_ascii=False)}]"
            if not isinstance(items, list):
                raise InvalidInput.single(room_path, "must be a list of talks")
            check_count(len(talks) + len(items))
            for k, item in enumerate(items):
                talk = TalkFields(f"{room_path}[{k}]", False, zone_name, ours, combined)
                if not isinstance(item, dict):
                    talk.errors.append(FieldError(talk.path, "must be an object (a talk)"))
                    talks.append(UnreadableTalk(None, None, tuple(talk.errors), talk.path))
                    continue
                talks.append(_json_talk(talk, item, room_name, made_up_rooms, acronym, notes))
    title = str_or_none(conference.get("title"))
    return make_schedule("json", generator, acronym, title, zone_name, talks, notes)


def _json_talk(
    talk: TalkFields,
    item: Mapping[str, Any],
    room_name: str,
    made_up_rooms: set[str],
    acronym: str | None,
    notes: list[str],
) -> ImportedTalk | UnreadableTalk:
    guid = read_guid(talk, item.get("guid"), item.get("id"), acronym, "guid")
    title = talk.text("title", item.get("title"), limit=TITLE_MAX, required=True)
    start = talk.instant("date", item.get("date"))
    end, end_field = read_end(talk, start, item.get("end"), item.get("duration"))
    room_value = item.get("room") if item.get("room") not in (None, "") else room_name
    room = talk.text("room", room_value, limit=ROOM_MAX)
    if talk.ours and room_value in made_up_rooms:
        room = None  # a room our writer made up for a room-less session
    track = talk.text("track", item.get("track"), limit=TRACK_MAX)
    description, plan_text, description_field = read_description(
        talk, item.get("abstract"), item.get("description")
    )
    persons_value = item.get("persons") or []
    names: list[tuple[str, Any]] = []
    if not isinstance(persons_value, list):
        talk.fail("persons", "must be a list", persons_value)
    else:
        for j, person in enumerate(persons_value):
            if isinstance(person, dict):
                name = person.get("name") or person.get("public_name")
                names.append((f"persons[{j}].name", name))
            else:
                names.append((f"persons[{j}]", person))
    persons = read_persons(talk, names)
    return finish_talk(
        talk,
        guid=guid,
        title=title,
        start=start,
        end=end,
        end_field=end_field,
        room=room,
        track=track,
        description=description,
        description_field=description_field,
        plan_text=plan_text,
        persons=persons,
        notes=notes,
        language=item.get("language"),
        materials=[
            material_of(where, _str(ref.get("type")), _str(ref.get("title")), _str(ref.get("url")))
            for where in ("links", "attachments")
            for ref in (item.get(where) if isinstance(item.get(where), list) else [])
            if isinstance(ref, dict)
        ],
    )


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


__all__ = ["read_json"]
