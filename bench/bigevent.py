"""Builds a large published event straight into the database (bulk rows, not 5,000 requests)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, select

from sessions.domain.clock import WallTime
from sessions.domain.model import EventKind, EventStatus, SegmentKind, TrackMode
from sessions.domain.zones import get_zone
from sessions.persistence.database import create_engine, make_sessionmaker
from sessions.persistence.migrate import upgrade
from sessions.persistence.tables import (
    AccountRow,
    EventMemberRow,
    EventRow,
    SegmentRow,
    SegmentTrackRow,
    SessionRow,
    SessionTrackRow,
    TrackRow,
)

ZONE = "Europe/Berlin"
ROOMS = 10
KINDS = (SegmentKind.PRESENTATION, SegmentKind.QA, SegmentKind.NETWORKING, SegmentKind.DISCUSSION)


def plan(n_sessions: int) -> tuple[date, date, list[tuple[datetime, datetime, str]]]:
    """n sessions in 10 rooms, 45 minutes each with 15 between, 10 a day per room."""
    zone = get_zone(ZONE)
    per_day = ROOMS * 10
    days = (n_sessions + per_day - 1) // per_day
    start_day = date(2025, 3, 24)  # a Monday; the run crosses the 30 March clock change
    slots = []
    for i in range(n_sessions):
        day, rest = divmod(i, per_day)
        room, slot = divmod(rest, 10)
        wall = datetime.combine(start_day + timedelta(days=day), datetime.min.time()) + timedelta(
            hours=8, minutes=60 * slot
        )
        start = WallTime(wall, 0, zone)
        slots.append((start.instant, start.instant + timedelta(minutes=45), f"Room {room + 1}"))
    return start_day, start_day + timedelta(days=days - 1), slots


async def build(database_url: str, n_sessions: int, slug: str = "bench") -> str:
    """Creates (or replaces) a published event `slug` with n sessions x 4 segments."""
    await asyncio.to_thread(upgrade, database_url)
    engine = create_engine(database_url)
    maker = make_sessionmaker(engine)
    zone = get_zone(ZONE)
    now = datetime(2025, 1, 1, tzinfo=UTC)
    first, last, slots = plan(n_sessions)
    async with maker.begin() as db_session:
        await db_session.execute(delete(EventRow).where(EventRow.slug == slug))
        owner = (
            await db_session.execute(
                select(AccountRow).where(AccountRow.email == "bench@example.org")
            )
        ).scalar_one_or_none()
        if owner is None:
            owner = AccountRow(email="bench@example.org", created_at=now)
            db_session.add(owner)
        in_person = TrackRow(
            slug="in-person",
            name="In person",
            mode=TrackMode.IN_PERSON.value,
            location="Congress Centre",
            position=0,
        )
        online = TrackRow(
            slug="online",
            name="Online",
            mode=TrackMode.ONLINE.value,
            join_url="https://meet.example.org/bench",
            position=1,
        )
        event = EventRow(
            slug=slug,
            title=f"Benchmark event ({n_sessions} sessions)",
            kind=EventKind.MEETING.value,
            timezone=ZONE,
            start_date=first,
            end_date=last,
            venue="Berlin",
            status=EventStatus.PUBLISHED.value,
            created_at=now,
            updated_at=now,
            tracks=[in_person, online],
        )
        db_session.add(event)
        await db_session.flush()
        db_session.add(
            EventMemberRow(event_id=event.id, organiser_id=owner.id, role="owner", created_at=now)
        )
        for i, (start, end, room) in enumerate(slots):
            s = WallTime.from_instant(start, zone)
            e = WallTime.from_instant(end, zone)
            row = SessionRow(
                id=uuid.uuid4(),
                event_id=event.id,
                title=f"Session {i + 1}: a talk about things",
                description="A description long enough to fold once or twice in a calendar app.",
                room=room,
                status="confirmed",
                sequence=0,
                start_local=s.wall,
                start_fold=s.fold,
                end_local=e.wall,
                end_fold=e.fold,
                start_utc=start,
                end_utc=end,
                created_at=now,
                updated_at=now,
                tracks=[
                    SessionTrackRow(track_id=in_person.id, position=0),
                    SessionTrackRow(track_id=online.id, position=1),
                ],
                segments=[
                    SegmentRow(
                        position=0,
                        kind=KINDS[0].value,
                        title="Talk",
                        start_offset=0,
                        end_offset=1200,
                    ),
                    SegmentRow(
                        position=1,
                        kind=KINDS[1].value,
                        title="Questions",
                        start_offset=1200,
                        end_offset=1800,
                    ),
                    SegmentRow(
                        position=2,
                        kind=KINDS[2].value,
                        title="Networking in the room",
                        start_offset=1800,
                        end_offset=2700,
                        tracks=[SegmentTrackRow(track_id=in_person.id, position=0)],
                    ),
                    SegmentRow(
                        position=3,
                        kind=KINDS[3].value,
                        title="Online discussion",
                        start_offset=1800,
                        end_offset=2700,
                        tracks=[SegmentTrackRow(track_id=online.id, position=0)],
                    ),
                ],
            )
            db_session.add(row)
    await engine.dispose()
    return slug
