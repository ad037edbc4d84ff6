"""iCalendar regressions: LOCATION without repeats, stable segment UIDs, defensive rendering."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from sessions.domain.clock import WallTime
from sessions.domain.model import Segment, SegmentKind, Session, Track, TrackMode
from sessions.domain.zones import get_zone
from sessions.renderers.base import RenderError
from sessions.renderers.ical import (
    ICalendarRenderer,
    Skipped,
    assemble,
    render_agenda,
    render_calendar,
)
from sessions.renderers.ical_components import (
    all_day_component,
    all_day_span,
    render_session,
    session_components,
)
from sessions.renderers.text import location_text
from tests.calendars.kit import by_uid

from .examples import HOST, IGF, EventData, igf_tracks, make_session, tccm_session

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


# --- defensive rendering: one bad item never breaks a shared calendar -------------------


def test_an_event_ending_on_the_last_date_is_a_render_error_not_an_overflow(
    options, season
) -> None:
    last = replace(season[0], start_date=date(9999, 12, 30), end_date=date.max)
    with pytest.raises(RenderError, match="9999-12-31"):
        all_day_component(last, options())
    with pytest.raises(RenderError):
        all_day_span(date.max, date.max)
    assert all_day_span(date(9999, 12, 30), date(9999, 12, 30)) == (
        date(9999, 12, 30),
        date.max,
    )


def test_a_calendar_of_two_events_leaves_out_the_one_it_cannot_render(options, season) -> None:
    good, other = season[0], season[1]
    bad = replace(other, start_date=date(9999, 12, 1), end_date=date.max)
    with pytest.raises(RenderError):
        render_calendar([good, bad], {}, options())
    skipped: list[Skipped] = []
    body = render_calendar([good, bad], {}, options(), on_skip=skipped.append)
    assert list(by_uid(body)) == [f"{good.id}@{HOST}"]
    [(kind, ident, error)] = skipped
    assert (kind, ident) == ("event", str(bad.id))
    assert isinstance(error, RenderError)
    # The same through the renderer object the services hold.
    again: list[Skipped] = []
    renderer = ICalendarRenderer({})
    assert renderer.render_calendar([good, bad], {}, options(), on_skip=again.append) == body
    assert [(k, i, str(e)) for k, i, e in again] == [(k, i, str(e)) for k, i, e in skipped]


def _two_sessions_one_unrenderable() -> tuple[EventData, Session, Session]:
    """Two sessions; the online one's track has a join link icalendar refuses (CR LF)."""
    in_person, online = igf_tracks()
    broken = replace(online, join_url="https://meet.example.org/x\r\nX-INJECTED:1")
    fine = tccm_session(tracks=("in-person",), segments=())
    refused = make_session(
        IGF, "Online side event", "2024-12-18T18:00", "2024-12-18T19:00", tracks=["online"]
    )
    return EventData(IGF, (in_person, broken), (fine, refused)), fine, refused


def test_an_agenda_leaves_out_the_session_it_cannot_render_and_says_which(options) -> None:
    data, fine, refused = _two_sessions_one_unrenderable()
    with pytest.raises(ValueError, match="CR or LF"):
        render_agenda(data.agenda(), options())
    skipped: list[Skipped] = []
    body = render_agenda(data.agenda(), options(), on_skip=skipped.append)
    assert list(by_uid(body)) == [f"{fine.id}@{HOST}"]
    assert b"X-INJECTED" not in body
    [(kind, ident, error)] = skipped
    assert (kind, ident) == ("session", str(refused.id))
    assert "CR or LF" in str(error)
    # Any exception, e.g. a session without an id (renderers need stable UIDs).
    anonymous = replace(fine, id=None, title="No id")
    data = EventData(IGF, igf_tracks(), (fine, anonymous))
    skipped.clear()
    cache: dict = {}
    body = ICalendarRenderer(cache).render(data.agenda(), options(), on_skip=skipped.append)
    assert list(by_uid(body)) == [f"{fine.id}@{HOST}"]
    assert [(kind, ident) for kind, ident, _ in skipped] == [("session", "No id")]
    assert len(cache) == 1  # only what rendered is cached


def test_an_event_whose_sessions_all_fail_shows_nothing_rather_than_its_dates(options) -> None:
    data, _, refused = _two_sessions_one_unrenderable()
    only_bad = EventData(data.event, data.tracks, (refused,))
    skipped: list[Skipped] = []
    body = render_calendar([IGF], {IGF.slug: only_bad.agenda()}, options(), on_skip=skipped.append)
    assert by_uid(body) == {}
    assert [kind for kind, _, _ in skipped] == ["session"]


def test_a_session_in_the_last_year_does_not_break_the_vtimezones(options) -> None:
    # The domain refuses such years (and its agenda cannot hold them); a renderer must
    # not trust that it did: the VTIMEZONE is built for the years that exist.
    event = replace(IGF, start_date=date(9999, 12, 30), end_date=date(9999, 12, 30))
    zone = get_zone(event.timezone)
    session = replace(
        tccm_session(segments=()),
        start=WallTime(datetime(9999, 12, 30, 10), 0, zone),
        end=WallTime(datetime(9999, 12, 30, 11), 0, zone),
    )
    piece = render_session(event, session, igf_tracks(), None, options())
    body = assemble([piece], options())
    assert b"TZID=Asia/Riyadh:99991230T100000" in body.replace(b"\r\n ", b"")
    assert b"BEGIN:VTIMEZONE" in body


def test_icscheck_passes_what_the_fixes_render(options, season, icscheck) -> None:
    data, _, _ = _two_sessions_one_unrenderable()
    bad = replace(season[1], start_date=date(9999, 12, 1), end_date=date.max)
    demo = EventData(
        replace(IGF, venue=DEMO_VENUE),
        (replace(igf_tracks()[0], location="KAICC, Riyadh"), igf_tracks()[1]),
        (tccm_session(),),
    )
    files = {
        "skipped-session.ics": render_agenda(data.agenda(), options(), on_skip=lambda _: None),
        "skipped-event.ics": render_calendar(
            [season[0], bad], {}, options(), on_skip=lambda _: None
        ),
        "demo-location.ics": render_agenda(demo.agenda("in-person"), options()),
        "segments.ics": render_agenda(demo.agenda(), options(segments=True)),
    }
    assert_passes(icscheck(files))


# --- the calendar's name is TEXT ---------------------------------------------------------


def test_a_calendar_name_with_backslashes_commas_and_semicolons_is_escaped(options) -> None:
    """Found by tests/hardening: an event titled `a\\ b\\` gave `X-WR-CALNAME:a\\ b\\`, an
    invalid escape and a trailing backslash (X- properties are written raw unless typed)."""
    from icalendar import Calendar

    name = "Forum \\ 2025, day; one\\"
    agenda = EventData(replace(IGF, title=name), igf_tracks(), [tccm_session()]).agenda()
    body = render_agenda(agenda, options())
    line = next(x for x in body.decode().split("\r\n") if x.startswith("X-WR-CALNAME"))
    assert line == "X-WR-CALNAME:Forum \\\\ 2025\\, day\\; one\\\\"
    parsed = Calendar.from_ical(body)
    assert str(parsed["NAME"]) == name
