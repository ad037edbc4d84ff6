"""iCalendar regressions: LOCATION without repeats, stable segment UIDs, defensive rendering."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sessions.domain.model import Track, TrackMode
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
