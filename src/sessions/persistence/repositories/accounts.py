"""Accounts and their API tokens."""

from __future__ import annotations

from sqlalchemy import select

from sessions.persistence.database import DbSession
from sessions.persistence.tables import (
    AccountRow,
    ApiTokenRow,
)


class AccountRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def by_email(self, email: str) -> AccountRow | None:
        return (
            await self.db_session.execute(select(AccountRow).where(AccountRow.email == email))
        ).scalar_one_or_none()

    async def by_token_hash(self, token_hash: str) -> AccountRow | None:
        return (
            await self.db_session.execute(
                select(AccountRow)
                .join(ApiTokenRow, ApiTokenRow.organiser_id == AccountRow.id)
                .where(ApiTokenRow.token_hash == token_hash, ApiTokenRow.revoked_at.is_(None))
            )
        ).scalar_one_or_none()
