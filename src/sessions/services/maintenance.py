"""Keeping derived instants true to the zone database (time rule 3)."""

from __future__ import annotations

import logging

from sessions.domain.zones import tzdata_version
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
        if not force and await uow.meta.get(TZDATA_KEY) == current:
            return 0
        now = ctx.clock()
        moved = await uow.sessions.rederive_instants(now)
        for event_id in moved:
            await uow.events.bump_version(event_id, now)  # ETags and caches follow
        await uow.meta.set(TZDATA_KEY, current)
    total = sum(moved.values())
    if total:
        log.warning("tzdata %s moved %d session(s); their SEQUENCE grew", current, total)
    return total
