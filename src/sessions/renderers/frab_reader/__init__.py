"""Reading frab / c3voc schedules (`schedule.json`, `schedule.xml`): the writer's other half.

Pure: bytes in, plain values out; no database, no framework, no clock. The
format is told by the content (`{` JSON, `<` XML), not by a media type.

- JSON is decoded by msgspec; XML by `defusedxml` (no DTDs, no entity
  declarations, no external references: a schedule never needs them, and
  refusing them is what keeps "billion laughs" and XXE out).
- Every talk becomes an `ImportedTalk` with its instants (aware datetimes),
  room, track name, text, persons and, for our own exports (generator
  `sessions`), its segment plan read back from the description the writer
  puts it in. A talk that cannot be read is an `UnreadableTalk` naming the
  field at fault by its place in the file (`schedule.conference.days[0].
  rooms["Saal 1"][1].date`, `schedule/day[1]/room[1]/event[2]/date`), so
  one bad talk never hides the others.
- A body that is neither JSON nor XML, or not well-formed, is
  `MalformedSchedule` (HTTP 400); a well-formed document that is not a
  schedule (no `conference`, no `days`), or an XML document with a DTD, is
  `InvalidInput` (422) naming the path.

The package: `values` (what is read), `fields` (one talk's fields, shared),
`json_reader`, `xml_reader`; the plan parser is `renderers.plan_text`,
beside `renderers.text`, which writes that text.
"""

from __future__ import annotations

from sessions.renderers.frab_reader.json_reader import read_json
from sessions.renderers.frab_reader.values import (
    GENERATOR,
    MAX_TALKS,
    ImportedPerson,
    ImportedSchedule,
    ImportedTalk,
    MalformedSchedule,
    UnreadableTalk,
    match_tracks,
)
from sessions.renderers.frab_reader.xml_reader import read_xml
from sessions.renderers.plan_text import ImportedSegment


def read_schedule(data: bytes) -> ImportedSchedule:
    """A frab schedule, JSON or XML (told by its first character), as plain values."""
    body = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not body:
        raise MalformedSchedule("The body is empty: send a frab schedule as JSON or XML.")
    if body[:1] == b"{":
        return read_json(body)
    if body[:1] == b"<":
        return read_xml(body)
    raise MalformedSchedule(
        "The body is neither JSON nor XML: send a frab schedule.json or schedule.xml."
    )


__all__ = [
    "GENERATOR",
    "MAX_TALKS",
    "ImportedPerson",
    "ImportedSchedule",
    "ImportedSegment",
    "ImportedTalk",
    "MalformedSchedule",
    "UnreadableTalk",
    "match_tracks",
    "read_schedule",
]
