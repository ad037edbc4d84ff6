"""An event's audience: the zones organisers declare, and the zones registrations bring."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select

from sessions.persistence.database import DbSession
from sessions.persistence.tables import AudienceZoneRow, RegistrationRow


class AudienceRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    async def declared(self, event_id: uuid.UUID) -> list[tuple[str, float]]:
        """(zone, weight) in the order organisers gave them."""
        rows = await self.db.execute(
            select(AudienceZoneRow.timezone, AudienceZoneRow.weight)
            .where(AudienceZoneRow.event_id == event_id)
            .order_by(AudienceZoneRow.position)
        )
        return [(tz, float(w)) for tz, w in rows]

    async def replace(self, event_id: uuid.UUID, zones: Sequence[tuple[str, float]]) -> None:
        await self.db.execute(delete(AudienceZoneRow).where(AudienceZoneRow.event_id == event_id))
        if zones:
            await self.db.execute(
                insert(AudienceZoneRow),
                [
                    {"event_id": event_id, "timezone": tz, "weight": w, "position": i}
                    for i, (tz, w) in enumerate(zones)
                ],
            )

    async def registered(self, event_id: uuid.UUID) -> list[tuple[str, int]]:
        """(zone, how many registrations) by zone name: counts only, never who."""
        rows = await self.db.execute(
            select(RegistrationRow.timezone, func.count())
            .where(RegistrationRow.event_id == event_id)
            .group_by(RegistrationRow.timezone)
            .order_by(RegistrationRow.timezone)
        )
        return [(tz, int(n)) for tz, n in rows]
