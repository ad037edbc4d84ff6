"""BCP 47 well-formedness, which join link applies, and who gets a private one (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessions.domain.hybrid import Hybrid, JoinAudience, language_tag, link_shown, speaks

WELL_FORMED = {
    "en": "en",
    "FR": "fr",
    "zh-hant-tw": "zh-Hant-TW",
    "sgn-BE-FR": "sgn-BE-FR",
    "ase": "ase",
    "es-419": "es-419",
    "de-CH-1901": "de-CH-1901",
    "en-a-bbb-x-a-ccc": "en-a-bbb-x-a-ccc",
    "x-whatever": "x-whatever",
    "zh-yue-HK": "zh-yue-HK",
    "i-klingon": "i-klingon",
}
REFUSED = [
    "",
    "english",  # 5-8 letter primary subtags are reserved, none registered
    "fren",
    "1234",
    "fr-",
    "-fr",
    "fr--CA",
    "de-1901-1901",  # a variant twice
    "en-a-bbb-a-ccc",  # an extension singleton twice
    "fr CA",
    "fr_CA",
    "é",
    "en-x",
    "a" * 70,
]


@pytest.mark.parametrize(("tag", "canonical"), WELL_FORMED.items())
def test_well_formed_tags_are_kept_in_conventional_case(tag: str, canonical: str) -> None:
    assert language_tag(tag) == canonical


@pytest.mark.parametrize("tag", REFUSED)
def test_malformed_tags_are_refused(tag: str) -> None:
    assert language_tag(tag) is None


@given(st.sampled_from(sorted(WELL_FORMED)))
def test_conventional_case_is_stable(tag: str) -> None:
    once = language_tag(tag)
    assert once is not None and language_tag(once) == once
    assert language_tag(tag.upper()) == once


START = datetime(2024, 12, 18, 12, 45, tzinfo=UTC)


@given(st.integers(0, 72), st.integers(-100 * 60, 100 * 60))
def test_a_private_link_opens_to_registrants_exactly_hours_before(hours: int, minutes: int) -> None:
    now = START + timedelta(minutes=minutes)
    shown = link_shown(True, hours, START, JoinAudience.REGISTRANT, now)
    assert shown == (now >= START - timedelta(hours=hours))
    assert link_shown(True, hours, START, JoinAudience.TEAM, now)
    assert not link_shown(True, hours, START, JoinAudience.PUBLIC, now)
    assert link_shown(False, hours, START, JoinAudience.PUBLIC, now)


def test_a_language_is_followed_when_spoken_interpreted_or_signed() -> None:
    h = Hybrid(languages=("fr-CA",), interpretation=("ar",), sign_language=("ase",))
    assert speaks(h, "fr") and speaks(h, "ar") and speaks(h, "ase")
    assert not speaks(h, "f") and not speaks(h, "en")


def test_the_link_that_applies() -> None:
    from sessions.domain.clock import WallTime
    from sessions.domain.joining import PUBLIC, Reader, during_segment, session_join
    from sessions.domain.model import Segment, SegmentKind, Session, Track, TrackMode
    from sessions.domain.zones import get_zone

    zone = get_zone("Asia/Riyadh")
    start = WallTime(datetime(2024, 12, 18, 15, 45), 0, zone)
    end = WallTime(datetime(2024, 12, 18, 16, 45), 0, zone)
    tracks = {
        "in-person": Track("in-person", "In person", TrackMode.IN_PERSON),
        "online": Track("online", "Online", TrackMode.ONLINE, join_url="https://t.example/on"),
    }
    breakout = Segment(
        SegmentKind.DISCUSSION,
        "Talk",
        timedelta(minutes=40),
        timedelta(minutes=60),
        ("online",),
        hybrid=Hybrid(join_url="https://t.example/b"),
    )
    plain = Session("S", start, end, ("in-person", "online"), segments=(breakout,))
    [link] = session_join("E", plain, tracks, "online")
    assert (link.url, link.label) == ("https://t.example/on", "Join E online (Online)")
    assert session_join("E", plain, tracks, "in-person") == []
    [during] = during_segment("E", plain, breakout, tracks, "online")
    assert (during.url, during.label, during.breakout) == (
        "https://t.example/b",
        "Breakout: Talk",
        True,
    )

    own = Session(
        "S",
        start,
        end,
        ("in-person", "online"),
        hybrid=Hybrid(join_url="https://t.example/s", join_private=True),
    )
    [withheld] = session_join("E", own, tracks, "online", PUBLIC)
    assert (withheld.url, withheld.private) == (None, True)  # not the track's link instead
    [given_] = session_join("E", own, tracks, "online", Reader(JoinAudience.REGISTRANT, None))
    assert given_.url == "https://t.example/s"
    # A session in no online track: its own link is for everyone.
    alone = Session("S", start, end, ("in-person",), hybrid=Hybrid(join_url="https://t.example/s"))
    assert [x.url for x in session_join("E", alone, tracks, "in-person")] == ["https://t.example/s"]
