"""Names and identifiers the frab writer makes up, and that the reader recognises.

The frab formats want things our sessions do not have: a room for every
talk, an integer id beside every GUID. What we make up for them is made
here, so that the writer (`frab`) and the reader (`frab_reader`) agree.

- **Virtual rooms.** A session without a room is listed in a room named
  after its tracks ("Online", "In person / Online"). Concurrent ones get a
  room each ("Online", "Online 2", ...), allocated greedily by a sweep over
  their start times (O(n log n)), reusing the lowest-numbered room that is
  free again, and never taking the name of a real room. A virtual room's
  GUID is derived from the schedule's acronym and its name in a namespace of
  its own, which is how our reader knows it is not a real room.
- **Persons** get a GUID and an integer id (ConfClerk keys persons on the
  id, the schema's FrabPerson form needs it beside `public_name`). Someone
  known by name only gets a GUID from the normalised name alone, the same
  in every event (the name is public anyway, and a copy of an event then
  exports the same persons); someone known by email gets one from the email
  in the event's namespace, so the public GUID cannot confirm a guessed
  address. The integer is derived from the GUID (see `numbers`).
- **Combined tracks.** A talk has one `track`, and clients list the
  declared ones; a session offered in several tracks is exported in a
  declared track of its own: "Hybrid" when it is in every track of the event
  (in the event's order) and they mix in-person and online, else the names
  joined with " + ". Its slug, `tracks--` and the member slugs joined with
  `--` (our slugs never hold `--`), tells our reader which tracks it stands for.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sessions.domain.hybrid import Material, MaterialKind
from sessions.domain.limits import TITLE_MAX, URL_MAX, is_single_line
from sessions.domain.model import Person

_VIRTUAL_ROOMS = uuid.UUID("5b2f0d1e-7c3a-5e94-8a61-2d4f6b8c0e13")
_PERSONS = uuid.UUID("a3d9e2f4-61b8-5c07-9e3a-4f8b2c6d1e07")
_COMBINED = "tracks--"
HYBRID = "Hybrid"
_ID_LIMIT = 2_147_483_647  # ids stay positive 31-bit integers (int32 in most clients)


def numbers(guids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Stable positive 31-bit integers from UUIDs; collisions move to the next free one."""
    taken: set[int] = set()
    found: dict[uuid.UUID, int] = {}
    for guid in sorted(set(guids)):
        n = guid.int % _ID_LIMIT + 1
        while n in taken:
            n = n % _ID_LIMIT + 1
        taken.add(n)
        found[guid] = n
    return found


def person_guid(person: Person, event_namespace: uuid.UUID) -> uuid.UUID:
    """A person's GUID: from the email in the event's namespace, else from the name alone."""
    if person.email and person.email.strip():
        return uuid.uuid5(event_namespace, f"person:{person.key}")
    return uuid.uuid5(_PERSONS, f"name:{person.key}")


def virtual_room_guid(acronym: str, name: str) -> uuid.UUID:
    """The GUID of a room made up for room-less sessions."""
    return uuid.uuid5(_VIRTUAL_ROOMS, f"{acronym}:{name}")


def is_virtual_room(acronym: str | None, name: Any, guid: Any) -> bool:
    """Whether a room of one of our exports is one we made up (by its GUID)."""
    if not isinstance(name, str) or not isinstance(guid, str):
        return False
    try:
        return uuid.UUID(guid.strip()) == virtual_room_guid(acronym or "", name)
    except ValueError:
        return False


def virtual_rooms(
    items: Sequence[tuple[str, datetime, datetime]], taken: Iterable[str]
) -> list[tuple[str, str, int]]:
    """A room for each room-less item `(base name, start, end)`: `(name, base, number)`.

    Items with the same base name that overlap (half-open intervals) get
    different rooms; an item takes the lowest-numbered room of its base that
    is free at its start. Room 1 is called like its base, room n "base n",
    skipping names in `taken` (real rooms) and other items' base names.
    Ties are broken by the items' order, so the result is deterministic.
    """
    order = sorted(
        range(len(items)),
        key=lambda i: (items[i][1].astimezone(UTC), items[i][2].astimezone(UTC), i),
    )
    busy: dict[str, list[tuple[datetime, int]]] = {}  # base -> heap of (end, room)
    free: dict[str, list[int]] = {}  # base -> heap of free rooms
    count: dict[str, int] = {}
    slot = [0] * len(items)
    for i in order:
        base, start, end = items[i]
        rooms_busy = busy.setdefault(base, [])
        rooms_free = free.setdefault(base, [])
        start = start.astimezone(UTC)
        while rooms_busy and rooms_busy[0][0] <= start:
            heapq.heappush(rooms_free, heapq.heappop(rooms_busy)[1])
        if rooms_free:
            room = heapq.heappop(rooms_free)
        else:
            room = count.get(base, 0)
            count[base] = room + 1
        heapq.heappush(rooms_busy, (end.astimezone(UTC), room))
        slot[i] = room

    used = set(taken)
    bases = set(count)
    names: dict[str, list[str]] = {}
    for base in sorted(count):
        found: list[str] = []
        n = 1
        while len(found) < count[base]:
            name = base if n == 1 else f"{base} {n}"
            n += 1
            if name in used or (name != base and name in bases):
                continue
            used.add(name)
            found.append(name)
        names[base] = found
    return [(names[base][slot[i]], base, slot[i]) for i, (base, _, _) in enumerate(items)]


def combined_track_slug(slugs: Sequence[str]) -> str:
    """The slug of the declared track that stands for several tracks."""
    return _COMBINED + "--".join(slugs)


def combined_track_members(slug: Any) -> tuple[str, ...] | None:
    """The member slugs of a combined track's slug; None for any other slug."""
    if not isinstance(slug, str) or not slug.startswith(_COMBINED):
        return None
    members = tuple(slug.removeprefix(_COMBINED).split("--"))
    return members if len(members) > 1 and all(members) else None


def combined_tracks(declared: Iterable[tuple[Any, Any]]) -> dict[str, str]:
    """Our combined tracks among a schedule's declared `(name, slug)`s.

    Each combined track's name maps to its members' names, comma-separated
    (as `match_tracks` reads them); a member the file does not declare by
    slug is given by its slug.
    """
    pairs = [
        (n.strip(), s.strip()) for n, s in declared if isinstance(n, str) and isinstance(s, str)
    ]
    names = {slug: name for name, slug in pairs if combined_track_members(slug) is None}
    found: dict[str, str] = {}
    for name, slug in pairs:
        members = combined_track_members(slug)
        if members is not None:
            found[name] = ", ".join(names.get(m, m) for m in members)
    return found


__all__ = [
    "HYBRID",
    "combined_track_members",
    "combined_track_slug",
    "combined_tracks",
    "is_virtual_room",
    "numbers",
    "person_guid",
    "virtual_room_guid",
    "virtual_rooms",
]


# Materials as frab references: (list, type). Files and recordings are `attachments`, pages and
# streams `links`; the types are the schema's Reference types. Join links are `links` of type
# `web` titled "Join …" and are no material (the reader leaves them out).
MATERIAL_REFERENCES: dict[MaterialKind, tuple[str, str]] = {
    MaterialKind.SLIDES: ("attachments", "slides"),
    MaterialKind.NOTES: ("attachments", "paper"),
    MaterialKind.RECORDING: ("attachments", "media"),
    MaterialKind.LIVESTREAM: ("links", "media"),
    MaterialKind.OTHER: ("links", "related"),
}
_MATERIAL_OF = {ref: kind for kind, ref in MATERIAL_REFERENCES.items()}
JOIN_TITLE = "Join "


def material_of(
    where: str, kind: str | None, title: str | None, url: str | None
) -> Material | None:
    """A frab reference (`where` is links | attachments) read back as a material; None for a
    join link, or a reference without an http(s) URL."""
    if not url or not url.startswith(("https://", "http://")) or any(c in url for c in "\r\n"):
        return None
    if len(url) > URL_MAX or not is_single_line(url):
        return None
    title = " ".join((title or "").split())
    title = title if is_single_line(title) else ""
    title = title[:TITLE_MAX]
    if where == "links" and (kind in (None, "web")) and title.startswith(JOIN_TITLE):
        return None
    found = _MATERIAL_OF.get((where, kind or ""))
    if found is None:
        found = MaterialKind.SLIDES if kind == "slides" else MaterialKind.OTHER
    return Material(found, title or url, url)
