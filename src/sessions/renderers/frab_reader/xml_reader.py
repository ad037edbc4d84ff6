"""Reading `schedule.xml`, parsed by defusedxml (no DTDs, entities or external references)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET

from sessions.domain.errors import InvalidInput
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


def read_xml(body: bytes) -> ImportedSchedule:
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise InvalidInput.single(
            "body", "XML with a document type declaration (<!DOCTYPE>) is refused"
        ) from None
    except defusedxml.EntitiesForbidden:
        raise InvalidInput.single(
            "body", "XML with entity declarations (<!ENTITY>) is refused"
        ) from None
    except defusedxml.DefusedXmlException as exc:
        raise InvalidInput.single("body", f"XML refused: {exc}") from None
    except ET.ParseError as exc:
        raise MalformedSchedule(f"The body is not well-formed XML: {exc}.") from None
    if _local(root.tag) != "schedule":
        raise InvalidInput.single(
            "schedule", f"the root element must be <schedule>, not <{_local(root.tag)}>"
        )
    conference = _child(root, "conference")
    if conference is None:
        raise InvalidInput.single("schedule/conference", "is required: the <conference> element")
    generator_element = _child(root, "generator")
    generator = (
        str_or_none(generator_element.get("name")) if generator_element is not None else None
    )
    acronym = str_or_none(_child_text(conference, "acronym"))
    zone_name = str_or_none(_child_text(conference, "time_zone_name"))
    ours = generator == GENERATOR
    combined = (
        combined_tracks((t.get("name"), t.get("slug")) for t in _children(conference, "track"))
        if ours
        else {}
    )
    notes: list[str] = []
    talks: list[ImportedTalk | UnreadableTalk] = []
    for i, day in enumerate(_children(root, "day"), start=1):
        for j, room in enumerate(_children(day, "room"), start=1):
            events = list(_children(room, "event"))
            check_count(len(talks) + len(events))
            for k, element in enumerate(events, start=1):
                where = f"schedule/day[{i}]/room[{j}]/event[{k}]"
                talk = TalkFields(where, True, zone_name, ours, combined)
                talks.append(_xml_talk(talk, element, room, acronym, notes))
    title = str_or_none(_child_text(conference, "title"))
    return make_schedule("xml", generator, acronym, title, zone_name, talks, notes)


def _xml_talk(
    talk: TalkFields,
    element: ET.Element,
    room_element: ET.Element,
    acronym: str | None,
    notes: list[str],
) -> ImportedTalk | UnreadableTalk:
    guid = read_guid(talk, element.get("guid"), element.get("id"), acronym, "@guid")
    title = talk.text("title", _child_text(element, "title"), limit=TITLE_MAX, required=True)
    start = talk.instant("date", _child_text(element, "date"))
    end, end_field = read_end(
        talk, start, _child_text(element, "end"), _child_text(element, "duration")
    )
    room_name = room_element.get("name")
    room_value = _child_text(element, "room") or room_name
    room = talk.text("room", room_value, limit=ROOM_MAX)
    if (
        talk.ours
        and room_value == room_name
        and is_virtual_room(acronym, room_name, room_element.get("guid"))
    ):
        room = None  # a room our writer made up for a room-less session
    track = talk.text("track", _child_text(element, "track"), limit=TRACK_MAX)
    description, plan_text, description_field = read_description(
        talk, _child_text(element, "abstract"), _child_text(element, "description")
    )
    persons_element = _child(element, "persons")
    names: list[tuple[str, Any]] = []
    if persons_element is not None:
        for j, person in enumerate(_children(persons_element, "person"), start=1):
            names.append((f"persons/person[{j}]", "".join(person.itertext())))
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
        language=_child_text(element, "language"),
        materials=[
            material_of(where, ref.get("type"), "".join(ref.itertext()), ref.get("href"))
            for where, tag in (("links", "link"), ("attachments", "attachment"))
            for holder in _children(element, where)
            for ref in _children(holder, tag)
        ],
    )


def _local(tag: Any) -> str:
    """A tag without its namespace (`{ns}day` → `day`)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(parent: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in parent if _local(child.tag) == name)


def _child(parent: ET.Element, name: str) -> ET.Element | None:
    return next(_children(parent, name), None)


def _child_text(parent: ET.Element, name: str) -> str | None:
    child = _child(parent, name)
    return None if child is None else "".join(child.itertext())


__all__ = ["read_xml"]
