"""The iCalendar renderer: content, invites, all-day spans, caching, and icscheck."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from sessions.domain.agenda import build_agenda
from sessions.domain.model import SessionStatus
from sessions.domain.zones import get_zone
from sessions.renderers import RENDERERS, Renderer
from sessions.renderers.base import RenderOptions
from sessions.renderers.ical import (
    MEDIA_TYPE,
    ICalendarRenderer,
    invite_method,
    render_agenda,
    render_calendar,
)
from sessions.renderers.ical_components import (
    all_day_component,
    all_day_span,
    component_key,
    render_session,
    session_components,
)
from sessions.renderers.vtimezone import vtimezone

from .examples import (
    HOST,
    IGF,
    JOIN_URL,
    NOTE,
    NOW,
    UPDATED,
    EventData,
    igf_neighbours,
    igf_tracks,
    tccm_session,
)
from .world_examples import ARABIC_TITLE, big_event

TCCM_UTC = "20241218T124500Z/20241218T134500Z"


def unfold(data: bytes) -> str:
    return data.replace(b"\r\n ", b"").decode("utf-8")


def events_of(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def by_summary(data: bytes) -> dict[str, object]:
    return {str(e["SUMMARY"]): e for e in events_of(data)}


def tccm_uid() -> str:
    return f"{tccm_session().id}@{HOST}"


def only_tccm(**changes) -> EventData:
    return EventData(IGF, igf_tracks(), (tccm_session(**changes),))


def session_page() -> str:
    """The page a calendar entry's URL must open: the session's own, never the API or a join link."""
    return f"https://sessions.example.org/e/{IGF.slug}/s/{tccm_session().id}"


# ---------------------------------------------------------------------------
# The contract
# ---------------------------------------------------------------------------


def test_renderers_keep_the_contract():
    for identifier, cls in RENDERERS.items():
        renderer = cls()
        assert isinstance(renderer, Renderer)
        assert renderer.identifier == identifier
    ical = ICalendarRenderer()
    assert (ical.extension, ical.media_type) == ("ics", MEDIA_TYPE)
    assert MEDIA_TYPE == "text/calendar; charset=utf-8"


def test_options_refuse_what_would_make_bad_calendars():
    with pytest.raises(ValueError, match="aware"):
        RenderOptions(now=datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="ORGANIZER"):
        RenderOptions(now=NOW, method="PUBLISH")
    with pytest.raises(ValueError, match="method"):
        RenderOptions(now=NOW, method="REQUEST", organiser_email="o@example.org")
    with pytest.raises(ValueError, match="reader_zone"):
        RenderOptions(now=NOW, reader_zone="asia/riyadh")
    with pytest.raises(ValueError, match="host"):
        RenderOptions(now=NOW, host="bad host")
    with pytest.raises(ValueError, match="base_url"):
        RenderOptions(now=NOW, base_url="javascript:alert(1)")


# ---------------------------------------------------------------------------
# The reference session
# ---------------------------------------------------------------------------


def test_tccm_event_fields(options):
    data = render_agenda(only_tccm().agenda(), options())
    (event,) = events_of(data)
    assert str(event["UID"]) == tccm_uid()
    assert event["SEQUENCE"] == 0
    assert event["STATUS"] == "CONFIRMED"
    assert event["DTSTART"].params["TZID"] == "Asia/Riyadh"
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2024, 12, 18, 15, 45)
    assert event["DTEND"].dt.replace(tzinfo=None) == datetime(2024, 12, 18, 16, 45)
    assert event["DTSTART"].dt.astimezone(UTC) == datetime(2024, 12, 18, 12, 45, tzinfo=UTC)
    assert event["DTSTAMP"].dt == UPDATED  # a feed: DTSTAMP is the last change
    assert event["LAST-MODIFIED"].dt == UPDATED
    text = unfold(data)
    assert "DTSTART;TZID=Asia/Riyadh:20241218T154500" in text
    assert "DTEND;TZID=Asia/Riyadh:20241218T164500" in text
    assert "DTSTAMP:20241120T083000Z" in text
    assert "METHOD" not in text
    assert "X-WR-CALNAME:Internet Governance Forum 2024" in text
    assert "X-WR-TIMEZONE:Asia/Riyadh" in text
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in text
    assert "X-PUBLISHED-TTL:PT1H" in text
    assert text.count("BEGIN:VTIMEZONE") == 1
    assert "TZID:Asia/Riyadh" in text
    assert data.endswith(b"END:VCALENDAR\r\n")


def test_one_vtimezone_per_tzid(options, world_events, igf):
    events = [w.event for w in world_events] + [igf.event]
    agendas = {w.event.slug: w.agenda() for w in (*world_events, igf)}
    text = unfold(render_calendar(events, agendas, options()))
    used = set(re.findall(r";TZID=([^:;]+)[:;]", text))
    defined = re.findall(r"^TZID:(.+?)\r$", text, flags=re.M)
    assert sorted(defined) == sorted(set(defined)) == sorted(used)
    # IANA names, never Windows names or GMT offsets; UTC zones are written with Z.
    assert "US/Eastern" in used  # a link name stays as the organiser gave it
    assert {"Asia/Riyadh", "Europe/Zurich", "America/Los_Angeles", "Etc/GMT-3"} <= used
    assert "UTC" not in used


def test_vtimezone_starts_observances_at_the_local_time_before_the_change():
    text = vtimezone("America/Los_Angeles", 2025, 2025).decode()
    daylight = text[text.index("BEGIN:DAYLIGHT") : text.index("END:DAYLIGHT")]
    assert "DTSTART:20250309T020000" in daylight  # 02:00 PST, not 03:00 PDT
    assert "TZOFFSETFROM:-0800" in daylight and "TZOFFSETTO:-0700" in daylight
    standard = text[text.rindex("BEGIN:STANDARD") : text.rindex("END:STANDARD")]
    assert "DTSTART:20251102T020000" in standard


def test_in_person_reader_gets_location_and_their_segments(options):
    data = render_agenda(only_tccm().agenda("in-person"), options())
    (event,) = events_of(data)
    assert str(event["LOCATION"]) == (
        "Workshop Room 2, King Abdulaziz International Conference Center, Riyadh"
    )
    assert "CONFERENCE" not in event
    assert str(event["URL"]) == session_page()
    assert event["CATEGORIES"].cats == ["In person"]
    description = str(event["DESCRIPTION"])
    assert "Networking opportunity for in-person attendees" in description
    assert "Facilitated discussion" not in description
    assert "15:45–16:05  Presentation on TCCM (presentation)" in description
    assert "16:25–16:45  Networking opportunity" in description


def test_online_reader_gets_join_link_and_their_segments(options):
    data = render_agenda(only_tccm().agenda("online"), options())
    (event,) = events_of(data)
    assert "LOCATION" not in event
    # URL opens the session's page; the join link is CONFERENCE and the description's first line.
    assert str(event["URL"]) == session_page()
    assert str(event["DESCRIPTION"]).splitlines()[0] == f"Join online: {JOIN_URL}"
    conference = event["CONFERENCE"]
    assert str(conference) == JOIN_URL
    assert conference.params["VALUE"] == "URI"
    assert conference.params["FEATURE"] == ["AUDIO", "VIDEO"]
    assert "LABEL" in conference.params
    assert "CONFERENCE;FEATURE=AUDIO,VIDEO;LABEL=" in unfold(data)
    assert event["CATEGORIES"].cats == ["Online"]
    description = str(event["DESCRIPTION"])
    assert "16:25–16:45  Facilitated discussion for online attendees (discussion)" in description
    assert "Networking" not in description


def test_reader_without_track_sees_every_segment_with_its_tracks(options):
    (event,) = events_of(render_agenda(only_tccm().agenda(), options()))
    description = str(event["DESCRIPTION"])
    assert "Presentation on TCCM (presentation) — everyone" in description
    assert "Networking opportunity for in-person attendees (networking) — In person only" in (
        description
    )
    assert "Facilitated discussion for online attendees (discussion) — Online only" in description
    assert "LOCATION" in event and "CONFERENCE" in event
    assert event["CATEGORIES"].cats == ["In person", "Online"]


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (
            "America/New_York",
            "Your local time: Wed 18 Dec 2024, 07:45–08:45 (America/New_York, UTC-05:00)",
        ),
        (
            "Australia/Sydney",
            "Your local time: Wed 18 Dec 2024 23:45 – Thu 19 Dec 2024 00:45 "
            "(Australia/Sydney, UTC+11:00) — crosses your midnight",
        ),
    ],
)
def test_reader_zone_adds_local_times(options, zone, expected):
    (event,) = events_of(render_agenda(only_tccm().agenda("online"), options(reader_zone=zone)))
    description = str(event["DESCRIPTION"])
    assert "When: Wed 18 Dec 2024, 15:45–16:45 (Asia/Riyadh, UTC+03:00)" in description
    assert expected in description
    # Times stay in the event's zone; only the description speaks of the reader's.
    assert event["DTSTART"].params["TZID"] == "Asia/Riyadh"


def test_facilitator_notes_never_appear(options, igf):
    outputs = []
    for track in (None, "in-person", "online"):
        agenda = igf.agenda(track)
        outputs.append(render_agenda(agenda, options()))
        outputs.append(render_agenda(agenda, options(segments=True, reader_zone="Asia/Tokyo")))
        outputs.append(render_agenda(agenda, options(utc=True)))
    invite = options(method="PUBLISH", organiser_email="igf@example.org")
    outputs.append(render_agenda(only_tccm().agenda("online"), invite))
    assert all(tccm_session().segments[i].notes for i in range(4))
    for data in outputs:
        text = unfold(data)
        assert NOTE not in text and "cue" not in text


def test_status_sequence_and_tentative(options, igf):
    events = by_summary(render_agenda(igf.agenda(), options()))
    assert events["Youth IGF: dialogue"]["STATUS"] == "TENTATIVE"
    cancelled = events["Cancelled workshop"]
    assert cancelled["STATUS"] == "CANCELLED"  # kept, so subscribed calendars drop it
    assert cancelled["SEQUENCE"] == 2


def test_utc_variant(options):
    data = render_agenda(only_tccm().agenda(), options(utc=True))
    text = unfold(data)
    assert "DTSTART:20241218T124500Z" in text and "DTEND:20241218T134500Z" in text
    assert "VTIMEZONE" not in text and "TZID" not in text
    assert "X-WR-TIMEZONE" not in text


def test_segments_variant_emits_one_event_per_segment_of_the_track(options):
    data = render_agenda(
        only_tccm().agenda("online"), options(segments=True, alarm_before=timedelta(minutes=5))
    )
    events = events_of(data)
    assert [str(e["SUMMARY"]) for e in events] == [
        f"Presentation on TCCM ({tccm_session().title})",
        f"Question & Answer session with panellists ({tccm_session().title})",
        f"Facilitated discussion for online attendees ({tccm_session().title})",
    ]
    assert [e["DTSTART"].dt.replace(tzinfo=None) for e in events] == [
        datetime(2024, 12, 18, 15, 45),
        datetime(2024, 12, 18, 16, 5),
        datetime(2024, 12, 18, 16, 25),
    ]
    assert len({str(e["UID"]) for e in events}) == 3
    assert all(str(e["RELATED-TO"]) == tccm_uid() for e in events)
    assert all(e["SEQUENCE"] == 0 for e in events)
    assert all(len(e.walk("VALARM")) == 1 for e in events)
    assert "TRIGGER:-PT5M" in unfold(data)
    again = events_of(render_agenda(only_tccm().agenda("online"), options(segments=True)))
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in events]


# ---------------------------------------------------------------------------
# Invites: METHOD, ORGANIZER, CANCEL
# ---------------------------------------------------------------------------


def test_publish_invite(options):
    session = tccm_session()
    assert invite_method(session) == "PUBLISH"
    data = render_agenda(
        only_tccm().agenda("online"),
        options(
            method="PUBLISH", organiser_email="igf@example.org", organiser_name="IGF Secretariat"
        ),
    )
    text = unfold(data)
    assert "METHOD:PUBLISH" in text
    assert 'ORGANIZER;CN="IGF Secretariat":mailto:igf@example.org' in text
    assert "X-WR-CALNAME" not in text and "REFRESH-INTERVAL" not in text
    (event,) = events_of(data)
    assert event["DTSTAMP"].dt == NOW  # a message: DTSTAMP is when it was made


def test_cancel_invite(options):
    cancelled = tccm_session(status=SessionStatus.CANCELLED, sequence=1)
    assert invite_method(cancelled) == "CANCEL"
    data = render_agenda(
        EventData(IGF, igf_tracks(), (cancelled,)).agenda(),
        options(
            method="CANCEL", organiser_email="igf@example.org", alarm_before=timedelta(minutes=10)
        ),
    )
    text = unfold(data)
    assert "METHOD:CANCEL" in text and "STATUS:CANCELLED" in text and "SEQUENCE:1" in text
    assert "VALARM" not in text
    assert len(events_of(data)) == 1
    with pytest.raises(ValueError, match="one UID"):
        render_agenda(
            EventData(IGF, igf_tracks(), (cancelled,)).agenda(),
            options(method="CANCEL", organiser_email="igf@example.org", segments=True),
        )


def test_invite_needs_a_session(options):
    empty = build_agenda(IGF, [], get_zone("Asia/Riyadh"), tracks=igf_tracks())
    with pytest.raises(ValueError, match="needs a session"):
        render_agenda(empty, options(method="PUBLISH", organiser_email="igf@example.org"))


# ---------------------------------------------------------------------------
# Dates-only events and /calendar.ics
# ---------------------------------------------------------------------------


def test_all_day_span_is_dates_with_exclusive_end(options, season):
    assert all_day_span(date(2025, 4, 7), date(2025, 4, 11)) == (
        date(2025, 4, 7),
        date(2025, 4, 12),
    )
    cstd = next(e for e in season if e.slug == "cstd-2025")
    text = unfold(all_day_component(cstd, options()).to_ical())
    assert "DTSTART;VALUE=DATE:20250407" in text
    assert "DTEND;VALUE=DATE:20250412" in text
    deadline = next(e for e in season if e.slug == "consultation-2025")
    text = unfold(all_day_component(deadline, options()).to_ical())
    assert "DTSTART;VALUE=DATE:20250131" in text and "DTEND;VALUE=DATE:20250201" in text
    assert "SUMMARY:Deadline: Consultation due" in text


def test_combined_calendar(options, season, igf):
    events = [igf.event, *season]
    data = render_calendar(
        events, {igf.event.slug: igf.agenda()}, options(calendar_name="TCCM 2024–25")
    )
    text = unfold(data)
    spans = {
        str(e["SUMMARY"]): (e["DTSTART"].dt, e["DTEND"].dt)
        for e in events_of(data)
        if not isinstance(e["DTSTART"].dt, datetime)
    }
    assert spans == {
        "Deadline: Consultation due": (date(2025, 1, 31), date(2025, 2, 1)),
        "ICANN 82": (date(2025, 3, 8), date(2025, 3, 14)),
        "Submission deadline": (date(2025, 3, 14), date(2025, 3, 15)),
        "CSTD 28th session": (date(2025, 4, 7), date(2025, 4, 12)),
        "IGF 2025": (date(2025, 6, 23), date(2025, 6, 28)),
        "WSIS+20 High-Level Event": (date(2025, 7, 7), date(2025, 7, 12)),
        "UN General Assembly (UNGA 80)": (date(2025, 9, 22), date(2025, 10, 1)),
    }
    assert tccm_uid() in text
    assert text.count("BEGIN:VTIMEZONE") == 1  # only the timed sessions need one
    assert "X-WR-CALNAME:TCCM 2024–25" in text
    assert "METHOD" not in text
    with pytest.raises(ValueError, match="no METHOD"):
        render_calendar(events, {}, options(method="PUBLISH", organiser_email="o@example.org"))


def test_event_without_sessions_is_shown_as_its_dates(options, season):
    cstd = next(e for e in season if e.slug == "cstd-2025")
    agenda = build_agenda(cstd, [], get_zone(cstd.timezone))
    text = unfold(render_agenda(agenda, options()))
    assert "DTSTART;VALUE=DATE:20250407" in text and "DTEND;VALUE=DATE:20250412" in text


# ---------------------------------------------------------------------------
# Times around clock changes
# ---------------------------------------------------------------------------


def test_repeated_hour_is_written_in_utc(options, world_events):
    zurich = next(w for w in world_events if w.event.slug == "zurich-fallback")
    data = render_agenda(zurich.agenda(), options())
    events = by_summary(data)
    second = events["Second 02:30 (winter time)"]
    assert second["DTSTART"].dt == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    first = events["First 02:30 (summer time)"]
    assert first["DTSTART"].dt == datetime(2025, 10, 26, 0, 5, tzinfo=UTC)
    monday = events["Monday morning"]
    assert monday["DTSTART"].params["TZID"] == "Europe/Zurich"
    assert "X-WR-TIMEZONE" not in unfold(data)


def test_arabic_title_folds_between_characters(options, world_events):
    riyadh = next(w for w in world_events if w.event.slug == "riyadh-arabic")
    data = render_agenda(riyadh.agenda(), options())
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no fold splits a character
    assert ARABIC_TITLE in {str(e["SUMMARY"]) for e in events_of(data)}
    assert any(line.startswith(b"SUMMARY:") and len(line) > 60 for line in lines)


# ---------------------------------------------------------------------------
# Composition and caching
# ---------------------------------------------------------------------------


class CountingCache(dict):
    def __init__(self):
        super().__init__()
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


def test_calendar_is_composed_from_cacheable_pieces(options, igf):
    opts = options(reader_zone="Europe/Berlin")
    agenda = igf.agenda("online")
    cache = CountingCache()
    plain = render_agenda(agenda, opts)
    assert render_agenda(agenda, opts, cache) == plain
    online = [s for s in igf.sessions if "online" in s.tracks]
    assert cache.writes == len(online) == len(igf.sessions)
    # `now` is not written in feeds whose sessions have updated_at: still cached.
    assert render_agenda(agenda, replace(opts, now=NOW + timedelta(hours=1)), cache) == plain
    assert cache.writes == len(online)

    moved = tccm_session(
        start=replace(tccm_session().start, wall=datetime(2024, 12, 18, 16, 0)),
        end=replace(tccm_session().end, wall=datetime(2024, 12, 18, 17, 0)),
        sequence=1,
        version=2,
        updated_at=UPDATED + timedelta(days=1),
    )
    changed = EventData(IGF, igf_tracks(), (moved, *igf_neighbours()))
    after = render_agenda(changed.agenda("online"), opts, cache)
    assert cache.writes == len(online) + 1  # one piece re-rendered, not all
    assert after == render_agenda(changed.agenda("online"), opts)
    assert "SEQUENCE:1" in unfold(after)


def test_one_session_piece(options, tccm):
    tracks = igf_tracks()
    piece = render_session(IGF, tccm, tracks, "in-person", options())
    assert piece.tzids == {"Asia/Riyadh"}
    assert piece.uids == (tccm_uid(),)
    assert piece.ical.startswith(b"BEGIN:VEVENT\r\n") and piece.ical.endswith(b"END:VEVENT\r\n")
    assert piece.first == datetime(2024, 12, 18, 12, 45, tzinfo=UTC)
    (component,) = session_components(IGF, tccm, tracks, "in-person", options())
    assert component.to_ical() == piece.ical
    key = component_key(IGF, tccm, tracks, "in-person", options())
    assert key == component_key(IGF, tccm, tracks, "in-person", options(now=NOW + timedelta(1)))
    assert key != component_key(IGF, tccm, tracks, "online", options())
    assert key != component_key(IGF, replace(tccm, version=2), tracks, "in-person", options())


def test_thousand_sessions_render_and_cache(options):
    big = big_event(1000)
    agenda = big.agenda("online")
    cache: dict = {}
    data = render_agenda(agenda, options(), cache)
    assert data.count(b"BEGIN:VEVENT") == 1000
    assert render_agenda(agenda, options(), cache) == data
    assert NOTE not in unfold(data)


# ---------------------------------------------------------------------------
# Conformance: the kit's icscheck
# ---------------------------------------------------------------------------


def assert_passes(result):
    assert result.returncode == 0, "\n".join(result.failures) + "\n" + result.output[-3000:]


def test_icscheck_reference_calendars(options, igf, icscheck):
    files = {
        "event.ics": render_agenda(igf.agenda(), options()),
        "in-person.ics": render_agenda(
            igf.agenda("in-person"), options(reader_zone="Europe/Paris")
        ),
        "online.ics": render_agenda(
            igf.agenda("online", tz="America/New_York"), options(reader_zone="America/New_York")
        ),
        "online-segments.ics": render_agenda(
            igf.agenda("online"),
            options(
                segments=True, alarm_before=timedelta(minutes=5), reader_zone="Australia/Sydney"
            ),
        ),
        "utc.ics": render_agenda(igf.agenda(), options(utc=True)),
    }
    result = icscheck(files, "--expect-utc", f"{tccm_uid()}={TCCM_UTC}")
    assert_passes(result)
    assert re.search(rf"^PASS .*: expect-utc:{re.escape(tccm_uid())}: ", result.output, re.M)
    # Every independent parser took part (they are test dependencies, not optional here).
    skipped = [line for line in result.output.splitlines() if line.startswith("SKIP")]
    assert not skipped, "install the kit's parsers into the test environment:\n" + "\n".join(
        skipped
    )


def test_icscheck_publish_then_cancel(options, icscheck):
    invite = options(method="PUBLISH", organiser_email="igf@example.org", organiser_name="IGF")
    publish = render_agenda(only_tccm().agenda("online"), invite)
    cancelled = tccm_session(status=SessionStatus.CANCELLED, sequence=1)
    cancel = render_agenda(
        EventData(IGF, igf_tracks(), (cancelled,)).agenda("online"),
        options(
            method="CANCEL",
            organiser_email="igf@example.org",
            organiser_name="IGF",
            now=NOW + timedelta(days=2),
        ),
    )
    result = icscheck(
        {"1-publish.ics": publish, "2-cancel.ics": cancel},
        "--expect-utc",
        f"{tccm_uid()}={TCCM_UTC}",
    )
    assert_passes(result)
    assert "PASS input: itip-sequence" in result.output


def test_icscheck_world(options, world_events, icscheck):
    events = [w.event for w in world_events]
    expected = {
        # 01:30 PST -> 03:30 PDT is one hour.
        ("seattle-dst", 0): "20250309T093000Z/20250309T103000Z",
        # 02:30 in winter time, the second of the two.
        ("zurich-fallback", 1): "20251026T013000Z/20251026T023000Z",
        ("us-eastern-link", 0): "20251102T063000Z/20251102T073000Z",
        ("kathmandu", 0): "20250501T033000Z/20250501T041500Z",
        ("kiritimati", 0): "20251231T090000Z/20251231T103000Z",
        ("santiago-midnight", 1): "20250907T040000Z/20250907T050000Z",
    }
    by_slug = {w.event.slug: w for w in world_events}
    expect_args = []
    for (slug, n), span in expected.items():
        expect_args += ["--expect-utc", f"{by_slug[slug].sessions[n].id}@{HOST}={span}"]
    files = {
        "world.ics": render_calendar(
            events, {w.event.slug: w.agenda() for w in world_events}, options()
        ),
        "world-online.ics": render_calendar(
            events,
            {w.event.slug: w.agenda("online") for w in world_events},
            options(segments=True, reader_zone="Pacific/Auckland"),
        ),
        "world-in-person-utc.ics": render_calendar(
            events, {w.event.slug: w.agenda("in-person") for w in world_events}, options(utc=True)
        ),
    }
    for slug in ("zurich-fallback", "seattle-dst", "us-eastern-link", "lord-howe", "riyadh-arabic"):
        files[f"{slug}.ics"] = render_agenda(
            by_slug[slug].agenda(), options(reader_zone="Asia/Kolkata")
        )
    assert_passes(icscheck(files, *expect_args))


def test_icscheck_season_calendar(options, season, igf, icscheck):
    data = render_calendar([igf.event, *season], {igf.event.slug: igf.agenda()}, options())
    assert_passes(icscheck({"calendar.ics": data}, "--expect-utc", f"{tccm_uid()}={TCCM_UTC}"))


def test_icscheck_large_feed(options, icscheck):
    big = big_event(300, slug="large-feed")
    data = render_agenda(big.agenda("in-person"), options(reader_zone="America/Chicago"))
    assert_passes(icscheck({"large.ics": data}, "--skip", "parse:khal"))


def test_all_day_span_is_stable_when_the_event_says_when_it_changed(options, season):
    cstd = replace(next(e for e in season if e.slug == "cstd-2025"), updated_at=UPDATED)
    first = all_day_component(cstd, options()).to_ical()
    assert first == all_day_component(cstd, options(now=NOW + timedelta(days=3))).to_ical()
    text = unfold(first)
    assert "DTSTAMP:20241120T083000Z" in text and "LAST-MODIFIED:20241120T083000Z" in text
    # Without a timestamp of its own the span is stamped with `now`.
    bare = next(e for e in season if e.slug == "cstd-2025")
    assert "DTSTAMP:20241201T090000Z" in unfold(all_day_component(bare, options()).to_ical())
