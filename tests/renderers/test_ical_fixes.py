"""iCalendar regressions: LOCATION without repeats, stable segment UIDs, defensive rendering."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from sessions.domain.clock import WallTime
from sessions.domain.model import Segment, SegmentKind, Session, Track, TrackMode
from sessions.renderers.ical_components import session_components
from sessions.renderers.text import location_text

from .examples import IGF, igf_tracks, tccm_session

DEMO_VENUE = "King Abdulaziz International Conference Center, Riyadh"


def assert_passes(result) -> None:
    assert result.returncode == 0, "\n".join(result.failures) + "\n" + result.output[-3000:]


# --- LOCATION names each place once ----------------------------------------------------


def _in_person(location: str | None) -> Track:
    return Track("in-person", "In person", TrackMode.IN_PERSON, location=location)


@pytest.mark.parametrize(
    ("room", "location", "venue", "expected"),
    [
        # The demo: the track's location and the venue both end in the city.
        (
            "Workshop Room 2",
            "KAICC, Riyadh",
            DEMO_VENUE,
            "Workshop Room 2, KAICC, King Abdulaziz International Conference Center, Riyadh",
        ),
        # The same place in another case or spacing is the same place.
        ("Plenary Hall", None, "plenary  hall, Geneva", "plenary  hall, Geneva"),
        ("Room 1", "Messe Berlin", "Messe Berlin", "Room 1, Messe Berlin"),
        ("Room 1", "Messe Berlin, Berlin", "Berlin", "Room 1, Messe Berlin, Berlin"),
        # A place inside another one's words is still a place of its own.
        (
            "Hall 2",
            "Hall 21",
            "Main Street 5, Springfield",
            "Hall 2, Hall 21, Main Street 5, Springfield",
        ),
        (None, None, "Riyadh", "Riyadh"),
        (" ", None, None, None),
    ],
)
def test_location_names_each_place_once(room, location, venue, expected) -> None:
    event = replace(IGF, venue=venue)
    session = tccm_session(room=room)
    assert location_text(event, session, [_in_person(location)]) == expected


def test_the_demos_location_in_a_calendar(options) -> None:
    event = replace(IGF, venue=DEMO_VENUE)
    tracks = (replace(igf_tracks()[0], location="KAICC, Riyadh"), igf_tracks()[1])
    [vevent] = session_components(event, tccm_session(), tracks, "in-person", options())
    location = str(vevent["LOCATION"])
    assert location == (
        "Workshop Room 2, KAICC, King Abdulaziz International Conference Center, Riyadh"
    )
    assert location.count("Riyadh") == 1
    assert "In person: " + location in str(vevent["DESCRIPTION"])


# --- segment UIDs survive a resize ---------------------------------------------------------


def _segment_uids(session: Session, options, track: str | None = None) -> dict[str, str]:
    """SUMMARY's segment title -> UID, in a `segments=1` feed."""
    vevents = session_components(IGF, session, igf_tracks(), track, options(segments=True))
    return {str(v["SUMMARY"]).split(" (")[0]: str(v["UID"]) for v in vevents}


def _with_segments(session: Session, *segments: Segment) -> Session:
    return replace(session, segments=tuple(segments))


def test_resizing_or_moving_a_segment_keeps_its_uid(options) -> None:
    tccm = tccm_session()
    before = _segment_uids(tccm, options)
    assert len(set(before.values())) == 4
    presentation, qa, *rest = tccm.segments
    minutes = timedelta(minutes=5)
    resized = _with_segments(
        tccm,
        replace(presentation, end_offset=presentation.end_offset + minutes),
        replace(qa, start_offset=qa.start_offset + minutes),
        *rest,
    )
    assert _segment_uids(resized, options) == before
    # The whole session moved an hour later: its plan moves with it, the UIDs stay.
    later = tccm_session(start=_shifted(tccm.start, 1), end=_shifted(tccm.end, 1))
    assert _segment_uids(later, options) == before
    # Each track's feed names a segment by the same UID.
    for track in ("in-person", "online"):
        feed = _segment_uids(tccm, options, track)
        assert feed == {title: before[title] for title in feed}


def test_a_new_segment_leaves_the_others_uids_alone(options) -> None:
    tccm = tccm_session()
    before = _segment_uids(tccm, options)
    presentation, *rest = tccm.segments
    # Five minutes of welcome before the presentation, which is shortened.
    welcome = Segment(SegmentKind.OTHER, "Welcome", timedelta(0), timedelta(minutes=5))
    shorter = replace(presentation, start_offset=timedelta(minutes=5))
    after = _segment_uids(_with_segments(tccm, welcome, shorter, *rest), options)
    assert {title: after[title] for title in before} == before
    assert after["Welcome"] not in before.values()


def test_segments_with_the_same_kind_title_and_tracks_are_told_apart_by_order(options) -> None:
    tccm = tccm_session()
    first, qa, *rest = tccm.segments
    twice = replace(qa, title=first.title, kind=first.kind)
    vevents = session_components(
        IGF, _with_segments(tccm, first, twice, *rest), igf_tracks(), None, options(segments=True)
    )
    uids = [str(v["UID"]) for v in vevents]
    assert len(set(uids)) == len(uids) == 4
    assert uids[0] == _segment_uids(tccm, options)[first.title]
    # A title written with other spaces or case is the same title.
    respaced = replace(first, title=f"  {first.title.upper()} ")
    [again, *_] = session_components(
        IGF,
        _with_segments(tccm, respaced, *tccm.segments[1:]),
        igf_tracks(),
        None,
        options(segments=True),
    )
    assert str(again["UID"]) == uids[0]


def _shifted(wall: WallTime, hours: int) -> WallTime:
    return replace(wall, wall=wall.wall + timedelta(hours=hours))
