"""Small key-value facts about the database (tzdata version, published-set changes)."""

from __future__ import annotations

from sessions.persistence.database import DbSession
from sessions.persistence.tables import (
    MetaRow,
)


class MetaRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def get(self, key: str) -> str | None:
        row = await self.db_session.get(MetaRow, key)
        return row.value if row else None

    async def set(self, key: str, value: str) -> None:
        row = await self.db_session.get(MetaRow, key)
        if row is None:
            self.db_session.add(MetaRow(key=key, value=value))
        else:
            row.value = value
