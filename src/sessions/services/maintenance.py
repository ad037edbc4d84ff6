"""Keeping derived instants true to the zone database (time rule 3)."""

from __future__ import annotations

import logging

from sqlalchemy import select

from sessions.domain.clock import WallTime
from sessions.domain.zones import get_zone, tzdata_version
from sessions.persistence.repositories.events import EventRepository
from sessions.persistence.repositories.meta import MetaRepository
from sessions.persistence.tables import EventRow, SessionRow
from sessions.services.context import ServiceContext

log = logging.getLogger(__name__)

TZDATA_KEY = "tzdata_version"


async def recompute_instants(ctx: ServiceContext, *, force: bool = False) -> int:
    """Re-derive every session's UTC instants when tzdata changed; return how many moved.

    A future 15:45 session stays at 15:45 local when a government changes its
    clocks: its wall time is the truth, its instant follows the new rules, and
    its SEQUENCE grows so calendars pick up the move.
    """
    current = tzdata_version()
    async with ctx.unit_of_work() as uow:
        db_session = uow.db_session
        meta = MetaRepository(db_session)
        if not force and await meta.get(TZDATA_KEY) == current:
            return 0
        zones = dict((await db_session.execute(select(EventRow.id, EventRow.timezone))).all())
        moved_events = set()
        moved = 0
        now = ctx.clock()
        for row in (await db_session.execute(select(SessionRow))).scalars():
            zone = get_zone(zones[row.event_id])
            start = WallTime(row.start_local, row.start_fold, zone).instant
            end = WallTime(row.end_local, row.end_fold, zone).instant
            if (start, end) != (row.start_utc, row.end_utc):
                row.start_utc, row.end_utc = start, end
                row.sequence += 1
                row.updated_at = now
                moved += 1
                moved_events.add(row.event_id)
        await db_session.flush()
        events = EventRepository(db_session)
        for event_id in moved_events:
            await events.bump_version(event_id, now)
        await meta.set(TZDATA_KEY, current)
    if moved:
        log.warning("tzdata %s moved %d session(s); their SEQUENCE grew", current, moved)
    return moved
