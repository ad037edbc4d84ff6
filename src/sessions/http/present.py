"""Domain values to response bodies: times become RFC 3339 strings with their offsets."""

from __future__ import annotations

from datetime import datetime

from sessions.domain.agenda import Agenda, AgendaSession, NowNext, RunItem
from sessions.domain.clock import format_instant, in_zone
from sessions.domain.conflicts import Conflict, ConflictKind, count_by_kind
from sessions.domain.hybrid import Hybrid, Material
from sessions.domain.links import PublicLinks, webcal
from sessions.domain.live import expected
from sessions.domain.model import Person, Session, Track
from sessions.domain.zones import Zone, get_zone
from sessions.http.schemas.agenda import (
    AgendaDayOut,
    AgendaOut,
    AgendaSegmentOut,
    AgendaSessionOut,
    ConflictOut,
    ConflictSegmentOut,
    ConflictsOut,
    ConflictSummaryOut,
    NowNextOut,
    RunItemOut,
)
from sessions.http.schemas.common import Links
from sessions.http.schemas.events import EventOut, TrackOut
from sessions.http.schemas.imports import ImportedSessionOut, ImportReportOut, RefusedTalkOut
from sessions.http.schemas.sessions import (
    MaterialOut,
    PersonOut,
    SegmentOut,
    SessionOut,
    WindowOut,
)
from sessions.services.events import EventView
from sessions.services.imports import ImportReport
from sessions.services.sessions import SessionView


def at(moment: datetime, zone: Zone) -> str:
    return format_instant(in_zone(moment, zone))


def track_out(track: Track, event_slug: str, to: PublicLinks, team: bool = False) -> TrackOut:
    """A track; a private join link only for the event's team (organisers, facilitators)."""
    ics = to.track_calendar(event_slug, track.slug)
    return TrackOut(
        track.slug,
        track.name,
        track.mode,
        track.location,
        track.join_url if team or not track.join_private else None,
        track.version,
        Links(
            self=to.api_track(event_slug, track.slug),
            ics=ics,
            webcal=webcal(ics),
        ),
        join_private=track.join_private,
        join_private_hours=track.join_private_hours,
    )


def _hybrid_out(hybrid: Hybrid, team: bool) -> dict[str, object]:
    """The hybrid fields of a session or segment; a private link for the team only."""
    return {
        "join_url": hybrid.join_url if team or not hybrid.join_private else None,
        "join_private": hybrid.join_private,
        "join_private_hours": hybrid.join_private_hours,
        "languages": list(hybrid.languages),
        "interpretation": list(hybrid.interpretation),
        "sign_language": list(hybrid.sign_language),
        "captions": hybrid.captions,
    }


def _public_hybrid(hybrid: Hybrid) -> dict[str, object]:
    """What the public agenda carries: never a private link, nor when it is shown."""
    out = _hybrid_out(hybrid, team=False)
    del out["join_private_hours"]
    return out


def _materials_out(materials: tuple[Material, ...]) -> list[MaterialOut]:
    return [MaterialOut(m.kind, m.title, m.url) for m in materials]


def event_out(view: EventView, to: PublicLinks) -> EventOut:
    e = view.event
    return EventOut(
        slug=e.slug,
        title=e.title,
        kind=e.kind,
        timezone=e.timezone,
        start_date=e.start_date,
        end_date=e.end_date,
        venue=e.venue,
        description=e.description,
        status=e.status,
        version=e.version,
        # A private track link for its organisers only (facilitators read it on the track).
        tracks=[track_out(t, e.slug, to, team=view.can_write) for t in view.tracks],
        links=Links(
            self=to.api_event(e.slug),
            agenda=to.api_agenda(e.slug),
            ics=to.event_calendar(e.slug),
            webcal=webcal(to.event_calendar(e.slug)),
        ),
    )


def _people_out(people: tuple[Person, ...], team: bool, zone: Zone) -> list[PersonOut]:
    """A session's or segment's people; their emails and availability only for the team."""
    if team:
        return [
            PersonOut(
                p.name,
                p.role,
                **({"email": p.email} if p.email else {}),
                **(
                    {
                        "availability": [
                            WindowOut(at(w.start, zone), at(w.end, zone)) for w in p.availability
                        ]
                    }
                    if p.availability
                    else {}
                ),
            )
            for p in people
        ]
    return [PersonOut(p.name, p.role) for p in people]


def session_out(view: SessionView, to: PublicLinks) -> SessionOut:
    s: Session = view.session
    zone = get_zone(view.timezone)
    # Organisers read every track's notes (None), facilitators their tracks', others none.
    team = view.notes_tracks is None or bool(view.notes_tracks)
    return SessionOut(
        id=s.id,  # type: ignore[arg-type]
        event=view.event_slug,
        title=s.title,
        description=s.description,
        start=at(s.start_instant, zone),
        end=at(s.end_instant, zone),
        timezone=view.timezone,
        room=s.room,
        tracks=list(s.tracks),
        people=_people_out(s.people, team, zone),
        status=s.status,
        sequence=s.sequence,
        version=s.version,
        segments=[
            SegmentOut(
                kind=seg.kind,
                title=seg.title,
                start=at(s.segment_start(seg), zone),
                end=at(s.segment_end(seg), zone),
                tracks=list(seg.tracks_in(s.tracks)),
                people=_people_out(seg.people, team, zone),
                **_hybrid_out(seg.hybrid, team),  # type: ignore[arg-type]
                **({"notes": seg.notes} if view.shows_notes(seg.tracks_in(s.tracks)) else {}),
            )
            for seg in s.segments
        ],
        updated_at=format_instant(s.updated_at) if s.updated_at else "",
        links=Links(
            self=to.api_session(view.event_slug, s.id),
            ics=to.session_invite(view.event_slug, s.id),
            webcal=webcal(to.session_invite(view.event_slug, s.id)),
        ),
        avoid_overlap_with=list(s.avoid_overlap_with),
        materials=_materials_out(s.materials),
        **_hybrid_out(s.hybrid, team),  # type: ignore[arg-type]
    )


def _agenda_session(item: AgendaSession) -> AgendaSessionOut:
    s = item.session
    return AgendaSessionOut(
        id=s.id,  # type: ignore[arg-type]
        title=s.title,
        description=s.description,
        room=s.room,
        status=s.status,
        start=format_instant(item.start),
        end=format_instant(item.end),
        crosses_midnight=item.crosses_midnight,
        tracks=list(s.tracks),
        people=[PersonOut(p.name, p.role) for p in s.people],
        sequence=s.sequence,
        segments=[
            AgendaSegmentOut(
                kind=seg.segment.kind,
                title=seg.segment.title,
                start=format_instant(seg.start),
                end=format_instant(seg.end),
                tracks=list(seg.tracks),
                **_public_hybrid(seg.segment.hybrid),  # type: ignore[arg-type]
            )
            for seg in item.segments
        ],
        materials=_materials_out(s.materials),
        **_public_hybrid(s.hybrid),  # type: ignore[arg-type]
    )


def agenda_out(agenda: Agenda) -> AgendaOut:
    return AgendaOut(
        event=agenda.event.slug,
        title=agenda.event.title,
        timezone=agenda.zone_name,
        event_timezone=agenda.event.timezone,
        track=agenda.track,
        version=agenda.event.version,
        days=[
            AgendaDayOut(day.date, [_agenda_session(item) for item in day.sessions])
            for day in agenda.days
        ],
    )


def _run_item(item: RunItem, zone: Zone, late: int) -> RunItemOut:
    return RunItemOut(
        session_id=item.session.id,  # type: ignore[arg-type]
        session_title=item.session.title,
        room=item.session.room,
        kind=item.segment.kind if item.segment else None,
        title=item.segment.title if item.segment else item.session.title,
        start=at(item.start, zone),
        end=at(item.end, zone),
        expected_start=at(expected(item.start, late), zone),
        expected_end=at(expected(item.end, late), zone),
    )


def now_next_out(event: str, track: str, zone: Zone, result: NowNext, late: int = 0) -> NowNextOut:
    return NowNextOut(
        event=event,
        track=track,
        timezone=zone.name,
        at=at(result.at, zone),
        now=[_run_item(i, zone, late) for i in result.now],
        next=[_run_item(i, zone, late) for i in result.next],
        late_minutes=late,
    )


def conflicts_out(
    event: str, zone: Zone, conflicts: list[Conflict], *, limit: int = 100, offset: int = 0
) -> ConflictsOut:
    """One page of `conflicts` (in time order); `total` and `summary` count them all."""
    counts = count_by_kind(conflicts)
    return ConflictsOut(
        event=event,
        timezone=zone.name,
        items=[
            ConflictOut(
                kind=c.kind,
                message=c.message,
                sessions=[s.id for s in c.sessions],  # type: ignore[misc]
                start=at(c.start, zone),
                end=at(c.end, zone),
                count=c.count,
                span_start=at(c.span.start, zone),
                span_end=at(c.span.end, zone),
                room=c.room,
                person=c.person,
                track=c.track,
                segments=[
                    ConflictSegmentOut(
                        b.session.id,  # type: ignore[arg-type]
                        b.segment.title,
                        at(b.interval.start, zone),
                        at(b.interval.end, zone),
                    )
                    for b in c.segments
                ],
            )
            for c in conflicts[offset : offset + limit]
        ],
        total=len(conflicts),
        summary=ConflictSummaryOut(
            room_double_booking=counts[ConflictKind.ROOM_DOUBLE_BOOKING],
            person_double_booking=counts[ConflictKind.PERSON_DOUBLE_BOOKING],
            gap=counts[ConflictKind.GAP],
            clash=counts[ConflictKind.CLASH],
            unavailable=counts[ConflictKind.UNAVAILABLE],
        ),
    )


def report_out(report: ImportReport) -> ImportReportOut:
    return ImportReportOut(
        event=report.event,
        format=report.format,  # type: ignore[arg-type]
        generator=report.generator,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        refused=[
            RefusedTalkOut(r.guid, r.title, r.field, r.message, r.value) for r in report.refused
        ],
        notes=list(report.notes),
        sessions=[
            ImportedSessionOut(i.guid, i.title, i.outcome, i.session_id, list(i.changes))  # type: ignore[arg-type]
            for i in report.items
        ],
    )
