"""Which join link applies, and who may have it (PRODUCT.md, Hybrid details).

A segment's own link applies during that segment (a breakout); otherwise the session's own
link, which overrides its online tracks' links; otherwise each online track's. A private link
reaches only registrants (from `join_private_hours` before the session, when set) and the
event's team; anyone else gets it *withheld* (`url` None), and a withheld link is never
replaced by a public one further down (the session's private link does not fall back to the
track's, so nobody is sent to the wrong room).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sessions.domain.hybrid import JoinAudience, link_shown
from sessions.domain.model import Segment, Session, Track, TrackMode


@dataclass(frozen=True, slots=True)
class JoinLink:
    """A link as one reader gets it: `url` None when it is private and withheld from them."""

    label: str
    url: str | None
    private: bool = False
    breakout: bool = False


@dataclass(frozen=True, slots=True)
class Reader:
    """Who reads, and when (for `join_private_hours`); the default is the public."""

    audience: JoinAudience = JoinAudience.PUBLIC
    at: datetime | None = None


PUBLIC = Reader()


def _link(
    label: str,
    url: str,
    private: bool,
    hours: int | None,
    session: Session,
    reader: Reader,
    *,
    breakout: bool = False,
) -> JoinLink:
    shown = link_shown(private, hours, session.start_instant, reader.audience, reader.at)
    return JoinLink(label, url if shown else None, private, breakout)


def _online(session: Session, tracks: Mapping[str, Track], reading: Iterable[str]) -> list[Track]:
    return [
        t for slug in reading if (t := tracks.get(slug)) is not None and t.mode is TrackMode.ONLINE
    ]


def session_join(
    event_title: str,
    session: Session,
    tracks: Mapping[str, Track],
    track: str | None,
    reader: Reader = PUBLIC,
) -> list[JoinLink]:
    """The links that apply to the whole session for a reader of `track` (None: every
    track): the session's own (for its online readers, or everyone when it is in no online
    track), else each online track's that has one."""
    reading = [track] if track is not None else list(session.tracks)
    online = _online(session, tracks, reading)
    own = session.hybrid
    if own.join_url and (online or not _online(session, tracks, session.tracks)):
        return [
            _link(
                f"Join {session.title} online",
                own.join_url,
                own.join_private,
                own.join_private_hours,
                session,
                reader,
            )
        ]
    return [
        _link(
            f"Join {event_title} online ({t.name})",
            t.join_url,
            t.join_private,
            t.join_private_hours,
            session,
            reader,
        )
        for t in online
        if t.join_url
    ]


def segment_join(segment: Segment, session: Session, reader: Reader = PUBLIC) -> JoinLink | None:
    """A segment's own link (a breakout), or None when it has none."""
    own = segment.hybrid
    if not own.join_url:
        return None
    return _link(
        f"Breakout: {segment.title}",
        own.join_url,
        own.join_private,
        own.join_private_hours,
        session,
        reader,
        breakout=True,
    )


def during_segment(
    event_title: str,
    session: Session,
    segment: Segment,
    tracks: Mapping[str, Track],
    track: str | None,
    reader: Reader = PUBLIC,
) -> list[JoinLink]:
    """The links that apply during `segment`: its own, else the session's."""
    own = segment_join(segment, session, reader)
    return [own] if own is not None else session_join(event_title, session, tracks, track, reader)


def shown_key(session: Session, tracks: Iterable[Track], reader: Reader) -> tuple[bool, ...]:
    """Which of the private links around a session this reader gets: part of every cache key
    of an output that carries join links (the same version reads differently over time)."""
    start = session.start_instant
    flags = [
        link_shown(h.join_private, h.join_private_hours, start, reader.audience, reader.at)
        for h in (session.hybrid, *(s.hybrid for s in session.segments))
        if h.join_private and h.join_url
    ]
    flags.extend(
        link_shown(True, t.join_private_hours, start, reader.audience, reader.at)
        for t in tracks
        if t.join_private and t.join_url
    )
    return tuple(flags)


def last_opened(session: Session, tracks: Iterable[Track], reader: Reader) -> datetime | None:
    """When the latest of the private links this reader gets now opened to them (a feed's
    Last-Modified must not be older than that), or None."""
    if reader.at is None:
        return None
    start = session.start_instant
    hours = [
        h.join_private_hours
        for h in (session.hybrid, *(s.hybrid for s in session.segments))
        if h.join_private and h.join_url
    ] + [t.join_private_hours for t in tracks if t.join_private and t.join_url]
    opened = [
        start - timedelta(hours=h)
        for h in hours
        if h is not None and reader.at >= start - timedelta(hours=h)
    ]
    return max(opened, default=None)
