"""Accounts and their API tokens."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select

from sessions.domain.accounts import Account, ApiToken
from sessions.persistence.database import DbSession
from sessions.persistence.tables import AccountRow, ApiTokenRow


def to_account(row: AccountRow) -> Account:
    return Account(row.id, row.email, row.name, row.password_hash)


def to_api_token(row: ApiTokenRow) -> ApiToken:
    return ApiToken(row.id, row.name, row.created_at, row.revoked_at)


class AccountRepository:
    def __init__(self, db_session: DbSession) -> None:
        self.db_session = db_session

    async def get(self, account_id: uuid.UUID) -> Account | None:
        row = await self.db_session.get(AccountRow, account_id)
        return to_account(row) if row is not None else None

    async def by_email(self, email: str) -> Account | None:
        row = (
            await self.db_session.execute(select(AccountRow).where(AccountRow.email == email))
        ).scalar_one_or_none()
        return to_account(row) if row is not None else None

    async def by_token_hash(self, token_hash: str) -> Account | None:
        """The account an unrevoked token belongs to."""
        row = (
            await self.db_session.execute(
                select(AccountRow)
                .join(ApiTokenRow, ApiTokenRow.organiser_id == AccountRow.id)
                .where(ApiTokenRow.token_hash == token_hash, ApiTokenRow.revoked_at.is_(None))
            )
        ).scalar_one_or_none()
        return to_account(row) if row is not None else None

    async def add(self, email: str, created_at: datetime) -> Account:
        """A new account without a password (the caller checked the email is free)."""
        row = AccountRow(email=email, created_at=created_at)
        self.db_session.add(row)
        await self.db_session.flush()
        return to_account(row)

    async def set_password(
        self, account_id: uuid.UUID, password_hash: str, *, name: str | None = None
    ) -> Account:
        """Store a new password hash (and the name, when given)."""
        row = await self.db_session.get_one(AccountRow, account_id)
        row.password_hash = password_hash
        if name is not None:
            row.name = name
        await self.db_session.flush()
        return to_account(row)

    async def tokens(self, account_id: uuid.UUID) -> list[ApiToken]:
        rows = await self.db_session.scalars(
            select(ApiTokenRow)
            .where(ApiTokenRow.organiser_id == account_id)
            .order_by(ApiTokenRow.created_at, ApiTokenRow.id)
        )
        return [to_api_token(r) for r in rows]

    async def add_token(
        self, account_id: uuid.UUID, token_hash: str, created_at: datetime, name: str | None
    ) -> ApiToken:
        row = ApiTokenRow(
            organiser_id=account_id, token_hash=token_hash, created_at=created_at, name=name
        )
        self.db_session.add(row)
        await self.db_session.flush()
        return to_api_token(row)

    async def revoke_token(self, account_id: uuid.UUID, token_id: uuid.UUID, at: datetime) -> bool:
        """Revoke one of the account's tokens (once: a second revocation keeps the first time).

        False when the account has no such token: someone else's token does not exist for it.
        """
        row = await self.db_session.get(ApiTokenRow, token_id)
        if row is None or row.organiser_id != account_id:
            return False
        if row.revoked_at is None:
            row.revoked_at = at
            await self.db_session.flush()
        return True
